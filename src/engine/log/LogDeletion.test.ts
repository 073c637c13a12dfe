// Retention (LogManager's retention task + UnifiedLog.deleteOldSegments): by retention.ms and
// retention.bytes, whole segments from the oldest, the log start offset moving up, files
// renamed `.deleted` and removed file.delete.delay.ms later.
import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type TraceEvent } from '../index';
import { ofType } from '../test/scenarios';
import { rawProducer, type RawRecord } from '../test/rawClient';
import { INITIAL_TASK_DELAY_MS } from './LogManager';

const rec = (timestamp: number): RawRecord => ({ key: 'k', value: 'x'.repeat(50), timestamp });

function scenario(topicConfig: Record<string, number | string>, rf = 1): Scenario {
  return {
    version: 1,
    seed: 4,
    cluster: { brokers: rf, config: { 'log.retention.check.interval.ms': 5000 } },
    topics: [
      {
        name: 't',
        partitions: 1,
        replicationFactor: rf,
        assignment: [Array.from({ length: rf }, (_, i) => i + 1)],
        // 119-byte batches, 4 per 500-byte segment.
        config: { 'segment.bytes': 500, 'file.delete.delay.ms': 2000, ...topicConfig },
      },
    ],
    producers: [],
    consumerGroups: [],
    actions: [],
  };
}

function run(s: Scenario) {
  const sim = createSimulation(s);
  const trace: TraceEvent[] = [];
  sim.onTrace((e) => trace.push(e));
  return { sim, trace, client: rawProducer(sim) };
}

describe('retention.ms', () => {
  it('deletes the segments whose largest timestamp is older than retention.ms, oldest first, at the retention check', () => {
    const { sim, trace, client } = run(scenario({ 'retention.ms': 10000 }));
    for (let i = 0; i < 4; i++) client.send(100 + i, 1, 't', 0, [rec(100 + i)]); // segment 0
    for (let i = 0; i < 6; i++) client.send(25000 + i, 1, 't', 0, [rec(25000 + i)]); // 4.., 8..
    sim.advanceTo(INITIAL_TASK_DELAY_MS - 1);
    expect(ofType(trace, 'segment.deleted')).toHaveLength(0); // nothing before the first check
    sim.advanceTo(INITIAL_TASK_DELAY_MS);
    // At 30000: segment 0 (largest 103) is 29897 ms old > 10000; segment 4 (largest 25003) is not.
    const deleted = ofType(trace, 'segment.deleted');
    expect(deleted.map((d) => [d.time, d.baseOffset, d.reason, d.removeAt])).toEqual([
      [30000, 0, 'retention.ms', 32000],
    ]);
    const log = sim.replicaLog(1, 't', 0)!;
    expect(log.logStartOffset).toBe(4);
    expect(ofType(trace, 'log.start.offset').map((e) => [e.from, e.to, e.reason])).toEqual([
      [0, 4, 'segment.deletion'],
    ]);
    expect(sim.snapshot().topics[0]!.partitions[0]!.logStartOffset).toBe(4);
    // The files stay as .deleted for file.delete.delay.ms, then vanish.
    const names = () => sim.logDir(1, 't', 0)!.files.map((f) => f.name);
    expect(names().filter((n) => n.endsWith('.deleted'))).toEqual([
      '00000000000000000000.index.deleted',
      '00000000000000000000.log.deleted',
      '00000000000000000000.timeindex.deleted',
    ]);
    sim.advanceTo(31999);
    expect(ofType(trace, 'segment.removed')).toHaveLength(0);
    sim.advanceTo(32000);
    expect(ofType(trace, 'segment.removed').map((e) => [e.time, e.baseOffset])).toEqual([
      [32000, 0],
    ]);
    expect(names().some((n) => n.endsWith('.deleted'))).toBe(false);
    // 25005 + 10000 < 40000: at the check at 40000 the rest expires, the active segment too —
    // the log rolls a new empty active segment first, as Kafka's deleteSegments does.
    sim.advanceTo(40000);
    expect(ofType(trace, 'segment.roll').at(-1)).toMatchObject({
      baseOffset: 10,
      reason: 'retention',
    });
    expect(ofType(trace, 'segment.deleted').map((d) => d.baseOffset)).toEqual([0, 4, 8]);
    expect(log.segments.map((s) => s.baseOffset)).toEqual([10]);
    expect(log.logStartOffset).toBe(10);
    expect(log.logEndOffset).toBe(10);
  });

  it('never deletes past the high watermark, nor an empty active segment', () => {
    const { sim, trace } = run(scenario({ 'retention.ms': 1 }));
    sim.advanceTo(60000);
    expect(ofType(trace, 'segment.deleted')).toHaveLength(0);
  });
});

