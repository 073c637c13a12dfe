// Time travel: a run is its scenario plus the user's action log, and the engine is
// deterministic, so the state at any moment t is what a fresh run to t gives — never a guess.
// A Simulation cannot be copied (its event queue holds closures), so a checkpoint is a whole
// Simulation paused at some moment. A seek takes the latest checkpoint at or before t (or the
// live simulation when t is ahead of it, or a fresh one at 0) and runs it forward to t, applying
// the user's actions at their times; the simulation it leaves behind becomes a checkpoint.
// Running forward consumes a checkpoint, so a background builder keeps a ladder of them spread
// over the run in idle time. Work is cut into slices, so the page never hangs on a long seek.
//
// The user's actions are not scheduled in the checkpoints (only the scenario's are): each is
// applied through Simulation.apply when a simulation reaches its time, exactly as the live one
// applied it. That way a branch (acting after a seek back) invalidates only the checkpoints
// beyond its moment.
//
// The tape: the trace of the current branch up to its furthest moment (`horizon`), without the
// bulk network chatter (TAPE_SKIP). Events are deduplicated by `seq`, which a deterministic run
// numbers the same every time: playing again over a stretch already on the tape adds nothing.
// After a seek the store rebuilds its derived logs from the tape.
import {
  Simulation,
  type Action,
  type ActionBody,
  type Scenario,
  type TraceEvent,
} from '../engine';

/** Trace events kept off the tape: per-request network and fetch chatter, most of the volume. */
export const TAPE_SKIP: ReadonlySet<TraceEvent['type']> = new Set<TraceEvent['type']>([
  'net.send',
  'net.deliver',
  'replica.fetch',
  'consumer.fetch',
]);

/**
 * Trace event types as small numbers, in the order they were first seen (the same for every
 * machine of the page): the tape keeps one per event beside it, so a reader that wants a few
 * types walks a typed column instead of every event object.
 */
const KINDS = new Map<TraceEvent['type'], number>();
const KIND_TYPES: TraceEvent['type'][] = [];

/** The number of `type` in the tape's kind column (tapeKinds). */
export function traceKind(type: TraceEvent['type']): number {
  let k = KINDS.get(type);
  if (k === undefined) {
    k = KIND_TYPES.length;
    KINDS.set(type, k);
    KIND_TYPES.push(type);
  }
  return k;
}

/** The types numbered so far, by number: kindTypes()[traceKind(t)] === t. */
export function kindTypes(): readonly TraceEvent['type'][] {
  return KIND_TYPES;
}

/** What the machine needs from its surroundings: a wall clock and ways to give the page time. */
export interface Host {
  /** Wall-clock milliseconds (performance.now in the page). */
  now(): number;
  /** Resolve soon, after the page has had a chance to paint and handle input. */
  yield(): Promise<void>;
  /**
   * Call `run` when the page is idle, not before `delayMs` from now, with the milliseconds it
   * may take; returns cancel.
   */
  idle(run: (budgetMs: number) => void, delayMs: number): () => void;
}

export interface TimeMachineOptions {
  /** The most paused simulations kept besides the live one (each holds a whole run's state). */
  maxCheckpoints?: number;
  /** As many as this are kept whatever they hold (fewer if maxCheckpoints is lower). */
  minCheckpoints?: number;
  /** Beyond minCheckpoints, only as many as fit in this estimated heap (Simulation.heapEstimate). */
  memoryBudgetBytes?: number;
  /** A seek or build slice runs at most this long before giving the page a turn. */
  sliceMs?: number;
  /** The builder spaces checkpoints so that a seek runs at most this long (when memory allows), by the measured cost of each stretch of the run. */
  targetSeekMs?: number;
  host?: Host;
}

export interface TimeMachineEvents {
  /** Every trace event of the live simulation as it plays (not during a seek). */
  onLive?(e: TraceEvent): void;
  /** An event added to the tape (the branch grew). */
  onTape?(e: TraceEvent): void;
  /** The tape was cut back (a branch or an undo): logs of the branch start again from it. */
  onTapeCut?(): void;
  /** A seek is running and has reached `at` on its way from `from` to `target`. */
  onProgress?(p: SeekProgress): void;
  /** A user action from the log could not be applied when its time came; it and those after it were dropped. */
  onRefused?(action: Action, error: unknown): void;
}

export interface SeekProgress {
  /** The live simulation's moment when the seek began. */
  from: number;
  target: number;
  /** The moment of the simulation being run forward when it was taken (its checkpoint). */
  start: number;
  /** Where that simulation stands now. */
  at: number;
}

export interface SeekResult {
  /** The live simulation's time before and after. */
  from: number;
  to: number;
  /** The live simulation is another instance (the views rebind their queries). */
  replaced: boolean;
  /** Wall milliseconds the seek took. */
  wallMs: number;
}

