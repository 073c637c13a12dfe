// A walkthrough's plan made in a Web Worker (walkthroughPlan.worker.ts), the page's thread free
// meanwhile. Where there is no Worker (node: the store's tests) or the worker cannot start or
// fails (its chunk not fetched: offline after a new deploy), the plan is made here instead, as
// before: the reader still gets the walkthrough, only the page waits for it.
import type { Walkthrough } from '../content/walkthroughs/format';
import type { PlanResult } from './walkthroughPlan';
import { runInWorker, type WorkerLike } from './workerRun';

/** Makes the worker (tests pass a stand-in); null where the page has none. */
type Spawn = () => WorkerLike;

const defaultSpawn: Spawn | null =
  typeof Worker === 'undefined'
    ? null
    : () => new Worker(new URL('./walkthroughPlan.worker.ts', import.meta.url), { type: 'module' });

let spawn: Spawn | null = defaultSpawn;

/** Replace how the worker is made (null: plan on this thread), for tests; returns the previous one. */
export function setPlanWorkerSpawn(s: Spawn | null): Spawn | null {
  const previous = spawn;
  spawn = s;
  return previous;
}

async function planHere(w: Walkthrough): Promise<PlanResult> {
  const [{ planWalkthrough }, { loadLazyModules }, { findStarter }] = await Promise.all([
    import('./walkthroughPlan'),
    import('./lazyModules'),
    import('../content/scenarios'),
  ]);
  const run = typeof w.scenario === 'string' ? findStarter(w.scenario)?.scenario : w.scenario;
  await loadLazyModules(run).catch(() => undefined);
  return planWalkthrough(w, { check: false });
}

/** The plan of `w`: from a worker where the page has one, else (or if it fails) made here. */
export async function planOffThread(w: Walkthrough): Promise<PlanResult> {
  if (spawn) {
    try {
      const [plan] = await runInWorker<Walkthrough, PlanResult>(spawn, w);
      if (plan) return plan;
    } catch {
      // (made here below: a worker that cannot load must not keep the reader out)
    }
  }
  return planHere(w);
}
