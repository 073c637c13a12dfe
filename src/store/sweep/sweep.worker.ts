// The sweep's Web Worker: runs each point headless (sweepRun.ts) off the page's thread and posts
// each result as it comes, so the page stays responsive and shows progress. Cancelling terminates
// the worker (sweepStore.ts).
import { loadLazyModules } from '../lazyModules';
import { runSweepPoint } from './sweepRun';
import type { SweepPoint, SweepRequest } from './sweepParams';

export type SweepToWorker = { type: 'run'; id: number; request: SweepRequest };
export type SweepFromWorker =
  | { type: 'point'; id: number; point: SweepPoint }
  | { type: 'done'; id: number }
  | { type: 'error'; id: number; message: string };

const post = (m: SweepFromWorker) => self.postMessage(m);

self.onmessage = async (e: MessageEvent<SweepToWorker>) => {
  const { id, request } = e.data;
  try {
    // gzip (pako) is fetched on demand in the build: before the first run that uses it.
    await loadLazyModules([request.scenario, request.producerConfigs]);
    for (const linger of request.lingerMs)
      post({ type: 'point', id, point: runSweepPoint(request, linger) });
    post({ type: 'done', id });
  } catch (err) {
    post({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
  }
};