interface Checkpoint {
  sim: Simulation;
  /** How many of the branch's user actions it has applied (all with `at` ≤ sim.now). */
  applied: number;
  /** Its trace subscription, while it is the live one or runs past the horizon. */
  unsubscribe: (() => void) | null;
}

interface LoggedAction {
  action: Action;
  /** `seq` of its action.applied trace event: where the tape is cut to undo it. */
  seq: number;
}

interface Build {
  cp: Checkpoint;
  target: number;
}

/**
 * The memory cap of the ladder: 24 simulations whatever they hold (a seek runs at most 1/25 of
 * the run's cost), up to 64 while their estimated heap stays within 384 MiB: light runs get a
 * denser ladder. The heaviest starter's 24 and the tape hold about 1.5 GB at 10 simulated
 * minutes (bench/seek.ts).
 */
export const DEFAULT_MAX_CHECKPOINTS = 64;
export const DEFAULT_MIN_CHECKPOINTS = 24;
export const DEFAULT_MEMORY_BUDGET_BYTES = 384 * 1024 * 1024;
export const DEFAULT_SLICE_MS = 12;
export const DEFAULT_TARGET_SEEK_MS = 50;
/** Simulated ms per wall ms assumed before anything was measured. */
const INITIAL_RATE = 20;
/** The share of wall time the background builder may take. */
const BUILD_DUTY = 0.3;
/** The rate is measured over at least this much wall time of running. */
const RATE_WINDOW_MS = 40;
/** The run's cost is kept per this many simulated ms. */
const COST_BUCKET_MS = 1000;
/**
 * A sliced run looks at the clock after this many events: a heavy millisecond at scale (50
 * brokers' first fetches) holds hundreds of events and costs tens of ms.
 */
const EVENTS_PER_LOOK = 16;

export class TimeMachine {
  readonly scenario: Scenario;
  private live: Checkpoint;
  private checkpoints: Checkpoint[] = [];
  private actions: LoggedAction[] = [];
  private tape: TraceEvent[] = [];
  /** traceKind of each tape event, at the same index (entries past tape.length are stale). */
  private kinds = new Uint16Array(1024);
  /** The next trace seq the tape has not seen. */
  private tapeEnd = 0;
  /** The tape holds every (kept) event with time ≤ horizon on this branch. */
  private horizonMs = 0;
  /** Simulated ms per wall ms, measured (a moving average). */
  private rate = INITIAL_RATE;
  private rateMeasured = false;
  private rateSim = 0;
  private rateWall = 0;
  /**
   * Trace events (chatter included: Simulation.traceCount) per simulated ms in each
   * COST_BUCKET_MS of the run, counted when it last ran: the builder places checkpoints by what
   * running a stretch costs. The count is the run's own (the same on every pass), so a garbage
   * collection or other work on the machine during one pass does not bend the ladder; wall time
   * enters only through msPerEvent, one figure for the whole run.
   */
  private density: number[] = [];
  /** Wall ms per trace event, measured (a moving average, as `rate`). */
  private msPerEvent = 0;
  private rateEvents = 0;
  /** Simulation.heapEstimate of the furthest simulation, by its moment (it walks the logs). */
  private footprint = { sim: null as Simulation | null, at: -1, bytes: 0 };
  private forwarding = true;
  /** While an action is applied: its events, held back until it is accepted. */
  private capture: TraceEvent[] | null = null;
  private seekTarget = 0;
  private seeking: Promise<SeekResult> | null = null;
  private build: Build | null = null;
  private cancelIdle: (() => void) | null = null;
  private disposed = false;
  private readonly host: Host;
  private readonly maxCheckpoints: number;
  private readonly minCheckpoints: number;
  private readonly memoryBudget: number;
  private readonly sliceMs: number;
  private readonly targetSeekMs: number;

  constructor(
    sim: Simulation,
    private readonly events: TimeMachineEvents = {},
    opts: TimeMachineOptions = {},
  ) {
    this.scenario = sim.scenario;
    this.host = opts.host ?? browserHost();
    this.maxCheckpoints = opts.maxCheckpoints ?? DEFAULT_MAX_CHECKPOINTS;
    this.minCheckpoints = Math.min(
      opts.minCheckpoints ?? DEFAULT_MIN_CHECKPOINTS,
      this.maxCheckpoints,
    );
    this.memoryBudget = opts.memoryBudgetBytes ?? DEFAULT_MEMORY_BUDGET_BYTES;
    this.sliceMs = opts.sliceMs ?? DEFAULT_SLICE_MS;
    this.targetSeekMs = opts.targetSeekMs ?? DEFAULT_TARGET_SEEK_MS;
    // A simulation that has already run (or was acted on) cannot be a base: its user actions
    // would be missing from the log. The store hands over a fresh one.
    if (sim.now !== 0 || sim.actionLog.length !== sim.scenario.actions.length)
      throw new Error('TimeMachine needs a fresh simulation');
    this.live = { sim, applied: 0, unsubscribe: null };
    this.listen(this.live);
  }

