// Random fault schedules on safe settings (acks=all, min.insync.replicas=2, idempotence, no
// unclean election): a bounded number here; `npm run test:faults -- --runs 2000` runs more.
import { expect, it } from 'vitest';
import { runFaultProperty } from './faultProperty';

it('safe settings: convergence, no loss, exactly once, groups at lag 0, determinism', () => {
  const r = runFaultProperty('safe', 30, 20261206, { shrink: false });
  expect(r.counterexample ?? null).toBeNull();
  expect(r.acked).toBeGreaterThan(0);
}, 600_000);