describe('retention.bytes', () => {
  it('deletes the oldest while the log without it is still at least retention.bytes', () => {
    const { sim, trace, client } = run(scenario({ 'retention.bytes': 600 }));
    for (let i = 0; i < 10; i++) client.send(100 + i, 1, 't', 0, [rec(100 + i)]);
    sim.advanceTo(INITIAL_TASK_DELAY_MS);
    // 476 + 476 + 238 = 1190: 1190 − 476 = 714 ≥ 600 → segment 0 goes; 714 − 476 = 238 < 600 → stop.
    expect(ofType(trace, 'segment.deleted').map((d) => [d.baseOffset, d.reason])).toEqual([
      [0, 'retention.bytes'],
    ]);
    const p = sim.snapshot().topics[0]!.partitions[0]!;
    expect(p.logStartOffset).toBe(4);
    expect(p.replicaStates[0]!.segments.map((s) => s.baseOffset)).toEqual([4, 8]);
  });
});

describe('replicas', () => {
  it('every replica runs retention on its own log; all end at the same log start offset', () => {
    const { sim, trace, client } = run(scenario({ 'retention.ms': 10000 }, 3));
    for (let i = 0; i < 10; i++) client.send(100 + i * 20, 1, 't', 0, [rec(100 + i)]);
    sim.advanceTo(INITIAL_TASK_DELAY_MS + 1000);
    const p = sim.snapshot().topics[0]!.partitions[0]!;
    expect(p.logStartOffset).toBe(10);
    for (const b of [1, 2, 3]) {
      const log = sim.replicaLog(b, 't', 0)!;
      expect(log.logStartOffset).toBe(10);
      expect(log.segments.map((s) => s.baseOffset)).toEqual([10]);
    }
    const byBroker = (b: number) => ofType(trace, 'segment.deleted').filter((e) => e.broker === b);
    expect(byBroker(2).map((e) => e.baseOffset)).toEqual([0, 4, 8]);
  });
});

describe('consumers below the log start offset', () => {
  it('get OFFSET_OUT_OF_RANGE and reset by auto.offset.reset (earliest: to the new log start offset)', () => {
    const s: Scenario = {
      ...scenario({ 'retention.ms': 3000, 'segment.bytes': 1000 }),
      producers: [
        {
          id: 'p1',
          config: { acks: '1' },
          workload: { topic: 't', ratePerSec: 20, keys: ['a', 'b'], valueBytes: 50 },
        },
      ],
      consumerGroups: [
        {
          id: 'g',
          topics: ['t'],
          members: 1,
          config: { 'auto.offset.reset': 'earliest', 'max.partition.fetch.bytes': 300 },
          processingMsPerRecord: 500, // 2 records/s against 20 produced
        },
      ],
    };
    const { sim, trace } = run(s);
    sim.advanceTo(60000);
    const resets = ofType(trace, 'offset.reset');
    expect(resets[0]).toMatchObject({ offset: 0, policy: 'earliest' });
    const deletions = ofType(trace, 'log.start.offset').filter((e) => e.broker === 1);
    expect(deletions.length).toBeGreaterThan(0);
    const later = resets.filter((r) => r.time > deletions[0]!.time);
    expect(later.length).toBeGreaterThan(0);
    // The reset lands on the log start offset the leader had then, past what the consumer had read.
    const lso = deletions.filter((d) => d.time <= later[0]!.time).at(-1)!.to;
    expect(later[0]!.offset).toBe(lso);
    const consumedBefore = ofType(trace, 'consume.record').filter((c) => c.time <= later[0]!.time);
    expect(Math.max(...consumedBefore.map((c) => c.record.offset!))).toBeLessThan(lso);
    const consumedAfter = ofType(trace, 'consume.record').filter(
      (c) => c.time > later[0]!.time + 3000,
    );
    expect(consumedAfter.length).toBeGreaterThan(0);
    expect(Math.min(...consumedAfter.map((c) => c.record.offset!))).toBeGreaterThanOrEqual(lso);
  });
});
