// planOffThread: the plan comes from the worker when there is one, and is made on this thread,
// the same plan, when there is none or the worker fails.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { planOffThread, setPlanWorkerSpawn } from './planOffThread';
import { planWalkthrough, type PlanResult } from './walkthroughPlan';
import type { Walkthrough } from '../content/walkthroughs/format';
import type { FromWorker, ToWorker, WorkerLike } from './workerRun';

const walkthrough = JSON.parse(
  readFileSync(
    new URL('../content/walkthroughs/replication-acks-all.json', import.meta.url),
    'utf8',
  ),
) as Walkthrough;

/** A stand-in worker answering as walkthroughPlan.worker.ts does, or failing as told. */
function standIn(
  log: string[],
  fail: 'none' | 'error-event' | 'error-message' | 'throws' = 'none',
): () => WorkerLike {
  return () => {
    if (fail === 'throws') throw new Error('cannot start');
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => log.push('terminate'),
      postMessage(m: ToWorker<Walkthrough>) {
        log.push(`run ${m.request.id}`);
        const reply = (d: FromWorker<PlanResult>) => w.onmessage?.({ data: d } as MessageEvent);
        queueMicrotask(() => {
          if (fail === 'error-event') w.onerror?.({ message: 'chunk failed' } as ErrorEvent);
          else if (fail === 'error-message') reply({ type: 'error', id: m.id, message: 'boom' });
          else {
            reply({
              type: 'result',
              id: m.id,
              result: planWalkthrough(m.request, { check: false }),
            });
            reply({ type: 'done', id: m.id });
          }
        });
      },
    };
    return w;
  };
}

let previous: ReturnType<typeof setPlanWorkerSpawn> = null;
afterEach(() => {
  setPlanWorkerSpawn(previous);
});

describe('planOffThread', () => {
  const expected = planWalkthrough(walkthrough, { check: false });

  it('asks the worker for the plan and ends it', async () => {
    const log: string[] = [];
    previous = setPlanWorkerSpawn(standIn(log));
    const planned = await planOffThread(walkthrough);
    expect(log).toEqual([`run ${walkthrough.id}`, 'terminate']);
    expect(planned.ok).toBe(true);
    expect(planned).toEqual(expected);
  });

  it.each(['error-event', 'error-message', 'throws'] as const)(
    'makes the same plan on this thread when the worker fails (%s)',
    async (fail) => {
      const log: string[] = [];
      previous = setPlanWorkerSpawn(standIn(log, fail));
      expect(await planOffThread(walkthrough)).toEqual(expected);
    },
  );

  it('makes it on this thread where there is no worker', async () => {
    previous = setPlanWorkerSpawn(null);
    expect(await planOffThread(walkthrough)).toEqual(expected);
  });
});