  /** The simulation the views show. */
  get sim(): Simulation {
    return this.live.sim;
  }

  get now(): number {
    return this.live.sim.now;
  }

  /** The furthest moment reached on the current branch: the timeline's length. */
  get horizon(): number {
    return Math.max(this.horizonMs, this.live.sim.now);
  }

  /** The user's actions on the current branch, in time order (those ahead of `now` included). */
  userActions(): Action[] {
    return this.actions.map((a) => a.action);
  }

  /** The branch's trace up to the horizon (TAPE_SKIP left out), in seq order. */
  tapeEvents(): readonly TraceEvent[] {
    return this.tape;
  }

  /** How many tape events lie at or before `t` (tapeEvents()[0 … n) is the run as it stood at `t`). */
  tapeCountUpTo(t: number): number {
    return upperBound(this.tape, t);
  }

  /** traceKind of each tape event, index for index (read only the first tapeEvents().length). */
  tapeKinds(): Uint16Array {
    return this.kinds;
  }

  /**
   * The next (direction 1) or previous (-1) moment after/before `t` at which the tape holds an
   * event, at most `maxMs` away (so `t ± maxMs` across a quiet stretch). Beyond the horizon,
   * forward looks at the live simulation's next scheduled event.
   */
  momentNear(t: number, direction: 1 | -1, maxMs: number): number {
    if (direction < 0) {
      const i = upperBound(this.tape, t - 1) - 1;
      const prev = i >= 0 ? this.tape[i]!.time : 0;
      return Math.max(0, prev, t - maxMs);
    }
    const i = upperBound(this.tape, t);
    let next = i < this.tape.length ? this.tape[i]!.time : Infinity;
    // (not of a live simulation a seek is still building: asking would build it all at once)
    if (next === Infinity && this.live.sim.built && this.live.sim.now <= t)
      next = this.live.sim.nextEventTime() ?? Infinity;
    return Math.min(Math.max(next, t + 1), t + maxMs);
  }

  get isSeeking(): boolean {
    return this.seeking !== null;
  }

  /** The moments of the paused simulations, for tests and the benchmark. */
  checkpointTimes(): number[] {
    return this.checkpoints.map((c) => c.sim.now).sort((a, b) => a - b);
  }

  /** Simulated ms run per wall ms, as measured so far. */
  get measuredRate(): number {
    return this.rate;
  }

  // ---- Moving the live simulation forward (playback)

  /**
   * Run the live simulation to `ms`, applying the branch's user actions on the way; given
   * `budgetMs` it may stop short (the caller's next frame goes on from there).
   */
  advanceTo(ms: number, budgetMs = Infinity): void {
    if (this.seeking) return;
    const target = Math.max(Math.floor(ms), this.live.sim.now);
    // Within a budget (a frame's) it may stop between two events once past it, even inside a
    // millisecond: at scale one simulated millisecond can hold tens of ms of work.
    const deadline = budgetMs === Infinity ? Infinity : this.host.now() + budgetMs;
    let whole = true;
    this.timed(this.live.sim, () => (whole = this.run(this.live, target, deadline)));
    // Stopped inside a millisecond: the tape is complete just before it.
    const now = this.live.sim.now;
    this.horizonMs = Math.max(this.horizonMs, whole ? now : now - 1);
    this.wake();
  }

  /** Run the live simulation's next single event (or the next user action, if that is first). */
  step(): boolean {
    if (this.seeking) return false;
    const { sim } = this.live;
    const next = this.actions[this.live.applied];
    const nextEvent = sim.nextEventTime();
    let ran: boolean;
    if (next && (nextEvent === null || next.action.at < nextEvent)) {
      this.run(this.live, next.action.at);
      ran = true;
    } else {
      ran = sim.step();
    }
    // The millisecond it stopped in may still hold events: the tape is complete just before it.
    this.horizonMs = Math.max(this.horizonMs, sim.now - 1);
    return ran;
  }

  // ---- Acting: what a person does becomes part of the run

  /**
   * Apply `body` to the live simulation now and add it to the action log. When the live
   * simulation stands before the horizon (after a seek back), the future from here is
   * replaced: the actions after now, the checkpoints beyond now and the tape after now go.
   * Throws what Simulation.apply throws (a refusal), changing nothing.
   */
  apply(body: ActionBody): Action {
    if (this.seeking) throw new Error('apply during a seek');
    const live = this.live;
    const { sim } = live;
    // Finish this millisecond first (a step may have stopped inside it), as apply itself does.
    this.run(live, sim.now);
    const at = sim.now;
    // The action's events go aside until it is accepted: a refusal leaves the future as it was.
    const captured: TraceEvent[] = [];
    this.capture = captured;
    try {
      sim.apply(body);
    } finally {
      this.capture = null;
    }
    if (this.horizon > at || this.actions.length > live.applied) this.cutAfter(at, live.applied);
    const seq = captured.find((e) => e.type === 'action.applied')?.seq ?? -1;
    for (const e of captured) this.record(e);
    const action = sim.actionLog.at(-1)!;
    this.actions.push({ action, seq });
    live.applied = this.actions.length;
    this.horizonMs = at;
    this.wake();
    return action;
  }

