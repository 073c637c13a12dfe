// The replication view's lanes draw one slot per offset of a window as wide as the screen fits,
// the newest offsets of the running replicas: however long the run, the slots stay that many.
import { describe, expect, it } from 'vitest';
import { offsetWindow, type ReplicaModel } from './model';

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
