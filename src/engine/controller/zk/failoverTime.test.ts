// The failover the comparison is about: the controller dies; how long until the new one can act
// (`controller.active`)? In ZooKeeper mode the new controller first reads every partition's state
// from ZooKeeper, so the time grows with the partitions; in KRaft the new leader already holds the
// metadata log, so it does not.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../index';
import type { TraceEvent } from '../../trace/TraceEvent';
import { createSimulation } from '../../sim/Simulation';

const KILL_AT = 1000;

function failoverMs(metadata: 'kraft' | 'zookeeper', partitions: number): number {
  const s: Scenario = {
    version: 1,
    seed: 11,
    cluster: { brokers: 3, metadata },
    // At most 1,000 partitions a topic: spread over topics of 1,000.
    topics: Array.from({ length: Math.ceil(partitions / 1000) }, (_, i) => ({
      name: `t${i}`,
      partitions: Math.min(1000, partitions - i * 1000),
      replicationFactor: 1,
    })),
    producers: [],
    consumerGroups: [],
    // The active controller: broker 1 in ZooKeeper mode, controller 3001 in KRaft.
    actions: [{ at: KILL_AT, do: 'killBroker', broker: metadata === 'zookeeper' ? 1 : 3001 }],
  };
  const sim = createSimulation(s);
  let active: number | null = null;
  const stop = sim.onTrace(
    (e: TraceEvent) => {
      if (e.type === 'controller.active' && e.time > KILL_AT && active === null) active = e.time;
    },
    { skip: new Set(['net.send', 'net.deliver', 'replica.fetch', 'znode.created']) },
  );
  while (active === null && sim.now < 120000) sim.advanceTo(sim.now + 1000);
  stop();
  expect(active).not.toBeNull();
  return active! - KILL_AT;
}

describe('controller failover time against partitions', () => {
  it('grows with the partitions in ZooKeeper mode, not in KRaft', () => {
    const zk = [100, 1000, 3000].map((n) => failoverMs('zookeeper', n));
    const kraft = [100, 1000, 3000].map((n) => failoverMs('kraft', n));
    // ZooKeeper: the session timeout first, then one round trip per 10 reads in flight.
    expect(zk[0]!).toBeGreaterThan(12000);
    expect(zk[1]! - zk[0]!).toBeGreaterThan(4000);
    expect(zk[2]! - zk[1]!).toBeGreaterThan(8000);
    // KRaft: the same election whatever the partition count.
    expect(Math.max(...kraft) - Math.min(...kraft)).toBeLessThan(500);
    expect(Math.max(...kraft)).toBeLessThan(zk[0]!);
  }, 120000);
});
