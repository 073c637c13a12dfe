// The failover comparison's Web Worker: runs each (mode, partitions, seed) headless
// (failoverRun.ts) off the page's thread, smallest clusters first, and posts each sample as it
// ends, so the page stays responsive and shows progress. Cancelling terminates the worker
// (failoverStore.ts).
import { runFailover } from './failoverRun';
import { loadLazyModules } from '../lazyModules';
import {
  FAILOVER_KILL_SPREAD_MS,
  type FailoverRequest,
  type FailoverSample,
} from './failoverParams';

export type FailoverToWorker = { type: 'run'; id: number; request: FailoverRequest };
export type FailoverFromWorker =
  | { type: 'sample'; id: number; sample: FailoverSample }
  | { type: 'done'; id: number }
  | { type: 'error'; id: number; message: string };

const post = (m: FailoverFromWorker) => self.postMessage(m);

self.onmessage = async (e: MessageEvent<FailoverToWorker>) => {
  const { id, request } = e.data;
  try {
    // ZooKeeper mode is fetched on demand (lazyModules.ts): the modes name it.
    await loadLazyModules(request.modes);
    for (const partitions of [...request.partitions].sort((a, b) => a - b))
      for (const mode of request.modes)
        request.seeds.forEach((seed, i) =>
          post({
            type: 'sample',
            id,
            sample: runFailover(mode, partitions, seed, i * FAILOVER_KILL_SPREAD_MS),
          }),
        );
    post({ type: 'done', id });
  } catch (err) {
    post({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
  }
};
