// ZooKeeper mode (Kafka 2.x) as the simulation runs it: the controller is a broker elected
// through /controller, a broker is seen dead only when its session expires, a new controller
// reads every partition from ZooKeeper before it acts, and a minority ensemble writes nothing.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../index';
import type { TraceEvent } from '../trace/TraceEvent';
import { createSimulation, type Simulation } from '../sim/Simulation';
import { ofType } from '../test/scenarios';
import { ZkPaths } from '../controller/zk/ControllerContext';
import { zookeeperView } from '../snapshot/zookeeperView';

const SESSION_TIMEOUT = 18000;

function zkScenario(seed: number, actions: Scenario['actions'] = [], partitions = 3): Scenario {
  return {
    version: 1,
    seed,
    cluster: { brokers: 3, metadata: 'zookeeper' },
    topics: [{ name: 't', partitions, replicationFactor: 3 }],
    producers: [
      {
        id: 'p1',
        config: { acks: 'all' },
        workload: { topic: 't', ratePerSec: 5, valueBytes: 10 },
      },
    ],
    consumerGroups: [],
    actions,
  };
}

const QUIET = new Set<TraceEvent['type']>(['net.send', 'net.deliver', 'replica.fetch']);

function run(s: Scenario, until: number): { sim: Simulation; trace: TraceEvent[] } {
  const sim = createSimulation(s);
  const trace: TraceEvent[] = [];
  sim.onTrace((e) => trace.push(e), { skip: QUIET });
  sim.advanceTo(until);
  return { sim, trace };
}

