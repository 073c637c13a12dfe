// What the group view draws, derived from the snapshot and the group log: one row per member
// (its colour, whether it is idle and why) and one row per partition of the group's topics
// (owner, committed offset, the owner's position, high watermark, lag, a pending revocation).
// Everything Kafka decides comes from the engine; this only arranges it for drawing.
import { schemeTableau10 } from 'd3';
import {
  tpKey,
  ASSIGNMENT_STRATEGIES,
  GROUP_PROTOCOLS,
  SERVER_ASSIGNORS as ENGINE_SERVER_ASSIGNORS,
  DEFAULT_SERVER_ASSIGNOR as ENGINE_DEFAULT_SERVER_ASSIGNOR,
  type ConsumerGroupSnapshot,
  type GroupMemberSnapshot,
  type Snapshot,
  type TopicPartitionRef,
  type EffectiveConfig,
} from '../../engine';
import type { MessageKey, Params } from '../../content/i18n';
import type { GroupLog, Revoked } from './groupLog';

/** The client assignors (partition.assignment.strategy), as the engine names them. */
export const ASSIGNORS = ASSIGNMENT_STRATEGIES;
/** Kafka's default partition.assignment.strategy (3.0+). */
export const DEFAULT_STRATEGY = 'range,cooperative-sticky';
/** group.protocol: classic (JoinGroup/SyncGroup) or consumer (KIP-848). */
export const PROTOCOLS = GROUP_PROTOCOLS;
export type GroupProtocol = (typeof PROTOCOLS)[number];
/** The server assignors a consumer-protocol member can ask for (group.remote.assignor). */
export const SERVER_ASSIGNORS = ENGINE_SERVER_ASSIGNORS;
/** Kafka's group.consumer.assignors default: the first one is the group's default. */
export const DEFAULT_SERVER_ASSIGNOR = ENGINE_DEFAULT_SERVER_ASSIGNOR;

const PALETTE = schemeTableau10.filter((c) => c !== '#bab0ac');

/** A member's colour from its sequence number (`group-a-3` → 3), stable as others come and go. */
export function memberColor(member: string): string {
  const m = /(\d+)$/.exec(member);
  const n = m ? Number(m[1]) - 1 : hash(member);
  return PALETTE[((n % PALETTE.length) + PALETTE.length) % PALETTE.length]!;
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return Math.abs(h);
}

export interface MemberRow {
  member: GroupMemberSnapshot;
  color: string;
  idle: boolean;
  crashed: boolean;
  stalled: boolean;
  leader: boolean;
  /** Why it owns nothing (or why it is drawn differently), null when it simply consumes. */
  note: MessageKey | null;
  noteParams?: Params;
  /**
   * Consumer protocol (KIP-848) only, from the coordinator's view of the member: the partitions
   * of its target it does not own yet (drawn as pending lines), those it owns but must give up
   * (asked to revoke, or not in its target any more), and what it waits for, with the member
   * that still owns each one.
   */
  kip848: Kip848Member | null;
}

export interface Kip848Member {
  target: TopicPartitionRef[];
  /** In the target, not owned yet. */
  incoming: TopicPartitionRef[];
  /** Owned, not in the target: the coordinator asks it to revoke them (pendingRevocation), or will at its next heartbeat. */
  outgoing: TopicPartitionRef[];
  reconciliation: 'STABLE' | 'UNREVOKED_PARTITIONS' | 'UNRELEASED_PARTITIONS' | null;
  /** Its member epoch is behind the target assignment's epoch: its next heartbeat brings the change. */
  behind: boolean;
  /** For UNRELEASED_PARTITIONS: the partitions it waits for and who still owns each (null: nobody). */
  waitingFor: { tp: TopicPartitionRef; owner: string | null }[];
}

export interface PartitionRow {
  topic: string;
  partition: number;
  key: string;
  hw: number;
  logStart: number;
  committed: number | null;
  lag: number | null;
  owner: string | null;
  position: number | null;
  revoked: Revoked | null;
  /** Consumer protocol: the member whose target assignment holds it (null: none, or classic). */
  target: string | null;
}

/** The topics a group reads: the scenario's subscription, else whatever its snapshot names. */
export function groupTopics(
  group: ConsumerGroupSnapshot,
  specTopics: readonly string[] | undefined,
): string[] {
  const own = (group as { topics?: unknown }).topics;
  if (Array.isArray(own) && own.every((x) => typeof x === 'string')) return own as string[];
  if (specTopics && specTopics.length > 0) return [...specTopics];
  const seen = new Set<string>();
  for (const c of group.committed ?? []) seen.add(c.topic);
  for (const m of group.members ?? []) for (const a of m.assignment ?? []) seen.add(a.topic);
  return [...seen];
}

function firstByKey<T extends { topic: string; partition: number }>(
  list: readonly T[] | undefined,
  value: (x: T) => number,
): Map<string, number> {
  const map = new Map<string, number>();
  for (const x of list ?? []) {
    const k = tpKey(x.topic, x.partition);
    if (!map.has(k)) map.set(k, value(x));
  }
  return map;
}

