// Random fault schedules on unsafe settings (acks 0/1, min.insync.replicas=1, unclean
// election): losses may happen, but the metric counts exactly the records missing, and
// replicas and groups still converge.
import { expect, it } from 'vitest';
import { runFaultProperty } from './faultProperty';

it('unsafe settings: convergence, losses counted exactly, groups at lag 0, determinism', () => {
  const r = runFaultProperty('unsafe', 30, 20261207, { shrink: false });
  expect(r.counterexample ?? null).toBeNull();
  expect(r.acked).toBeGreaterThan(0);
}, 600_000);
