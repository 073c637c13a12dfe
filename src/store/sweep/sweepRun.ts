// One point of a linger.ms sweep: the scenario run headless with the producer's linger.ms set,
// measured over the last METRICS window of the run. Pure (engine only): the worker calls it, and
// the tests do too.
import { createSimulation, type Scenario } from '../../engine';

export const SWEEP_LINGER_MS: readonly number[] = [0, 5, 10, 20, 50, 100];
/** Simulated length of each run; the figures cover its last MEASURE_MS. */
export const SWEEP_RUN_MS = 20_000;
export const SWEEP_MEASURE_MS = 10_000;

export interface SweepPoint {
  lingerMs: number;
  /** Records acknowledged per second over the measured span. */
  ackedPerSec: number;
  /** Produce requests per second (the Sender's request-rate). */
  requestsPerSec: number;
  recordsPerBatch: number | null;
  p50: number | null;
  p99: number | null;
}

/** What a sweep varies, and what it keeps from the run shown now. */
export interface SweepRequest {
  scenario: Scenario;
  producer: string;
  /**
   * Each producer's settings in force now (setConfig keys → values): they replace the scenario's,
   * and the scenario's own setConfig actions on the swept key are dropped.
   */
  producerConfigs: Record<string, Record<string, string | number | boolean>>;
  /** Each workload's records per second now (setWorkload may have changed the scenario's). */
  workloadRates?: Record<string, number>;
  lingerMs: readonly number[];
}

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
