// The walkthrough runner's Web Worker: plays a walkthrough against the engine (walkthroughPlan.ts)
// off the page's thread, so opening one never freezes the page (the why-fast walkthrough's run
// takes a few hundred ms). The page asks through planOffThread.ts.
import { loadLazyModules } from './lazyModules';
import { loadLogCleaner } from './logCleanerOnDemand';
import { serveWorkerRuns } from './workerRun';
import { planWalkthrough, type PlanResult } from './walkthroughPlan';
import { findStarter } from '../content/scenarios';
import type { Walkthrough } from '../content/walkthroughs/format';

serveWorkerRuns<Walkthrough, PlanResult>(async (w, emit) => {
  // Its run may name a part fetched on demand (a codec, ZooKeeper mode, the log cleaner).
  const run = typeof w.scenario === 'string' ? findStarter(w.scenario)?.scenario : w.scenario;
  await Promise.all([loadLogCleaner(), loadLazyModules(run)]);
  emit(planWalkthrough(w, { check: false }));
});
