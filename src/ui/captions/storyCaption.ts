// The cluster and group views' captions: the story events (src/ui/captions/storyLog.ts) as plain
// sentences that say what happened and why, naming the partition, the new leader and the rule
// that chose it, or the group, the member and the Kafka setting that decided a rebalance. Pure:
// the view passes what the snapshot and the engine's resolved configs say; the words are in
// src/content/i18n/captions.ts and the translation happens at render time.
import { cappedList } from '../common/cappedList';
import { isInternalTopic } from '../../engine';
import type { MessageKey } from '../../content/i18n';
import { captionFor, isrBefore, type Caption, type CaptionSettings } from './captionText';
import type { GroupStoryEvent, StoryEvent } from './storyLog';

export type AnyStoryEvent = StoryEvent | GroupStoryEvent;

/** A caption with what a test (and a reader of the markup) can check without parsing words. */
export interface StoryCaption extends Caption {
  /** The new leader of an election (null: the partition went offline). */
  leader?: number | null;
  /** `topic-partition` the caption is about. */
  partition?: string;
  group?: string;
  /** Other leaderships the same moment moved (`topic-p → broker`), told after the caption. */
  also?: string;
}

export interface StoryItem {
  seq: number;
  time: number;
  caption: StoryCaption;
}

export interface StoryContext {
  /** Changes when what the context answers may have changed (for memoizing; tests: anything). */
  version?: unknown;
  /** The settings a caption quotes for a topic (null: the cluster's), Kafka's defaults included. */
  settings(topic: string | null): CaptionSettings;
  /** A partition's replicas in assignment order (the snapshot's), for the election rule. */
  replicas(topic: string, partition: number): readonly number[];
  /** group.initial.rebalance.delay.ms, resolved. */
  initialDelayMs: number;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;
const tp = (topic: string, partition: number) => `${topic}-${partition}`;

/**
 * Produce errors that only echo a change already told (a leader gone, a connection reset, a
 * request timed out): the change keeps the caption.
 */
const ECHO_ERRORS = new Set([
  'NOT_LEADER_OR_FOLLOWER',
  'LEADER_NOT_AVAILABLE',
  'NETWORK_EXCEPTION',
  'REQUEST_TIMED_OUT',
]);

/** How much an event matters when several happen at once: the biggest is told. */
function weight(e: AnyStoryEvent): number {
  switch (e.type) {
    case 'leader.elected':
      return 6;
    case 'broker.status':
    case 'broker.fenced':
    case 'broker.isolation':
      return 5;
    case 'broker.unfenced':
    case 'action.applied':
      return 4;
    case 'group.state':
    case 'group.assign':
    case 'group.target':
    case 'member.crashed':
      return 3;
    case 'log.truncate':
    case 'produce.failed':
      return 2;
    default:
      return 1;
  }
}

/** Does the cluster view tell this event? (Internal topics and echoing errors: no.) */
export function clusterShown(e: AnyStoryEvent): boolean {
  if ('topic' in e && typeof e.topic === 'string' && isInternalTopic(e.topic)) return false;
  if (e.type === 'produce.failed') return !ECHO_ERRORS.has(e.error);
  return true;
}

/** The events the same moment brought (a fence and its elections and ISR shrinks): within this. */
const BURST_MS = 50;

/**
 * The latest things that happened, one per burst, newest first: within a burst the weightiest
 * event (the latest of equals). `events` in trace order.
 */
export function pickStory<E extends { seq: number; time: number }>(
  events: readonly E[],
  shown: (e: E) => boolean,
  weigh: (e: E) => number,
  count: number,
): { e: E; i: number; burst: number[] }[] {
  const out: { e: E; i: number; burst: number[] }[] = [];
  let i = events.length - 1;
  while (i >= 0 && out.length < count) {
    while (i >= 0 && !shown(events[i]!)) i--;
    if (i < 0) break;
    const start = events[i]!.time;
    let best = i;
    const burst = [i];
    let j = i - 1;
    for (; j >= 0 && events[j]!.time >= start - BURST_MS; j--) {
      if (!shown(events[j]!)) continue;
      burst.push(j);
      if (weigh(events[j]!) > weigh(events[best]!)) best = j;
    }
    out.push({ e: events[best]!, i: best, burst: burst.filter((k) => k !== best).reverse() });
    i = j;
  }
  return out;
}

/** Merge the replication and group stories in trace order. */
export function mergeStories(
  story: readonly StoryEvent[],
  groups: readonly GroupStoryEvent[],
): AnyStoryEvent[] {
  const out: AnyStoryEvent[] = [];
  let a = 0;
  let b = 0;
  while (a < story.length || b < groups.length) {
    if (b >= groups.length || (a < story.length && story[a]!.seq < groups[b]!.seq))
      out.push(story[a++]!);
    else out.push(groups[b++]!);
  }
  return out;
}

/** The reason the controller fenced `broker`, from the latest broker.fenced before `index`. */
function fenceReason(events: readonly AnyStoryEvent[], index: number, broker: number) {
  for (let i = index; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'broker.fenced' && e.broker === broker) return e.reason;
  }
  return null;
}

