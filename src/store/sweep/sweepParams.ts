// What a linger.ms sweep varies and what each run reports: plain data shared by the view, the
// worker and the runner (sweepRun.ts).
import type { Scenario } from '../../engine';

export const SWEEP_LINGER_MS: readonly number[] = [0, 5, 10, 20, 50, 100];
/** Simulated length of each run; the figures cover its last SWEEP_MEASURE_MS. */
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
