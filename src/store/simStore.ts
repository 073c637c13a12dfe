// The one store: the running Simulation, playback, language/theme and what the views read.
// The Simulation object is mutable and only this file touches it: after each change `refresh`
// publishes a fresh snapshot, the messages in flight, a `tick` and `queries` (plain-data answers
// bound to the current simulation), so React re-renders from plain data. The store also holds
// the one trace subscription per run and fans its events out to derived logs.
//
// A run is its scenario plus the user's action log (time travel: ./timeTravel.ts). `seek` moves
// to any moment, backwards too; `apply` adds an action at the moment shown (after a seek back it
// replaces the future: a new branch); `undoLastAction` takes the last one back.
import { create } from 'zustand';
import {
  isInternalTopic,
  createSimulation,
  actionLog,
  brokerConfig,
  effectiveConfigs,
  partitionerState,
  brokerStorageView,
  metadataLogView,
  zookeeperView,
  logDirKey,
  offsetLookup,
  producerSettings,
  queryLogDir,
  querySegmentFile,
  timestampLookup,
  topicConfig,
  type Action,
  type ActionBody,
  type BrokerConfig,
  type ConfigTarget,
  type EffectiveConfig,
  type PartitionerState,
  type BrokerStorageView,
  type MetadataLogView,
  type ZooKeeperView,
  type LogDirView,
  type OffsetLookupExplanation,
  type ProducerSettings,
  type Scenario,
  type SegmentFileKind,
  type TimestampLookupExplanation,
  type TopicConfig,
  type InFlightMessage,
  type ProducerSpec,
  type Simulation,
  type Snapshot,
  type SnapshotOptions,
  type TraceEvent,
} from '../engine';
import { isLangLoaded, loadLang, type Lang } from '../content/i18n';
import { DEFAULT_STARTER_ID, findStarter } from '../content/scenarios';
import { toAppError, type AppError } from './errors';
import { lazyModulesReady, loadLazyModules } from './lazyModules';
import { DerivedLogRoutes, type DerivedLog } from './derivedLogRoutes';
import { shareEqual } from './shareEqual';
import { TimeMachine, type SeekProgress, type TimeMachineOptions } from './timeTravel';
import {
  initialLang,
  readUrlState,
  systemTheme,
  writeUrlParam,
  type Theme,
  type ViewId,
} from './urlState';

export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 100] as const;
export type Speed = (typeof SPEEDS)[number];
/** The speed a page opens at when its link names none: real time, so the first seconds show records flowing. */
export const DEFAULT_SPEED: Speed = 1;

/** Records kept per replica in the published snapshot: enough for the widest log row. */
export const RECORD_WINDOW = 24;
/** What the page publishes each frame (bench/seek.ts measures the same after a seek). */
export const PUBLISHED_SNAPSHOT: SnapshotOptions = {
  records: true,
  recordWindow: RECORD_WINDOW,
  acked: false,
};
/** Recent trace events kept for the event list. */
export const TRACE_LIMIT = 200;
/** A frame longer than this (a hidden tab, a breakpoint) advances as if it were this long. */
export const MAX_FRAME_MS = 100;
/**
 * Wall time the engine may take in one frame while playing (the playback loop's budget for
 * advanceWall). A run too heavy for real time (a
 * cluster of 10,000 partition replicas) falls behind the clock instead of freezing the page: the
 * simulated clock shows where it is, and drawing and input keep their share of every frame.
 */
export const FRAME_ENGINE_BUDGET_MS = 10;

const wallNow = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Plain-data questions about the running simulation, for the views (which never see the
 * Simulation itself). A new object whenever the simulation advances, is acted on or replaced:
 * `version` changes with it, so hooks can memoize on it.
 */