describe('ZooKeeper mode', () => {
  it('starts with a broker as the controller and a three-server ensemble, no KRaft controllers', () => {
    const { sim } = run(zkScenario(1), 1000);
    const s = sim.snapshot();
    expect(sim.controllers.size).toBe(0);
    expect(s.controller).toEqual({
      mode: 'zookeeper',
      leader: 1,
      epoch: 1,
      quorum: [
        { id: 4001, role: 'follower', status: 'online' },
        { id: 4002, role: 'follower', status: 'online' },
        { id: 4003, role: 'leader', status: 'online' },
      ],
    });
    expect(s.metrics.ActiveControllerCount).toBe(1);
    const tree = sim.zookeeper!.tree;
    expect(tree.getChildren(ZkPaths.brokerIds)).toEqual(['1', '2', '3']);
    expect(tree.get(ZkPaths.broker(2))!.ephemeralOwner).not.toBeNull();
    expect(tree.get(ZkPaths.partitionState('t', 0))!.data).toMatchObject({
      kind: 'partitionState',
      leaderEpoch: 0,
      controllerEpoch: 1,
    });
  });

  it('elects another broker through /controller when the controller dies, after its session expires', () => {
    const { sim, trace } = run(zkScenario(2, [{ at: 5000, do: 'killBroker', broker: 1 }]), 40000);
    const expired = ofType(trace, 'zookeeper.session').find((e) => e.broker === 1)!;
    expect(expired.state).toBe('expired');
    // Nothing happens on the crash itself: only the session timeout tells ZooKeeper.
    expect(expired.time).toBeGreaterThanOrEqual(5000 + SESSION_TIMEOUT - SESSION_TIMEOUT / 3);
    const elected = ofType(trace, 'controller.elected');
    expect(elected).toHaveLength(1);
    expect(elected[0]!.controller).not.toBe(1);
    expect(elected[0]!.epoch).toBe(2);
    expect(elected[0]!.time).toBeGreaterThan(expired.time);
    // Ready only once it has read every partition's state from ZooKeeper.
    const loading = ofType(trace, 'controller.loading')[0]!;
    const active = ofType(trace, 'controller.active')[0]!;
    expect(loading).toMatchObject({ controller: elected[0]!.controller, epoch: 2, partitions: 3 });
    expect(active).toMatchObject({ controller: elected[0]!.controller, epoch: 2 });
    expect(active.time).toBeGreaterThan(loading.time);
    const s = sim.snapshot();
    expect(s.controller.leader).toBe(elected[0]!.controller);
    expect(s.controller.epoch).toBe(2);
    // Broker 1's partitions have new leaders, chosen by the new controller.
    for (const p of s.topics[0]!.partitions) {
      expect(p.leader).not.toBe(1);
      expect(p.isr).not.toContain(1);
    }
    const moved = ofType(trace, 'leader.elected');
    expect(moved.length).toBeGreaterThan(0);
    for (const e of moved) expect(e.time).toBeGreaterThanOrEqual(active.time);
    expect(ofType(trace, 'controller.leaderAndIsr').length).toBeGreaterThan(0);
  });

  it('elects leaders for the partitions of a broker whose session expired though it still runs', () => {
    // Cut from ZooKeeper and the brokers, broker 2 keeps running.
    const s = zkScenario(3, [{ at: 5000, do: 'isolateBroker', broker: 2 }]);
    const led = createSimulation(s)
      .snapshot()
      .topics[0]!.partitions.find((p) => p.leader === 2)!.partition;
    const { sim, trace } = run(s, 40000);
    const expired = ofType(trace, 'zookeeper.session').find((e) => e.broker === 2)!;
    expect(expired.state).toBe('expired');
    expect(sim.brokers.get(2)!.isUp()).toBe(true);
    const elected = ofType(trace, 'leader.elected').filter((e) => e.partition === led);
    expect(elected.length).toBeGreaterThan(0);
    expect(elected[0]!.reason).toBe('broker 2 session ended');
    expect(elected[0]!.time).toBeGreaterThan(expired.time);
    expect(elected[0]!.time).toBeGreaterThan(5000 + SESSION_TIMEOUT - SESSION_TIMEOUT / 3);
    expect(sim.snapshot().topics[0]!.partitions[led]!.leader).not.toBe(2);
    // The controller (broker 1) did not change: no new /controller.
    expect(ofType(trace, 'controller.elected')).toHaveLength(0);
    expect(sim.snapshot().brokers.find((b) => b.id === 2)!.status).toBe('fenced');
  });

  it('an isolated controller loses /controller; healed, it learns its session expired and resigns', () => {
    const { sim, trace } = run(
      zkScenario(4, [
        { at: 5000, do: 'isolateBroker', broker: 1 },
        { at: 40000, do: 'healBroker', broker: 1 },
      ]),
      60000,
    );
    const elected = ofType(trace, 'controller.elected');
    expect(elected[0]!.controller).not.toBe(1);
    const resigned = ofType(trace, 'controller.resigned');
    expect(resigned).toHaveLength(1);
    expect(resigned[0]).toMatchObject({ controller: 1, epoch: 1 });
    expect(resigned[0]!.time).toBeGreaterThan(40000);
    // Broker 1 came back with a new session and registered again.
    expect(sim.zookeeper!.tree.getChildren(ZkPaths.brokerIds)).toEqual(['1', '2', '3']);
    expect(sim.snapshot().controller.leader).toBe(elected[0]!.controller);
  });

  it('a controlled shutdown moves leadership first and closes the session at once', () => {
    const { trace } = run(zkScenario(5, [{ at: 5000, do: 'shutdownBroker', broker: 2 }]), 12000);
    const offline = ofType(trace, 'broker.status').find((e) => e.broker === 2)!;
    const moved = ofType(trace, 'leader.elected')[0]!;
    expect(moved.reason).toBe('broker 2 controlled shutdown');
    expect(moved.time).toBeLessThan(offline.time);
    const closed = ofType(trace, 'zookeeper.session').find((e) => e.broker === 2)!;
    expect(closed.state).toBe('closed');
    expect(closed.time).toBeLessThan(6000);
  });

  it('a broker that bounced between two reads of /brokers/ids is a new broker (its epoch is newer)', () => {
    // Broker 3 shuts down and is back before the controller reads /brokers/ids again: without its
    // epoch the controller would still count it shutting down, and never let it lead again.
    const { sim, trace } = run(
      zkScenario(9, [
        { at: 1008, do: 'shutdownBroker', broker: 3 },
        { at: 1015, do: 'restartBroker', broker: 3 },
        { at: 20000, do: 'shutdownBroker', broker: 2 },
      ]),
      30000,
    );
    const sessions = ofType(trace, 'zookeeper.session').filter((e) => e.broker === 3);
    expect(sessions.map((e) => e.state)).toEqual(['closed', 'created']);
    expect(sessions[1]!.time).toBe(sessions[0]!.time);
    const c = sim.brokers.get(1)!.zk!.controller.context!;
    expect(c.shuttingDown.has(3)).toBe(false);
    expect(c.brokerEpochs.get(3)).toBe(sim.zookeeper!.tree.get(ZkPaths.broker(3))!.mzxid);
    // Broker 2's leaderships could go to 3 as well as 1: 3 is acceptable again.
    const moved = ofType(trace, 'leader.elected').filter((e) => e.time >= 20000);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((e) => e.leader !== 2 && e.leader !== null)).toBe(true);
  });

  it('a restarted broker registers again and rejoins the ISR', () => {
    const { sim } = run(
      zkScenario(6, [
        { at: 2000, do: 'killBroker', broker: 3 },
        { at: 4000, do: 'restartBroker', broker: 3 },
      ]),
      70000,
    );
    expect(sim.zookeeper!.tree.getChildren(ZkPaths.brokerIds)).toEqual(['1', '2', '3']);
    for (const p of sim.snapshot().topics[0]!.partitions)
      expect([...p.isr].sort()).toEqual([1, 2, 3]);
  });

  it('a minority ensemble accepts no writes and serves no session; a majority again catches up', () => {
    const create = { name: 'u', partitions: 2, replicationFactor: 2 };
    const { sim, trace } = run(
      zkScenario(7, [
        { at: 1000, do: 'killBroker', broker: 4002 },
        { at: 1000, do: 'killBroker', broker: 4003 },
        { at: 2000, do: 'createTopic', topic: create },
      ]),
      30000,
    );
    const zk = sim.zookeeper!;
    expect(zk.leaderId).toBeNull();
    expect(zk.tree.get(ZkPaths.topic('u'))).toBeUndefined();
    expect(sim.snapshot().controller.quorum.map((q) => q.role)).toEqual([
      'candidate',
      'unattached',
      'unattached',
    ]);
    for (const b of sim.brokers.values()) expect(b.zk!.client!.connected).toBe(false);
    // No session expired meanwhile: with no leader, nobody expires them.
    expect(ofType(trace, 'zookeeper.session').filter((e) => e.state === 'expired')).toHaveLength(0);
    sim.apply({ do: 'restartBroker', broker: 4003 });
    sim.advanceTo(45000);
    expect(zk.leaderId).toBe(4003);
    expect(
      sim
        .snapshot()
        .topics.find((t) => t.name === 'u')!
        .partitions.map((p) => p.leader),
    ).not.toContain(null);
  });

  it("the view's query: znodes in Kafka's JSON, sessions counting down, a loading controller", () => {
    const sim = createSimulation(zkScenario(10, [{ at: 5000, do: 'killBroker', broker: 1 }], 300));
    let loadingSeen: { read: number; total: number } | null = null;
    for (let t = 18000; t < 30000 && !loadingSeen; t += 100) {
      sim.advanceTo(t);
      loadingSeen = zookeeperView(sim)!.brokers.find((b) => b.loading)?.loading ?? null;
    }
    expect(loadingSeen!.total).toBe(300);
    expect(loadingSeen!.read).toBeLessThan(300);
    sim.advanceTo(40000);
    const v = zookeeperView(sim)!;
    const controller = v.znodes.find((z) => z.path === '/controller')!;
    const id = sim.snapshot().controller.leader!;
    expect(controller.data).toBe(`{"version":1,"brokerid":${id}}`);
    expect(controller.ephemeralOwner).toBe(v.brokers.find((b) => b.id === id)!.session);
    expect(v.znodes.find((z) => z.path === '/controller_epoch')!.data).toBe('2');
    const state = v.znodes.find((z) => z.path.endsWith('/state'))!;
    expect(JSON.parse(state.data)).toMatchObject({ controller_epoch: 2, version: 1 });
    const s1 = v.sessions.find((s) => s.broker === 1)!;
    expect(s1.state).toBe('expired');
    for (const s of v.sessions.filter((x) => x.state === 'open'))
      expect(s.expiresInMs).toBeGreaterThan(SESSION_TIMEOUT / 3 - 1000);
    expect(v.brokers.find((b) => b.id === 1)!.clientState).toBe('down');
    expect(v.brokers.find((b) => b.id === id)).toMatchObject({ isController: true, ready: true });
  });

  it('runs the same seed to the same trace', () => {
    const s = zkScenario(8, [
      { at: 3000, do: 'killBroker', broker: 1 },
      { at: 9000, do: 'isolateBroker', broker: 4003 },
      { at: 30000, do: 'restartBroker', broker: 1 },
    ]);
    const a = run(s, 50000).trace;
    const b = run(s, 50000).trace;
    expect(a.length).toBeGreaterThan(100);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