  /**
   * Take back the branch's last action: the run returns to the moment before it (its time,
   * everything due then done, the action not applied). Resolves when the seek is done.
   */
  async undoLastAction(): Promise<Action | null> {
    if (this.seeking) await this.seeking;
    const last = this.actions.at(-1);
    if (!last) return null;
    const index = this.actions.length - 1;
    const at = last.action.at;
    this.actions.pop();
    // Checkpoints that applied it (or ran past it) are of the old branch.
    this.dropCheckpoints((c) => c.applied > index || c.sim.now > at);
    this.cancelBuild();
    const liveHadIt = this.live.applied > index || this.live.sim.now > at;
    if (last.seq >= 0) {
      this.tape.length = lowerBoundSeq(this.tape, last.seq);
      this.tapeEnd = last.seq;
      this.horizonMs = at;
    } else {
      // An action from a link: its place on the tape is not known, so the tape keeps only what
      // came before its millisecond, and the seek below records that millisecond again.
      this.tape.length = upperBound(this.tape, at - 1);
      this.tapeEnd = this.tape.length > 0 ? this.tape.at(-1)!.seq + 1 : 0;
      this.horizonMs = at - 1;
    }
    this.events.onTapeCut?.();
    if (liveHadIt) {
      // The live simulation holds the action: it cannot be a base any more.
      this.live.unsubscribe?.();
      // Built by the seek, in slices, and listened to once built.
      this.live = fresh(this.scenario);
    }
    await this.seek(at);
    return last.action;
  }

  /**
   * Replace the user's action log (a run opened from a link): the live simulation starts over
   * and the actions are applied as their times come. Resolves after seeking to `t`.
   */
  async load(actions: readonly Action[], t: number): Promise<SeekResult> {
    if (this.seeking) await this.seeking;
    this.cancelBuild();
    this.dropCheckpoints(() => true);
    this.live.unsubscribe?.();
    this.actions = [...actions]
      .map((action, i) => ({ action, i }))
      .sort((a, b) => a.action.at - b.action.at || a.i - b.i)
      .map(({ action }) => ({ action, seq: -1 }));
    this.tape = [];
    this.tapeEnd = 0;
    this.horizonMs = 0;
    this.density = [];
    this.events.onTapeCut?.();
    // Built by the seek, in slices, and listened to once built.
    this.live = fresh(this.scenario);
    return this.seek(t);
  }

  // ---- Seeking

  /**
   * Bring the live simulation to `ms` exactly (backwards too). Safe to call again while a seek
   * runs: the running one takes the new target. Resolves when the machine stands at the latest
   * target asked for.
   */
  seek(ms: number): Promise<SeekResult> {
    this.seekTarget = Math.max(0, Math.floor(ms));
    // The running seek takes the new target; if it had just finished, seek again after it.
    if (this.seeking)
      return this.seeking.then((r) =>
        this.seeking || this.live.sim.now !== this.seekTarget || !this.clean(this.live)
          ? this.seek(this.seekTarget)
          : r,
      );
    this.cancelIdleWork();
    const run = this.runSeek().finally(() => {
      this.seeking = null;
      this.forwarding = true;
      this.wake();
    });
    this.seeking = run;
    return run;
  }

  private async runSeek(): Promise<SeekResult> {
    const started = this.host.now();
    const from = this.live.sim.now;
    const oldLive = this.live;
    this.forwarding = false;
    let base: Checkpoint | null = null;
    let start = 0;
    for (;;) {
      const target = this.seekTarget;
      if (base === null || base.sim.now > target || this.betterBase(base, target)) {
        if (base) this.keep(base);
        base = this.takeBase(target);
        start = base.sim.now;
      }
      const sliceEnd = this.host.now() + this.sliceMs;
      if (this.construct(base, sliceEnd))
        while (base.sim.now < target || !this.clean(base)) {
          const to = Math.min(target, base.sim.now + this.chunk());
          this.runWatched(base, to, sliceEnd);
          if (this.host.now() >= sliceEnd) break;
        }
      const there = base.sim.built && base.sim.now === target && this.clean(base);
      if (there && this.seekTarget === target) break;
      this.events.onProgress?.({ from, target: this.seekTarget, start, at: base.sim.now });
      await this.host.yield();
      if (this.disposed) break;
    }
    if (base !== oldLive) {
      // The simulation the views showed becomes a checkpoint (often the horizon: a seek
      // forward again is free), unless it is the one we ran.
      this.checkpoints = this.checkpoints.filter((c) => c !== base);
      this.live = base;
      this.listen(base);
      oldLive.unsubscribe?.();
      oldLive.unsubscribe = null;
      this.keep(oldLive);
    }
    this.evict();
    return {
      from,
      to: this.live.sim.now,
      replaced: base !== oldLive,
      wallMs: this.host.now() - started,
    };
  }

