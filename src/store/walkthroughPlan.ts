// The headless walkthrough runner: plays a walkthrough against the real engine and returns its
// plan — the moment each step stands at and the actions its act steps make — or the problems met.
// The player (./learn.ts) plans a walkthrough once when it opens and then only seeks (the engine
// is deterministic: a fresh run of the scenario plus the plan's actions to a step's moment shows
// what the plan saw there). The runner test (src/content/walkthroughs/walkthroughs.test.ts) runs
// every walkthrough file through it with every check on.
//
// A step's moment: `at`, or the time of the first trace event matching `until` after the previous
// step ended (after its act's awaited event, if it had an act). The run then stands at that moment
// with everything due at it done, as a seek there does. An act step applies its action at its
// moment through the simulation's one action path (Simulation.apply → applyAction) and runs on
// until its `await` event. At each step the snapshot (the one the page publishes: records in a
// window, no acked list) must show every highlighted hook and give every placeholder a value.
import { createSimulation, type Snapshot, type TraceEvent } from '../engine';
import { findStarter } from '../content/scenarios';
import type { WalkthroughRunProblem } from '../content/walkthroughs/errors';
import {
  WALKTHROUGH_LIMITS,
  type TraceMatch,
  type Walkthrough,
} from '../content/walkthroughs/format';
import { hookExists } from '../content/walkthroughs/highlight';
import { segmentName, undefinedPlaceholders } from '../content/walkthroughs/placeholders';
import { matches, type StepPlan, type WalkthroughPlan } from './walkthroughActs';

export { actionsBefore, matches, planActions } from './walkthroughActs';
export type { StepPlan, WalkthroughPlan } from './walkthroughActs';

/** The snapshot options of the page (simStore's refresh), so the checks see what the page sees. */
export const PLAN_SNAPSHOT = { records: true, recordWindow: 24, acked: false } as const;

export type PlanResult =
  | { ok: true; plan: WalkthroughPlan }
  | { ok: false; problems: WalkthroughRunProblem[]; plan: WalkthroughPlan | null };

export interface PlanOptions {
  /** Check highlights and placeholders at each step (the test does; default true). */
  check?: boolean;
  /** Called at each step's moment with its snapshot (tests). */
  onStep?(index: number, snapshot: Snapshot): void;
}

function errorCode(err: unknown): string {
  const errors = (err as { errors?: { code?: string }[] })?.errors;
  return errors?.[0]?.code ?? (err instanceof Error ? err.message.slice(0, 80) : 'error');
}

/** Run `w` against the engine and resolve every step; stops at the first step that cannot be reached. */
export function planWalkthrough(w: Walkthrough, opts: PlanOptions = {}): PlanResult {
  const check = opts.check ?? true;
  const starterId = typeof w.scenario === 'string' ? w.scenario : null;
  const scenario = starterId !== null ? findStarter(starterId)?.scenario : w.scenario;
  const problems: WalkthroughRunProblem[] = [];
  const plan: WalkthroughPlan = { scenario, starterId, steps: [] };
  if (scenario === undefined) {
    problems.push({ step: -1, code: 'scenarioRefused', params: { code: 'unknownStarter' } });
    return { ok: false, problems, plan: null };
  }
  let sim;
  try {
    sim = createSimulation(scenario);
  } catch (err) {
    problems.push({ step: -1, code: 'scenarioRefused', params: { code: errorCode(err) } });
    return { ok: false, problems, plan: null };
  }

  // The trace since the last step ended: an `until` or `await` looks only at events after it.
  let pending: TraceEvent[] = [];
  const off = sim.onTrace((e) => pending.push(e));
  const limit = WALKTHROUGH_LIMITS.maxWaitMs;

  /** Run until an event matches (searching what already happened first); its time, or null. */
  const runUntil = (m: TraceMatch): number | null => {
    const deadline = sim.now + limit;
    for (;;) {
      const hit = pending.find((e) => matches(e, m));
      if (hit) {
        // Stand at the event's moment (or `after` it) with everything due then done, as a seek
        // there does.
        const at = hit.time + (m.after ?? 0);
        sim.advanceTo(at);
        pending = pending.filter((e) => e.seq > hit.seq);
        return at;
      }
      pending = [];
      const next = sim.nextEventTime();
      if (next === null || next > deadline) return null;
      sim.step();
    }
  };

  try {
    for (let i = 0; i < w.steps.length; i++) {
      const step = w.steps[i]!;
      const previous = sim.now;
      let at: number;
      if (step.until) {
        const t = runUntil(step.until);
        if (t === null) {
          problems.push({
            step: i,
            code: 'untilNotReached',
            params: { type: step.until.type, limit },
          });
          break;
        }
        at = t;
      } else {
        at = step.at!;
        if (at < previous) {
          problems.push({ step: i, code: 'momentBeforePrevious', params: { at, previous } });
          break;
        }
        sim.advanceTo(at);
        pending = [];
      }
      const snapshot = sim.snapshot(PLAN_SNAPSHOT);
      opts.onStep?.(i, snapshot);
      if (check) {
        for (const hook of step.highlight ?? [])
          if (!hookExists(hook, snapshot, step.focus))
            problems.push({ step: i, code: 'hookMissing', params: { hook } });
        // A segment the storage view is pointed at must exist then (as its .log file's hook).
        const seg = step.focus?.segment;
        if (seg !== undefined) {
          const hook = `segment-file-${segmentName(seg)}.log`;
          if (!hookExists(hook, snapshot, step.focus))
            problems.push({ step: i, code: 'hookMissing', params: { hook } });
        }
        for (const name of undefinedPlaceholders(step, snapshot))
          problems.push({ step: i, code: 'placeholderUndefined', params: { name } });
      }
      const stepPlan: StepPlan = { at };
      plan.steps.push(stepPlan);
      if (step.act) {
        pending = [];
        try {
          sim.apply(step.act.action);
        } catch (err) {
          problems.push({ step: i, code: 'actRefused', params: { code: errorCode(err) } });
          break;
        }
        stepPlan.action = sim.actionLog.at(-1)!;
        const t = runUntil(step.act.await);
        if (t === null) {
          problems.push({
            step: i,
            code: 'awaitNotReached',
            params: { type: step.act.await.type, limit },
          });
          break;
        }
        stepPlan.awaitedAt = t;
      }
    }
  } finally {
    off();
  }
  if (problems.length > 0) return { ok: false, problems, plan };
  return { ok: true, plan };
}
