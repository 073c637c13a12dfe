// What the player needs of a walkthrough's plan without the runner itself (which loads with the
// walkthrough, src/store/walkthroughPlan.ts): the plan's shape, the actions a step needs, and the
// trace match an act waits for. Kept small: the page loads it with the store.
import type { Action, TraceEvent } from '../engine';
import type { TraceMatch } from '../content/walkthroughs/format';

export interface StepPlan {
  /** The moment the step stands at (ms). */
  at: number;
  /** The act's action as the engine logged it (at the step's moment); absent without an act. */
  action?: Action;
  /** When the act's awaited event happened. */
  awaitedAt?: number;
}

export interface WalkthroughPlan {
  /** The scenario the walkthrough runs (the starter's JSON or the inline object). */
  scenario: unknown;
  starterId: string | null;
  steps: StepPlan[];
}

/** Whether `e` is the event `m` waits for (a dotted field reads inside: `record.key`). */
export function matches(e: TraceEvent, m: TraceMatch): boolean {
  if (e.type !== m.type) return false;
  for (const [path, v] of Object.entries(m.match ?? {})) {
    let value: unknown = e;
    for (const k of path.split('.'))
      value =
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[k]
          : undefined;
    if (value !== v) return false;
  }
  return true;
}

/** The actions a run must hold to show step `index` (0-based): the acts of the steps before it. */
export function actionsBefore(plan: WalkthroughPlan, index: number): Action[] {
  const out: Action[] = [];
  for (let i = 0; i < index && i < plan.steps.length; i++) {
    const a = plan.steps[i]!.action;
    if (a) out.push(a);
  }
  return out;
}

/** Every act's action of the plan, in order. */
export function planActions(plan: WalkthroughPlan): Action[] {
  return actionsBefore(plan, plan.steps.length);
}