  /** Is there a checkpoint between `cp` and `target` (so running `cp` would waste work)? */
  private betterBase(cp: Checkpoint, target: number): boolean {
    return this.checkpoints.some((c) => c.sim.now > cp.sim.now && c.sim.now <= target);
  }

  /** The best simulation to run forward to `target`, taken out of the checkpoints. */
  private takeBase(target: number): Checkpoint {
    let best: Checkpoint | null = null;
    for (const c of this.checkpoints)
      if (c.sim.now <= target && (!best || c.sim.now > best.sim.now)) best = c;
    const live = this.live;
    if (live.sim.now <= target && (!best || live.sim.now >= best.sim.now)) best = live;
    // A build in progress is a base too (it is on the branch).
    const b = this.build;
    if (b && b.cp.sim.now <= target && (!best || b.cp.sim.now > best.sim.now)) {
      this.build = null;
      best = b.cp;
    }
    if (best) {
      this.checkpoints = this.checkpoints.filter((c) => c !== best);
      return best;
    }
    return fresh(this.scenario);
  }

  /**
   * Build `cp`'s simulation on (a fresh one is built in pieces: at most a broker's replicas each)
   * until `deadline` (host ms); true once it is built. The live one is listened to from then on,
   * as one built at once is from its start.
   */
  private construct(cp: Checkpoint, deadline: number): boolean {
    while (cp.sim.buildStep()) if (this.host.now() >= deadline) return false;
    if (cp === this.live) this.listen(cp);
    return true;
  }

  /** Keep `cp` as a checkpoint (it stays valid on this branch); the live one is never here. */
  private keep(cp: Checkpoint): void {
    if (cp === this.live || this.checkpoints.includes(cp)) return;
    // A simulation that has not run is no better than a new one (which takes milliseconds).
    if (cp.sim.now === 0 && cp.applied === 0) {
      cp.unsubscribe?.();
      return;
    }
    this.checkpoints.push(cp);
  }

  /** No event of its current millisecond is left (a `step` can stop inside one). */
  private clean(cp: Checkpoint): boolean {
    const next = cp.sim.nextEventTime();
    const action = this.actions[cp.applied];
    return (next === null || next > cp.sim.now) && (!action || action.action.at > cp.sim.now);
  }

  /**
   * Run `cp` to `to` (or until `deadline`, as `run`); past the horizon it records the tape (and
   * so extends the horizon).
   */
  private runWatched(cp: Checkpoint, to: number, deadline = Infinity): void {
    if (to > this.horizonMs && cp.unsubscribe === null) this.listen(cp);
    let whole = true;
    this.timed(cp.sim, () => (whole = this.run(cp, to, deadline)));
    // Stopped inside a millisecond: the tape is complete just before it.
    if (cp.unsubscribe !== null)
      this.horizonMs = Math.max(this.horizonMs, whole ? cp.sim.now : cp.sim.now - 1);
  }

  /**
   * Advance `cp` to `to`, applying each user action of the branch at its time. With a
   * `deadline` (host ms) it may stop before, between two events, once past it (a slice): true
   * when it stands at `to`.
   */
  private run(cp: Checkpoint, to: number, deadline = Infinity): boolean {
    const { sim } = cp;
    while (cp.applied < this.actions.length) {
      const next = this.actions[cp.applied]!.action;
      if (next.at > to) break;
      if (!this.advance(sim, next.at, deadline)) return false;
      try {
        sim.apply(next);
      } catch (err) {
        // Only an action log from outside (a link) can hold an action refused at its time.
        const dropped = this.actions.splice(cp.applied);
        this.dropCheckpoints((c) => c.applied > cp.applied);
        this.events.onRefused?.(dropped[0]!.action, err);
        break;
      }
      cp.applied++;
    }
    return this.advance(sim, to, deadline);
  }

  /** sim.advanceTo(to), looking at the clock every EVENTS_PER_LOOK events if there is a deadline. */
  private advance(sim: Simulation, to: number, deadline: number): boolean {
    if (deadline === Infinity) {
      sim.advanceTo(to);
      return true;
    }
    while (!sim.advanceAtMost(to, EVENTS_PER_LOOK)) if (this.host.now() >= deadline) return false;
    return true;
  }

