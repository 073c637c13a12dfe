// The replication view's lanes draw one slot per offset of a window as wide as the screen fits,
// the newest offsets of the running replicas: however long the run, the slots stay that many.
import { describe, expect, it } from 'vitest';
import type { PartitionSnapshot } from '../../engine';
import { offsetWindow, replicaModels, type ReplicaModel } from './model';

function replica(broker: number, leo: number, status: ReplicaModel['status'] = 'online') {
  return {
    broker,
    status,
    isolated: false,
    slowFactor: 1,
    isLeader: broker === 1,
    inIsr: true,
    zombie: false,
    leo,
    hw: leo,
    records: [],
    truncation: null,
  } satisfies ReplicaModel;
}

describe('offsetWindow', () => {
  it('is as wide as the columns, at the newest offsets, however long the run', () => {
    for (const leo of [10, 1_000, 10_000_000]) {
      const w = offsetWindow([replica(1, leo), replica(2, leo - 3), replica(3, leo)], 30);
      expect(w.end - w.start).toBe(Math.min(30, leo));
      expect(w.end).toBe(leo);
    }
  });

  it('follows the running replicas, not a stopped broker’s log', () => {
    const w = offsetWindow([replica(1, 5_000, 'offline'), replica(2, 4_000)], 20);
    expect(w).toEqual({ start: 3_980, end: 4_000 });
  });
});

describe('replicaModels', () => {
  it("draws each follower at its own high watermark, the leader at the partition's", () => {
    const p: PartitionSnapshot = {
      partition: 0,
      leader: 1,
      leaderEpoch: 0,
      replicas: [1, 2, 3],
      isr: [1, 2, 3],
      highWatermark: 9,
      logStartOffset: 0,
      replicaStates: [
        { broker: 1, logEndOffset: 10, highWatermark: 9, segments: [] },
        // told 7 by its last fetch response
        { broker: 2, logEndOffset: 10, highWatermark: 7, segments: [] },
        // (a HW past its log's end is never drawn)
        { broker: 3, logEndOffset: 5, highWatermark: 6, segments: [] },
      ],
    };
    const brokers = [1, 2, 3].map((id) => ({ id, status: 'online' as const }));
    const hw = replicaModels(p, 't', brokers as never, []).map((r) => r.hw);
    expect(hw).toEqual([9, 7, 5]);
  });
});
