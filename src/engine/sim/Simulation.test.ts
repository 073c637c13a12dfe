// The kernel and the producer → partition → consumer path, checked against what Kafka does.
import { describe, expect, it } from 'vitest';
import { createSimulation, replay } from '../index';
import { baseScenario, ofType, runWithTrace } from '../test/scenarios';
import { kafkajsPartition } from '../test/kafkajs';
import waitingEvents from '../../content/scenarios/waiting-events.json';

describe('determinism', () => {
  it('the same scenario twice gives the identical trace and snapshot', () => {
    const a = runWithTrace(waitingEvents as never, 8000);
    const b = runWithTrace(waitingEvents as never, 8000);
    expect(a.trace.length).toBeGreaterThan(100);
    expect(JSON.stringify(a.trace)).toEqual(JSON.stringify(b.trace));
    expect(JSON.stringify(a.sim.snapshot({ records: true }))).toEqual(
      JSON.stringify(b.sim.snapshot({ records: true })),
    );
  });

  it('another seed gives another run', () => {
    const a = runWithTrace(waitingEvents as never, 5000);
    const b = runWithTrace({ ...(waitingEvents as never as object), seed: 99 } as never, 5000);
    expect(JSON.stringify(a.trace)).not.toEqual(JSON.stringify(b.trace));
  });

  it('replaying the action log reproduces a run that had user actions', () => {
    const sim = createSimulation(waitingEvents);
    sim.advanceTo(1234);
    sim.apply({
      do: 'produce',
      producer: 'p1',
      topic: 'waiting-events',
      key: 'restaurant-9',
      value: 'x',
    });
    sim.advanceTo(2500);
    sim.apply({ do: 'addConsumer', group: 'group-a' });
    sim.advanceTo(6000);
    const again = replay(sim.scenario, sim.actionLog, 6000);
    expect(JSON.stringify(again.snapshot({ records: true }))).toEqual(
      JSON.stringify(sim.snapshot({ records: true })),
    );
  });
});

