// The time machine sizes its ladder by Simulation.heapEstimate: it must follow the heap a run
// really holds, within a margin, or the memory cap means nothing.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { findStarter } from '../../content/scenarios';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** V8's heap and the typed arrays' bytes outside it (a log's columns live there). */
function held(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Heap held by the starter's simulation after `ms` simulated ms, and its estimate. */
async function measure(id: string, ms: number): Promise<{ heap: number; estimate: number }> {
  // An ArrayBuffer's bytes are freed after its collection, off the main thread: wait for them.
  const settle = async () => {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 100));
    gc();
  };
  await settle();
  const before = held();
  const sim = createSimulation(findStarter(id)!.scenario);
  for (let t = 1000; t <= ms; t += 1000) sim.advanceTo(t);
  await settle();
  return { heap: held() - before, estimate: sim.heapEstimate() };
}

describe('heapEstimate', () => {
  it('follows the heap of a run of 1 KB records kept in the payload window', async () => {
    // 1 KB values: counting their bytes would estimate about twice the heap (they are ropes).
    const { heap, estimate } = await measure('fast-many-partitions', 60_000);
    expect(estimate / heap).toBeGreaterThan(0.6);
    expect(estimate / heap).toBeLessThan(1.5);
  });

  it('follows the heap of a run whose batches are mostly behind the payload window', async () => {
    // 40,000 batches in 2 minutes, all but 2,000 of them in the segment's columns.
    const { heap, estimate } = await measure('fast-lagging-consumer', 120_000);
    expect(estimate / heap).toBeGreaterThan(0.6);
    expect(estimate / heap).toBeLessThan(1.5);
  });
});
