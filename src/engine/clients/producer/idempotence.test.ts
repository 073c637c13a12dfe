// The idempotent producer against Kafka's rules (TransactionManager, Sender, RecordAccumulator
// on the client; ProducerStateManager / ProducerAppendInfo on the broker): a retry keeps its
// producer epoch and sequence, an epoch bump renumbers only the partitions that asked for it,
// and the leader answers a duplicate with the offset it wrote the batch at.
import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type Simulation, type TraceEvent } from '../../index';
import { ofType } from '../../test/scenarios';
import type { ProduceRequest } from '../../network/requests';
import { isRequestOf } from '../../network/ApiMessages';
import { ProducerStateManager } from '../../log/ProducerStateManager';
import { ProducerBatch } from './ProducerBatch';
import { TransactionManager } from './TransactionManager';
import dup from '../../test/fault-cases/dup.json';
import dupCrossPartition from '../../test/fault-cases/dup-cross-partition-epoch-bump.json';

interface SentProduce {
  at: number;
  to: string;
  req: ProduceRequest;
}

/** Record every Produce request a producer puts on the wire (as sent, before the broker). */
function captureProduceRequests(sim: Simulation): SentProduce[] {
  const sent: SentProduce[] = [];
  const net = sim.network;
  const send = net.send.bind(net);
  net.send = (from, to, api, payload, opts) => {
    const msg = send(from, to, api, payload, opts);
    if (isRequestOf(msg, 'Produce') && from.startsWith('producer:'))
      sent.push({ at: sim.now, to, req: structuredClone(msg.payload) });
    return msg;
  };
  return sent;
}

/** Record ids in a broker's copy of a partition, in offset order. */
function idsInLog(sim: Simulation, broker: number, topic: string, partition: number): number[] {
  const log = sim.replicaLog(broker, topic, partition);
  const ids: number[] = [];
  for (const b of log?.batches() ?? []) for (const r of b.records ?? []) ids.push(r.id);
  return ids;
}

/** Each attempt of the batch holding record `id`: its producer epoch and base sequence. */
function attemptsOf(sent: SentProduce[], id: number) {
  return sent.flatMap(({ at, req }) =>
    req.partitions
      .filter((pd) => pd.records.some((r) => r.id === id))
      .map((pd) => ({
        at,
        epoch: pd.producerEpoch ?? req.producerEpoch,
        baseSequence: pd.baseSequence,
      })),
  );
}

describe('fault cases: every acknowledged record is in its leader log exactly once', () => {
  it.each([
    ['dup', dup],
    ['dup-cross-partition-epoch-bump', dupCrossPartition],
  ])('%s, replayed to 150 s', (_name, scenario) => {
    const sim = createSimulation(scenario);
    sim.advanceTo(150000);
    const snap = sim.snapshot({ records: true });

    // No producer value twice in any partition's leader log.
    for (const t of snap.topics) {
      if (t.name.startsWith('__')) continue;
      for (const p of t.partitions) {
        const leader = p.replicaStates.find((r) => r.broker === p.leader);
        const values = (leader?.segments ?? []).flatMap((s) => s.records ?? []).map((r) => r.value);
        const twice = values.filter((v, i) => values.indexOf(v) !== i);
        expect(twice, `${t.name}-${p.partition} on broker ${p.leader}`).toEqual([]);
      }
    }

    // The snapshot's acked list: the record at each acknowledged offset has the acked key.
    for (const pr of snap.producers) {
      expect(pr.acked!.length).toBe(pr.acknowledged);
      for (const a of pr.acked!) {
        const part = snap.topics
          .find((t) => t.name === a.topic)!
          .partitions.find((p) => p.partition === a.partition)!;
        const leader = part.replicaStates.find((r) => r.broker === part.leader)!;
        const rec = leader.segments
          .flatMap((s) => s.records ?? [])
          .find((r) => r.offset === a.offset);
        expect(rec?.key, `${a.topic}-${a.partition}@${a.offset}`).toBe(a.key);
      }
    }

    // The engine's acked list, by record id: exactly one copy, at the acknowledged offset.
    for (const { producer } of sim.producers.values()) {
      expect(producer.acked.length).toBeGreaterThan(0);
      for (const a of producer.acked) {
        const leader = sim.metadata.topic(a.topic)!.partitions[a.partition]!.leader!;
        const ids = idsInLog(sim, leader, a.topic, a.partition);
        expect(ids.filter((id) => id === a.id).length, `record ${a.id}`).toBe(1);
        const log = sim.replicaLog(leader, a.topic, a.partition)!;
        const at = [...log.batches()]
          .flatMap((b) => b.records ?? [])
          .find((r) => r.offset === a.offset);
        expect(at?.id, `record ${a.id} at ${a.topic}-${a.partition}@${a.offset}`).toBe(a.id);
      }
    }
  });
});