function partitionChange(reason: string): { broker: number; what: string } | null {
  const m = /^broker (\d+) (fenced|controlled shutdown|unfenced|session ended)/.exec(reason);
  return m ? { broker: Number(m[1]), what: m[2]! } : null;
}

function isrOf(events: readonly AnyStoryEvent[], index: number, topic: string, partition: number) {
  const story = events as readonly StoryEvent[];
  return isrBefore(story, index, { topic, partition, replicas: [] }, []);
}

/** A replication-story event in the cluster view: the partition named, an election's rule told. */
function clusterStoryCaption(
  events: readonly AnyStoryEvent[],
  index: number,
  e: StoryEvent,
  ctx: StoryContext,
): StoryCaption {
  switch (e.type) {
    case 'leader.elected': {
      const name = tp(e.topic, e.partition);
      const settings = ctx.settings(e.topic);
      const base = { tp: name, epoch: e.leaderEpoch, leader: e.leader ?? '' };
      const data = { leader: e.leader, partition: name };
      if (e.leader === null)
        return { key: 'captions.leader.none', params: base, tone: 'bad', ...data };
      if (e.reason.endsWith('(unclean)'))
        return { key: 'captions.leader.unclean', params: base, tone: 'bad', ...data };
      const replicas = ctx.replicas(e.topic, e.partition).join(', ');
      const isr = isrOf(events, index, e.topic, e.partition).join(', ');
      if (e.reason === 'preferred leader election')
        return {
          key: 'captions.leader.preferred',
          params: { ...base, replicas },
          tone: 'good',
          ...data,
        };
      const why = partitionChange(e.reason);
      const params = { ...base, broker: why?.broker ?? '?', replicas, isr, reason: e.reason };
      let key: MessageKey = 'captions.leader.other';
      if (why?.what === 'fenced') {
        const fenced = fenceReason(events, index, why.broker);
        key =
          fenced === 'controlled shutdown' ? 'captions.leader.shutdown' : 'captions.leader.fenced';
        return {
          key,
          params: { ...params, session: seconds(settings.brokerSessionTimeoutMs) },
          tone: 'info',
          ...data,
        };
      }
      if (e.reason === 'controller failover')
        return { key: 'captions.leader.controllerFailover', params, tone: 'info', ...data };
      if (why?.what === 'session ended')
        return {
          key: 'captions.leader.sessionEnded',
          params: { ...params, session: seconds(settings.zookeeperSessionTimeoutMs ?? 0) },
          tone: 'info',
          ...data,
        };
      if (why?.what === 'controlled shutdown') key = 'captions.leader.shutdown';
      else if (why?.what === 'unfenced') key = 'captions.leader.unfenced';
      return { key, params, tone: 'info', ...data };
    }
    case 'isr.shrink': {
      const name = tp(e.topic, e.partition);
      const params = { tp: name, removed: e.removed.join(', '), isr: e.isr.join(', ') };
      const data = { partition: name };
      if (e.reason === 'replica.lag.time.max.ms')
        return {
          key: 'captions.isr.shrink.lag',
          params: { ...params, lag: seconds(ctx.settings(e.topic).replicaLagTimeMaxMs) },
          tone: 'warn',
          ...data,
        };
      const why = partitionChange(e.reason);
      if (why?.what === 'fenced')
        return {
          key: 'captions.isr.shrink.fenced',
          params: { ...params, broker: why.broker },
          tone: 'warn',
          ...data,
        };
      if (why?.what === 'controlled shutdown')
        return { key: 'captions.isr.shrink.shutdown', params, tone: 'info', ...data };
      return {
        key: 'captions.isr.shrink.other',
        params: { ...params, reason: e.reason },
        tone: 'warn',
        ...data,
      };
    }
    case 'isr.expand': {
      const name = tp(e.topic, e.partition);
      const params = { tp: name, added: e.added.join(', '), isr: e.isr.join(', ') };
      return e.reason === 'caught up to the high watermark'
        ? { key: 'captions.isr.expand.caughtUp', params, tone: 'good', partition: name }
        : {
            key: 'captions.isr.expand.other',
            params: { ...params, reason: e.reason },
            tone: 'info',
            partition: name,
          };
    }
    case 'log.truncate': {
      const name = tp(e.topic, e.partition);
      return {
        key: 'captions.truncate',
        params: { tp: name, broker: e.broker, from: e.from, to: e.to, removed: e.from - e.to },
        tone: 'bad',
        partition: name,
      };
    }
    default: {
      // Broker events and produce errors say the same in every view.
      const topic = 'topic' in e ? e.topic : null;
      const isr =
        topic !== null && 'partition' in e ? isrOf(events, index, topic, e.partition) : [];
      return captionFor(e, ctx.settings(topic), isr);
    }
  }
}

