// A simulation built in steps (the time machine builds fresh ones across idle slices) and run in
// slices of a few events is the same run as one built at once and run with advanceTo: the same
// trace, event for event, and the same snapshots.
import { describe, expect, it } from 'vitest';
import { REPLICAS_PER_STEP, Simulation } from './Simulation';
import { validateScenario } from '../scenario/validateScenario';
import type { Scenario } from '../scenario/Scenario';
import type { TraceEvent } from '../trace/TraceEvent';
import { STARTERS } from '../../content/scenarios';

function valid(input: unknown): Scenario {
  const r = validateScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** Replicas the simulation's brokers host so far. */
function replicas(sim: Simulation): number {
  let n = 0;
  for (const b of sim.brokers.values()) n += b.replicaManager.partitions.size;
  return n;
}

/** The trace (heard from the end of construction on) and snapshots of a run to each moment. */
function record(
  sim: Simulation,
  moments: number[],
  run: (sim: Simulation, to: number) => void,
): { trace: TraceEvent[]; snapshots: string[]; traceCount: number } {
  const trace: TraceEvent[] = [];
  sim.onTrace((e) => trace.push(e));
  const snapshots = moments.map((t) => {
    run(sim, t);
    return JSON.stringify(sim.snapshot({ records: true, internalTopics: true }));
  });
  return { trace, snapshots, traceCount: sim.traceCount };
}

/** Built a step at a time, then run 7 events at a time. */
function stepwise(scenario: Scenario, moments: number[]) {
  const sim = new Simulation(scenario, { inSteps: true });
  let steps = 0;
  while (sim.buildStep()) steps++;
  expect(sim.built).toBe(true);
  const r = record(sim, moments, (s, to) => {
    while (!s.advanceAtMost(to, 7));
  });
  return { ...r, steps };
}

function atOnce(scenario: Scenario, moments: number[]) {
  return record(new Simulation(scenario), moments, (s, to) => s.advanceTo(to));
}

/** 12 brokers on 3 racks, 4 topics of 150 partitions at RF 3 (one with segment jitter), a group. */
function bigScenario(): Scenario {
  return valid({
    version: 1,
    seed: 5,
    cluster: { brokers: 12, racks: Array.from({ length: 12 }, (_, i) => `r${i % 3}`) },
    topics: Array.from({ length: 4 }, (_, i) => ({
      name: `t${i}`,
      partitions: 150,
      replicationFactor: 3,
      ...(i === 2 ? { config: { 'segment.jitter.ms': 50_000, 'segment.ms': 60_000 } } : {}),
    })),
    producers: [
      {
        id: 'p1',
        config: { acks: 'all', 'linger.ms': 5 },
        workload: { topic: 't0', ratePerSec: 200, keys: ['a', 'b', 'c'], valueBytes: 50 },
      },
    ],
    consumerGroups: [{ id: 'g', topics: ['t0'], members: 3 }],
    actions: [{ at: 1500, do: 'killBroker', broker: 2 }],
  });
}

describe('a simulation built in steps', () => {
  it.each(STARTERS.map((s) => s.id))(
    '%s: the same trace and snapshots as one built at once',
    (id) => {
      const scenario = valid(STARTERS.find((s) => s.id === id)!.scenario);
      const moments = [0, 1, 37, 2500, 6000];
      const a = atOnce(scenario, moments);
      const b = stepwise(scenario, moments);
      expect(b.steps).toBeGreaterThan(scenario.cluster.brokers);
      expect(b.traceCount).toBe(a.traceCount);
      expect(b.trace.length).toBe(a.trace.length);
      expect(JSON.stringify(b.trace)).toBe(JSON.stringify(a.trace));
      expect(b.snapshots).toEqual(a.snapshots);
    },
  );

  it('a bigger cluster (racks, segment jitter, a broker killed): the same run', () => {
    const scenario = bigScenario();
    const moments = [0, 40, 1500, 4000];
    const a = atOnce(scenario, moments);
    const b = stepwise(scenario, moments);
    expect(b.traceCount).toBe(a.traceCount);
    expect(JSON.stringify(b.trace)).toBe(JSON.stringify(a.trace));
    expect(b.snapshots).toEqual(a.snapshots);
  });

  it(`creates at most ${REPLICAS_PER_STEP} replicas in a step`, () => {
    // (without segment jitter: a log that draws from the PRNG is created in the broker's start)
    const scenario = valid({
      ...bigScenario(),
      topics: bigScenario().topics.map((t) => ({ ...t, config: {} })),
    });
    const whole = new Simulation(scenario);
    const sim = new Simulation(scenario, { inSteps: true });
    expect(replicas(sim)).toBe(0);
    let most = 0;
    let steps = 0;
    for (let more = true; more; steps++) {
      const before = replicas(sim);
      more = sim.buildStep();
      most = Math.max(most, replicas(sim) - before);
    }
    expect(replicas(sim)).toBe(replicas(whole));
    expect(most).toBe(REPLICAS_PER_STEP);
    expect(steps).toBeGreaterThan(replicas(whole) / REPLICAS_PER_STEP);
  });

  it('anything that runs it builds the rest first', () => {
    const scenario = bigScenario();
    const sim = new Simulation(scenario, { inSteps: true });
    sim.buildStep();
    sim.advanceTo(100);
    expect(sim.built).toBe(true);
    const whole = new Simulation(scenario);
    whole.advanceTo(100);
    expect(JSON.stringify(sim.snapshot())).toBe(JSON.stringify(whole.snapshot()));
  });
});