/**
 * beta-0 leads on broker 2 with a follower (3) that fetches only every 2 s, so an acks=all
 * answer takes longer than request.timeout.ms: the batch is written, its answer is lost to the
 * timeout, and the producer retries it. alpha-0 (one replica, min.insync.replicas=2) refuses
 * every write with NOT_ENOUGH_REPLICAS until its batch expires; that batch had been retried,
 * so its sequence is unresolved and the producer bumps its epoch for alpha-0.
 */
function twoPartitions(actions: Scenario['actions']): Scenario {
  return {
    version: 1,
    seed: 7,
    cluster: { brokers: 3 },
    topics: [
      {
        name: 'alpha',
        partitions: 1,
        replicationFactor: 1,
        assignment: [[1]],
        config: { 'min.insync.replicas': 2 },
      },
      {
        name: 'beta',
        partitions: 1,
        replicationFactor: 2,
        assignment: [[2, 3]],
        config: { 'min.insync.replicas': 1 },
      },
    ],
    producers: [
      {
        id: 'p1',
        config: {
          acks: 'all',
          'enable.idempotence': true,
          'linger.ms': 0,
          'request.timeout.ms': 1000,
          'delivery.timeout.ms': 5000,
        },
      },
    ],
    consumerGroups: [],
    actions,
  };
}

const produce = (at: number, topic: string, key: string, value: string) =>
  ({ at, do: 'produce', producer: 'p1', topic, key, value }) as const;

describe('a retry keeps its producer epoch and sequence', () => {
  it('a batch whose answer is lost is retried with the same sequence; the leader answers with the original offset', () => {
    const sim = createSimulation(
      twoPartitions([
        { at: 0, do: 'slowBroker', broker: 3, factor: 3 },
        produce(5200, 'beta', 'b', 'B0'),
      ]),
    );
    const sent = captureProduceRequests(sim);
    sim.advanceTo(20000);
    const p = sim.producers.get('p1')!.producer;
    const acked = [...p.acked].find((a) => a.topic === 'beta')!;
    const id = acked.id;
    const attempts = attemptsOf(sent, id);
    expect(attempts.length).toBeGreaterThan(1); // the first answer was lost: retried
    expect(new Set(attempts.map((a) => `${a.epoch}/${a.baseSequence}`))).toEqual(new Set(['0/0']));
    // Written once, at the offset the producer was given.
    expect(idsInLog(sim, 2, 'beta', 0)).toEqual([id]);
    expect(acked.offset).toBe(0);
    expect(p.failed).toBe(0);
  });

  it('an epoch bump for one partition does not renumber a batch in flight to another', () => {
    const sim = createSimulation(
      twoPartitions([
        { at: 0, do: 'slowBroker', broker: 3, factor: 3 },
        produce(500, 'alpha', 'a', 'A0'),
        produce(5200, 'beta', 'b', 'B0'),
        produce(15000, 'beta', 'b', 'B1'),
      ]),
    );
    const sent = captureProduceRequests(sim);
    const bumps: { at: number; epoch: number }[] = [];
    sim.onTrace((e) => {
      if (e.type === 'producer.epoch.bump') bumps.push({ at: e.time, epoch: e.epoch });
    });
    sim.advanceTo(30000);
    const p = sim.producers.get('p1')!.producer;

    // alpha-0's batch expired after retries: the producer moved to epoch 1 for alpha-0.
    expect(p.errors.filter((e) => e.topic === 'alpha').map((e) => e.error)).toEqual([
      'TIMEOUT (delivery.timeout.ms expired)',
    ]);
    expect(bumps.map((b) => b.epoch)).toEqual([1]);

    const [b0, b1] = [...p.acked].filter((a) => a.topic === 'beta');
    const retries = attemptsOf(sent, b0!.id);
    // B0 was retried after the bump, still as epoch 0, sequence 0 ...
    expect(retries.some((a) => a.at > bumps[0]!.at)).toBe(true);
    expect(new Set(retries.map((a) => `${a.epoch}/${a.baseSequence}`))).toEqual(new Set(['0/0']));
    // ... so the leader recognised it: one copy, acknowledged at the offset it was written at.
    expect(idsInLog(sim, 2, 'beta', 0)).toEqual([b0!.id, b1!.id]);
    expect(b0!.offset).toBe(0);
    // beta-0 moves to the new epoch only with its next new batch, from sequence 0.
    expect(new Set(attemptsOf(sent, b1!.id).map((a) => `${a.epoch}/${a.baseSequence}`))).toEqual(
      new Set(['1/0']),
    );
    expect(b1!.offset).toBe(1);
  });
});

