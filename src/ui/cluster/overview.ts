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

/** One topic's share of each broker's summary: counts, and its cells in partition order. */
interface TopicShare {
  leaders: number;
  followers: number;
  underReplicated: number;
  outOfSync: number;
  noLeader: number;
  cells: number[];
  partitions: number[];
}

/** A topic's shares by broker, and the partitions they were counted from. */
export interface TopicShares {
  name: string;
  partitions: TopicSnapshot['partitions'];
  byBroker: Map<number, TopicShare>;
}

/**
 * The cells depend on each partition's leader, replicas and ISR only, not on its offsets: while the
 * run plays a topic's snapshot is new every publish (its high watermarks move) but its shares
 * are those of the last time, found by name and checked partition by partition.
 */
const sharesByName = new Map<string, TopicShares>();

function topicShares(t: TopicSnapshot): TopicShares {
  const last = sharesByName.get(t.name);
  if (last && (last.partitions === t.partitions || sameLayout(last.partitions, t.partitions))) {
    last.partitions = t.partitions;
    return last;
  }
  const byBroker = new Map<number, TopicShare>();
  for (const p of t.partitions)
    for (const b of p.replicas) {
      let s = byBroker.get(b);
      if (!s) {
        s = {
          leaders: 0,
          followers: 0,
          underReplicated: 0,
          outOfSync: 0,
          noLeader: 0,
          cells: [],
          partitions: [],
        };
        byBroker.set(b, s);
      }
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
      s.cells.push(state);
      s.partitions.push(p.partition);
    }
  const shares = { name: t.name, partitions: t.partitions, byBroker };
  sharesByName.set(t.name, shares);
  return shares;
}

function sameLayout(a: TopicSnapshot['partitions'], b: TopicSnapshot['partitions']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.partition !== y.partition || x.leader !== y.leader) return false;
    if (!sameNumbers(x.replicas, y.replicas) || !sameNumbers(x.isr, y.isr)) return false;
  }
  return true;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Each topic's shares: the same objects while its leaders, replicas and ISRs are the same. */
export function brokerShares(topics: readonly TopicSnapshot[]): TopicShares[] {
  return topics.map(topicShares);
}

/** Whether summaries built from `a` may differ from those built from `b`. */
export function sharesChanged(a: readonly TopicShares[], b: readonly TopicShares[]): boolean {
  return a.length !== b.length || a.some((x, i) => x !== b[i]);
}

/** Every broker's summary over `topics`. */
export function summarizeBrokers(
  brokerIds: readonly number[],
  topics: readonly TopicSnapshot[],
): Map<number, BrokerSummary> {
  return summarizeShares(brokerIds, brokerShares(topics));
}

/** Every broker's summary from its topics' shares, in topic then partition order. */
export function summarizeShares(
  brokerIds: readonly number[],
  shares: readonly TopicShares[],
): Map<number, BrokerSummary> {
  const out = new Map<number, BrokerSummary>();
  for (const id of brokerIds) {
    const s: BrokerSummary = {
      leaders: 0,
      followers: 0,
      underReplicated: 0,
      outOfSync: 0,
      noLeader: 0,
      cells: new Uint8Array(0),
      refs: [],
    };
    const cells: number[] = [];
    for (const t of shares) {
      const share = t.byBroker.get(id);
      if (!share) continue;
      s.leaders += share.leaders;
      s.followers += share.followers;
      s.underReplicated += share.underReplicated;
      s.outOfSync += share.outOfSync;
      s.noLeader += share.noLeader;
      for (let i = 0; i < share.cells.length; i++) {
        cells.push(share.cells[i]!);
        s.refs.push({ topic: t.name, partition: share.partitions[i]! });
      }
    }
    s.cells = Uint8Array.from(cells);
    out.set(id, s);
  }
  return out;
}
