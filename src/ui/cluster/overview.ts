// The cluster view at scale: past a few hundred replica rows nobody reads rows, and drawing them
// costs seconds. Each broker is then summarised — the partitions it leads and follows, how many
// of those it leads are under-replicated, how many of its replicas are out of the ISR or have no
// leader — and its replicas drawn as one heat map cell each (PartitionHeatMap), with a topic to
// drill down to and a broker's rows on request.

import type { TopicSnapshot } from '../../engine';

/** More replica rows than this in the whole cluster: the overview, not rows. */
export const OVERVIEW_REPLICA_ROWS = 120;

/** A hosted replica's state, as the heat map colours it. */
export const CellState = { Leader: 0, InSync: 1, OutOfSync: 2, NoLeader: 3 } as const;
export type CellState = (typeof CellState)[keyof typeof CellState];

export interface BrokerSummary {
  leaders: number;
  followers: number;
  /** Partitions it leads whose ISR is smaller than the replica set. */
  underReplicated: number;
  /** Its replicas (follower or not) that are not in the partition's ISR. */
  outOfSync: number;
  /** Its replicas of partitions that have no leader at all. */
  noLeader: number;
  /** One cell per hosted replica, in topic then partition order. */
  cells: Uint8Array;
  /** The replica each cell stands for. */
  refs: { topic: string; partition: number }[];
}

export function replicaRowCount(topics: readonly TopicSnapshot[]): number {
  let n = 0;
  for (const t of topics) for (const p of t.partitions) n += p.replicas.length;
  return n;
}

/** Every broker's summary over `topics` (one pass over the partitions). */
export function summarizeBrokers(
  brokerIds: readonly number[],
  topics: readonly TopicSnapshot[],
): Map<number, BrokerSummary> {
  const states = new Map<number, number[]>();
  const refs = new Map<number, { topic: string; partition: number }[]>();
  const out = new Map<number, BrokerSummary>();
  for (const id of brokerIds) {
    states.set(id, []);
    refs.set(id, []);
    out.set(id, {
      leaders: 0,
      followers: 0,
      underReplicated: 0,
      outOfSync: 0,
      noLeader: 0,
      cells: new Uint8Array(0),
      refs: [],
    });
  }
  for (const t of topics)
    for (const p of t.partitions)
      for (const b of p.replicas) {
        const s = out.get(b);
        if (!s) continue;
        let state: CellState;
        if (p.leader === null) {
          state = CellState.NoLeader;
          s.noLeader++;
        } else if (p.leader === b) {
          state = CellState.Leader;
          s.leaders++;
          if (p.isr.length < p.replicas.length) s.underReplicated++;
        } else {
          s.followers++;
          state = p.isr.includes(b) ? CellState.InSync : CellState.OutOfSync;
        }
        if (p.leader !== null && !p.isr.includes(b)) s.outOfSync++;
        states.get(b)!.push(state);
        refs.get(b)!.push({ topic: t.name, partition: p.partition });
      }
  for (const [id, s] of out) {
    s.cells = Uint8Array.from(states.get(id)!);
    s.refs = refs.get(id)!;
  }
  return out;
}
