// The sweep's runs, headless: each point is the scenario with the swept linger.ms and the
// settings carried over, and the points show batching's trade-off.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../engine/scenario/validateScenario';
import { runSweepPoint, sweepScenario } from './sweepRun';
import type { SweepRequest } from './sweepParams';

const scenario = parseScenario({
  version: 1,
  seed: 4,
  cluster: { brokers: 1 },
  topics: [{ name: 't', partitions: 1, replicationFactor: 1 }],
  producers: [
    {
      id: 'p',
      config: { acks: 1, 'linger.ms': 5 },
      workload: { topic: 't', ratePerSec: 300, keys: ['a'], valueBytes: 100 },
    },
    { id: 'q', config: { 'linger.ms': 7 } },
  ],
  actions: [
    { at: 100, do: 'setConfig', target: 'producer:p', key: 'linger.ms', value: 1 },
    { at: 200, do: 'setConfig', target: 'producer:q', key: 'linger.ms', value: 2 },
  ],
});

const request: SweepRequest = {
  scenario,
  producer: 'p',
  producerConfigs: { p: { 'compression.type': 'lz4', 'linger.ms': 5 }, q: { 'batch.size': 4096 } },
  workloadRates: { p: 300 },
  lingerMs: [0, 100],
};

describe('linger.ms sweep', () => {
  it('sets the swept producer’s linger.ms, keeps the settings in force, drops the setConfig it replaces', () => {
    const s = sweepScenario(request, 50);
    expect(s.producers[0]!.config).toMatchObject({
      'linger.ms': 50,
      'compression.type': 'lz4',
      acks: 1,
    });
    expect(s.producers[1]!.config).toMatchObject({ 'linger.ms': 7, 'batch.size': 4096 });
    expect(s.actions.map((a) => a.at)).toEqual([200]);
    expect(
      sweepScenario({ ...request, workloadRates: { p: 20 } }, 0).producers[0]!.workload,
    ).toMatchObject({ ratePerSec: 20 });
    expect(scenario.producers[0]!.config!['linger.ms']).toBe(5); // the original is untouched
  });

  it('more linger.ms: fewer requests, fuller batches, the same throughput, more latency', () => {
    const [a, b] = request.lingerMs.map((l) => runSweepPoint(request, l));
    expect(a!.lingerMs).toBe(0);
    expect(b!.requestsPerSec).toBeLessThan(a!.requestsPerSec / 3);
    expect(b!.recordsPerBatch!).toBeGreaterThan(a!.recordsPerBatch! * 3);
    expect(a!.ackedPerSec).toBeCloseTo(300, -1);
    expect(b!.ackedPerSec).toBeCloseTo(300, -1);
    expect(b!.p50!).toBeGreaterThan(a!.p50!);
  });
});
