// What the group view remembers of the run, from the engine's trace: each group's recent state
// transitions (the rebalance phases as they happened), for a consumer-protocol (KIP-848) group
// its latest round (epoch bumped → target computed → members reconciling → stable) and its
// recent steps (reconciliations, revocations, assignments, fencing), the partitions a member gave up and
// nobody owns yet (drawn as dashed "revoked" lines: all of them at once for an eager rebalance,
// only the moving ones for a cooperative one), and the latest assignment of each partition (so
// a new line draws itself in). It listens from the moment a simulation starts, so the view is
// right when opened late, and at 100× where the store's short recent-trace window would drop
// these events among thousands of fetches.
import { create } from 'zustand';
import { tpKey, type TraceEvent } from '../../engine';
import { registerDerivedLog, useSimStore } from '../../store/simStore';

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

type Tp = { topic: string; partition: number };

/** KIP-848: one round of a consumer group, from a group epoch bump to Stable. */
export interface ConsumerRound {
  epoch: number;
  at: number;
  /** The engine's reason for the bump (`member x joined`, `member x left` …). */
  reason: string;
  /** The target assignment computed for this epoch, when it was. */
  target: { at: number; epoch: number; assignor: string; members: number } | null;
  /** When the group went Reconciling, then Stable, in this round (null: not yet, or skipped). */
  reconcilingAt: number | null;
  stableAt: number | null;
}

/** KIP-848: one step worth naming, as the trace told it. */
export type ConsumerStep =
  | { kind: 'epoch'; at: number; epoch: number; reason: string }
  | {
      kind: 'target';
      at: number;
      epoch: number;
      assignor: string;
      assignment: Record<string, Tp[]>;
    }
  | {
      kind: 'reconcile';
      at: number;
      member: string;
      epoch: number;
      state: 'STABLE' | 'UNREVOKED_PARTITIONS' | 'UNRELEASED_PARTITIONS';
      assigned: Tp[];
      pendingRevocation: Tp[];
    }
  | { kind: 'revoked'; at: number; member: string; partitions: Tp[]; reason: string }
  | { kind: 'assigned'; at: number; member: string; epoch: number; added: Tp[] }
  | { kind: 'fenced'; at: number; member: string; error: string }
  | { kind: 'left'; at: number; member: string; reason: string }
  | { kind: 'state'; at: number; from: string; to: string; epoch: number };