export interface SimQueries {
  readonly version: number;
  /** The replica's log directory; the same object until something on its disk changes. */
  logDir(broker: number, topic: string, partition: number): LogDirView | null;
  segmentFile(
    broker: number,
    topic: string,
    partition: number,
    baseOffset: number,
    kind: SegmentFileKind,
  ): Uint8Array | null;
  offsetLookup(
    broker: number,
    topic: string,
    partition: number,
    offset: number,
  ): OffsetLookupExplanation | null;
  timestampLookup(
    broker: number,
    topic: string,
    partition: number,
    timestamp: number,
  ): TimestampLookupExplanation | null;
  /** The topic's resolved config; null for an unknown topic or no simulation. */
  topicConfig(topic: string): TopicConfig | null;
  /** The brokers' resolved config (Kafka's defaults before a simulation exists). */
  brokerConfig(): BrokerConfig;
  producerSettings(id: string): ProducerSettings | null;
  /** Every config key of the cluster, a topic, a producer or a group, with its source. */
  effectiveConfigs(target: ConfigTarget): EffectiveConfig[];
  /** The actions applied so far; the same array until another is applied. */
  actionLog(): readonly Action[];
  /** What a producer's partitioners know about a topic now (sticky partition, counter). */
  partitionerState(producer: string, topic: string): PartitionerState | null;
  /**
   * A broker machine's device, page cache (resident pages per segment file) and fetch path
   * figures; the same object until the clock moves or an action applies. Null for no such broker.
   */
  brokerStorage(broker: number): BrokerStorageView | null;
  /** The controller quorum: each voter's Raft state, the metadata log's latest entries, the brokers' offsets. */
  metadataLog(): MetadataLogView | null;
  /** ZooKeeper mode: the ensemble, the znodes, the sessions, each broker's controller (null in KRaft). */
  zookeeper(): ZooKeeperView | null;
}

export type { DerivedLog } from './derivedLogRoutes';

const derivedLogs = new Set<DerivedLog>();
const momentRoutes = new DerivedLogRoutes(() =>
  [...derivedLogs].filter((l) => l.spans !== 'branch'),
);
const branchRoutes = new DerivedLogRoutes(() =>
  [...derivedLogs].filter((l) => l.spans === 'branch'),
);

/** The running time machine (module state, like the derived logs: no view reads it). */
let machine: TimeMachine | null = null;
let machineOptions: TimeMachineOptions = {};

/** The running time machine, for the seek benchmark (it builds the ladder itself). */
export function currentTimeMachine(): TimeMachine | null {
  return machine;
}

/** Options for the time machines the store creates from now on (tests, benchmarks). */
export function setTimeMachineOptions(opts: TimeMachineOptions): void {
  machineOptions = opts;
}

/**
 * Feed `log` from the store's one trace subscription; returns the unregister function. A log
 * registered while a run is under way (its code fetched on demand) is first fed the run so far
 * from the tape: the branch for a branch log, up to the moment shown for a moment log.
 */
export function registerDerivedLog(log: DerivedLog): () => void {
  derivedLogs.add(log);
  momentRoutes.invalidate();
  branchRoutes.invalidate();
  log.reset();
  if (machine) {
    const tape = machine.tapeEvents();
    const end = log.spans === 'branch' ? tape.length : machine.tapeCountUpTo(machine.now);
    new DerivedLogRoutes(() => [log]).feed(tape, machine.tapeKinds(), 0, end);
  }
  return () => {
    derivedLogs.delete(log);
    momentRoutes.invalidate();
    branchRoutes.invalidate();
  };
}

const NO_ACTIONS: readonly Action[] = [];

function noQueries(version: number): SimQueries {
  return {
    version,
    logDir: () => null,
    segmentFile: () => null,
    offsetLookup: () => null,
    timestampLookup: () => null,
    topicConfig: () => null,
    brokerConfig: () => brokerConfig(null),
    producerSettings: () => null,
    effectiveConfigs: () => [],
    actionLog: () => NO_ACTIONS,
    partitionerState: () => null,
    brokerStorage: () => null,
    metadataLog: () => null,
    zookeeper: () => null,
  };
}

/**
 * The queries bound to one simulation, created once per simulation: each function keeps its
 * identity for the simulation's life (a hook may select one and memoize on it). Behind them,
 * caches: log directories by their change key, the action log by its length.
 */