  /** Run `work` (it runs `sim` forward from its moment), measuring its cost. */
  private timed(sim: Simulation, work: () => void): void {
    const from = sim.now;
    const events0 = sim.traceCount;
    const t0 = this.host.now();
    work();
    const wall = this.host.now() - t0;
    const to = sim.now;
    const events = sim.traceCount - events0;
    this.noteCost(from, to, events);
    // Measured over stretches of at least RATE_WINDOW_MS: one slow millisecond (a group
    // forming, a garbage collection) must not set the pace.
    this.rateSim += to - from;
    this.rateWall += wall;
    this.rateEvents += events;
    if (this.rateWall >= RATE_WINDOW_MS) {
      const measured = Math.max(this.rateSim / this.rateWall, 0.5);
      this.rate = this.rateMeasured ? this.rate * 0.5 + measured * 0.5 : measured;
      if (this.rateEvents > 0) {
        const perEvent = this.rateWall / this.rateEvents;
        this.msPerEvent = this.msPerEvent > 0 ? this.msPerEvent * 0.5 + perEvent * 0.5 : perEvent;
      }
      this.rateMeasured = true;
      this.rateSim = 0;
      this.rateWall = 0;
      this.rateEvents = 0;
    }
  }

  /** Blend the events of running [from, to) into the buckets it covers, by the share covered. */
  private noteCost(from: number, to: number, events: number): void {
    if (to <= from) return;
    const d = events / (to - from);
    for (let b = Math.floor(from / COST_BUCKET_MS); b * COST_BUCKET_MS < to; b++) {
      const share =
        (Math.min(to, (b + 1) * COST_BUCKET_MS) - Math.max(from, b * COST_BUCKET_MS)) /
        COST_BUCKET_MS;
      const old = this.density[b];
      this.density[b] = old === undefined ? d : old + (d - old) * share;
    }
  }

  /** Wall ms per simulated ms of bucket `k`: its events at the measured cost of one, else the mean rate. */
  private wallDensity(k: number): number {
    const d = this.density[k];
    return d === undefined || this.msPerEvent === 0 ? 1 / this.rate : d * this.msPerEvent;
  }

  /** Wall ms to run from `a` to `b` (simulated), by the costs measured (else the mean rate). */
  private cost(a: number, b: number): number {
    let total = 0;
    for (let k = Math.floor(a / COST_BUCKET_MS); k * COST_BUCKET_MS < b; k++) {
      const span = Math.min(b, (k + 1) * COST_BUCKET_MS) - Math.max(a, k * COST_BUCKET_MS);
      total += span * this.wallDensity(k);
    }
    return total;
  }

  /** The moment between `a` and `b` where `share` of the cost of running from a to b is run. */
  private costPoint(a: number, b: number, share: number): number {
    const half = this.cost(a, b) * share;
    let acc = 0;
    for (let k = Math.floor(a / COST_BUCKET_MS); k * COST_BUCKET_MS < b; k++) {
      const lo = Math.max(a, k * COST_BUCKET_MS);
      const hi = Math.min(b, (k + 1) * COST_BUCKET_MS);
      const d = this.wallDensity(k);
      if (acc + (hi - lo) * d >= half) return Math.floor(lo + (d > 0 ? (half - acc) / d : 0));
      acc += (hi - lo) * d;
    }
    return Math.floor((a + b) / 2);
  }

  /**
   * How many checkpoints the ladder may hold: at least minCheckpoints, more while their
   * estimated heap fits the budget. Spread over the run they hold on average about half of
   * what the furthest simulation holds.
   */
  capacity(): number {
    let far = this.live;
    for (const c of this.checkpoints) if (c.sim.now > far.sim.now) far = c;
    const f = this.footprint;
    // Walking every log costs tens of ms at 30,000 replicas, and the builder asks every slice:
    // while the same simulation plays on, its estimate is taken again only once it has run a
    // tenth further (what a run holds grows with it, so the figure is at most that much low).
    const t = far.sim.now;
    if (f.sim !== far.sim || t < f.at || t > f.at * 1.1 + 1000) {
      f.sim = far.sim;
      f.at = far.sim.now;
      f.bytes = far.sim.heapEstimate();
    }
    const byMemory = Math.floor(this.memoryBudget / Math.max(1, f.bytes / 2));
    return Math.min(this.maxCheckpoints, Math.max(this.minCheckpoints, byMemory));
  }

  /** Simulated ms to run between two looks at the clock (about 2 wall ms). */
  private chunk(): number {
    return Math.max(5, Math.floor(this.rate * 2));
  }

  private listen(cp: Checkpoint): void {
    if (cp.unsubscribe) return;
    // The chatter stays off the tape and no view reads it live: the run need not build it.
    cp.unsubscribe = cp.sim.onTrace(
      (e) => {
        const live = cp === this.live;
        if (live && this.capture) this.capture.push(e);
        else this.record(e);
        if (live && this.forwarding) this.events.onLive?.(e);
      },
      { skip: TAPE_SKIP },
    );
  }

