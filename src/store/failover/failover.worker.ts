// The failover comparison's Web Worker: runs each (mode, partitions, seed) headless
// (failoverRun.ts) off the page's thread, smallest clusters first, and posts each sample as it
// ends, so the page stays responsive and shows progress. Cancelling terminates the worker
// (failoverStore.ts).
import { runFailover } from './failoverRun';
import { loadLazyModules } from '../lazyModules';
import { loadLogCleaner } from '../logCleanerOnDemand';
import { serveWorkerRuns } from '../workerRun';
import {
  FAILOVER_KILL_SPREAD_MS,
  type FailoverRequest,
  type FailoverSample,
} from './failoverParams';

serveWorkerRuns<FailoverRequest, FailoverSample>(async (request, emit) => {
  // ZooKeeper mode is fetched on demand (lazyModules.ts): the modes name it.
  await Promise.all([loadLogCleaner(), loadLazyModules(request.modes)]);
  for (const partitions of [...request.partitions].sort((a, b) => a - b))
    for (const mode of request.modes)
      request.seeds.forEach((seed, i) =>
        emit(runFailover(mode, partitions, seed, i * FAILOVER_KILL_SPREAD_MS)),
      );
});
