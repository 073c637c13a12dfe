// The time machine sizes its ladder by Simulation.heapEstimate: it must follow the heap a run
// really holds, within a margin, or the memory cap means nothing.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { findStarter } from '../../content/scenarios';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap held by the starter's simulation after `ms` simulated ms, and its estimate. */
function measure(id: string, ms: number): { heap: number; estimate: number } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const sim = createSimulation(findStarter(id)!.scenario);
  for (let t = 1000; t <= ms; t += 1000) sim.advanceTo(t);
  gc();
  return { heap: process.memoryUsage().heapUsed - before, estimate: sim.heapEstimate() };
}

describe('heapEstimate', () => {
  it('follows the heap of a run of 1 KB records kept in the payload window', () => {
    // 1 KB values: counting their bytes would estimate about twice the heap (they are ropes).
    const { heap, estimate } = measure('fast-many-partitions', 60_000);
    expect(estimate / heap).toBeGreaterThan(0.6);
    expect(estimate / heap).toBeLessThan(1.5);
  });
});
