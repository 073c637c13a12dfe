// Which derived logs read which trace events. A log that names the types it reads
// (DerivedLog.types) is handed only those: after a seek back over a 10-minute run the store feeds
// the logs hundreds of thousands of tape events, nearly all per-record ones (produce.record,
// log.append, …) that no caption, group story or quorum list reads. The tape keeps each event's
// type as a number (TimeMachine.tapeKinds), so a catch-up walks that column and calls a log only
// for its own events, in tape order.
import type { TraceEvent } from '../engine';
import { kindTypes } from './timeTravel';

/**
 * A log derived from the trace (a view's story of the run). The store calls `reset` when a
 * simulation starts (and on registering), then `onTrace` for each of its trace events.
 *
 * `spans` says which stretch of the run the log tells:
 * - `'moment'` (the default): the run up to the moment shown. After a seek back it is reset and
 *   fed the run's trace up to the new moment again (the tape: every event but the bulk network
 *   chatter listed in TAPE_SKIP); after a seek forward it is fed the stretch skipped.
 * - `'branch'`: the whole current branch up to its furthest moment (the timeline's markers). It
 *   is fed each event once, when the run first reaches it, and survives seeks; a new branch
 *   (acting after a seek back, undo) resets it and feeds it the branch's tape again.
 *
 * `types`: the only event types `onTrace` looks at; the store feeds it no others. Absent: all.
 */
export interface DerivedLog {
  reset(): void;
  onTrace(e: TraceEvent): void;
  spans?: 'moment' | 'branch';
  types?: ReadonlySet<TraceEvent['type']>;
}

const NONE: readonly DerivedLog[] = [];

/** The routes of one group of logs (the moment logs, or the branch logs). */
export class DerivedLogRoutes {
  private byType = new Map<TraceEvent['type'], readonly DerivedLog[]>();
  private byKind: (readonly DerivedLog[] | null)[] = [];

  constructor(private readonly logs: () => Iterable<DerivedLog>) {}

  /** The logs changed (one registered or left). */
  invalidate(): void {
    this.byType.clear();
    this.byKind = [];
  }

  /** The logs that read `type`, in registration order. */
  forType(type: TraceEvent['type']): readonly DerivedLog[] {
    let r = this.byType.get(type);
    if (r === undefined) {
      const list = [...this.logs()].filter((l) => !l.types || l.types.has(type));
      r = list.length > 0 ? list : NONE;
      this.byType.set(type, r);
    }
    return r;
  }

  /** Hand `tape[from … to)` to the logs, each event to the logs that read its type. */
  feed(tape: readonly TraceEvent[], kinds: Uint16Array, from: number, to: number): void {
    const types = kindTypes();
    const byKind = this.byKind;
    for (let k = byKind.length; k < types.length; k++) {
      const r = this.forType(types[k]!);
      byKind.push(r.length > 0 ? r : null);
    }
    for (let i = from; i < to; i++) {
      const r = byKind[kinds[i]!];
      if (r) for (const log of r) log.onTrace(tape[i]!);
    }
  }
}
