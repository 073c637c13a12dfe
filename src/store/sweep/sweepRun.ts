// One point of a linger.ms sweep: the scenario run headless with the producer's linger.ms set,
// measured over its last SWEEP_MEASURE_MS (sweepParams.ts). Pure (engine only): the worker calls
// it, and the tests do too.
import { createSimulation, type Scenario } from '../../engine';
import { SWEEP_MEASURE_MS, SWEEP_RUN_MS, type SweepPoint, type SweepRequest } from './sweepParams';

/** The scenario of one run: the producer's linger.ms set, everything else as requested. */
export function sweepScenario(req: SweepRequest, lingerMs: number): Scenario {
  const s = structuredClone(req.scenario);
  for (const p of s.producers) {
    p.config = { ...(p.config ?? {}), ...(req.producerConfigs[p.id] ?? {}) };
    if (p.id === req.producer) p.config['linger.ms'] = lingerMs;
    const rate = req.workloadRates?.[p.id];
    if (p.workload && rate !== undefined) p.workload.ratePerSec = rate;
  }
  s.actions = s.actions.filter(
    (a) =>
      !(a.do === 'setConfig' && a.target === `producer:${req.producer}` && a.key === 'linger.ms'),
  );
  return s;
}

export function runSweepPoint(req: SweepRequest, lingerMs: number): SweepPoint {
  const sim = createSimulation(sweepScenario(req, lingerMs));
  const acked = () => sim.snapshot({ records: false }).producers.find((p) => p.id === req.producer);
  sim.advanceTo(SWEEP_RUN_MS - SWEEP_MEASURE_MS);
  const before = acked()?.acknowledged ?? 0;
  sim.advanceTo(SWEEP_RUN_MS);
  const end = acked();
  if (!end) throw new Error(`no producer ${req.producer}`);
  const m = end.metrics;
  return {
    lingerMs,
    ackedPerSec: ((end.acknowledged - before) * 1000) / SWEEP_MEASURE_MS,
    requestsPerSec: m['request-rate'],
    recordsPerBatch: m['records-per-batch-avg'],
    p50: m.latency.p50,
    p99: m.latency.p99,
  };
}