/**
 * t-0 is led by broker 1, which is down; the producer still sends there (its metadata names 1
 * until the controller fences it). A's first try meets the closed port; its retry (sequence 0)
 * and then B (sequence 1, a new batch: Kafka pipelines it behind the retry) are on the wire
 * together. A's retry is refused at 1660, so the producer fails both requests on the reset
 * connection; broker 1 restarts at 1665, before B's request would arrive at 1670.
 */
function restartBetweenTwoRequests(): Scenario {
  return {
    version: 1,
    seed: 3,
    cluster: { brokers: 3, network: { latencyMs: 30, jitterMs: 0 } },
    topics: [
      {
        name: 't',
        partitions: 2,
        replicationFactor: 3,
        assignment: [
          [1, 2, 3],
          [2, 3, 1],
        ],
        config: { 'min.insync.replicas': 2 },
      },
    ],
    producers: [{ id: 'p1', config: { acks: 'all', 'enable.idempotence': true, 'linger.ms': 0 } }],
    consumerGroups: [],
    actions: [
      // On t-1 (broker 2), so the producer has metadata; broker 1 never hears of p1 before.
      { at: 500, do: 'produce', producer: 'p1', topic: 't', key: 'w', value: 'W', partition: 1 },
      { at: 1000, do: 'killBroker', broker: 1 },
      { at: 1500, do: 'produce', producer: 'p1', topic: 't', key: 'k', value: 'A', partition: 0 },
      { at: 1640, do: 'produce', producer: 'p1', topic: 't', key: 'k', value: 'B', partition: 0 },
      { at: 1665, do: 'restartBroker', broker: 1 },
    ],
  };
}

