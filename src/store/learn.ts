// The walkthrough player's state: which walkthrough is open, at which step, and the plan the
// headless runner made for it (./walkthroughPlan.ts: each step's moment and the actions of its act
// steps). Moving between steps only seeks the store's run (the timeline's own seek, so back is
// exact): the engine is deterministic, so the run at a step's moment shows what the plan saw there.
//
// A run is the scenario plus the reader's action log. Going to step n needs the acts of the steps
// before n in that log; when the log holds exactly a prefix of the plan's acts (the reader did what
// was asked, at the moment asked, and nothing else), a seek is enough. Otherwise — the reader
// acted off-script, or did the asked action later — the log is replaced by the plan's acts before
// step n (loadActions: a new branch from the plan's own run).
import { create } from 'zustand';
import type { Action } from '../engine';
import type { Walkthrough } from '../content/walkthroughs/format';
import type { WalkthroughRunProblem } from '../content/walkthroughs/errors';
import type { WalkthroughError } from '../content/walkthroughs/validate';
import { loadProgress, saveStepReached, type LearnProgress } from './learnProgress';
import { registerLearn, setLearnListOpen } from './learnOnDemand';
import { useSelection } from './selection';
import { findStarter } from '../content/scenarios';
import { loadLazyModules } from './lazyModules';
import { registerDerivedLog, useSimStore } from './simStore';
import { actionsBefore, matches, planActions, type WalkthroughPlan } from './walkthroughActs';

export interface OpenWalkthrough {
  walkthrough: Walkthrough;
  plan: WalkthroughPlan;
  /** The step shown, 0-based. */
  step: number;
  /** The store's simulation the walkthrough runs in (another one: the reader left it). */
  simId: number;
}

export type LearnProblem =
  | { kind: 'unknown'; id: string }
  /** Its code or file could not be fetched (offline, a new deploy). */
  | { kind: 'load'; id: string }
  | { kind: 'invalid'; id: string; errors: WalkthroughError[] }
  | { kind: 'run'; id: string; problems: WalkthroughRunProblem[] };

interface LearnState {
  current: OpenWalkthrough | null;
  /** A walkthrough being opened (its plan being made), for a busy indicator. */
  opening: string | null;
  /** Why the last walkthrough could not open (shown by the player, in the reader's language). */
  problem: LearnProblem | null;
  progress: LearnProgress;
  /** Open walkthrough `id` at `step` (1-based; clamped to its steps). */
  open(id: string, step?: number): Promise<boolean>;
  /** Show step `index` (0-based) of the open walkthrough. */
  goTo(index: number): Promise<boolean>;
  next(): Promise<boolean>;
  back(): Promise<boolean>;
  /** Do the current step's act for the reader (at the step's moment). */
  doAct(): Promise<boolean>;
  close(): void;
  dismissProblem(): void;
}

/** Actions compared as data, whatever the order of their fields. */
function actionKey(a: Action): string {
  return JSON.stringify(a, Object.keys(a).sort());
}

function isPrefix(short: readonly Action[], long: readonly Action[]): boolean {
  return short.length <= long.length && short.every((a, i) => actionKey(a) === actionKey(long[i]!));
}

const sim = () => useSimStore.getState();

/** Set while the learn store itself replaces the run (so that is not taken for the reader leaving). */
let replacing = false;

