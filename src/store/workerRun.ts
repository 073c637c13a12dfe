// A job a store runs in a Web Worker, off the page's thread: one at a time (starting another
// terminates the one running), its results as they arrive, cancel (the worker is terminated at
// once; what it posted later is ignored). The why-fast sweep (sweep/) and the failover comparison
// (failover/) use it: the store side (workerRunner) and the worker side (serveWorkerRuns) speak
// the messages below; a one-off run awaited as a promise (runInWorker) too: a walkthrough's plan. It imports nothing, so a worker loads it without the page's store.

export type WorkerRunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** What every worker-run store holds besides its results. */
export interface WorkerRunFields {
  status: WorkerRunStatus;
  error: string | null;
}

export type ToWorker<Request> = { type: 'run'; id: number; request: Request };
export type FromWorker<Result> =
  | { type: 'result'; id: number; result: Result }
  | { type: 'done'; id: number }
  | { type: 'error'; id: number; message: string };

/** The part of a Worker the runner uses (tests pass a stand-in). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
};

export interface WorkerRunner<Request, State> {
  /** Start a run, setting `started` (the store's own fields for it) with status 'running'. */
  start(request: Request, started: Partial<State>): void;
  /** Cancel the run going on, if any. */
  cancel(): void;
}

/**
 * The start and cancel of a store (zustand's `set` and `get`) whose job runs in the worker
 * `spawn` makes; `received` turns each result into the store's change.
 */
export function workerRunner<Request, Result, State extends WorkerRunFields>(
  spawn: () => WorkerLike,
  set: (patch: Partial<State>) => void,
  get: () => State,
  received: (result: Result) => Partial<State>,
): WorkerRunner<Request, State> {
  let worker: WorkerLike | null = null;
  let runId = 0;
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  const end = (patch: Partial<WorkerRunFields>) => {
    set(patch as Partial<State>);
    stop();
  };
  return {
    start(request, started) {
      stop();
      const id = ++runId;
      const w = spawn();
      worker = w;
      set({ ...started, status: 'running', error: null });
      w.onmessage = (e: MessageEvent<FromWorker<Result>>) => {
        const m = e.data;
        if (m.id !== runId) return;
        if (m.type === 'result') set(received(m.result));
        else if (m.type === 'done') end({ status: 'done' });
        else end({ status: 'failed', error: m.message });
      };
      w.onerror = (e) => {
        if (id !== runId) return;
        end({ status: 'failed', error: e.message || 'worker error' });
      };
      const msg: ToWorker<Request> = { type: 'run', id, request };
      w.postMessage(msg);
    },
    cancel() {
      if (get().status !== 'running') return;
      runId++;
      stop();
      set({ status: 'cancelled' } as Partial<State>);
    },
  };
}

/**
 * One run in a worker `spawn` makes, as a promise: its results in order once it is done. The
 * worker is ended either way; rejects if it cannot start, posts an error or fails.
 */
export function runInWorker<Request, Result>(
  spawn: () => WorkerLike,
  request: Request,
): Promise<Result[]> {
  return new Promise((resolve, reject) => {
    let worker: WorkerLike;
    try {
      worker = spawn();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    const results: Result[] = [];
    const end = (settle: () => void) => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      settle();
    };
    worker.onmessage = (e: MessageEvent<FromWorker<Result>>) => {
      const m = e.data;
      if (m.type === 'result') results.push(m.result);
      else if (m.type === 'done') end(() => resolve(results));
      else end(() => reject(new Error(m.message)));
    };
    worker.onerror = (e) => end(() => reject(new Error(e.message || 'worker error')));
    const msg: ToWorker<Request> = { type: 'run', id: 1, request };
    worker.postMessage(msg);
  });
}

/**
 * In a worker: answer each run request with `run`'s results (it calls `emit` for each, in order),
 * then done, or the error it threw.
 */
export function serveWorkerRuns<Request, Result>(
  run: (request: Request, emit: (result: Result) => void) => Promise<void> | void,
): void {
  const post = (m: FromWorker<Result>) => self.postMessage(m);
  self.onmessage = async (e: MessageEvent<ToWorker<Request>>) => {
    const { id, request } = e.data;
    try {
      await run(request, (result) => post({ type: 'result', id, result }));
      post({ type: 'done', id });
    } catch (err) {
      post({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
    }
  };
}