  /** Put `e` on the tape if the tape has not seen it (the same run numbers events the same). */
  private record(e: TraceEvent): void {
    if (e.seq < this.tapeEnd) return;
    this.tapeEnd = e.seq + 1;
    if (TAPE_SKIP.has(e.type)) return;
    const i = this.tape.length;
    if (i === this.kinds.length) {
      const grown = new Uint16Array(i * 2);
      grown.set(this.kinds);
      this.kinds = grown;
    }
    this.kinds[i] = traceKind(e.type);
    this.tape.push(e);
    this.events.onTape?.(e);
  }

  // ---- Branches

  /** Drop everything after moment `at` on this branch: a new branch starts there. */
  private cutAfter(at: number, applied: number): void {
    this.actions.length = applied;
    this.dropCheckpoints((c) => c.applied > applied || c.sim.now > at);
    this.cancelBuild();
    const keep = upperBound(this.tape, at);
    if (keep < this.tape.length) {
      this.tape.length = keep;
      this.tapeEnd = keep > 0 ? this.tape[keep - 1]!.seq + 1 : 0;
      this.events.onTapeCut?.();
    }
    this.horizonMs = at;
  }

  private dropCheckpoints(drop: (c: Checkpoint) => boolean): void {
    this.checkpoints = this.checkpoints.filter((c) => {
      if (!drop(c)) return true;
      c.unsubscribe?.();
      return false;
    });
  }

  /** Over the limit: drop the checkpoint whose loss widens the ladder's gaps least (in cost). */
  private evict(): void {
    const capacity = this.capacity();
    while (this.checkpoints.length > capacity) {
      const sorted = [...this.checkpoints].sort((a, b) => a.sim.now - b.sim.now);
      let worst = 0;
      let worstGap = Infinity;
      for (let i = 0; i < sorted.length; i++) {
        const prev = i > 0 ? sorted[i - 1]!.sim.now : 0;
        const next = i + 1 < sorted.length ? sorted[i + 1]!.sim.now : this.horizon;
        const merged = this.cost(prev, next);
        if (merged < worstGap) {
          worstGap = merged;
          worst = i;
        }
      }
      const victim = sorted[worst]!;
      victim.unsubscribe?.();
      this.checkpoints = this.checkpoints.filter((c) => c !== victim);
    }
  }

  // ---- The ladder, built in idle time

  /**
   * The longest a seek's run should take (wall ms, by the measured costs): targetSeekMs, or
   * what `capacity` checkpoints allow when the run is too heavy for that.
   */
  private gapLimit(capacity: number): number {
    return Math.max(this.targetSeekMs, this.cost(0, this.horizon) / (capacity + 1));
  }