/** `P0 → group-a-1, P1 → group-a-2` (topic-p when the group reads several topics). */
export function assignmentList(
  assignment: Readonly<Record<string, readonly { topic: string; partition: number }[]>>,
): string {
  const pairs: { topic: string; partition: number; member: string }[] = [];
  for (const [member, tps] of Object.entries(assignment))
    for (const x of tps) pairs.push({ ...x, member });
  const multi = new Set(pairs.map((p) => p.topic)).size > 1;
  pairs.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  return cappedList(
    pairs.map((p) => `${multi ? tp(p.topic, p.partition) : `P${p.partition}`} → ${p.member}`),
  );
}

/** `adding new member group-a-4` and the other ClassicGroupStateReason shapes → a caption. */
function rebalanceCaption(
  e: Extract<GroupStoryEvent, { type: 'group.state' }>,
  ctx: StoryContext,
): StoryCaption {
  const base = { group: e.group, coordinator: e.coordinator, generation: e.generation };
  const data = { group: e.group };
  if (e.to === 'CompletingRebalance')
    return {
      key: 'captions.group.joined',
      params: { ...base, leader: e.leader ?? '?', protocol: e.protocol ?? '?' },
      tone: 'info',
      ...data,
    };
  if (e.to === 'Assigning')
    return { key: 'captions.group.assigning', params: base, tone: 'info', ...data };
  let m = /^adding new member (.+)$/.exec(e.reason);
  if (m && e.from === 'Empty')
    return {
      key: 'captions.group.forming',
      params: { ...base, member: m[1]!, delay: seconds(ctx.initialDelayMs) },
      tone: 'info',
      ...data,
    };
  if (m)
    return {
      key: 'captions.group.rebalance.joined',
      params: { ...base, member: m[1]! },
      tone: 'info',
      ...data,
    };
  m = /^member (.+) rejoining \((joining|rebalance)\)$/.exec(e.reason);
  if (m)
    return {
      key: 'captions.group.rebalance.rejoin',
      params: { ...base, member: m[1]! },
      tone: 'info',
      ...data,
    };
  m = /^member (.+) left \((leave|max\.poll\.interval)\)$/.exec(e.reason);
  if (m)
    return {
      key: m[2] === 'leave' ? 'captions.group.rebalance.left' : 'captions.group.rebalance.poll',
      params: { ...base, member: m[1]! },
      tone: m[2] === 'leave' ? 'info' : 'warn',
      ...data,
    };
  m = /^member (.+) session expired$/.exec(e.reason);
  if (m)
    return {
      key: 'captions.group.rebalance.session',
      params: { ...base, member: m[1]! },
      tone: 'warn',
      ...data,
    };
  if (e.reason === 'members did not send SyncGroup in time')
    return { key: 'captions.group.rebalance.sync', params: base, tone: 'warn', ...data };
  if (e.reason === 'coordinator moved')
    return { key: 'captions.group.rebalance.coordinator', params: base, tone: 'info', ...data };
  return {
    key: 'captions.group.rebalance.other',
    params: { ...base, reason: e.reason },
    tone: 'info',
    ...data,
  };
}

