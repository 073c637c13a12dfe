// The linger.ms sweep's state, for the why-fast view: start one (a Web Worker runs it), follow its
// progress as each point arrives, cancel it (the worker is terminated at once). One sweep at a
// time; starting another replaces the one running (../workerRun.ts).
import { create } from 'zustand';
import { workerRunner, type WorkerRunFields, type WorkerRunStatus } from '../workerRun';
import type { SweepPoint, SweepRequest } from './sweepParams';

export type SweepStatus = WorkerRunStatus;

export interface SweepState extends WorkerRunFields {
  /** The run (the store's simId) the sweep was started from: its results belong to it. */
  simId: number | null;
  producer: string | null;
  total: number;
  points: SweepPoint[];
  start(request: SweepRequest, simId: number): void;
  cancel(): void;
}

export const useSweep = create<SweepState>((set, get) => {
  const runner = workerRunner<SweepRequest, SweepPoint, SweepState>(
    () => new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' }),
    set,
    get,
    (point) => ({ points: [...get().points, point] }),
  );
  return {
    status: 'idle',
    simId: null,
    producer: null,
    total: 0,
    points: [],
    error: null,
    start(request, simId) {
      runner.start(request, {
        simId,
        producer: request.producer,
        total: request.lingerMs.length,
        points: [],
      });
    },
    cancel: runner.cancel,
  };
});