describe('a request failed on a reset connection never reaches the restarted broker', () => {
  it('sequence 1 is not written ahead of sequence 0, so no epoch bump renumbers a written batch', () => {
    const sim = createSimulation(restartBetweenTwoRequests());
    const sent = captureProduceRequests(sim);
    const trace: TraceEvent[] = [];
    sim.onTrace((e) => trace.push(e));
    sim.advanceTo(20000);
    const p = sim.producers.get('p1')!.producer;
    const [a, b] = [...p.acked].filter((x) => x.topic === 't' && x.partition === 0);

    // B's first request was on the wire when the producer failed it with the reset ...
    const bFirst = ofType(trace, 'net.send').find(
      (e) => e.from === 'producer:p1' && e.records.some((r) => r.id === b!.id),
    )!;
    const bFailed = ofType(trace, 'produce.failed').find((e) =>
      e.records.some((r) => r.id === b!.id),
    )!;
    expect(bFailed).toMatchObject({ time: 1660, error: 'NETWORK_EXCEPTION', retriable: true });
    expect(bFirst.arriveAt).toBeGreaterThan(1665); // ... and due after broker 1 was back.
    // It is lost with that connection: broker 1, which had no state for p1 (KIP-360 would take
    // any sequence), never writes sequence 1 before sequence 0.
    expect(ofType(trace, 'net.drop').find((e) => e.msgId === bFirst.msgId)?.reason).toBe(
      'connection reset',
    );
    expect(ofType(trace, 'net.deliver').some((e) => e.msgId === bFirst.msgId)).toBe(false);

    // So no OUT_OF_ORDER_SEQUENCE_NUMBER for A, no epoch bump, no renumbered B written again.
    expect(ofType(trace, 'produce.failed').map((e) => e.error)).not.toContain(
      'OUT_OF_ORDER_SEQUENCE_NUMBER',
    );
    expect(ofType(trace, 'producer.epoch.bump')).toEqual([]);
    expect(new Set(attemptsOf(sent, a!.id).map((x) => `${x.epoch}/${x.baseSequence}`))).toEqual(
      new Set(['0/0']),
    );
    expect(new Set(attemptsOf(sent, b!.id).map((x) => `${x.epoch}/${x.baseSequence}`))).toEqual(
      new Set(['0/1']),
    );
    expect(idsInLog(sim, 1, 't', 0)).toEqual([a!.id, b!.id]);
    expect([a!.offset, b!.offset]).toEqual([0, 1]);
  });
});

describe('TransactionManager (idempotent producer)', () => {
  const batch = (topic: string, partition: number, records = 1) => {
    const b = new ProducerBatch(topic, partition, 0);
    for (let i = 0; i < records; i++)
      b.tryAppend({ id: i, key: 'k', value: 'v', timestamp: 0 }, 16384);
    return b;
  };

  it('numbers a batch once, when first drained; a retry keeps its number', () => {
    const tm = new TransactionManager(7);
    const a = batch('t', 0, 2);
    const b = batch('t', 0, 3);
    tm.assignSequence(a);
    tm.assignSequence(b);
    expect([a.producerId, a.producerEpoch, a.baseSequence]).toEqual([7, 0, 0]);
    expect(b.baseSequence).toBe(2);
    tm.assignSequence(a); // drained again after a retriable error
    expect(a.baseSequence).toBe(0);
    expect(tm.sequenceNumber('t-0')).toBe(5);
  });

  it('a retry is drained only as the lowest sequence in flight', () => {
    const tm = new TransactionManager(7);
    const a = batch('t', 0);
    const b = batch('t', 0);
    tm.assignSequence(a);
    tm.assignSequence(b);
    expect(tm.shouldStopDrainBatchesForPartition(b)).toBe(true);
    expect(tm.shouldStopDrainBatchesForPartition(a)).toBe(false);
    tm.handleCompletedBatch(a, 0);
    expect(tm.shouldStopDrainBatchesForPartition(b)).toBe(false);
  });

  it('an epoch bump rewrites the partition that asked for it and leaves the others on their epoch', () => {
    const bumped: string[][] = [];
    const tm = new TransactionManager(7, (_e, parts) => bumped.push(parts));
    const x0 = batch('x', 0);
    const y0 = batch('y', 0);
    const y1 = batch('y', 0);
    tm.assignSequence(x0);
    tm.assignSequence(y0);
    tm.assignSequence(y1);
    // x-0 learns of a real gap: OUT_OF_ORDER_SEQUENCE_NUMBER for its next expected sequence.
    expect(tm.canRetry('OUT_OF_ORDER_SEQUENCE_NUMBER', x0)).toBe(true);
    tm.bumpIdempotentEpochAndResetIdIfNeeded();
    expect(bumped).toEqual([['x-0']]);
    expect(tm.producerIdAndEpoch().epoch).toBe(1);
    expect([x0.producerEpoch, x0.baseSequence, x0.sequenceHasBeenReset()]).toEqual([1, 0, true]);
    // y-0's batches in flight keep epoch 0 and their sequences ...
    expect([y0.producerEpoch, y0.baseSequence, y1.baseSequence]).toEqual([0, 0, 1]);
    // ... and no new y-0 batch is drained under the new epoch until they are done.
    const y2 = batch('y', 0);
    expect(tm.shouldStopDrainBatchesForPartition(y2)).toBe(true);
    tm.handleCompletedBatch(y0, 0);
    tm.handleCompletedBatch(y1, 1);
    expect(tm.shouldStopDrainBatchesForPartition(y2)).toBe(false);
    tm.assignSequence(y2);
    expect([y2.producerEpoch, y2.baseSequence]).toEqual([1, 0]);
  });

  it('OUT_OF_ORDER_SEQUENCE_NUMBER behind an unresolved earlier batch is retried without a bump', () => {
    const tm = new TransactionManager(7);
    const a = batch('t', 0);
    const b = batch('t', 0);
    tm.assignSequence(a);
    tm.assignSequence(b);
    // b (sequence 1) is not the next after the last acknowledged (none): a is still pending.
    expect(tm.canRetry('OUT_OF_ORDER_SEQUENCE_NUMBER', b)).toBe(true);
    tm.bumpIdempotentEpochAndResetIdIfNeeded();
    expect(tm.producerIdAndEpoch().epoch).toBe(0);
    expect(b.baseSequence).toBe(1);
  });

  it('an expired batch that had been retried blocks new batches until the partition drains, then bumps', () => {
    const tm = new TransactionManager(7);
    const a = batch('t', 0);
    tm.assignSequence(a);
    a.retry = true;
    tm.handleFailedBatch(a, 'REQUEST_TIMED_OUT', false); // Sender.failBatch on expiry
    tm.markSequenceUnresolved(a);
    expect(tm.shouldStopDrainBatchesForPartition(batch('t', 0))).toBe(true);
    tm.maybeResolveSequences();
    tm.bumpIdempotentEpochAndResetIdIfNeeded();
    expect(tm.producerIdAndEpoch().epoch).toBe(1);
    const next = batch('t', 0);
    expect(tm.shouldStopDrainBatchesForPartition(next)).toBe(false);
    tm.assignSequence(next);
    expect([next.producerEpoch, next.baseSequence]).toEqual([1, 0]);
  });
});

