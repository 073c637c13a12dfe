// An embed's "what to watch" line: the latest thing that happened which the embedded view
// shows, in the sentences the views already use — the replication caption for broker, ISR,
// leader and produce-error events (src/ui/replication/captionText.ts), the event log's sentence
// for group, topic and config events (src/ui/events/describeEvent.ts), the storage view's for
// segment rolls, deletions and cleaner passes. Nothing here is canned: before anything has
// happened the line is the starter's own description.
import { sayCaption } from '../captions/sayCaption';
import type { Lang } from '../../content/i18n';
import { isInternalTopic, type Snapshot } from '../../engine';
import type { ViewId } from '../../store/urlState';
import type { TFunction } from '../common/useT';
import { describeEvent } from '../events/describeEvent';
import { captionFor, isrBefore, type CaptionSettings, type Tone } from '../captions/captionText';
import type { StoryEvent } from '../captions/storyLog';
import { describeDiskEvent } from '../storage/DiskEvents';
import type { WatchEvent } from './watchLog';

export interface WatchLine {
  /** The trace position of the event told; -1 for the starter's description. */
  seq: number;
  time: number | null;
  text: string;
  tone: Tone;
  /** What kind of line this is (a caption key, an event type, or `intro`): a test hook. */
  kind: string;
}

const BROKER_EVENTS = new Set<StoryEvent['type']>([
  'broker.status',
  'broker.fenced',
  'broker.unfenced',
  'broker.isolation',
  'action.applied',
]);

/**
 * Produce errors that only echo a change already told (a leader gone, a connection reset, a
 * request timed out): the change keeps the line. The others (NOT_ENOUGH_REPLICAS, a delivery
 * timeout, an out-of-order sequence) are news of their own.
 */
const ECHO_ERRORS = new Set([
  'NOT_LEADER_OR_FOLLOWER',
  'LEADER_NOT_AVAILABLE',
  'NETWORK_EXCEPTION',
  'REQUEST_TIMED_OUT',
]);

/** Does the view show this replication-story event? */
export function storyShown(view: ViewId, e: StoryEvent): boolean {
  if ('topic' in e && isInternalTopic(e.topic)) return false;
  if (e.type === 'produce.failed' && ECHO_ERRORS.has(e.error)) return false;
  return view === 'groups' ? BROKER_EVENTS.has(e.type) : true;
}

function isDisk(
  e: WatchEvent,
): e is Extract<WatchEvent, { type: 'segment.roll' | 'segment.deleted' | 'log.compacted' }> {
  return e.type === 'segment.roll' || e.type === 'segment.deleted' || e.type === 'log.compacted';
}

/** The partition's leader now, from the snapshot. */
function leaderOf(snapshot: Snapshot | null, topic: string, partition: number): number | null {
  const t = snapshot?.topics.find((x) => x.name === topic);
  return t?.partitions.find((p) => p.partition === partition)?.leader ?? null;
}

/**
 * The partition the storage view opens on: partition 0 of the topic the first producer writes
 * to (else of the first topic), as StorageView chooses when nothing is picked.
 */
export function storageFocus(
  snapshot: Snapshot | null,
  producerTopic: string | undefined,
): { topic: string; partition: number } | null {
  const topics = snapshot?.topics.filter((x) => !isInternalTopic(x.name)) ?? [];
  const topic = topics.find((x) => x.name === producerTopic) ?? topics[0];
  const first = topic?.partitions[0];
  return topic && first ? { topic: topic.name, partition: first.partition } : null;
}

/**
 * Does the view show this event? Disk events count for the storage view's partition, on its
 * leader (each replica rolls its own segments: one line, not three).
 */
export function watchShown(
  view: ViewId,
  e: WatchEvent,
  snapshot: Snapshot | null,
  focus: { topic: string; partition: number } | null,
): boolean {
  if (e.type === 'config.changed' || e.type === 'action.refused') return true;
  if (isDisk(e))
    return (
      view === 'storage' &&
      e.topic === focus?.topic &&
      e.partition === focus.partition &&
      e.broker === leaderOf(snapshot, e.topic, e.partition)
    );
  if (e.type === 'topic.created') return view !== 'groups';
  // Members and assignments.
  return view === 'groups' || view === 'cluster';
}

function latest<T extends { seq: number }>(
  list: readonly T[],
  shown: (e: T) => boolean,
): { e: T; i: number } | null {
  for (let i = list.length - 1; i >= 0; i--) if (shown(list[i]!)) return { e: list[i]!, i };
  return null;
}

function toneOf(e: WatchEvent): Tone {
  switch (e.type) {
    case 'member.crashed':
      return 'bad';
    case 'member.fenced':
    case 'action.refused':
      return 'warn';
    case 'group.assign':
      return 'good';
    default:
      return 'info';
  }
}

export interface WatchInput {
  view: ViewId;
  story: readonly StoryEvent[];
  watch: readonly WatchEvent[];
  snapshot: Snapshot | null;
  /** The topic the first producer writes to: the storage view opens on it. */
  producerTopic?: string;
  /** The settings a replication caption quotes, for a topic (Kafka's defaults included). */
  settings: (topic: string | null) => CaptionSettings;
  /** The starter's description, shown until something happens; null for a custom scenario. */
  intro: string | null;
  t: TFunction;
  lang: Lang;
}

/** The first sentence of a description: one line's worth. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?。])(\s|$)/.exec(text);
  return m ? m[1]! : text;
}

export function watchLine(input: WatchInput): WatchLine | null {
  const { view, story, watch, snapshot, t, lang } = input;
  const s = latest(story, (e) => storyShown(view, e));
  const focus = view === 'storage' ? storageFocus(snapshot, input.producerTopic) : null;
  const w = latest(watch, (e) => watchShown(view, e, snapshot, focus));
  if (s && (!w || s.e.seq > w.e.seq)) {
    const e = s.e;
    const topic = 'topic' in e ? e.topic : null;
    const partition = 'partition' in e ? e.partition : null;
    const replicas =
      snapshot?.topics
        .find((x) => x.name === topic)
        ?.partitions.find((p) => p.partition === partition) ?? null;
    const isr =
      topic !== null && partition !== null
        ? isrBefore(
            story,
            s.i,
            { topic, partition, replicas: replicas?.replicas ?? [] },
            replicas?.isr ?? [],
          )
        : [];
    const caption = captionFor(e, input.settings(topic), isr);
    return {
      seq: e.seq,
      time: e.time,
      text: sayCaption(t, input.lang, caption),
      tone: caption.tone,
      kind: caption.key,
    };
  }
  if (w) {
    const e = w.e;
    const said = isDisk(e)
      ? t('embed.watch.replica', {
          replica: `${e.topic}-${e.partition}`,
          text: describeDiskEvent(e, t),
        })
      : describeEvent(e, t, lang);
    if (said) return { seq: e.seq, time: e.time, text: said, tone: toneOf(e), kind: e.type };
  }
  if (input.intro)
    return { seq: -1, time: null, text: firstSentence(input.intro), tone: 'info', kind: 'intro' };
  return null;
}
