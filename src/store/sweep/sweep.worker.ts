// The sweep's Web Worker: runs each point headless (sweepRun.ts) off the page's thread and posts
// each result as it comes, so the page stays responsive and shows progress. Cancelling terminates
// the worker (sweepStore.ts).
import { loadLazyModules } from '../lazyModules';
import { loadLogCleaner } from '../logCleanerOnDemand';
import { serveWorkerRuns } from '../workerRun';
import { runSweepPoint } from './sweepRun';
import type { SweepPoint, SweepRequest } from './sweepParams';

serveWorkerRuns<SweepRequest, SweepPoint>(async (request, emit) => {
  // gzip (pako) is fetched on demand in the build: before the first run that uses it.
  await Promise.all([
    loadLogCleaner(),
    loadLazyModules([request.scenario, request.producerConfigs]),
  ]);
  for (const linger of request.lingerMs) emit(runSweepPoint(request, linger));
});
