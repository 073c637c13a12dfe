// The worker-run store helper (workerRun.ts), with a stand-in for the Worker: results arrive in
// order, done and failures end the run and terminate the worker, a cancelled or replaced run's
// late messages are ignored; the worker side answers a request with results, then done or error.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import {
  serveWorkerRuns,
  workerRunner,
  type FromWorker,
  type ToWorker,
  type WorkerLike,
  type WorkerRunFields,
} from './workerRun';

interface FakeWorker extends WorkerLike {
  sent: ToWorker<string>[];
  terminated: boolean;
  reply(m: FromWorker<number>): void;
}

function fakeWorker(): FakeWorker {
  const w: FakeWorker = {
    sent: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(m: ToWorker<string>) {
      w.sent.push(m);
    },
    terminate() {
      w.terminated = true;
    },
    reply(m) {
      w.onmessage?.({ data: m } as MessageEvent);
    },
  };
  return w;
}

interface TestState extends WorkerRunFields {
  label: string | null;
  results: number[];
  start(request: string): void;
  cancel(): void;
}

function testStore() {
  const workers: FakeWorker[] = [];
  const store = create<TestState>((set, get) => {
    const runner = workerRunner<string, number, TestState>(
      () => {
        const w = fakeWorker();
        workers.push(w);
        return w;
      },
      set,
      get,
      (n) => ({ results: [...get().results, n] }),
    );
    return {
      status: 'idle',
      error: null,
      label: null,
      results: [],
      start: (request) => runner.start(request, { label: request, results: [] }),
      cancel: runner.cancel,
    };
  });
  return { store, workers };
}

describe('workerRunner', () => {
  it('runs a request in a new worker, gathers its results in order, and ends on done', () => {
    const { store, workers } = testStore();
    store.getState().start('a');
    const w = workers[0]!;
    expect(w.sent).toEqual([{ type: 'run', id: 1, request: 'a' }]);
    expect(store.getState()).toMatchObject({ status: 'running', label: 'a', error: null });
    w.reply({ type: 'result', id: 1, result: 3 });
    w.reply({ type: 'result', id: 1, result: 5 });
    expect(store.getState().results).toEqual([3, 5]);
    w.reply({ type: 'done', id: 1 });
    expect(store.getState().status).toBe('done');
    expect(w.terminated).toBe(true);
  });

  it('replaces a running job: the old worker is terminated and its late messages ignored', () => {
    const { store, workers } = testStore();
    store.getState().start('a');
    workers[0]!.reply({ type: 'result', id: 1, result: 1 });
    store.getState().start('b');
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.sent).toEqual([{ type: 'run', id: 2, request: 'b' }]);
    expect(store.getState()).toMatchObject({ status: 'running', label: 'b', results: [] });
    workers[0]!.reply({ type: 'result', id: 1, result: 9 });
    workers[0]!.onerror?.({ message: 'late' } as ErrorEvent);
    expect(store.getState()).toMatchObject({ status: 'running', results: [] });
  });

  it('cancels only a running job, at once, ignoring what the worker posts after', () => {
    const { store, workers } = testStore();
    store.getState().cancel();
    expect(store.getState().status).toBe('idle');
    store.getState().start('a');
    store.getState().cancel();
    expect(store.getState().status).toBe('cancelled');
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.reply({ type: 'done', id: 1 });
    expect(store.getState().status).toBe('cancelled');
  });

  it('fails with the worker’s message, or its error event', () => {
    const { store, workers } = testStore();
    store.getState().start('a');
    workers[0]!.reply({ type: 'error', id: 1, message: 'boom' });
    expect(store.getState()).toMatchObject({ status: 'failed', error: 'boom' });
    store.getState().start('b');
    workers[1]!.onerror?.({ message: '' } as ErrorEvent);
    expect(store.getState()).toMatchObject({ status: 'failed', error: 'worker error' });
    expect(workers[1]!.terminated).toBe(true);
  });
});

describe('serveWorkerRuns', () => {
  afterEach(() => vi.unstubAllGlobals());

  async function serve(run: (r: string, emit: (n: number) => void) => Promise<void> | void) {
    const posted: FromWorker<number>[] = [];
    const self = {
      onmessage: null as ((e: MessageEvent) => Promise<void>) | null,
      postMessage: (m: FromWorker<number>) => posted.push(m),
    };
    vi.stubGlobal('self', self);
    serveWorkerRuns<string, number>(run);
    await self.onmessage!({ data: { type: 'run', id: 7, request: 'ab' } } as MessageEvent);
    return posted;
  }

  it('posts each result under the request’s id, then done', async () => {
    const posted = await serve(async (r, emit) => {
      await Promise.resolve();
      for (const c of r) emit(c.charCodeAt(0));
    });
    expect(posted).toEqual([
      { type: 'result', id: 7, result: 97 },
      { type: 'result', id: 7, result: 98 },
      { type: 'done', id: 7 },
    ]);
  });

  it('posts what the run threw as an error, after the results before it', async () => {
    const posted = await serve((_, emit) => {
      emit(1);
      throw new Error('no such codec');
    });
    expect(posted).toEqual([
      { type: 'result', id: 7, result: 1 },
      { type: 'error', id: 7, message: 'no such codec' },
    ]);
  });
});
