// The ZooKeeper-mode starter: the controller broker dies, the next one is elected after the
// session timeout and loads before it acts; the group keeps consuming, nothing acknowledged lost.
import { expect, it } from 'vitest';
import { findStarter } from '../../content/scenarios';
import { createSimulation } from '../sim/Simulation';
import type { TraceEvent } from '../trace/TraceEvent';
import { ofType } from '../test/scenarios';

it('zookeeper-controller-failover: a new controller broker after the session timeout, nothing lost', () => {
  const sim = createSimulation(findStarter('zookeeper-controller-failover')!.scenario);
  const trace: TraceEvent[] = [];
  sim.onTrace((e) => trace.push(e), {
    skip: new Set(['net.send', 'net.deliver', 'replica.fetch']),
  });
  sim.advanceTo(90000);
  const elected = ofType(trace, 'controller.elected')[0]!;
  expect(elected.time).toBeGreaterThan(7000 + 12000);
  expect(ofType(trace, 'controller.active')[0]!.controller).toBe(elected.controller);
  const s = sim.snapshot();
  expect(s.controller).toMatchObject({ mode: 'zookeeper', leader: elected.controller, epoch: 2 });
  expect(s.metrics.AcknowledgedRecordsLost).toBe(0);
  for (const p of s.topics[0]!.partitions) expect([...p.isr].sort()).toEqual([1, 2, 3]);
  const g = s.consumerGroups[0]!;
  expect(g.state).toBe('Stable');
  expect(g.consumed).toBeGreaterThan(300);
  expect(g.lag.every((p) => p.lag <= 30)).toBe(true);
});
