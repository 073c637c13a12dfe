// What the group view remembers of the run, from the engine's trace: each group's recent state
// transitions (the rebalance phases as they happened), the partitions a member gave up and
// nobody owns yet (drawn as dashed "revoked" lines: all of them at once for an eager rebalance,
// only the moving ones for a cooperative one), and the latest assignment of each partition (so
// a new line draws itself in). It listens from the moment a simulation starts, so the view is
// right when opened late, and at 100× where the store's short recent-trace window would drop
// these events among thousands of fetches.
import { create } from 'zustand';
import type { Simulation, TraceEvent } from '../../engine';
import { useSimStore } from '../../store/simStore';

export interface PhaseChange {
  at: number;
  from: string;
  to: string;
  generation: number;
  reason: string;
}

export interface Revoked {
  member: string;
  at: number;
  generation: number;
  protocol: 'EAGER' | 'COOPERATIVE';
  reason: string;
}

export interface Assigned {
  member: string;
  at: number;
  generation: number;
}

export interface GroupLog {
  phases: PhaseChange[];
  /** `topic-p` → the member that revoked it, while no member has been given it again. */
  revoked: Readonly<Record<string, Revoked>>;
  /** `topic-p` → the member's latest onPartitionsAssigned that added it. */
  assigned: Readonly<Record<string, Assigned>>;
  /** The last revocation wave: how many partitions moved and how. */
  lastRevoke: { at: number; protocol: 'EAGER' | 'COOPERATIVE'; count: number } | null;
}

interface GroupLogState {
  groups: Readonly<Record<string, GroupLog>>;
}

/** Transitions kept per group (bounded memory on long runs). */
export const PHASE_LIMIT = 12;

export const EMPTY_LOG: GroupLog = { phases: [], revoked: {}, assigned: {}, lastRevoke: null };

export const useGroupLog = create<GroupLogState>()(() => ({ groups: {} }));

const tpKey = (topic: string, partition: number) => `${topic}-${partition}`;

/** Fold one trace event into a group's log; returns the same object when nothing changed. */
export function foldGroupEvent(log: GroupLog, e: TraceEvent): GroupLog {
  switch (e.type) {
    case 'group.state': {
      const phases = [
        ...log.phases,
        { at: e.time, from: e.from, to: e.to, generation: e.generation, reason: e.reason },
      ].slice(-PHASE_LIMIT);
      return { ...log, phases };
    }
    case 'group.revoke': {
      if (e.partitions.length === 0) return log;
      const revoked = { ...log.revoked };
      for (const tp of e.partitions)
        revoked[tpKey(tp.topic, tp.partition)] = {
          member: e.member,
          at: e.time,
          generation: e.generation,
          protocol: e.protocol,
          reason: e.reason,
        };
      const wave =
        log.lastRevoke && e.time - log.lastRevoke.at < 50 && log.lastRevoke.protocol === e.protocol
          ? log.lastRevoke.count + e.partitions.length
          : e.partitions.length;
      return { ...log, revoked, lastRevoke: { at: e.time, protocol: e.protocol, count: wave } };
    }
    case 'member.assigned': {
      const revoked = { ...log.revoked };
      const assigned = { ...log.assigned };
      for (const tp of e.assignment) delete revoked[tpKey(tp.topic, tp.partition)];
      for (const tp of e.added ?? e.assignment)
        assigned[tpKey(tp.topic, tp.partition)] = {
          member: e.member,
          at: e.time,
          generation: e.generation,
        };
      return { ...log, revoked, assigned };
    }
    default:
      return log;
  }
}

function groupOf(e: TraceEvent): string | null {
  switch (e.type) {
    case 'group.state':
    case 'group.revoke':
    case 'member.assigned':
      return e.group;
    default:
      return null;
  }
}

/** Start listening to `sim` (and stop listening to the previous one). Exported for tests. */
export function attachGroupLog(sim: Simulation | null): () => void {
  useGroupLog.setState({ groups: {} });
  if (!sim) return () => {};
  let groups: Record<string, GroupLog> = {};
  let dirty = false;
  const unsubscribeTrace = sim.onTrace((e) => {
    const id = groupOf(e);
    if (id === null) return;
    const before = groups[id] ?? EMPTY_LOG;
    const after = foldGroupEvent(before, e);
    if (after === before) return;
    groups = { ...groups, [id]: after };
    dirty = true;
  });
  const unsubscribeStore = useSimStore.subscribe((s, prev) => {
    if (!dirty || s.tick === prev.tick) return;
    dirty = false;
    useGroupLog.setState({ groups });
  });
  return () => {
    unsubscribeTrace();
    unsubscribeStore();
  };
}

let detach: (() => void) | null = null;

/** Follow the store's simulation for the life of the page. Idempotent. */
export function startGroupLog(): void {
  if (detach) return;
  let current = useSimStore.getState().sim;
  detach = attachGroupLog(current);
  useSimStore.subscribe((s) => {
    if (s.sim === current) return;
    current = s.sim;
    detach?.();
    detach = attachGroupLog(current);
  });
}

// ---- Lag over time: sampled from the published snapshots, a bounded window per partition.

/** Sample every this many simulated ms; keep this many samples (a 30 s window). */
export const LAG_SAMPLE_MS = 500;
export const LAG_SAMPLES = 60;

export interface LagSample {
  t: number;
  lag: number;
}

interface LagState {
  /** group → `topic-p` → samples, oldest first. */
  series: Readonly<Record<string, Readonly<Record<string, readonly LagSample[]>>>>;
}

export const useLagHistory = create<LagState>()(() => ({ series: {} }));

let lagStarted = false;

/** Sample each group's per-partition lag from the store's snapshots. Idempotent. */
export function startLagHistory(): void {
  if (lagStarted) return;
  lagStarted = true;
  let sim = useSimStore.getState().sim;
  let last = -Infinity;
  useSimStore.subscribe((s) => {
    if (s.sim !== sim) {
      sim = s.sim;
      last = -Infinity;
      useLagHistory.setState({ series: {} });
    }
    const snap = s.snapshot;
    if (!snap) return;
    // Time went backwards (a restart of the same object): start again.
    if (snap.time < last) {
      last = -Infinity;
      useLagHistory.setState({ series: {} });
    }
    if (snap.time - last < LAG_SAMPLE_MS) return;
    last = snap.time;
    const prev = useLagHistory.getState().series;
    const next: Record<string, Record<string, readonly LagSample[]>> = {};
    for (const g of snap.consumerGroups ?? []) {
      const before = prev[g.id] ?? {};
      const out: Record<string, readonly LagSample[]> = {};
      for (const l of g.lag ?? []) {
        const k = tpKey(l.topic, l.partition);
        out[k] = [...(before[k] ?? []), { t: snap.time, lag: l.lag }].slice(-LAG_SAMPLES);
      }
      next[g.id] = out;
    }
    useLagHistory.setState({ series: next });
  });
}