  /**
   * The next checkpoint to build, or null when the ladder is good enough. The costliest stretch
   * between two simulations is split where half its cost is run: checkpoints are denser where
   * the run is heavy (a group forming, a burst of records) than where it idles.
   */
  private planBuild(): Build | null {
    const horizon = this.horizon;
    const capacity = this.capacity();
    const limit = this.gapLimit(capacity);
    const cps = [...this.checkpoints].sort((a, b) => a.sim.now - b.sim.now);
    const points = [0, ...cps.map((c) => c.sim.now), this.live.sim.now, horizon].sort(
      (a, b) => a - b,
    );
    let gapStart = 0;
    let gapEnd = 0;
    let gap = 0;
    for (let i = 1; i < points.length; i++) {
      const c = this.cost(points[i - 1]!, points[i]!);
      if (c > gap) {
        gap = c;
        gapStart = points[i - 1]!;
        gapEnd = points[i]!;
      }
    }
    if (gap <= limit * 1.05 || gapEnd - gapStart < 2) return null;
    // The gap will end as `pieces` stretches within the limit: split it where whole pieces fall
    // on each side (halves for an even count), so the finished ladder is even. Halving every
    // gap instead leaves two sizes when the capacity is no power of two (24 over a heavy run:
    // stretches of 1/32 and 1/16 of it, the longest seek half as long again as it need be).
    const pieces = Math.max(2, Math.ceil(gap / limit - 0.02));
    const share = Math.floor(pieces / 2) / pieces;
    const target = Math.min(
      gapEnd - 1,
      Math.max(gapStart + 1, this.costPoint(gapStart, gapEnd, share)),
    );
    // A checkpoint that the ladder does not need where it is moves up; else a fresh run.
    let source: Checkpoint | null = null;
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i]!;
      if (c.sim.now > target) break;
      const prev = i > 0 ? cps[i - 1]!.sim.now : 0;
      const next = i + 1 < cps.length ? cps[i + 1]!.sim.now : horizon;
      const merged = this.cost(prev, Math.min(next, target));
      if (merged <= limit * 1.05 && (!source || c.sim.now > source.sim.now)) source = c;
    }
    if (!source && this.checkpoints.length >= capacity) {
      // Full: a fresh build is worth it only if, once it is in, dropping the checkpoint whose
      // loss widens a gap least (evict, when the build lands) leaves the ladder better by a
      // quarter of the gap at least. (A seek takes its checkpoint away and leaves one where it
      // landed, anywhere: the hole it made, twice a stretch, is repaired by dropping that one.)
      let least = Infinity;
      for (let i = 0; i < cps.length; i++) {
        const prev = i > 0 ? cps[i - 1]!.sim.now : 0;
        const next = i + 1 < cps.length ? cps[i + 1]!.sim.now : horizon;
        least = Math.min(least, this.cost(prev, next));
      }
      if (Math.max(least, gap * (1 - share)) > gap * 0.75) return null;
    }
    if (source) {
      this.checkpoints = this.checkpoints.filter((c) => c !== source);
      return { cp: source, target };
    }
    return { cp: fresh(this.scenario), target };
  }

  /** Run the builder for up to `budgetMs`; true while it has more to do. For tests and the bench. */
  buildFor(budgetMs: number): boolean {
    if (this.seeking || this.disposed) return false;
    const end = this.host.now() + budgetMs;
    for (;;) {
      if (!this.build) this.build = this.planBuild();
      const b = this.build;
      if (!b) return false;
      if (!this.construct(b.cp, end)) return true;
      // Warmed slice by slice (each pays, within its budget, for the stretch the one before it
      // ran), so a seek from the finished checkpoint snapshots only what it ran, not the whole
      // run's acknowledged records.
      b.cp.sim.warmSnapshot();
      for (let whole = false; !whole || b.cp.sim.now < b.target;) {
        const to = Math.min(b.target, b.cp.sim.now + this.chunk());
        this.timed(b.cp.sim, () => (whole = this.run(b.cp, to, end)));
        if (this.host.now() >= end) return true;
      }
      b.cp.sim.warmSnapshot();
      this.build = null;
      this.checkpoints.push(b.cp);
      this.evict();
      if (this.host.now() >= end) return true;
    }
  }

  private cancelBuild(): void {
    this.build = null;
  }

  /** Ask for idle time to build the ladder (after anything that changes it). */
  private wake(rest = 0): void {
    if (this.cancelIdle || this.seeking || this.disposed) return;
    this.cancelIdle = this.host.idle((budget) => {
      this.cancelIdle = null;
      const t0 = this.host.now();
      const more = this.buildFor(Math.max(1, Math.min(budget, this.sliceMs)));
      // At most BUILD_DUTY of the time: the ladder is a convenience, the page stays cool.
      if (more) this.wake(((this.host.now() - t0) * (1 - BUILD_DUTY)) / BUILD_DUTY);
    }, rest);
  }

  private cancelIdleWork(): void {
    this.cancelIdle?.();
    this.cancelIdle = null;
  }

  /** Stop all background work and let the simulations go. */
  dispose(): void {
    this.disposed = true;
    this.cancelIdleWork();
    this.build = null;
    this.dropCheckpoints(() => true);
    this.live.unsubscribe?.();
    this.tape = [];
  }
}

/** A checkpoint of a fresh simulation, to be built in slices (TimeMachine.construct). */
function fresh(scenario: Scenario): Checkpoint {
  return { sim: new Simulation(scenario, { inSteps: true }), applied: 0, unsubscribe: null };
}

/** Index of the first tape event with time > t. */
function upperBound(tape: readonly TraceEvent[], t: number): number {
  let lo = 0;
  let hi = tape.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tape[mid]!.time <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first tape event with seq ≥ seq. */
function lowerBoundSeq(tape: readonly TraceEvent[], seq: number): number {
  let lo = 0;
  let hi = tape.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tape[mid]!.seq < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The page's host: performance.now, a MessageChannel turn, requestIdleCallback (or a timeout). */
export function browserHost(): Host {
  const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
  return {
    now,
    yield: () =>
      new Promise<void>((resolve) => {
        if (typeof MessageChannel !== 'undefined') {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            ch.port1.close();
            resolve();
          };
          ch.port2.postMessage(null);
        } else setTimeout(resolve, 0);
      }),
    idle(run, delayMs) {
      const g = globalThis as {
        requestIdleCallback?: (
          cb: (d: { timeRemaining(): number }) => void,
          o?: { timeout: number },
        ) => number;
        cancelIdleCallback?: (id: number) => void;
      };
      let idleId: number | null = null;
      const timer = setTimeout(
        () => {
          if (g.requestIdleCallback) idleId = g.requestIdleCallback((d) => run(d.timeRemaining()));
          else run(DEFAULT_SLICE_MS);
        },
        Math.max(delayMs, g.requestIdleCallback ? 0 : 16),
      );
      return () => {
        clearTimeout(timer);
        if (idleId !== null) g.cancelIdleCallback?.(idleId);
      };
    },
  };
}
