// An offset commit whose wait for the HW timed out (REQUEST_TIMED_OUT to the member) is not undone,
// as in Kafka's CoordinatorRuntime: its records stay in the log and the offsets count once the HW
// passes them — unless the coordinator lost the partition (and with it, maybe, the records) first.
import { describe, expect, it } from 'vitest';
import type { ErrorCode, ProduceRequest, ProduceResponse } from '../../network/requests';
import type { Partition } from '../../server/Partition';
import type { ReplicaManager } from '../../server/ReplicaManager';
import type { SimContext } from '../../sim/SimContext';
import { GroupMetadataManager } from './GroupMetadataManager';
import { GROUP_METADATA_TOPIC_NAME } from './OffsetsTopic';

interface FakeBatch {
  baseOffset: number;
  partitionLeaderEpoch: number;
  records: { offset: number; key: string | null; value: string | null }[];
}

/** The leader's __consumer_offsets partition and the produce path, driven by hand. */
function setup() {
  const log = { highWatermark: 0, batches: [] as FakeBatch[] };
  const partition = {
    topic: GROUP_METADATA_TOPIC_NAME,
    partition: 0,
    leaderEpoch: 1,
    log: {
      get highWatermark() {
        return log.highWatermark;
      },
      batches: () => log.batches,
      batchAt: (offset: number) =>
        log.batches.find((b) => b.baseOffset + b.records.length > offset),
    },
  };
  const listeners: ((p: Partition) => void)[] = [];
  const parked: { records: number; respond: (r: ProduceResponse) => void; base: number }[] = [];
  const replicaManager = {
    addHighWatermarkListener: (l: (p: Partition) => void) => listeners.push(l),
    getPartition: () => partition,
    handleProduce(req: ProduceRequest, respond: (r: ProduceResponse) => void) {
      const pd = req.partitions[0]!;
      const base = log.batches.reduce((n, b) => Math.max(n, b.baseOffset + b.records.length), 0);
      log.batches.push({
        baseOffset: base,
        partitionLeaderEpoch: partition.leaderEpoch,
        records: pd.records.map((r, i) => ({ offset: base + i, key: r.key, value: r.value })),
      });
      parked.push({ records: pd.records.length, respond, base });
    },
  };
  let id = 0;
  const ctx = { now: () => 0, nextRecordId: () => ++id, trace: () => {} };
  const manager = new GroupMetadataManager(
    1,
    ctx as unknown as SimContext,
    replicaManager as unknown as ReplicaManager,
    () => 1,
    new Map(),
  );
  manager.load(
    0,
    () => {},
    () => {},
  );
  /** Answer the i-th parked append (REQUEST_TIMED_OUT: its delayed produce expired). */
  const answer = (i: number, error: ErrorCode) => {
    const w = parked[i]!;
    w.respond({
      partitions: [{ topic: GROUP_METADATA_TOPIC_NAME, partition: 0, error, baseOffset: w.base }],
    });
  };
  const advanceHw = (to: number) => {
    log.highWatermark = to;
    for (const l of listeners) l(partition as unknown as Partition);
  };
  const commit = (offset: number) => {
    const seen: ErrorCode[] = [];
    let later = 0;
    manager.storeOffsets(
      'g',
      [{ topic: 't', partition: 0, offset }],
      (e) => seen.push(e),
      () => later++,
    );
    return { seen, later: () => later };
  };
  return { manager, log, partition, answer, advanceHw, commit };
}

describe('a timed-out offset commit', () => {
  it('answers REQUEST_TIMED_OUT, then counts once the HW passes its record', () => {
    const { manager, answer, advanceHw, commit } = setup();
    const c = commit(1);
    answer(0, 'REQUEST_TIMED_OUT');
    expect(c.seen).toEqual(['REQUEST_TIMED_OUT']);
    expect(manager.committedOffset('g', 't', 0)).toBeUndefined();
    advanceHw(0);
    expect(manager.committed('g')).toEqual([]);
    advanceHw(1);
    expect(manager.committed('g')).toEqual([{ topic: 't', partition: 0, offset: 1 }]);
    expect(c.later()).toBe(1);
    // Once only.
    advanceHw(2);
    expect(c.later()).toBe(1);
  });

  it('does not override a later commit that was acknowledged first', () => {
    const { manager, answer, advanceHw, commit } = setup();
    commit(1);
    commit(2);
    answer(0, 'REQUEST_TIMED_OUT');
    advanceHw(2);
    answer(1, 'NONE');
    expect(manager.committedOffset('g', 't', 0)).toBe(2);
  });

  it('is dropped when the coordinator loses the partition, and the new term replays its own log', () => {
    const { manager, log, partition, answer, advanceHw, commit } = setup();
    const c = commit(1);
    answer(0, 'REQUEST_TIMED_OUT');
    // Leadership lost: unloaded; the new leader's log never had the record (truncated here).
    manager.unload(0);
    log.batches.length = 0;
    partition.leaderEpoch = 3;
    manager.load(
      0,
      () => {},
      () => {},
    );
    advanceHw(1);
    expect(manager.committedOffset('g', 't', 0)).toBeUndefined();
    expect(c.later()).toBe(0);
  });

  it('does not count if the batch at its offset is another one (the log lost it)', () => {
    const { manager, log, answer, advanceHw, commit } = setup();
    commit(1);
    answer(0, 'REQUEST_TIMED_OUT');
    log.batches[0] = { ...log.batches[0]!, partitionLeaderEpoch: 7 };
    advanceHw(1);
    expect(manager.committedOffset('g', 't', 0)).toBeUndefined();
  });

  it('a failed append (not a timeout) never counts', () => {
    const { manager, answer, advanceHw, commit } = setup();
    const c = commit(1);
    answer(0, 'NOT_LEADER_OR_FOLLOWER');
    expect(c.seen).toEqual(['NOT_COORDINATOR']);
    advanceHw(1);
    expect(manager.committedOffset('g', 't', 0)).toBeUndefined();
  });
});