export const useLearn = create<LearnState>()((set, get) => ({
  current: null,
  opening: null,
  problem: null,
  progress: loadProgress(),

  async open(id, step = 1) {
    // The walkthrough files and the runner load with the first walkthrough opened.
    let modules;
    try {
      modules = await Promise.all([import('../content/walkthroughs'), import('./planOffThread')]);
    } catch {
      set({ problem: { kind: 'load', id } });
      return false;
    }
    const [{ loadWalkthrough }, { planOffThread }] = modules;
    const load = loadWalkthrough(id);
    if (!load) {
      set({ problem: { kind: 'unknown', id } });
      return false;
    }
    set({ opening: id, problem: null });
    setLearnListOpen(false);
    try {
      const loaded = await load.catch(() => null);
      if (!loaded) {
        set({ problem: { kind: 'load', id } });
        return false;
      }
      if (!loaded.ok) {
        set({ problem: { kind: 'invalid', id, errors: loaded.errors } });
        return false;
      }
      const w = loaded.walkthrough;
      // The plan runs the engine, in a worker (the page stays responsive meanwhile); the page's
      // own run then needs what the scenario names fetched on demand (lazyModules.ts) here too.
      const run = typeof w.scenario === 'string' ? findStarter(w.scenario) : w.scenario;
      const [planned] = await Promise.all([
        planOffThread(w),
        loadLazyModules(run).catch(() => undefined),
      ]);
      if (!planned.ok) {
        set({ problem: { kind: 'run', id, problems: planned.problems } });
        return false;
      }
      sim().setPlaying(false);
      replacing = true;
      try {
        const ok =
          planned.plan.starterId !== null
            ? (sim().loadStarter(planned.plan.starterId),
              sim().starterId === planned.plan.starterId)
            : sim().loadScenario(planned.plan.scenario, null);
        if (!ok) return false;
      } finally {
        replacing = false;
      }
      set({ current: { walkthrough: w, plan: planned.plan, step: 0, simId: sim().simId } });
      return await get().goTo(Math.min(Math.max(step, 1), w.steps.length) - 1);
    } finally {
      set({ opening: null });
    }
  },

  async goTo(index) {
    const current = get().current;
    if (!current) return false;
    const { walkthrough: w, plan } = current;
    if (index < 0 || index >= w.steps.length) return false;
    const step = w.steps[index]!;
    const at = plan.steps[index]!.at;
    const s = sim();
    s.setPlaying(false);
    // Show the step at once (its text, view and focus); the run follows when the seek lands.
    set({ current: { ...current, step: index } });
    s.setView(step.view);
    if (step.focus) useSelection.getState().select(step.focus);
    const needed = actionsBefore(plan, index);
    const consistent =
      isPrefix(needed, s.userActions) && isPrefix(s.userActions, planActions(plan));
    replacing = true;
    let ok: boolean;
    try {
      ok = consistent ? await s.seek(at) : await s.loadActions(needed, at);
    } finally {
      replacing = false;
    }
    if (get().current?.walkthrough !== w) return false;
    set({ progress: saveStepReached(w.id, index + 1, w.steps.length) });
    return ok;
  },

  next() {
    const c = get().current;
    return c ? get().goTo(c.step + 1) : Promise.resolve(false);
  },

  back() {
    const c = get().current;
    return c ? get().goTo(c.step - 1) : Promise.resolve(false);
  },

  async doAct() {
    const c = get().current;
    const act = c?.walkthrough.steps[c.step]?.act;
    if (!c || !act) return false;
    const at = c.plan.steps[c.step]!.at;
    if (sim().now !== at || sim().seeking) {
      const landed = await get().goTo(c.step);
      if (!landed) return false;
    }
    return sim().apply(act.action);
  },

  close() {
    set({ current: null });
  },

  dismissProblem() {
    set({ problem: null });
  },
}));

// The reader loaded another scenario (the picker, a restart): the walkthrough is over.
useSimStore.subscribe((s, prev) => {
  if (s.simId === prev.simId || replacing) return;
  const c = useLearn.getState().current;
  if (c && c.simId !== s.simId) useLearn.getState().close();
});

/** The open walkthrough and step (1-based) as a link carries them; null when none is open. */
export function walkthroughLink(): { id: string; step: number } | null {
  const c = useLearn.getState().current;
  return c ? { id: c.walkthrough.id, step: c.step + 1 } : null;
}

/**
 * For each act step of the open walkthrough (by index): the moments its awaited event happened in
 * the run up to the moment shown. A 'moment' derived log: after a seek back it is told the run up
 * to the new moment again, so an act undone by going back reads as not done.
 */
export const useActsSeen = create<{ seen: Readonly<Record<number, readonly number[]>> }>()(() => ({
  seen: {},
}));

registerDerivedLog({
  reset() {
    useActsSeen.setState({ seen: {} });
  },
  onTrace(e) {
    const c = useLearn.getState().current;
    if (!c) return;
    c.walkthrough.steps.forEach((step, i) => {
      if (!step.act || !matches(e, step.act.await)) return;
      const { seen } = useActsSeen.getState();
      useActsSeen.setState({ seen: { ...seen, [i]: [...(seen[i] ?? []), e.time] } });
    });
  },
});

/** Whether step `index`'s act is done in the run shown (its awaited event at or after its moment). */
export function actDone(
  seen: Readonly<Record<number, readonly number[]>>,
  c: OpenWalkthrough,
  index: number,
): boolean {
  const at = c.plan.steps[index]?.at ?? Infinity;
  return (seen[index] ?? []).some((t) => t >= at);
}

/** Whether Next may move on: a step follows, and the current step's act (if any) is done. */
export function canAdvance(): boolean {
  const c = useLearn.getState().current;
  if (!c || c.step >= c.walkthrough.steps.length - 1) return false;
  return !c.walkthrough.steps[c.step]!.act || actDone(useActsSeen.getState().seen, c, c.step);
}

registerLearn({ useLearn, walkthroughLink });