describe('ProducerStateManager (leader side)', () => {
  it('a duplicate among the last 5 batches of the same epoch gets the original offset', () => {
    const ps = new ProducerStateManager();
    for (let i = 0; i < 6; i++) ps.update(9, 0, i * 2, 2, 100 + i * 2);
    // Sequences 2..11 are retained (5 batches); 0..1 dropped out.
    expect(ps.check(9, 0, 4, 2)).toEqual({ kind: 'duplicate', firstOffset: 104 });
    expect(ps.check(9, 0, 0, 2)).toEqual({ kind: 'outOfOrder' });
    expect(ps.check(9, 0, 12, 1)).toEqual({ kind: 'ok' });
    expect(ps.check(9, 0, 13, 1)).toEqual({ kind: 'outOfOrder' });
    // Same sequences under another epoch are not a duplicate.
    expect(ps.check(9, 1, 4, 2)).toEqual({ kind: 'outOfOrder' });
  });

  it('epochs: an older one is fenced, a newer one must start at sequence 0', () => {
    const ps = new ProducerStateManager();
    ps.update(9, 2, 0, 1, 0);
    expect(ps.check(9, 1, 1, 1)).toEqual({ kind: 'fencedEpoch' });
    expect(ps.check(9, 3, 5, 1)).toEqual({ kind: 'outOfOrder' });
    expect(ps.check(9, 3, 0, 1)).toEqual({ kind: 'ok' });
  });

  it('a producer the replica has no state for is accepted at any sequence (KIP-360)', () => {
    expect(new ProducerStateManager().check(9, 0, 42, 1)).toEqual({ kind: 'ok' });
  });
});
