// The failover comparison's state, for the controller view: start one (a Web Worker runs it),
// follow its progress sample by sample, cancel it (the worker is terminated at once). A point is
// published once all its seeds have run. It does not depend on the run shown: it builds its own
// clusters, so its results stay when another scenario is loaded.
import { create } from 'zustand';
import { failoverPoint } from './failoverRun';
import type { FailoverFromWorker, FailoverToWorker } from './failover.worker';
import type { FailoverPoint, FailoverRequest, FailoverSample } from './failoverParams';

export type FailoverStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface FailoverState {
  status: FailoverStatus;
  request: FailoverRequest | null;
  /** Runs in the request, and runs ended so far. */
  total: number;
  samples: FailoverSample[];
  /** Complete points (every seed run), in the order they completed. */
  points: FailoverPoint[];
  error: string | null;
  start(request: FailoverRequest): void;
  cancel(): void;
}

let worker: Worker | null = null;
let runId = 0;

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

/** The point a new sample completes, if it does: every seed of its mode and count has run. */
function completed(
  samples: FailoverSample[],
  s: FailoverSample,
  seeds: number,
): FailoverPoint | null {
  const same = samples.filter((x) => x.mode === s.mode && x.partitions === s.partitions);
  return same.length === seeds ? failoverPoint(same) : null;
}

export const useFailover = create<FailoverState>((set, get) => ({
  status: 'idle',
  request: null,
  total: 0,
  samples: [],
  points: [],
  error: null,
  start(request) {
    stopWorker();
    const id = ++runId;
    const w = new Worker(new URL('./failover.worker.ts', import.meta.url), { type: 'module' });
    worker = w;
    set({
      status: 'running',
      request,
      total: request.modes.length * request.partitions.length * request.seeds.length,
      samples: [],
      points: [],
      error: null,
    });
    w.onmessage = (e: MessageEvent<FailoverFromWorker>) => {
      const m = e.data;
      if (m.id !== runId) return;
      if (m.type === 'sample') {
        const samples = [...get().samples, m.sample];
        const point = completed(samples, m.sample, request.seeds.length);
        set({ samples, ...(point ? { points: [...get().points, point] } : {}) });
      } else if (m.type === 'done') {
        set({ status: 'done' });
        stopWorker();
      } else {
        set({ status: 'failed', error: m.message });
        stopWorker();
      }
    };
    w.onerror = (e) => {
      if (id !== runId) return;
      set({ status: 'failed', error: e.message || 'worker error' });
      stopWorker();
    };
    const msg: FailoverToWorker = { type: 'run', id, request };
    w.postMessage(msg);
  },
  cancel() {
    if (get().status !== 'running') return;
    runId++;
    stopWorker();
    set({ status: 'cancelled' });
  },
}));