function bindQueries(sim: Simulation): Omit<SimQueries, 'version'> {
  const dirs = new Map<string, { key: string; view: LogDirView | null }>();
  let actions: { length: number; copy: readonly Action[] } = { length: -1, copy: NO_ACTIONS };
  const storage = new Map<number, { at: string; view: BrokerStorageView | null }>();
  return {
    logDir(broker, topic, partition) {
      const id = `${broker}/${topic}/${partition}`;
      const key = logDirKey(sim, broker, topic, partition);
      const hit = dirs.get(id);
      if (hit && hit.key === key) return hit.view;
      const view = key ? queryLogDir(sim, broker, topic, partition) : null;
      dirs.set(id, { key, view });
      return view;
    },
    segmentFile: (b, t, p, base, kind) => querySegmentFile(sim, b, t, p, base, kind),
    offsetLookup: (b, t, p, offset) => offsetLookup(sim, b, t, p, offset),
    timestampLookup: (b, t, p, ts) => timestampLookup(sim, b, t, p, ts),
    topicConfig: (topic) => topicConfig(sim, topic),
    brokerConfig: () => brokerConfig(sim),
    producerSettings: (id) => producerSettings(sim, id),
    effectiveConfigs: (target) => effectiveConfigs(sim, target),
    partitionerState: (producer, topic) => partitionerState(sim, producer, topic),
    brokerStorage(broker) {
      // A machine changes only as the clock moves or an action is applied.
      const at = `${sim.now}/${sim.actionLog.length}`;
      const hit = storage.get(broker);
      if (hit && hit.at === at) return hit.view;
      const view = brokerStorageView(sim, broker);
      storage.set(broker, { at, view });
      return view;
    },
    metadataLog: () => metadataLogView(sim),
    // (ZooKeeper mode's code is fetched only for a ZooKeeper run: only such a run has sim.zookeeper)
    zookeeper: () => (sim.zookeeper ? zookeeperView(sim) : null),
    actionLog() {
      // The log only grows: its length says whether the copy is current.
      if (actions.length !== sim.actionLog.length)
        actions = { length: sim.actionLog.length, copy: actionLog(sim) };
      return actions.copy;
    },
  };
}

export interface SimState {
  /** The live simulation: the store's own. Views read `snapshot`, `scenario` and `queries`. */
  sim: Simulation | null;
  /** The running scenario (validated, plain data), null before one starts. */
  scenario: Scenario | null;
  /** Counts simulations started: changes when the running simulation is replaced. */
  simId: number;
  queries: SimQueries;
  /** The starter the running simulation came from, null for a custom scenario. */
  starterId: string | null;
  /** The latest snapshot, structurally shared with the previous one. */
  snapshot: Snapshot | null;
  /** sim.now, virtual ms. */
  now: number;
  inFlight: InFlightMessage[];
  /** sim.now plus the sub-millisecond part not yet run: smooths flights at slow speeds. */
  displayTime: number;
  recentTrace: TraceEvent[];
  tick: number;

  playing: boolean;
  speed: Speed;
  /** The furthest moment reached on the current branch: the timeline spans [0, horizon]. */
  horizon: number;
  /** The user's actions on the current branch, in time order (after a seek back, also those ahead). */
  userActions: readonly Action[];
  /** A seek that is taking a while: where it stands (for a progress indicator); null otherwise. */
  seeking: SeekProgress | null;
  /** Playback pauses when it reaches this moment (an embed's `until`); null: never. */
  stopAt: number | null;
  lang: Lang;
  theme: Theme;
  /** 'system' follows prefers-color-scheme until the user picks a theme. */
  themeSource: 'system' | 'user';
  embed: boolean;
  /** Which view the main area shows (cluster, storage, replication, groups). */
  view: ViewId;
  error: AppError | null;

