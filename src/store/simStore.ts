// The one store: the running Simulation, playback, language/theme and what the views read.
// The Simulation object is mutable; after each change `refresh` publishes a fresh snapshot,
// the messages in flight and a `tick`, so React re-renders from plain data.
import { create } from 'zustand';
import {
  isInternalTopic,
  createSimulation,
  type ActionBody,
  type InFlightMessage,
  type ProducerSpec,
  type Simulation,
  type Snapshot,
  type TraceEvent,
} from '../engine';
import type { Lang } from '../content/i18n';
import { DEFAULT_STARTER_ID, findStarter } from '../content/scenarios';
import { toAppError, type AppError } from './errors';
import { shareEqual } from './shareEqual';
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
export const DEFAULT_SPEED: Speed = 0.25;

/** Records kept per replica in the published snapshot: enough for the widest log row. */
export const RECORD_WINDOW = 24;
/** Recent trace events kept for the event list. */
export const TRACE_LIMIT = 200;
/** A frame longer than this (a hidden tab, a breakpoint) advances as if it were this long. */
export const MAX_FRAME_MS = 100;

export interface SimState {
  sim: Simulation | null;
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
   * publish=false the simulation runs but the views are not refreshed (fast playback).
   */
  advanceWall(dtMs: number, publish?: boolean): void;
  apply(action: ActionBody): boolean;
  setLang(lang: Lang): void;
  setView(view: ViewId): void;
  setTheme(theme: Theme, source?: 'system' | 'user'): void;
  dismissError(): void;
}

export const useSimStore = create<SimState>()((set, get) => {
  // Mutable playback internals that no view reads.
  let carry = 0;
  let pendingTrace: TraceEvent[] = [];
  let unsubscribeTrace: (() => void) | null = null;

  function refresh(): void {
    const { sim, recentTrace, tick, snapshot: previous, inFlight: previousFlights } = get();
    if (!sim) return;
    const trace =
      pendingTrace.length > 0 ? [...recentTrace, ...pendingTrace].slice(-TRACE_LIMIT) : recentTrace;
    pendingTrace = [];
    const flights = sim.inFlight();
    set({
      // Most frames change only the clock: unchanged parts keep their identity (see shareEqual).
      snapshot: shareEqual(previous, sim.snapshot({ records: true, recordWindow: RECORD_WINDOW })),
      now: sim.now,
      inFlight: sameFlights(flights, previousFlights) ? previousFlights : flights,
      displayTime: sim.now + carry,
      recentTrace: trace,
      tick: tick + 1,
    });
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

  function start(sim: Simulation, starterId: string | null): void {
    unsubscribeTrace?.();
    carry = 0;
    pendingTrace = [];
    unsubscribeTrace = sim.onTrace((e) => {
      // __consumer_offsets traffic is plumbing: the group view tells that story its own way.
      if ('topic' in e && typeof e.topic === 'string' && isInternalTopic(e.topic)) return;
      pendingTrace.push(e);
      // At 100× a frame can hold thousands of events; keep only what the list can show.
      if (pendingTrace.length > TRACE_LIMIT * 2) pendingTrace = pendingTrace.slice(-TRACE_LIMIT);
    });
    set({ sim, starterId, snapshot: null, recentTrace: [] });
    if (starterId) writeUrlParam('scenario', starterId);
    refresh();
  }

  const url = readUrlState(typeof window === 'undefined' ? '' : window.location.search);

  return {
    sim: null,
    starterId: null,
    snapshot: null,
    now: 0,
    inFlight: [],
    displayTime: 0,
    recentTrace: [],
    tick: 0,
    playing: false,
    speed: DEFAULT_SPEED,
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
      // The scenario's own actions are part of the scenario; the user's are dropped.
      get().loadScenario(sim.scenario, starterId);
    },

    setPlaying(playing) {
      set({ playing: playing && get().sim !== null });
    },

    togglePlaying() {
      get().setPlaying(!get().playing);
    },

    setSpeed(speed) {
      set({ speed });
    },

    step() {
      const { sim } = get();
      if (!sim) return;
      set({ playing: false });
      carry = 0;
      if (guarded(() => sim.step())) refresh();
    },

    advanceWall(dtMs, publish = true) {
      const { sim, speed } = get();
      if (!sim) return;
      const total = carry + Math.min(Math.max(dtMs, 0), MAX_FRAME_MS) * speed;
      const whole = Math.floor(total);
      carry = total - whole;
      if (whole > 0 && !guarded(() => sim.advanceTo(sim.now + whole))) return;
      if (publish) refresh();
    },

    apply(action) {
      const { sim } = get();
      if (!sim) return false;
      try {
        sim.apply(action);
      } catch (err) {
        set({ error: toAppError(err, 'action') });
        return false;
      }
      set({ error: null });
      refresh();
      return true;
    },

    setLang(lang) {
      set({ lang });
      writeUrlParam('lang', lang);
    },

    setView(view) {
      set({ view });
      writeUrlParam('view', view);
    },

    setTheme(theme, source = 'user') {
      set({ theme, themeSource: source });
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
  return useSimStore((s) => s.sim?.scenario.producers ?? NO_PRODUCERS);
}

/** Opens the scenario the URL names (or the default); call once at startup. */
export function bootStore(): void {
  const state = useSimStore.getState();
  if (state.sim) return;
  const url = readUrlState(window.location.search);
  state.loadStarter(url.scenario ?? DEFAULT_STARTER_ID);
  // A starter that fails validation must not leave an empty screen: fall back, keep the error.
  if (!useSimStore.getState().sim && url.scenario && url.scenario !== DEFAULT_STARTER_ID) {
    const { error } = useSimStore.getState();
    state.loadStarter(DEFAULT_STARTER_ID);
    if (error) useSimStore.setState({ error });
  }
}