export function groupCaption(e: GroupStoryEvent, ctx: StoryContext): StoryCaption {
  const data = { group: e.group };
  switch (e.type) {
    case 'group.state':
      return rebalanceCaption(e, ctx);
    case 'group.assign': {
      const list = assignmentList(e.assignment);
      return list === ''
        ? {
            key: 'captions.group.assignedNone',
            params: { group: e.group, generation: e.generation },
            tone: 'info',
            ...data,
          }
        : {
            key: 'captions.group.assigned',
            params: { group: e.group, generation: e.generation, strategy: e.strategy, list },
            tone: 'good',
            ...data,
          };
    }
    case 'group.target':
      return {
        key: 'captions.group.target',
        params: {
          group: e.group,
          epoch: e.epoch,
          assignor: e.assignor,
          list: assignmentList(e.assignment),
        },
        tone: 'info',
        ...data,
      };
    case 'member.left':
      return {
        key: `captions.member.left.${e.reason}`,
        params: { group: e.group, member: e.member },
        tone: e.reason === 'leave' ? 'info' : 'warn',
        ...data,
      };
    case 'member.crashed':
      return {
        key: 'captions.member.crashed',
        params: { group: e.group, member: e.member },
        tone: 'bad',
        ...data,
      };
    case 'member.fenced':
      return {
        key: 'captions.member.fenced',
        params: { group: e.group, member: e.member, error: e.error },
        tone: 'warn',
        ...data,
      };
    case 'coordinator.moved':
      return {
        key: 'captions.group.coordinator',
        params: { group: e.group, broker: e.to, partition: e.partition },
        tone: 'info',
        ...data,
      };
  }
}

function isGroupEvent(e: AnyStoryEvent): e is GroupStoryEvent {
  return (
    e.type === 'group.state' ||
    e.type === 'group.assign' ||
    e.type === 'group.target' ||
    e.type === 'member.left' ||
    e.type === 'member.crashed' ||
    e.type === 'member.fenced' ||
    e.type === 'coordinator.moved'
  );
}

/** Any story event in the cluster view's words. */
export function storyCaption(
  events: readonly AnyStoryEvent[],
  index: number,
  ctx: StoryContext,
): StoryCaption {
  const e = events[index]!;
  return isGroupEvent(e) ? groupCaption(e, ctx) : clusterStoryCaption(events, index, e, ctx);
}

/** The cluster view's story: the latest `count` captions, newest first. */
export function clusterStory(
  events: readonly AnyStoryEvent[],
  ctx: StoryContext,
  count: number,
): StoryItem[] {
  return pickStory(events, clusterShown, weight, count).map(({ e, i, burst }) => {
    const caption = storyCaption(events, i, ctx);
    // One failure moves several leaderships at once: the others are named too.
    const others = burst
      .map((k) => events[k]!)
      .filter((x) => x.type === 'leader.elected' && e.type === 'leader.elected')
      .map((x) => x as Extract<StoryEvent, { type: 'leader.elected' }>)
      .map((x) => `${tp(x.topic, x.partition)} → ${x.leader ?? '—'}`);
    return {
      seq: e.seq,
      time: e.time,
      caption: others.length > 0 ? { ...caption, also: cappedList(others) } : caption,
    };
  });
}

/** One group's story: its rebalances, assignments and members, newest first. */
export function groupStory(
  events: readonly AnyStoryEvent[],
  group: string,
  ctx: StoryContext,
  count: number,
): StoryItem[] {
  // Its coordinator's failure shows as the coordinator moving and the rebalance that follows.
  const shown = (e: AnyStoryEvent) => isGroupEvent(e) && e.group === group;
  return pickStory(events, shown, weight, count).map(({ e, i }) => ({
    seq: e.seq,
    time: e.time,
    caption: storyCaption(events, i, ctx),
  }));
}