  loadStarter(id: string): void;
  /** Validate and start `input`; on failure keep the current simulation and show why. */
  loadScenario(input: unknown, starterId: string | null): boolean;
  restart(): void;
  setPlaying(playing: boolean): void;
  togglePlaying(): void;
  setSpeed(speed: Speed): void;
  step(): void;
  /**
   * Called by the playback loop with the wall-clock time since the last frame. With
   * publish=false the simulation runs but the views are not refreshed (fast playback); with
   * 'clock' only `displayTime` and `inFlight` are (the flights move, the snapshot waits).
   */
  advanceWall(dtMs: number, publish?: boolean | 'clock', budgetMs?: number): void;
  /**
   * Apply `action` at the moment shown and add it to the action log. After a seek back this
   * replaces the future (a new branch). False when refused (the error says why) or while a
   * seek runs.
   */
  apply(action: ActionBody): boolean;
  /**
   * Show moment `ms` exactly (a fresh run to `ms` would show the same), backwards too. Safe to
   * call repeatedly (dragging): a running seek takes the latest target. Resolves true when the
   * store stands at the latest target asked for.
   */
  seek(ms: number): Promise<boolean>;
  /** Seek `deltaMs` from the moment shown (from the pending target while a seek runs). */
  seekBy(deltaMs: number): Promise<boolean>;
  /**
   * Seek one event in `direction` (the next or previous moment the trace holds something other
   * than network chatter), at most `maxMs` away; from the pending target while a seek runs.
   */
  nudge(direction: 1 | -1, maxMs: number): Promise<boolean>;
  /** Take back the branch's last action: return to the moment before it. False if none. */
  undoLastAction(): Promise<boolean>;
  /**
   * Replace the user's action log of the running scenario (a run opened from a link) and show
   * moment `t`. An action refused when its time comes is dropped with the ones after it (error).
   */
  loadActions(actions: readonly Action[], t: number): Promise<boolean>;
  setStopAt(ms: number | null): void;
  setLang(lang: Lang): void;
  setView(view: ViewId): void;
  setTheme(theme: Theme, source?: 'system' | 'user'): void;
  dismissError(): void;
}

