// What the captions remember of the run: the events worth a caption — broker failures, fencing,
// ISR changes, elections, truncations, the first produce error of a streak (the replication
// story), and the group story (rebalances starting and ending, members leaving, crashing or
// fenced, a coordinator moving) — and the latest produce error per partition (each replica's own
// high watermark is in the snapshot). The store feeds it the engine's trace (registerDerivedLog) from the moment a
// simulation starts, so a view shows the right story even when it is opened after the failure,
// and at 100× where the store's short recent-trace window would drop these events among
// thousands of network messages. The replication, cluster and group views and the embed's
// "what to watch" line read it.
import { create } from 'zustand';
import type { TraceEvent } from '../../engine';
import { registerDerivedLog, useSimStore } from '../../store/simStore';

/** Trace events that make a caption, plus broker actions (slowBroker has no other event). */
export type StoryEvent = Extract<
  TraceEvent,
  {
    type:
      | 'broker.status'
      | 'broker.fenced'
      | 'broker.unfenced'
      | 'broker.isolation'
      | 'isr.shrink'
      | 'isr.expand'
      | 'leader.elected'
      | 'log.truncate'
      | 'produce.failed'
      | 'action.applied';
  }
>;

/** The group story: a rebalance starting (a state change), an assignment, a member leaving. */
export type GroupStoryEvent = Extract<
  TraceEvent,
  {
    type:
      | 'group.state'
      | 'group.assign'
      | 'group.target'
      | 'member.left'
      | 'member.crashed'
      | 'member.fenced'
      | 'coordinator.moved';
  }
>;

export interface PartitionErrors {
  /** The latest failure, as the producer saw it. */
  last: { at: number; error: string; producer: string; retriable: boolean };
  /** Failed attempts by error code, since the start. */
  byError: Record<string, number>;
}

/** Keep this many story events: ample for the history list and the caption. */
const STORY_LIMIT = 300;
/** A produce error repeats (every retry) — it makes a new caption only after this quiet time. */
const ERROR_REPEAT_MS = 10_000;

interface ReplicationLogState {
  events: StoryEvent[];
  /** The group story, in trace order. */
  groupEvents: GroupStoryEvent[];
  /** `topic/partition` → produce errors seen there. */
  errors: Readonly<Record<string, PartitionErrors>>;
}

export const partitionKey = (topic: string, partition: number) => `${topic}/${partition}`;

export const useReplicationLog = create<ReplicationLogState>()(() => ({
  events: [],
  groupEvents: [],
  errors: {},
}));

/** The same store under the name of what it is now: every caption's story. */
export const useStoryLog = useReplicationLog;

export function isGroupStory(e: TraceEvent): e is GroupStoryEvent {
  switch (e.type) {
    case 'group.state':
      // Stable after an assignment is told by group.assign; Dead by coordinator.moved.
      return (
        e.to === 'PreparingRebalance' || e.to === 'CompletingRebalance' || e.to === 'Assigning'
      );
    case 'group.assign':
    case 'group.target':
    case 'member.left':
    case 'member.crashed':
    case 'member.fenced':
    case 'coordinator.moved':
      return true;
    default:
      return false;
  }
}

export function isStory(e: TraceEvent): e is StoryEvent {
  switch (e.type) {
    case 'broker.status':
    case 'broker.fenced':
    case 'broker.unfenced':
    case 'broker.isolation':
    case 'isr.shrink':
    case 'isr.expand':
    case 'leader.elected':
      return true;
    case 'log.truncate':
      // A restart "truncates" to where it already is: nothing was cut, nothing to tell.
      return e.from > e.to;
    case 'action.applied':
      // Only slowBroker: the other broker actions have their own, more precise events.
      return e.action.do === 'slowBroker';
    default:
      return false;
  }
}

/**
 * Every type onTrace reads: the story's, the group story's and produce errors. Not HW moves (each
 * replica's HW is in the snapshot): a catch-up after a seek back would call this log for every
 * hw.advance of the run, 100,000 in ten minutes of a busy starter.
 */
export const STORY_LOG_TYPES: ReadonlySet<TraceEvent['type']> = new Set<TraceEvent['type']>([
  'broker.status',
  'broker.fenced',
  'broker.unfenced',
  'broker.isolation',
  'isr.shrink',
  'isr.expand',
  'leader.elected',
  'log.truncate',
  'action.applied',
  'group.state',
  'group.assign',
  'group.target',
  'member.left',
  'member.crashed',
  'member.fenced',
  'coordinator.moved',
  'produce.failed',
]);

/** Follow the store's trace: a fresh story for each simulation. Exported for tests. */
export function attachReplicationLog(): () => void {
  // Collected between store refreshes, published in one set() (a frame can hold thousands).
  let events: StoryEvent[] = [];
  let groupEvents: GroupStoryEvent[] = [];
  let errors: Record<string, PartitionErrors> = {};
  let dirty = false;

  const unregister = registerDerivedLog({
    types: STORY_LOG_TYPES,
    reset() {
      events = [];
      groupEvents = [];
      errors = {};
      dirty = false;
      useReplicationLog.setState({ events: [], groupEvents: [], errors: {} });
    },
    onTrace(e) {
      if (e.type === 'produce.failed') {
        const key = partitionKey(e.topic, e.partition);
        const before = errors[key];
        const repeat =
          before && before.last.error === e.error && e.time - before.last.at < ERROR_REPEAT_MS;
        errors = {
          ...errors,
          [key]: {
            last: { at: e.time, error: e.error, producer: e.producer, retriable: e.retriable },
            byError: { ...before?.byError, [e.error]: (before?.byError[e.error] ?? 0) + 1 },
          },
        };
        if (!repeat) events.push(e);
        dirty = true;
      } else if (isStory(e)) {
        events.push(e);
        dirty = true;
      } else if (isGroupStory(e)) {
        groupEvents.push(e);
        dirty = true;
      }
      if (events.length > STORY_LIMIT * 2) events = events.slice(-STORY_LIMIT);
      if (groupEvents.length > STORY_LIMIT * 2) groupEvents = groupEvents.slice(-STORY_LIMIT);
    },
  });

  const unsubscribeStore = useSimStore.subscribe((s, prev) => {
    if (!dirty || s.tick === prev.tick) return;
    dirty = false;
    // A copy: `events` keeps growing here, the published array must not change.
    useReplicationLog.setState({
      events: events.slice(-STORY_LIMIT),
      groupEvents: groupEvents.slice(-STORY_LIMIT),
      errors,
    });
  });

  return () => {
    unregister();
    unsubscribeStore();
  };
}

let detach: (() => void) | null = null;

/** Follow the store's simulations for the life of the page. Idempotent. */
export function startReplicationLog(): void {
  if (detach) return;
  detach = attachReplicationLog();
}

export const startStoryLog = startReplicationLog;
