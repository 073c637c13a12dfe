// Random fault schedules in ZooKeeper mode on safe settings: the same plans as the KRaft runs,
// brokers and ZooKeeper servers faulted (one of each at a time), then healed — every replica
// converges, nothing acknowledged is lost or written twice, groups end at lag 0, runs repeat.
import { expect, it } from 'vitest';
import { runFaultProperty } from './faultProperty';

it('ZooKeeper mode, safe settings: convergence, no loss, exactly once, determinism', () => {
  const r = runFaultProperty('safe', 30, 20261207, { shrink: false, metadata: 'zookeeper' });
  expect(r.counterexample ?? null).toBeNull();
  expect(r.acked).toBeGreaterThan(0);
}, 600_000);