export function partitionRows(
  snapshot: Snapshot,
  group: ConsumerGroupSnapshot,
  topics: readonly string[],
  log: GroupLog,
): PartitionRow[] {
  const rows: PartitionRow[] = [];
  const owners = new Map<string, GroupMemberSnapshot>();
  const targets = new Map<string, string>();
  for (const m of group.members ?? []) {
    for (const a of m.assignment ?? []) owners.set(tpKey(a.topic, a.partition), m);
    if (group.protocol === 'consumer')
      for (const a of m.target ?? []) targets.set(tpKey(a.topic, a.partition), m.id);
  }
  // Keyed once (the first entry per partition, as a search would find): a topic of 1,000
  // partitions would otherwise scan every list once per row.
  const committedAt = firstByKey(group.committed, (c) => c.offset);
  const lagAt = firstByKey(group.lag, (l) => l.lag);
  const positionsOf = new Map<string, Map<string, number>>();
  for (const name of topics) {
    const topic = snapshot.topics.find((t) => t.name === name);
    if (!topic) continue;
    for (const p of topic.partitions) {
      const key = tpKey(name, p.partition);
      const owner = owners.get(key) ?? null;
      const committed = committedAt.get(key) ?? null;
      const lag = lagAt.get(key) ?? null;
      let positions = owner ? positionsOf.get(owner.id) : undefined;
      if (owner && !positions) {
        positions = firstByKey(owner.positions, (x) => x.offset);
        positionsOf.set(owner.id, positions);
      }
      const position = positions?.get(key) ?? null;
      const revoked = !owner ? (log.revoked[key] ?? null) : null;
      rows.push({
        topic: name,
        partition: p.partition,
        key,
        hw: p.highWatermark,
        logStart: p.logStartOffset,
        committed,
        lag,
        owner: owner?.id ?? null,
        position,
        revoked,
        target: targets.get(key) ?? null,
      });
    }
  }
  return rows;
}

export function memberRows(
  group: ConsumerGroupSnapshot,
  partitionCount: number,
  log: GroupLog,
): MemberRow[] {
  const members = group.members ?? [];
  const live = members.filter((m) => m.status !== 'crashed').length;
  const revokedBy = new Set(Object.values(log.revoked).map((r) => r.member));
  const consumer = group.protocol === 'consumer';
  const owners = new Map<string, string>();
  const topics = new Set<string>();
  for (const m of members) {
    for (const a of m.assignment ?? []) {
      owners.set(tpKey(a.topic, a.partition), m.id);
      topics.add(a.topic);
    }
    for (const a of m.target ?? []) topics.add(a.topic);
  }
  const multi = topics.size > 1;
  return members.map((m) => {
    const crashed = m.status === 'crashed';
    const stalled = m.status === 'stalled';
    const idle = !crashed && (m.assignment ?? []).length === 0;
    // A member of the consumer protocol carries its target (a classic one does not, even in a
    // group the coordinator still holds as a consumer group while the protocol is switched).
    const kip848 = consumer && m.target !== undefined ? kip848Member(group, m, owners) : null;
    let note: MessageKey | null = null;
    let noteParams: Params | undefined;
    if (crashed) note = 'groups.crashed.note';
    // Stalled past max.poll.interval.ms, a consumer-protocol member has left already (STALE).
    else if (stalled) note = m.state === 'STALE' ? 'groups.k.note.stale' : 'groups.stalled.note';
    else if (kip848)
      [note, noteParams] = kip848Note(group, m, kip848, idle, live, partitionCount, multi);
    else if (idle) {
      if (group.state === 'Stable' && m.state === 'STABLE')
        note = live > partitionCount ? 'groups.idle.tooMany' : 'groups.idle.noPartition';
      else if (revokedBy.has(m.id)) note = 'groups.idle.revoked';
      else note = 'groups.idle.rebalance';
    }
    return {
      member: m,
      color: memberColor(m.id),
      idle,
      crashed,
      stalled,
      leader: group.leader === m.id,
      note,
      noteParams,
      kip848,
    };
  });
}

const sameTp = (a: TopicPartitionRef, b: TopicPartitionRef) =>
  a.topic === b.topic && a.partition === b.partition;
const minus = (xs: readonly TopicPartitionRef[], ys: readonly TopicPartitionRef[]) =>
  xs.filter((x) => !ys.some((y) => sameTp(x, y)));

/** `P4`, or `topic-4` when the group reads several topics; joined with commas. */
export function tpList(
  tps: readonly TopicPartitionRef[],
  multi = new Set(tps.map((t) => t.topic)).size > 1,
): string {
  return tps.map((t) => (multi ? tpKey(t.topic, t.partition) : `P${t.partition}`)).join(', ');
}

