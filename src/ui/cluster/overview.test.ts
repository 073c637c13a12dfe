// The overview's per-broker summary (overview.ts): counts and cells read from the snapshot's
// partitions, one cell per hosted replica.
import { describe, expect, it } from 'vitest';
import type { TopicSnapshot } from '../../engine';
import { STARTERS } from '../../content/scenarios';
import {
  CellState,
  OVERVIEW_REPLICA_ROWS,
  brokerShares,
  replicaRowCount,
  sharesChanged,
  summarizeBrokers,
} from './overview';

function part(partition: number, leader: number | null, replicas: number[], isr: number[]) {
  return {
    partition,
    leader,
    leaderEpoch: 0,
    replicas,
    isr,
    highWatermark: 0,
    logStartOffset: 0,
    replicaStates: [],
  };
}

const topics: TopicSnapshot[] = [
  {
    name: 'a',
    partitions: [
      part(0, 1, [1, 2, 3], [1, 2, 3]),
      part(1, 2, [2, 3, 1], [2, 3]), // broker 1 fell out of the ISR: under-replicated on 2
      part(2, null, [3, 1, 2], [3]), // no leader
    ],
  },
  { name: 'b', partitions: [part(0, 3, [3, 4], [3, 4])] },
];

describe('the cluster overview at scale', () => {
  it('counts each broker’s leaders, followers and troubles, one cell per replica', () => {
    const s = summarizeBrokers([1, 2, 3, 4], topics);
    expect(s.get(1)).toMatchObject({
      leaders: 1,
      followers: 1,
      underReplicated: 0,
      outOfSync: 1,
      noLeader: 1,
    });
    expect([...s.get(1)!.cells]).toEqual([
      CellState.Leader,
      CellState.OutOfSync,
      CellState.NoLeader,
    ]);
    expect(s.get(1)!.refs).toEqual([
      { topic: 'a', partition: 0 },
      { topic: 'a', partition: 1 },
      { topic: 'a', partition: 2 },
    ]);
    expect(s.get(2)).toMatchObject({ leaders: 1, underReplicated: 1, followers: 1, noLeader: 1 });
    expect([...s.get(3)!.cells]).toEqual([
      CellState.InSync,
      CellState.InSync,
      CellState.NoLeader,
      CellState.Leader,
    ]);
    expect([...s.get(4)!.cells]).toEqual([CellState.InSync]);
  });

  it('switches on past the row budget, which no starter reaches', () => {
    expect(replicaRowCount(topics)).toBe(11);
    for (const starter of STARTERS) {
      const spec = starter.scenario as {
        topics: { partitions: number; replicationFactor?: number }[];
      };
      const rows = spec.topics.reduce((n, t) => n + t.partitions * (t.replicationFactor ?? 1), 0);
      expect(rows, starter.id).toBeLessThanOrEqual(OVERVIEW_REPLICA_ROWS);
    }
  });

  it('counts a topic again only when its leaders, replicas or ISRs change, not its offsets', () => {
    const before = brokerShares(topics);
    // The next publish: new snapshot objects, high watermarks moved, the same layout.
    const moved = topics.map((t) => ({
      ...t,
      partitions: t.partitions.map((p) => ({
        ...p,
        replicas: [...p.replicas],
        isr: [...p.isr],
        highWatermark: p.highWatermark + 5,
      })),
    }));
    const after = brokerShares(moved);
    expect(sharesChanged(before, after)).toBe(false);
    expect(after[0]).toBe(before[0]);
    // Broker 1 back in partition 1's ISR: topic a is counted again, b is not.
    const rejoined = moved.map((t, i) =>
      i === 0
        ? { ...t, partitions: t.partitions.map((p, j) => (j === 1 ? { ...p, isr: [2, 3, 1] } : p)) }
        : t,
    );
    const again = brokerShares(rejoined);
    expect(sharesChanged(after, again)).toBe(true);
    expect(again[1]).toBe(after[1]);
    expect(summarizeBrokers([1], rejoined).get(1)!.outOfSync).toBe(0);
  });
});
