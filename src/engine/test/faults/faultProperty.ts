// The fault-schedule property: for a random plan, the run keeps Kafka's guarantees. Shared by
// the bounded test in `npm test` and by `npm run test:faults`.
import fc from 'fast-check';
import { checkRun } from './Invariants';
import {
  checkTime,
  faultPlanArb,
  toScenario,
  type FaultMode,
  type FaultPlan,
} from './FaultSchedule';
import type { Scenario } from '../../scenario/Scenario';

export interface FaultRunResult {
  ok: boolean;
  runs: number;
  /** The smallest failing scenario fast-check found, and what it broke. */
  counterexample?: { scenario: Scenario; until: number; violations: string[] };
  /** fast-check's seed and path, to replay exactly this failure. */
  seed: number;
  path?: string;
  acked: number;
  lost: number;
  /** Records written twice the way real Kafka writes them too (Invariants.duplicates). */
  kafkaDuplicates: number;
}

/** Compare two runs of the same scenario for one plan in this many (by the plan's seed). */
const DETERMINISM_EVERY = 4;

export function checkPlan(
  plan: FaultPlan,
  metadata: 'kraft' | 'zookeeper' = 'kraft',
): {
  scenario: Scenario;
  until: number;
  violations: string[];
  acked: number;
  lost: number;
  kafkaDuplicates: number;
} {
  const scenario = toScenario(plan, metadata);
  const until = checkTime(scenario);
  const report = checkRun(scenario, until, {
    safe: plan.mode === 'safe',
    determinism: plan.seed % DETERMINISM_EVERY === 0,
  });
  return { scenario, until, ...report };
}

export function runFaultProperty(
  mode: FaultMode,
  runs: number,
  seed: number,
  opts: {
    shrink?: boolean;
    onRun?: (i: number) => void;
    /** Asked while shrinking: true ends it with the smallest failing plan found so far. */
    stopShrinking?: () => boolean;
    /** ZooKeeper mode: the same plans on Kafka 2.x's controller, the ensemble faulted instead. */
    metadata?: 'kraft' | 'zookeeper';
  } = {},
): FaultRunResult {
  let acked = 0;
  let lost = 0;
  let kafkaDuplicates = 0;
  let i = 0;
  let failedOnce = false;
  const property = fc.property(faultPlanArb(mode), (plan) => {
    // A shrink candidate reported as passing is dropped: once the budget is spent, every
    // candidate passes and fast-check keeps the smallest failure it already has.
    if (failedOnce && opts.stopShrinking?.()) return true;
    const r = checkPlan(plan, opts.metadata);
    acked += r.acked;
    lost += r.lost;
    kafkaDuplicates += r.kafkaDuplicates;
    opts.onRun?.(i++);
    if (r.violations.length > 0) failedOnce = true;
    return r.violations.length === 0;
  });
  // Shrinking reruns the failing plan many times: worth it from the command line, where the
  // smallest failing scenario is printed; a test reports the first failure as found.
  const details = fc.check(property, { numRuns: runs, seed, endOnFailure: opts.shrink === false });
  if (!details.failed)
    return { ok: true, runs: details.numRuns, seed, acked, lost, kafkaDuplicates };
  const plan = details.counterexample![0];
  const r = checkPlan(plan, opts.metadata);
  return {
    ok: false,
    runs: details.numRuns,
    seed,
    path: details.counterexamplePath ?? undefined,
    counterexample: { scenario: r.scenario, until: r.until, violations: r.violations },
    acked,
    lost,
    kafkaDuplicates,
  };
}
