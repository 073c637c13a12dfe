// What the group view draws, derived from the snapshot and the group log: one row per member
// (its colour, whether it is idle and why) and one row per partition of the group's topics
// (owner, committed offset, the owner's position, high watermark, lag, a pending revocation).
// Everything Kafka decides comes from the engine; this only arranges it for drawing.
import { schemeTableau10 } from 'd3';
import type { ConsumerGroupSnapshot, GroupMemberSnapshot, Snapshot } from '../../engine';
import type { MessageKey } from '../../content/i18n';
import type { GroupLog, Revoked } from './groupLog';

export const ASSIGNORS = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'] as const;
/** Kafka's default partition.assignment.strategy (3.0+). */
export const DEFAULT_STRATEGY = 'range,cooperative-sticky';

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

export const tpKey = (topic: string, partition: number) => `${topic}-${partition}`;

export interface MemberRow {
  member: GroupMemberSnapshot;
  color: string;
  idle: boolean;
  crashed: boolean;
  stalled: boolean;
  leader: boolean;
  /** Why it owns nothing (or why it is drawn differently), null when it simply consumes. */
  note: MessageKey | null;
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

export function partitionRows(
  snapshot: Snapshot,
  group: ConsumerGroupSnapshot,
  topics: readonly string[],
  log: GroupLog,
): PartitionRow[] {
  const rows: PartitionRow[] = [];
  const owners = new Map<string, GroupMemberSnapshot>();
  for (const m of group.members ?? [])
    for (const a of m.assignment ?? []) owners.set(tpKey(a.topic, a.partition), m);
  for (const name of topics) {
    const topic = snapshot.topics.find((t) => t.name === name);
    if (!topic) continue;
    for (const p of topic.partitions) {
      const key = tpKey(name, p.partition);
      const owner = owners.get(key) ?? null;
      const committed =
        group.committed?.find((c) => c.topic === name && c.partition === p.partition)?.offset ??
        null;
      const lag =
        group.lag?.find((l) => l.topic === name && l.partition === p.partition)?.lag ?? null;
      const position =
        owner?.positions?.find((x) => x.topic === name && x.partition === p.partition)?.offset ??
        null;
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
  return members.map((m) => {
    const crashed = m.status === 'crashed';
    const stalled = m.status === 'stalled';
    const idle = !crashed && (m.assignment ?? []).length === 0;
    let note: MessageKey | null = null;
    if (crashed) note = 'groups.crashed.note';
    else if (stalled) note = 'groups.stalled.note';
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
    };
  });
}

/** The strategy the group's members are configured with now: scenario config, then setConfig actions. */
export function configuredStrategy(
  specConfig: Record<string, unknown> | undefined,
  actions: readonly { do: string; target?: unknown; key?: unknown; value?: unknown }[],
  groupId: string,
): string {
  let value: unknown = specConfig?.['partition.assignment.strategy'] ?? DEFAULT_STRATEGY;
  for (const a of actions)
    if (
      a.do === 'setConfig' &&
      a.target === `group:${groupId}` &&
      a.key === 'partition.assignment.strategy'
    )
      value = a.value;
  return normaliseStrategy(value);
}

/** `["range", "cooperative-sticky"]`, `"range, cooperative-sticky"` → `range,cooperative-sticky`. */
export function normaliseStrategy(value: unknown): string {
  const list = Array.isArray(value) ? value.map(String) : String(value).split(',');
  return list
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => s.replace(/^org\.apache\.kafka\.clients\.consumer\./, ''))
    .map((s) =>
      s === 'RangeAssignor'
        ? 'range'
        : s === 'RoundRobinAssignor'
          ? 'roundrobin'
          : s === 'StickyAssignor'
            ? 'sticky'
            : s === 'CooperativeStickyAssignor'
              ? 'cooperative-sticky'
              : s,
    )
    .join(',');
}

export const PHASES = ['Empty', 'PreparingRebalance', 'CompletingRebalance', 'Stable'] as const;
