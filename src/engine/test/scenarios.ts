// Small scenario builders shared by the engine's tests.
import type { Scenario, TraceEvent } from '../index';
import { createSimulation, type Simulation } from '../index';

export function baseScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    version: 1,
    seed: 11,
    cluster: { brokers: 3 },
    topics: [{ name: 'waiting-events', partitions: 3, replicationFactor: 3 }],
    producers: [{ id: 'p1', config: { acks: '1' } }],
    consumerGroups: [],
    actions: [],
    ...overrides,
  };
}

/** Run a scenario to `until` and collect its trace. */
export function runWithTrace(
  scenario: Scenario,
  until: number,
): { sim: Simulation; trace: TraceEvent[] } {
  const sim = createSimulation(scenario);
  const trace: TraceEvent[] = [];
  sim.onTrace((e) => trace.push(e));
  sim.advanceTo(until);
  return { sim, trace };
}

export function ofType<T extends TraceEvent['type']>(
  trace: TraceEvent[],
  type: T,
): Extract<TraceEvent, { type: T }>[] {
  return trace.filter((e): e is Extract<TraceEvent, { type: T }> => e.type === type);
}
