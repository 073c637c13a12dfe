// What an embed's "what to watch" line remembers of the run besides the replication story
// (which src/ui/replication/replicationLog.ts keeps): the group, storage, topic and config
// events that the views' own logs tell. Fed by the store's one trace subscription from the moment
// a simulation starts (registerDerivedLog), published once per store frame.
import { create } from 'zustand';
import { isInternalTopic, type TraceEvent } from '../../engine';
import { registerDerivedLog, useSimStore } from '../../store/simStore';

export type WatchEvent = Extract<
  TraceEvent,
  {
    type:
      | 'member.joined'
      | 'member.left'
      | 'member.crashed'
      | 'member.fenced'
      | 'group.assign'
      | 'group.target'
      | 'topic.created'
      | 'config.changed'
      | 'action.refused'
      | 'segment.roll'
      | 'segment.deleted'
      | 'log.compacted';
  }
>;

/** Enough for the latest line of any view. */
const KEEP = 64;

/** The types isWatchEvent can accept. */
export const WATCH_TYPES: ReadonlySet<TraceEvent['type']> = new Set<TraceEvent['type']>([
  'member.joined',
  'member.left',
  'member.crashed',
  'member.fenced',
  'group.assign',
  'group.target',
  'config.changed',
  'action.refused',
  'topic.created',
  'segment.roll',
  'segment.deleted',
  'log.compacted',
]);

export function isWatchEvent(e: TraceEvent): e is WatchEvent {
  switch (e.type) {
    case 'member.joined':
    case 'member.left':
    case 'member.crashed':
    case 'member.fenced':
    case 'group.assign':
    case 'group.target':
    case 'config.changed':
    case 'action.refused':
      return true;
    case 'topic.created':
    case 'segment.roll':
    case 'segment.deleted':
    case 'log.compacted':
      // __consumer_offsets is plumbing: the group view tells that story its own way.
      return !isInternalTopic(e.topic);
    default:
      return false;
  }
}

export const useWatchLog = create<{ events: readonly WatchEvent[] }>()(() => ({ events: [] }));

/** Follow the store's trace: a fresh list for each simulation. Returns the detach function. */
export function attachWatchLog(): () => void {
  let events: WatchEvent[] = [];
  let dirty = false;
  const unregister = registerDerivedLog({
    types: WATCH_TYPES,
    reset() {
      events = [];
      dirty = false;
      useWatchLog.setState({ events: [] });
    },
    onTrace(e) {
      if (!isWatchEvent(e)) return;
      events.push(e);
      if (events.length > KEEP * 2) events = events.slice(-KEEP);
      dirty = true;
    },
  });
  const publish = () => {
    dirty = false;
    useWatchLog.setState({ events: events.slice(-KEEP) });
  };
  // Registered while a run is under way (the embed bar is fetched on demand), the log was just
  // fed the run so far: publish it now, as a paused run may not tick again.
  if (dirty) publish();
  const unsubscribe = useSimStore.subscribe((s, prev) => {
    if (!dirty || s.tick === prev.tick) return;
    publish();
  });
  return () => {
    unregister();
    unsubscribe();
  };
}

let detach: (() => void) | null = null;

/** Follow the store's simulations for the life of the page. Idempotent. */
export function startWatchLog(): void {
  if (detach) return;
  detach = attachWatchLog();
}