function kip848Member(
  group: ConsumerGroupSnapshot,
  m: GroupMemberSnapshot,
  owners: ReadonlyMap<string, string>,
): Kip848Member {
  const owned = m.assignment ?? [];
  const target = m.target ?? [];
  const pending = m.pendingRevocation ?? [];
  const reconciliation = m.reconciliation ?? null;
  const inGroup = reconciliation !== null;
  const incoming = minus(target, owned);
  // Owned but not in the target: being revoked (the coordinator asked), or to be asked at the
  // member's next heartbeat. Only for a member the coordinator holds with a target.
  const outgoing = inGroup ? (pending.length > 0 ? pending : minus(owned, target)) : [];
  const assignmentEpoch = group.assignmentEpoch ?? group.generation;
  const behind = inGroup && m.generation >= 0 && m.generation < assignmentEpoch;
  const waitingFor =
    reconciliation === 'UNRELEASED_PARTITIONS'
      ? incoming.map((tp) => {
          const owner = owners.get(tpKey(tp.topic, tp.partition)) ?? null;
          return { tp, owner: owner === m.id ? null : owner };
        })
      : [];
  return { target, incoming, outgoing, reconciliation, behind, waitingFor };
}

/** What a consumer-protocol member is doing, in one sentence (null: it simply consumes). */
function kip848Note(
  group: ConsumerGroupSnapshot,
  m: GroupMemberSnapshot,
  k: Kip848Member,
  idle: boolean,
  live: number,
  partitionCount: number,
  multi: boolean,
): [MessageKey | null, Params | undefined] {
  const list = (tps: readonly TopicPartitionRef[]) => tpList(tps, multi);
  if (m.state === 'STALE') return ['groups.k.note.stale', undefined];
  if (m.state === 'UNSUBSCRIBED') return ['groups.k.note.leaving', undefined];
  if (k.reconciliation === null)
    return idle ? ['groups.k.note.joining', undefined] : [null, undefined];
  const epoch = { epoch: m.generation, target: group.assignmentEpoch ?? group.generation };
  if (k.reconciliation === 'UNREVOKED_PARTITIONS')
    return ['groups.k.note.unrevoked', { ...epoch, tps: list(k.outgoing) }];
  if (k.reconciliation === 'UNRELEASED_PARTITIONS') {
    const owners = [...new Set(k.waitingFor.map((w) => w.owner).filter((o) => o !== null))];
    return owners.length > 0
      ? ['groups.k.note.unreleasedBy', { tps: list(k.incoming), owners: owners.join(', ') }]
      : ['groups.k.note.unreleased', { tps: list(k.incoming) }];
  }
  if (k.behind && k.outgoing.length > 0)
    return ['groups.k.note.behindRevoke', { ...epoch, tps: list(k.outgoing) }];
  if (k.behind && k.incoming.length > 0)
    return ['groups.k.note.behindGain', { ...epoch, tps: list(k.incoming) }];
  if (k.incoming.length > 0) return ['groups.k.note.incoming', { tps: list(k.incoming) }];
  if (idle && k.target.length === 0)
    return live > partitionCount
      ? ['groups.idle.tooMany', undefined]
      : ['groups.k.note.noPartition', undefined];
  return [null, undefined];
}

export interface GroupConfigNow {
  protocol: GroupProtocol;
  /** partition.assignment.strategy (classic), normalised, the default when unset. */
  strategy: string;
  /** group.remote.assignor (consumer), null when unset (the broker's first server assignor). */
  remoteAssignor: string | null;
}

/**
 * The group config the members run with now, from the engine's effective configs of the group
 * (the scenario's config as its setConfig actions left it; the engine also drops the keys the other
 * protocol refuses when group.protocol switches). Nothing here re-applies actions.
 */
export function configuredGroup(configs: readonly EffectiveConfig[]): GroupConfigNow {
  const value = (name: string) => configs.find((c) => c.name === name)?.value ?? null;
  const strategy = value('partition.assignment.strategy');
  const remote = value('group.remote.assignor');
  return {
    protocol: value('group.protocol') === 'consumer' ? 'consumer' : 'classic',
    strategy: Array.isArray(strategy) ? strategy.join(',') : DEFAULT_STRATEGY,
    remoteAssignor:
      typeof remote === 'string' && remote.trim() !== '' ? serverAssignorName(remote) : null,
  };
}

/** `org.apache.kafka.coordinator.group.assignor.UniformAssignor` → `uniform`. */
function serverAssignorName(value: string): string {
  const s = value.trim();
  const m = /(?:^|\.)(Uniform|Range)Assignor$/.exec(s);
  return m ? m[1]!.toLowerCase() : s;
}

export const PHASES = ['Empty', 'PreparingRebalance', 'CompletingRebalance', 'Stable'] as const;
/** A consumer-protocol group's states (ConsumerGroup.ConsumerGroupState). */
export const KIP848_STATES = ['Empty', 'Assigning', 'Reconciling', 'Stable', 'Dead'] as const;
