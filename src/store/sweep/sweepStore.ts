// The linger.ms sweep's state, for the why-fast view: start one (a Web Worker runs it), follow its
// progress as each point arrives, cancel it (the worker is terminated at once). One sweep at a
// time; starting another replaces the one running.
import { create } from 'zustand';
import type { SweepFromWorker, SweepToWorker } from './sweep.worker';
import type { SweepPoint, SweepRequest } from './sweepParams';

export type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface SweepState {
  status: SweepStatus;
  /** The run (the store's simId) the sweep was started from: its results belong to it. */
  simId: number | null;
  producer: string | null;
  total: number;
  points: SweepPoint[];
  error: string | null;
  start(request: SweepRequest, simId: number): void;
  cancel(): void;
}

let worker: Worker | null = null;
let runId = 0;

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

export const useSweep = create<SweepState>((set, get) => ({
  status: 'idle',
  simId: null,
  producer: null,
  total: 0,
  points: [],
  error: null,
  start(request, simId) {
    stopWorker();
    const id = ++runId;
    const w = new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' });
    worker = w;
    set({
      status: 'running',
      simId,
      producer: request.producer,
      total: request.lingerMs.length,
      points: [],
      error: null,
    });
    w.onmessage = (e: MessageEvent<SweepFromWorker>) => {
      const m = e.data;
      if (m.id !== runId) return;
      if (m.type === 'point') set({ points: [...get().points, m.point] });
      else if (m.type === 'done') {
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
    const msg: SweepToWorker = { type: 'run', id, request };
    w.postMessage(msg);
  },
  cancel() {
    if (get().status !== 'running') return;
    runId++;
    stopWorker();
    set({ status: 'cancelled' });
  },
}));
