// Each minimal scenario that once broke a guarantee in the simulator (from random fault
// schedules) stays a regression test: after healing, every invariant holds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRun } from './Invariants';
import { checkTime } from './FaultSchedule';
import type { Scenario } from '../../scenario/Scenario';

const DIR = join(__dirname, '..', 'fault-cases');

/** acks=all with idempotence, min.insync.replicas ≥ 2 and no unclean election everywhere. */
function isSafe(s: Scenario): boolean {
  const unclean = (c: Record<string, unknown> | undefined): boolean =>
    String(c?.['unclean.leader.election.enable']) === 'true';
  return (
    !unclean(s.cluster.config) &&
    s.topics.every(
      (t) => Number(t.config?.['min.insync.replicas'] ?? 1) >= 2 && !unclean(t.config),
    ) &&
    s.producers.every(
      (p) =>
        String(p.config?.acks ?? 'all') === 'all' &&
        String(p.config?.['enable.idempotence'] ?? true) === 'true',
    )
  );
}

describe('fault cases', () => {
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    it(`${file}: replicas converge, nothing acknowledged is lost or duplicated, groups catch up`, () => {
      const scenario = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Scenario;
      const report = checkRun(scenario, checkTime(scenario), {
        safe: isSafe(scenario),
        determinism: true,
      });
      expect(report.violations).toEqual([]);
    });
  }
});