describe('keyed records', () => {
  it('land on toPositive(murmur2(key)) % partitions, as kafkajs computes it', () => {
    const keys = ['restaurant-1', 'restaurant-2', 'restaurant-42', '\uC2DD\uB2F9-7', '', 'a'];
    for (const partitions of [1, 3, 7]) {
      const actions = keys.map((key, i) => ({
        at: 100 + i,
        do: 'produce' as const,
        producer: 'p1',
        topic: 'waiting-events',
        key,
        value: 'v',
      }));
      const { trace } = runWithTrace(
        baseScenario({
          topics: [{ name: 'waiting-events', partitions, replicationFactor: 1 }],
          actions,
        }),
        2000,
      );
      const appends = ofType(trace, 'log.append').filter((e) => e.leader);
      for (const key of keys) {
        const got = appends.find((e) => e.records.some((r) => r.key === key));
        expect(got?.partition, `${key} with ${partitions} partitions`).toBe(
          kafkajsPartition(key, partitions),
        );
      }
    }
  });

  it('an explicit partition wins over the key', () => {
    const { sim } = runWithTrace(
      baseScenario({
        actions: [
          {
            at: 10,
            do: 'produce',
            producer: 'p1',
            topic: 'waiting-events',
            key: 'restaurant-42',
            value: 'x',
            partition: 2,
          },
        ],
      }),
      1000,
    );
    const p2 = sim.snapshot().topics[0]!.partitions[2]!;
    expect(p2.highWatermark).toBe(1);
  });

  it('keep their order within a partition, offsets from 0', () => {
    const actions = Array.from({ length: 10 }, (_, i) => ({
      at: 10 + i * 50,
      do: 'produce' as const,
      producer: 'p1',
      topic: 'waiting-events',
      key: 'restaurant-1',
      value: `v${i}`,
    }));
    const { sim } = runWithTrace(baseScenario({ actions }), 3000);
    const part = kafkajsPartition('restaurant-1', 3);
    const snap = sim.snapshot({ records: true });
    const p = snap.topics[0]!.partitions[part]!;
    const records = p.replicaStates
      .find((r) => r.broker === p.leader)!
      .segments.flatMap((s) => s.records!);
    expect(records.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(records.map((r) => r.value)).toEqual(actions.map((a) => a.value));
  });
});

describe('keyless records', () => {
  const keyless = (partitioner: string, n: number, valueBytes = 1000) =>
    baseScenario({
      producers: [
        {
          id: 'p1',
          config: { acks: '1', partitioner, 'batch.size': 4096, 'linger.ms': 0 },
          workload: { topic: 'waiting-events', ratePerSec: 100, valueBytes },
        },
      ],
      topics: [{ name: 'waiting-events', partitions: n, replicationFactor: 1 }],
    });

  it('uniform sticky (default): stay on one partition until about batch.size bytes went there', () => {
    const { trace } = runWithTrace(keyless('default', 3), 3000);
    const recs = ofType(trace, 'produce.record');
    expect(recs.length).toBeGreaterThan(100);
    // Runs of the same partition: each run holds ~batch.size bytes (4 records of ~1 KB), never 1.
    const runs: { partition: number; bytes: number }[] = [];
    for (const r of recs) {
      const last = runs[runs.length - 1];
      if (last && last.partition === r.partition) last.bytes += r.sizeBytes;
      else runs.push({ partition: r.partition, bytes: r.sizeBytes });
    }
    for (const run of runs.slice(0, -1)) expect(run.bytes).toBeGreaterThanOrEqual(4096 - 1100);
    expect(new Set(recs.map((r) => r.partition)).size).toBe(3);
  });

  it('round-robin: each record to the next partition', () => {
    const { trace } = runWithTrace(keyless('round-robin', 3), 1000);
    const parts = ofType(trace, 'produce.record').map((r) => r.partition);
    expect(parts.length).toBeGreaterThan(20);
    parts.forEach((p, i) => expect(p).toBe((parts[0]! + i) % 3));
  });
});

describe('batching and produce requests', () => {
  it('records within linger.ms share one batch; a full batch goes at once', () => {
    const scenario = baseScenario({
      producers: [{ id: 'p1', config: { acks: '1', 'linger.ms': 50, 'batch.size': 16384 } }],
      topics: [{ name: 'waiting-events', partitions: 1, replicationFactor: 1 }],
      actions: [0, 10, 20, 30].map((at) => ({
        at: 100 + at,
        do: 'produce' as const,
        producer: 'p1',
        topic: 'waiting-events',
        key: 'k',
        value: 'v',
      })),
    });
    const { trace } = runWithTrace(scenario, 2000);
    const sent = ofType(trace, 'produce.sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.batches[0]!.records).toHaveLength(4);
    // Sent when the first record's linger expired (the first send waited for metadata).
    const first = ofType(trace, 'produce.record')[0]!;
    expect(first.time).toBeGreaterThan(100);
    expect(sent[0]!.time).toBe(first.time + 50);
  });

  it('one Produce request per leader broker carries the batches of all its partitions', () => {
    const scenario = baseScenario({
      producers: [{ id: 'p1', config: { acks: '1', 'linger.ms': 20 } }],
      topics: [{ name: 't', partitions: 2, replicationFactor: 1, assignment: [[1], [1]] }],
      actions: [
        { at: 100, do: 'produce', producer: 'p1', topic: 't', key: null, value: 'a', partition: 0 },
        { at: 105, do: 'produce', producer: 'p1', topic: 't', key: null, value: 'b', partition: 1 },
      ],
    });
    const { trace } = runWithTrace(scenario, 2000);
    const sent = ofType(trace, 'produce.sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.broker).toBe(1);
    expect(sent[0]!.batches.map((b) => b.partition).sort()).toEqual([0, 1]);
  });

  it('stored batch sizes follow the v2 format (61-byte header + records)', () => {
    const scenario = baseScenario({
      topics: [{ name: 't', partitions: 1, replicationFactor: 1 }],
      actions: [{ at: 10, do: 'produce', producer: 'p1', topic: 't', key: 'k', value: 'hello' }],
    });
    const { sim } = runWithTrace(scenario, 1000);
    // record: attrs 1 + tsDelta 1 + offDelta 1 + keyLen 1 + 'k' 1 + valLen 1 + 'hello' 5 + headers 1 = 12, + length varint 1
    expect(sim.snapshot().topics[0]!.partitions[0]!.replicaStates[0]!.segments[0]!.sizeBytes).toBe(
      61 + 13,
    );
  });
});

describe('acks', () => {
  const one = (acks: string) =>
    baseScenario({
      producers: [{ id: 'p1', config: { acks } }],
      actions: [
        {
          at: 10,
          do: 'produce',
          producer: 'p1',
          topic: 'waiting-events',
          key: 'restaurant-1',
          value: 'x',
        },
      ],
    });

  it('acks=0 is done when sent, without an offset', () => {
    const { trace } = runWithTrace(one('0'), 1000);
    const acked = ofType(trace, 'produce.acked')[0]!;
    const sent = ofType(trace, 'produce.sent')[0]!;
    expect(acked.time).toBe(sent.time);
    expect(acked.baseOffset).toBe(-1);
  });

  it('acks=1 is done when the leader has appended, before followers have it', () => {
    const { trace } = runWithTrace(one('1'), 1000);
    const acked = ofType(trace, 'produce.acked')[0]!;
    const leaderAppend = ofType(trace, 'log.append').find((e) => e.leader)!;
    const followerAppends = ofType(trace, 'log.append').filter((e) => !e.leader);
    expect(acked.baseOffset).toBe(0);
    expect(acked.time).toBeGreaterThan(leaderAppend.time);
    expect(followerAppends.length).toBe(2);
  });

  it('acks=all is done only once the high watermark passed the batch (every ISR member has it)', () => {
    const { trace } = runWithTrace(one('all'), 1000);
    const acked = ofType(trace, 'produce.acked')[0]!;
    const leaderAppend = ofType(trace, 'log.append').find((e) => e.leader)!;
    const followerAppends = ofType(trace, 'log.append').filter((e) => !e.leader);
    const leaderHw = ofType(trace, 'hw.advance').find(
      (e) => e.broker === leaderAppend.broker && e.to >= 1,
    )!;
    expect(followerAppends).toHaveLength(2);
    // The leader's HW moves once both followers have fetched again past the batch…
    for (const f of followerAppends) expect(leaderHw.time).toBeGreaterThan(f.time);
    // …and only then is the producer answered.
    expect(acked.time).toBeGreaterThan(leaderHw.time);
  });

  it("each replica's snapshot carries its own high watermark: a follower's lags the leader's by a fetch", () => {
    const sim = createSimulation(one('all'));
    const reported = new Map<number, number>();
    sim.onTrace((e) => {
      if (e.type === 'hw.advance' && e.partition === 0) reported.set(e.broker, e.to);
    });
    let lagged = false;
    for (let t = 0; t <= 1000; t += 1) {
      sim.advanceTo(t);
      const p = sim.snapshot().topics[0]!.partitions.find((x) => x.partition === 0)!;
      for (const r of p.replicaStates) {
        // What each broker last reported, the leader's being the partition's.
        expect(r.highWatermark).toBe(reported.get(r.broker) ?? 0);
        if (r.broker === p.leader) expect(r.highWatermark).toBe(p.highWatermark);
        else if (r.highWatermark < p.highWatermark) lagged = true;
      }
    }
    expect(reported.size).toBe(3);
    expect(lagged).toBe(true);
  });
});

describe('consumers', () => {
  const withGroup = (
    reset: string,
    members = 3,
    extra: Partial<ReturnType<typeof baseScenario>> = {},
  ) =>
    baseScenario({
      producers: [
        {
          id: 'p1',
          config: { acks: '1' },
          workload: {
            topic: 'waiting-events',
            ratePerSec: 20,
            keys: ['a', 'b', 'c', 'd', 'e', 'f'],
            valueBytes: 10,
          },
        },
      ],
      consumerGroups: [
        {
          id: 'g',
          topics: ['waiting-events'],
          members,
          config: { 'auto.offset.reset': reset },
          processingMsPerRecord: 5,
        },
      ],
      ...extra,
    });

  it('each member reads its range-assigned partitions in offset order, only below the high watermark', () => {
    // The first assignment comes after group.initial.rebalance.delay.ms (3 s), extended once
    // because more members joined during it: ~6.1 s.
    const { sim, trace } = runWithTrace(withGroup('earliest'), 10000);
    const assign = ofType(trace, 'group.assign').at(-1)!;
    expect(assign.assignment).toEqual({
      'g-1': [{ topic: 'waiting-events', partition: 0 }],
      'g-2': [{ topic: 'waiting-events', partition: 1 }],
      'g-3': [{ topic: 'waiting-events', partition: 2 }],
    });
    const consumed = ofType(trace, 'consume.record');
    expect(consumed.length).toBeGreaterThan(50);
    const hwAt = new Map<string, number>();
    const events = [...trace];
    for (const e of events) {
      if (e.type === 'hw.advance') {
        const leader = sim.metadata.leaderOf(e.topic, e.partition);
        if (e.broker === leader) hwAt.set(`${e.partition}`, e.to);
      }
      if (e.type === 'consume.record') {
        expect(e.record.offset!).toBeLessThan(hwAt.get(`${e.partition}`) ?? 0);
        expect(`g-${e.partition + 1}`).toBe(e.member);
      }
    }
    for (const p of [0, 1, 2]) {
      const offs = consumed.filter((c) => c.partition === p).map((c) => c.record.offset!);
      expect(offs).toEqual(offs.map((_, i) => i));
    }
  });

  it('auto.offset.reset=latest skips what was there before the consumer started', () => {
    const scenario = withGroup('latest', 1, {
      actions: [{ at: 3000, do: 'addConsumer', group: 'g' }],
    });
    scenario.consumerGroups[0]!.members = 0;
    // A new group waits group.initial.rebalance.delay.ms before its first assignment.
    const { trace } = runWithTrace(scenario, 12000);
    const first = ofType(trace, 'consume.record')[0]!;
    expect(first.time).toBeGreaterThan(3000);
    const resets = ofType(trace, 'offset.reset');
    expect(resets.every((r) => r.offset > 0)).toBe(true);
    const earliest = runWithTrace(
      {
        ...scenario,
        consumerGroups: [
          { ...scenario.consumerGroups[0]!, config: { 'auto.offset.reset': 'earliest' } },
        ],
      },
      12000,
    );
    expect(ofType(earliest.trace, 'offset.reset').every((r) => r.offset === 0)).toBe(true);
  });

  it('processing time paces consumption: a slow member builds lag', () => {
    const s = withGroup('earliest', 1);
    s.consumerGroups[0]!.processingMsPerRecord = 200; // 5 records/s against 20 produced
    const { sim } = runWithTrace(s, 20000);
    const g = sim.snapshot().consumerGroups[0]!;
    expect(g.consumed).toBeLessThanOrEqual(20 * 5 + 1);
    expect(g.consumed).toBeGreaterThan(80);
    expect(g.lag.reduce((x, l) => x + l.lag, 0)).toBeGreaterThan(200);
  });

  it('a fourth member on three partitions sits idle', () => {
    const { sim } = runWithTrace(withGroup('earliest', 4), 8000);
    const members = sim.snapshot().consumerGroups[0]!.members;
    expect(members.filter((m) => m.assignment.length === 0).map((m) => m.id)).toEqual(['g-4']);
  });
});