export const useSimStore = create<SimState>()((set, get) => {
  // Mutable playback internals that no view reads.
  let carry = 0;
  let pendingTrace: TraceEvent[] = [];
  let bound: Omit<SimQueries, 'version'> | null = null;
  let boundSim: Simulation | null = null;
  /** The last trace seq the moment logs were given. */
  let fedSeq = -1;
  /** The moment the latest seek asked for, and the loop publishing seeks while they land. */
  let wanted = 0;
  let seekLoop: Promise<void> | null = null;
  /** The language last asked for (setLang), while its texts may still be on their way. */
  let wantedLang: Lang | null = null;

  function refresh(): void {
    const { recentTrace, tick, snapshot: previous } = get();
    const sim = machine?.sim ?? null;
    if (!sim || !machine) return;
    if (sim !== boundSim) {
      bound = bindQueries(sim);
      boundSim = sim;
    }
    const trace =
      pendingTrace.length > 0 ? [...recentTrace, ...pendingTrace].slice(-TRACE_LIMIT) : recentTrace;
    pendingTrace = [];
    set({
      sim,
      // Most frames change only the clock: unchanged parts keep their identity (see shareEqual).
      snapshot: shareEqual(previous, sim.snapshot(PUBLISHED_SNAPSHOT)),
      now: sim.now,
      horizon: machine.horizon,
      ...clockState(sim),
      recentTrace: trace,
      tick: tick + 1,
      queries: { ...bound!, version: tick + 1 },
    });
  }

  /**
   * Between two snapshots while playing: only what moves every frame (the flights' clock and
   * the messages in flight); the views reading the snapshot, `now` and the queries wait for
   * the next `refresh`.
   */
  function refreshClock(): void {
    const sim = machine?.sim ?? null;
    if (sim) set(clockState(sim));
  }

  /** What a frame between snapshots publishes: the messages in flight and the flights' clock. */
  function clockState(sim: Simulation): Pick<SimState, 'inFlight' | 'displayTime'> {
    const flights = sim.inFlight();
    const previous = get().inFlight;
    return {
      inFlight: sameFlights(flights, previous) ? previous : flights,
      displayTime: sim.now + carry,
    };
  }

  /** Run an engine call; an unexpected throw pauses playback and is shown, never a blank page. */
  function guarded(run: () => void): boolean {
    try {
      run();
      return true;
    } catch (err) {
      set({ playing: false, error: toAppError(err, 'action') });
      return false;
    }
  }

  /** A trace event the live simulation emitted as it played: to the moment logs and the list. */
  function onLive(e: TraceEvent): void {
    fedSeq = e.seq;
    for (const log of momentRoutes.forType(e.type)) log.onTrace(e);
    // __consumer_offsets traffic is plumbing: the group view tells that story its own way.
    if ('topic' in e && typeof e.topic === 'string' && isInternalTopic(e.topic)) return;
    pendingTrace.push(e);
    // At 100× a frame can hold thousands of events; keep only what the list can show.
    if (pendingTrace.length > TRACE_LIMIT * 2) pendingTrace = pendingTrace.slice(-TRACE_LIMIT);
  }

  /** After a seek: the moment logs and the event list tell the run up to the new moment. */
  function catchUp(backwards: boolean): void {
    if (!machine) return;
    const tape = machine.tapeEvents();
    const end = machine.tapeCountUpTo(machine.now);
    let from = 0;
    if (backwards) {
      for (const log of derivedLogs) if (log.spans !== 'branch') log.reset();
      pendingTrace = [];
    } else {
      // Forward: only the stretch the seek skipped (binary search on seq).
      let lo = 0;
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tape[mid]!.seq <= fedSeq) lo = mid + 1;
        else hi = mid;
      }
      from = lo;
    }
    momentRoutes.feed(tape, machine.tapeKinds(), from, end);
    fedSeq = end > 0 ? tape[end - 1]!.seq : -1;
    const shown: TraceEvent[] = [];
    for (let i = end - 1; i >= 0 && shown.length < TRACE_LIMIT; i--) {
      const e = tape[i]!;
      if ('topic' in e && typeof e.topic === 'string' && isInternalTopic(e.topic)) continue;
      shown.push(e);
    }
    shown.reverse();
    if (backwards) set({ recentTrace: shown });
    else pendingTrace = [...pendingTrace, ...shown].slice(-TRACE_LIMIT);
  }

  function publishActions(): void {
    set({ userActions: machine ? machine.userActions() : NO_ACTIONS });
  }

  function start(sim: Simulation, starterId: string | null): void {
    machine?.dispose();
    carry = 0;
    pendingTrace = [];
    fedSeq = -1;
    for (const log of derivedLogs) log.reset();
    machine = new TimeMachine(
      sim,
      {
        onLive,
        onTape(e) {
          for (const log of branchRoutes.forType(e.type)) log.onTrace(e);
        },
        onTapeCut() {
          for (const log of derivedLogs) if (log.spans === 'branch') log.reset();
          if (machine)
            branchRoutes.feed(
              machine.tapeEvents(),
              machine.tapeKinds(),
              0,
              machine.tapeEvents().length,
            );
        },
        onProgress(p) {
          set({ seeking: p });
        },
        onRefused(_action, err) {
          set({ playing: false, error: toAppError(err, 'action') });
          publishActions();
        },
      },
      machineOptions,
    );
    set({
      sim,
      scenario: sim.scenario,
      simId: get().simId + 1,
      starterId,
      snapshot: null,
      recentTrace: [],
      horizon: 0,
      userActions: NO_ACTIONS,
      seeking: null,
    });
    if (starterId) writeUrlParam('scenario', starterId);
    refresh();
  }

  /** Await a seek of the machine and publish where it landed. */
  async function settle(run: Promise<{ from: number; to: number }>): Promise<boolean> {
    const m = machine;
    try {
      const r = await run;
      if (m !== machine) return false;
      carry = 0;
      set({ seeking: null });
      catchUp(r.to < r.from);
      publishActions();
      refresh();
      return true;
    } catch (err) {
      if (m === machine) set({ seeking: null, playing: false, error: toAppError(err, 'action') });
      return false;
    }
  }

  const url = readUrlState(typeof window === 'undefined' ? '' : window.location.search);

  return {
    sim: null,
    scenario: null,
    simId: 0,
    queries: noQueries(0),
    starterId: null,
    snapshot: null,
    now: 0,
    inFlight: [],
    displayTime: 0,
    recentTrace: [],
    tick: 0,
    playing: false,
    speed: DEFAULT_SPEED,
    horizon: 0,
    userActions: NO_ACTIONS,
    seeking: null,
    stopAt: null,
    lang: initialLang(url),
    theme: systemTheme(),
    themeSource: 'system',
    embed: url.embed,
    view: url.view,
    error: null,

    loadStarter(id) {
      const starter = findStarter(id);
      if (!starter) {
        if (!get().sim && id !== DEFAULT_STARTER_ID) get().loadStarter(DEFAULT_STARTER_ID);
        set({ error: { kind: 'unknownStarter', id } });
        return;
      }
      get().loadScenario(starter.scenario, starter.id);
    },

    loadScenario(input, starterId) {
      // (boot.ts fetches what a link's run needs first; this covers any other way a run arrives)
      if (!lazyModulesReady(input)) {
        void loadLazyModules(input).then(
          () => get().loadScenario(input, starterId),
          (err: unknown) => set({ error: toAppError(err, 'scenario') }),
        );
        return true;
      }
      let sim: Simulation;
      try {
        sim = createSimulation(input);
      } catch (err) {
        set({ error: toAppError(err, 'scenario') });
        return false;
      }
      set({ error: null });
      start(sim, starterId);
      return true;
    },

    restart() {
      const { sim, starterId } = get();
      if (!sim) return;
      // (a fresh run of the same scenario: the time machine and its checkpoints go too)
      // The scenario's own actions are part of the scenario; the user's are dropped.
      get().loadScenario(sim.scenario, starterId);
    },

    setPlaying(playing) {
      const was = get().playing;
      set({ playing: playing && get().sim !== null });
      // Fast playback publishes every few frames: on pause, show where the run really stands.
      if (was && !playing) refresh();
    },

    togglePlaying() {
      get().setPlaying(!get().playing);
    },

    setSpeed(speed) {
      set({ speed });
    },

    step() {
      const m = machine;
      if (!m || m.isSeeking) return;
      set({ playing: false });
      carry = 0;
      if (guarded(() => m.step())) refresh();
    },

    advanceWall(dtMs, publish = true, budgetMs = Infinity) {
      const m = machine;
      const { speed, stopAt } = get();
      if (!m || m.isSeeking) return;
      const total = carry + Math.min(Math.max(dtMs, 0), MAX_FRAME_MS) * speed;
      const whole = Math.floor(total);
      carry = total - whole;
      let target = m.now + whole;
      // An `until`: playback stops on it (once past it, playing on is the person's choice).
      const stop = stopAt !== null && m.now < stopAt && target >= stopAt;
      if (stop) {
        target = stopAt;
        carry = 0;
      }
      if (target > m.now) {
        // In a few slices, so a heavy run stops at the budget (the rest of the frame's time is
        // dropped, not owed: catching up would only make the next frames longer).
        const deadline = wallNow() + budgetMs;
        const slice = Math.max(1, Math.ceil((target - m.now) / 4));
        const ran = guarded(() => {
          while (m.now < target && !m.isSeeking) {
            m.advanceTo(Math.min(target, m.now + slice), deadline - wallNow());
            if (wallNow() > deadline) break;
          }
        });
        if (!ran) return;
        if (m.now < target) {
          carry = 0;
          if (stop) {
            if (publish) refresh();
            return; // (the `until` is still ahead)
          }
        }
      }
      if (stop) set({ playing: false });
      if (publish === true || stop) refresh();
      else if (publish === 'clock') refreshClock();
    },

    apply(action) {
      const m = machine;
      if (!m || m.isSeeking) return false;
      if (!lazyModulesReady(action)) {
        // (e.g. compression.type=gzip: applied once the codec has been fetched)
        void loadLazyModules(action).then(
          () => get().apply(action),
          (err: unknown) => set({ error: toAppError(err, 'action') }),
        );
        return true;
      }
      try {
        m.apply(action);
      } catch (err) {
        set({ error: toAppError(err, 'action') });
        return false;
      }
      set({ error: null });
      publishActions();
      refresh();
      return true;
    },

    seek(ms) {
      const m = machine;
      if (!m) return Promise.resolve(false);
      const target = Math.max(0, Math.floor(ms));
      wanted = target;
      // The machine takes the latest target of a running seek; the store publishes once per
      // landing, and seeks again if the target moved after the machine had finished.
      const run = m.seek(target);
      if (!seekLoop)
        seekLoop = (async () => {
          let r = run;
          for (;;) {
            await settle(r);
            if (machine !== m || m.now === wanted) break;
            r = m.seek(wanted);
          }
        })().finally(() => {
          seekLoop = null;
        });
      return seekLoop.then(() => machine === m && m.now === target);
    },

    seekBy(deltaMs) {
      const m = machine;
      if (!m) return Promise.resolve(false);
      return get().seek(Math.max(0, (seekLoop ? wanted : m.now) + deltaMs));
    },

    nudge(direction, maxMs) {
      const m = machine;
      if (!m) return Promise.resolve(false);
      const from = seekLoop ? wanted : m.now;
      return get().seek(m.momentNear(from, direction, maxMs));
    },

    async undoLastAction() {
      const m = machine;
      if (!m || m.userActions().length === 0) return false;
      set({ playing: false });
      const at = m.userActions().at(-1)!.at;
      // undoLastAction seeks; the store publishes the result like any seek.
      const done = settle(m.undoLastAction().then(() => ({ from: Infinity, to: m.now })));
      const ok = await done;
      return ok && m.now === at;
    },

    loadActions(actions, t) {
      const m = machine;
      if (!m) return Promise.resolve(false);
      set({ playing: false });
      return settle(m.load(actions, t).then((r) => ({ ...r, from: Infinity })));
    },

    setStopAt(ms) {
      set({ stopAt: ms === null ? null : Math.max(0, Math.floor(ms)) });
    },

    setLang(lang) {
      wantedLang = lang;
      // A language's texts are fetched on first use; the page switches once they are here, so it
      // never shows a key (the switch prefetches them on hover and focus, LanguageSwitch.tsx).
      const show = () => {
        if (wantedLang !== lang) return; // (another switch came later)
        set({ lang });
        writeUrlParam('lang', lang);
      };
      if (isLangLoaded(lang)) show();
      else
        void loadLang(lang).then(show, (err: unknown) => set({ error: toAppError(err, 'action') }));
    },

    setView(view) {
      set({ view });
      writeUrlParam('view', view);
    },

    setTheme(theme, source = 'user') {
      set({ theme, themeSource: source });
      // The reader's choice goes into the address at once, as the language does: a reload before
      // the whole address is rewritten must not reopen the old theme as the link's own.
      if (source === 'user' && !get().embed) writeUrlParam('theme', theme);
    },

    dismissError() {
      set({ error: null });
    },
  };
});

function sameFlights(a: InFlightMessage[], b: InFlightMessage[]): boolean {
  return a.length === b.length && a.every((m, i) => m.msgId === b[i]!.msgId);
}

const NO_PRODUCERS: readonly ProducerSpec[] = [];

/** The running scenario's producer specs (a stable reference, as zustand selectors need). */
export function useProducerSpecs(): readonly ProducerSpec[] {
  return useSimStore((s) => s.scenario?.producers ?? NO_PRODUCERS);
}
