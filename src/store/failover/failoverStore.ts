// The failover comparison's state, for the controller view: start one (a Web Worker runs it,
// ../workerRun.ts), follow its progress sample by sample, cancel it (the worker is terminated at
// once). A point is published once all its seeds have run. It does not depend on the run shown:
// it builds its own clusters, so its results stay when another scenario is loaded.
import { create } from 'zustand';
import { workerRunner, type WorkerRunFields, type WorkerRunStatus } from '../workerRun';
import { failoverPoint } from './failoverRun';
import type { FailoverPoint, FailoverRequest, FailoverSample } from './failoverParams';

export type FailoverStatus = WorkerRunStatus;

export interface FailoverState extends WorkerRunFields {
  request: FailoverRequest | null;
  /** Runs in the request, and runs ended so far. */
  total: number;
  samples: FailoverSample[];
  /** Complete points (every seed run), in the order they completed. */
  points: FailoverPoint[];
  start(request: FailoverRequest): void;
  cancel(): void;
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

export const useFailover = create<FailoverState>((set, get) => {
  const runner = workerRunner<FailoverRequest, FailoverSample, FailoverState>(
    () => new Worker(new URL('./failover.worker.ts', import.meta.url), { type: 'module' }),
    set,
    get,
    (sample) => {
      const { samples: before, points, request } = get();
      const samples = [...before, sample];
      const point = completed(samples, sample, request?.seeds.length ?? 0);
      return { samples, ...(point ? { points: [...points, point] } : {}) };
    },
  );
  return {
    status: 'idle',
    request: null,
    total: 0,
    samples: [],
    points: [],
    error: null,
    start(request) {
      runner.start(request, {
        request,
        total: request.modes.length * request.partitions.length * request.seeds.length,
        samples: [],
        points: [],
      });
    },
    cancel: runner.cancel,
  };
});
