// The event list's lines, newest first: one sentence per event that matters, failures, elections
// and rebalances marked as announcements, and the high watermark's many small moves grouped —
// between two other lines, one line per partition: how many times it advanced, from where to
// where, on which leader, and which followers learned it. Pure (the view passes the leaders).
import type { TraceEvent } from '../../engine';
import type { Lang } from '../../content/i18n';
import type { TFunction } from '../common/useT';
import { describeEvent } from './describeEvent';

export interface Line {
  /** The newest event the line tells. */
  seq: number;
  time: number;
  text: string;
  /** A failure, an election or a rebalance: drawn as an announcement. */
  announce: boolean;
  /** What the line tells: an event type, or `hw.grouped`. */
  kind: string;
}

/** Failures, elections and rebalances: each an announcement of its own. */
const ANNOUNCE = new Set<TraceEvent['type']>([
  'broker.status',
  'broker.fenced',
  'broker.unfenced',
  'broker.isolation',
  'controller.status',
  'controller.isolation',
  'controller.active',
  'leader.elected',
  'group.state',
  'group.assign',
  'group.target',
  'member.crashed',
  'log.truncate',
]);

interface HwGroup {
  line: Line;
  topic: string;
  partition: number;
  from: number;
  to: number;
  /** Each broker's hw.advance count. */
  brokers: Map<number, number>;
  /** The newest event's own sentence parts (for a group of one). */
  broker: number;
}

function hwText(g: HwGroup, t: TFunction, leader: number | null): string {
  const tp = `${g.topic}-${g.partition}`;
  const total = [...g.brokers.values()].reduce((a, b) => a + b, 0);
  if (total === 1)
    return t('events.hw.one', {
      tp,
      from: g.from,
      to: g.to,
      broker: g.broker,
      role: t(g.broker === leader ? 'events.hw.role.leader' : 'events.hw.role.follower'),
    });
  const onLeader = leader !== null ? (g.brokers.get(leader) ?? 0) : 0;
  const followers = [...g.brokers.keys()].filter((b) => b !== leader).sort((a, b) => a - b);
  if (leader === null || onLeader === 0)
    return t('events.hw.groupedNoLeader', {
      tp,
      times: total,
      from: g.from,
      to: g.to,
      brokers: [...g.brokers.keys()].sort((a, b) => a - b).join(', '),
    });
  const params = { tp, times: onLeader, from: g.from, to: g.to, leader };
  const once = onLeader === 1;
  return followers.length === 0
    ? t(once ? 'events.hw.groupedLeaderOnlyOnce' : 'events.hw.groupedLeaderOnly', params)
    : t(once ? 'events.hw.groupedOnce' : 'events.hw.grouped', {
        ...params,
        followers: t(
          followers.length === 1 ? 'events.hw.followers.one' : 'events.hw.followers.many',
          {
            ids: followers.join(', '),
          },
        ),
      });
}

/** A group.state line: a rebalance starting is news; the other transitions the caption tells. */
function describeGroupState(e: Extract<TraceEvent, { type: 'group.state' }>, t: TFunction) {
  if (e.to !== 'PreparingRebalance' && e.to !== 'Assigning') return null;
  return t('events.group.rebalance', { group: e.group, generation: e.generation });
}

export function eventLines(
  trace: readonly TraceEvent[],
  t: TFunction,
  lang: Lang,
  leaderOf: (topic: string, partition: number) => number | null,
  max: number,
): Line[] {
  const out: Line[] = [];
  const open = new Map<string, HwGroup>();
  const finish = () => {
    for (const g of open.values()) g.line.text = hwText(g, t, leaderOf(g.topic, g.partition));
    open.clear();
  };
  for (let i = trace.length - 1; i >= 0; i--) {
    const e = trace[i]!;
    if (e.type === 'hw.advance') {
      const key = `${e.topic}/${e.partition}`;
      const g = open.get(key);
      if (g) {
        // Older than what the group holds: it moves the start back.
        g.from = Math.min(g.from, e.from);
        g.brokers.set(e.broker, (g.brokers.get(e.broker) ?? 0) + 1);
        continue;
      }
      if (out.length >= max) break;
      const line: Line = { seq: e.seq, time: e.time, text: '', announce: false, kind: 'hw' };
      open.set(key, {
        line,
        topic: e.topic,
        partition: e.partition,
        from: e.from,
        to: e.to,
        brokers: new Map([[e.broker, 1]]),
        broker: e.broker,
      });
      out.push(line);
      continue;
    }
    const text = e.type === 'group.state' ? describeGroupState(e, t) : describeEvent(e, t, lang);
    if (!text) continue;
    finish();
    if (out.length >= max) break;
    out.push({ seq: e.seq, time: e.time, text, announce: ANNOUNCE.has(e.type), kind: e.type });
  }
  finish();
  return out;
}