export interface GroupLog {
  phases: PhaseChange[];
  /** KIP-848: the latest round (null before the first group.epoch). */
  round: ConsumerRound | null;
  /** KIP-848: the latest steps, oldest first (bounded). */
  steps: ConsumerStep[];
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

/** KIP-848 steps kept per group. */
export const STEP_LIMIT = 16;

export const EMPTY_LOG: GroupLog = {
  phases: [],
  round: null,
  steps: [],
  revoked: {},
  assigned: {},
  lastRevoke: null,
};

function withStep(log: GroupLog, step: ConsumerStep): ConsumerStep[] {
  return [...log.steps, step].slice(-STEP_LIMIT);
}

export const useGroupLog = create<GroupLogState>()(() => ({ groups: {} }));

/** States only a consumer-protocol group goes through. */
const KIP848_ONLY = new Set<string>(['Assigning', 'Reconciling']);

/** Fold one trace event into a group's log; returns the same object when nothing changed. */
export function foldGroupEvent(log: GroupLog, e: TraceEvent): GroupLog {
  switch (e.type) {
    case 'group.state': {
      const phases = [
        ...log.phases,
        { at: e.time, from: e.from, to: e.to, generation: e.generation, reason: e.reason },
      ].slice(-PHASE_LIMIT);
      const kip848 = KIP848_ONLY.has(e.from) || KIP848_ONLY.has(e.to) || log.round !== null;
      if (!kip848) return { ...log, phases };
      const round =
        log.round && (e.to === 'Reconciling' || e.to === 'Stable')
          ? {
              ...log.round,
              reconcilingAt: e.to === 'Reconciling' ? e.time : log.round.reconcilingAt,
              stableAt: e.to === 'Stable' ? e.time : log.round.stableAt,
            }
          : log.round;
      const steps = withStep(log, {
        kind: 'state',
        at: e.time,
        from: e.from,
        to: e.to,
        epoch: e.generation,
      });
      return { ...log, phases, round, steps };
    }
    case 'group.epoch':
      return {
        ...log,
        round: {
          epoch: e.epoch,
          at: e.time,
          reason: e.reason,
          target: null,
          // A new epoch while members still reconcile: they go on towards the new target.
          reconcilingAt: log.phases.at(-1)?.to === 'Reconciling' ? e.time : null,
          stableAt: null,
        },
        steps: withStep(log, { kind: 'epoch', at: e.time, epoch: e.epoch, reason: e.reason }),
      };
    case 'group.target': {
      const target = {
        at: e.time,
        epoch: e.epoch,
        assignor: e.assignor,
        members: Object.keys(e.assignment).length,
      };
      return {
        ...log,
        round: log.round && log.round.epoch === e.epoch ? { ...log.round, target } : log.round,
        steps: withStep(log, {
          kind: 'target',
          at: e.time,
          epoch: e.epoch,
          assignor: e.assignor,
          assignment: e.assignment,
        }),
      };
    }
    case 'member.reconcile':
      return {
        ...log,
        steps: withStep(log, {
          kind: 'reconcile',
          at: e.time,
          member: e.member,
          epoch: e.epoch,
          state: e.state,
          assigned: e.assigned,
          pendingRevocation: e.pendingRevocation,
        }),
      };
    case 'member.fenced':
      return {
        ...log,
        steps: withStep(log, { kind: 'fenced', at: e.time, member: e.member, error: e.error }),
      };
    case 'member.left':
      if (log.round === null) return log;
      return {
        ...log,
        steps: withStep(log, { kind: 'left', at: e.time, member: e.member, reason: e.reason }),
      };
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
      const steps =
        log.round !== null
          ? withStep(log, {
              kind: 'revoked',
              at: e.time,
              member: e.member,
              partitions: e.partitions,
              reason: e.reason,
            })
          : log.steps;
      return {
        ...log,
        revoked,
        steps,
        lastRevoke: { at: e.time, protocol: e.protocol, count: wave },
      };
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
      const added = e.added ?? [];
      const steps =
        log.round !== null && added.length > 0
          ? withStep(log, {
              kind: 'assigned',
              at: e.time,
              member: e.member,
              epoch: e.generation,
              added,
            })
          : log.steps;
      return { ...log, revoked, assigned, steps };
    }
    default:
      return log;
  }
}

/** The events groupOf places in a group (the only ones the log reads). */
export const GROUP_LOG_TYPES: ReadonlySet<TraceEvent['type']> = new Set<TraceEvent['type']>([
  'group.state',
  'group.revoke',
  'member.assigned',
  'group.epoch',
  'group.target',
  'member.reconcile',
  'member.fenced',
  'member.left',
]);

function groupOf(e: TraceEvent): string | null {
  switch (e.type) {
    case 'group.state':
    case 'group.revoke':
    case 'member.assigned':
    case 'group.epoch':
    case 'group.target':
    case 'member.reconcile':
    case 'member.fenced':
    case 'member.left':
      return e.group;
    default:
      return null;
  }
}

/** Follow the store's trace: a fresh log for each simulation. Exported for tests. */
export function attachGroupLog(): () => void {
  let groups: Record<string, GroupLog> = {};
  let dirty = false;
  const unregister = registerDerivedLog({
    types: GROUP_LOG_TYPES,
    reset() {
      groups = {};
      dirty = false;
      useGroupLog.setState({ groups: {} });
    },
    onTrace(e) {
      const id = groupOf(e);
      if (id === null) return;
      const before = groups[id] ?? EMPTY_LOG;
      const after = foldGroupEvent(before, e);
      if (after === before) return;
      groups = { ...groups, [id]: after };
      dirty = true;
    },
  });
  const unsubscribeStore = useSimStore.subscribe((s, prev) => {
    if (!dirty || s.tick === prev.tick) return;
    dirty = false;
    useGroupLog.setState({ groups });
  });
  return () => {
    unregister();
    unsubscribeStore();
  };
}

let detach: (() => void) | null = null;

/** Follow the store's simulations for the life of the page. Idempotent. */
export function startGroupLog(): void {
  if (detach) return;
  detach = attachGroupLog();
}

export {
  LAG_SAMPLE_MS,
  LAG_SAMPLES,
  useLagHistory,
  startLagHistory,
  type LagSample,
} from './lagHistory';
