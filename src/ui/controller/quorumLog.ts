// What the controller view remembers of the run: the quorum's latest votes, elections, epoch
// changes and controller failures, from the engine's trace (a derived log, so the view opened
// late still tells them, and a seek back retells them up to the moment shown).
import { create } from 'zustand';
import type { TraceEvent } from '../../engine';
import { registerDerivedLog, useSimStore } from '../../store/simStore';

/** Events kept, newest last. */
export const QUORUM_EVENTS = 24;

/** What the KRaft tab tells. */
export const KRAFT_EVENT_TYPES: ReadonlySet<TraceEvent['type']> = new Set<TraceEvent['type']>([
  'raft.state',
  'raft.vote',
  'raft.truncate',
  'controller.active',
  'controller.status',
  'controller.isolation',
]);

/** What the tab tells in ZooKeeper mode: the ensemble, sessions, the controller broker. */
export const ZOOKEEPER_EVENT_TYPES: ReadonlySet<TraceEvent['type']> = new Set<TraceEvent['type']>([
  'zookeeper.status',
  'zookeeper.isolation',
  'zookeeper.leader',
  'zookeeper.session',
  'controller.elected',
  'controller.loading',
  'controller.active',
  'controller.resigned',
]);

const TYPES = new Set<TraceEvent['type']>([...KRAFT_EVENT_TYPES, ...ZOOKEEPER_EVENT_TYPES]);

export const useQuorumLog = create<{ events: readonly TraceEvent[] }>(() => ({ events: [] }));

/** Follow the store's trace: a fresh log for each simulation. Exported for tests. */
export function attachQuorumLog(): () => void {
  let events: TraceEvent[] = [];
  let dirty = false;
  const unregister = registerDerivedLog({
    types: TYPES,
    reset() {
      events = [];
      dirty = false;
      useQuorumLog.setState({ events: [] });
    },
    onTrace(e) {
      if (!TYPES.has(e.type)) return;
      events = [...events.slice(-(QUORUM_EVENTS - 1)), e];
      dirty = true;
    },
  });
  const unsubscribe = useSimStore.subscribe((s, prev) => {
    if (!dirty || s.tick === prev.tick) return;
    dirty = false;
    useQuorumLog.setState({ events });
  });
  return () => {
    unregister();
    unsubscribe();
  };
}

let detach: (() => void) | null = null;

/** Follow the store's simulations for the life of the page. Idempotent. */
export function startQuorumLog(): void {
  if (detach) return;
  detach = attachQuorumLog();
}
