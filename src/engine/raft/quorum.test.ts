// The KRaft controller quorum (KIP-595) as the simulation runs it: elections, commits, failover.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../index';
import type { TraceEvent } from '../trace/TraceEvent';
import { createSimulation, type Simulation } from '../sim/Simulation';
import { ofType } from '../test/scenarios';
import type { MetadataLogEntry } from '../controller/MetadataRecord';

const ELECTION_TIMEOUT = 1000;
const FETCH_TIMEOUT = 2000;
const BACKOFF_MAX = 1000;

function quorumScenario(
  seed: number,
  actions: Scenario['actions'] = [],
  controllers?: number,
): Scenario {
  return {
    version: 1,
    seed,
    cluster: { brokers: 3, ...(controllers !== undefined ? { controllers } : {}) },
    topics: [{ name: 't', partitions: 3, replicationFactor: 3 }],
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

function run(s: Scenario, until: number): { sim: Simulation; trace: TraceEvent[] } {
  const sim = createSimulation(s);
  const trace: TraceEvent[] = [];
  sim.onTrace((e) => trace.push(e), { skip: new Set(['net.send', 'net.deliver']) });
  sim.advanceTo(until);
  return { sim, trace };
}

/** Leaders by epoch, from the raft.state events (who won each epoch's election). */
function leadersByEpoch(trace: TraceEvent[]): Map<number, Set<number>> {
  const byEpoch = new Map<number, Set<number>>();
  for (const e of ofType(trace, 'raft.state'))
    if (e.state === 'leader') {
      const s = byEpoch.get(e.epoch) ?? new Set<number>();
      s.add(e.node);
      byEpoch.set(e.epoch, s);
    }
  return byEpoch;
}

/** The committed prefix of a voter's log. */
function committed(sim: Simulation, id: number): MetadataLogEntry[] {
  const raft = sim.controllers.get(id)!.raft;
  return raft.log.entries.slice(0, raft.highWatermark);
}

describe('a 3-voter quorum fails over (KIP-595)', () => {
  it('over many seeds: one leader per epoch, a new one within the timeouts, no committed record lost', () => {
    // The bound: the followers notice after the fetch timeout, then at worst a split vote —
    // two randomized election timeouts and a backoff — and a few round trips, twice.
    const bound = FETCH_TIMEOUT + 2 * (2 * ELECTION_TIMEOUT + BACKOFF_MAX) + 500;
    let slowest = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { sim, trace } = run(
        quorumScenario(seed, [
          {
            at: 1000,
            do: 'createTopic',
            topic: { name: 'u', partitions: 2, replicationFactor: 2 },
          },
          { at: 3000, do: 'killBroker', broker: 3001 },
        ]),
        3000,
      );
      // Before the crash: the topic's records are committed on a majority.
      const before = committed(sim, 3001);
      expect(before.some((e) => e.record.type === 'Partition' && e.record.topic === 'u')).toBe(
        true,
      );
      sim.advanceTo(20000);
      for (const [epoch, leaders] of leadersByEpoch(trace))
        expect([...leaders], `seed ${seed} epoch ${epoch}`).toHaveLength(1);
      const active = ofType(trace, 'controller.active').find((e) => e.time > 3000);
      expect(active, `seed ${seed}`).toBeDefined();
      expect(active!.controller).not.toBe(3001);
      slowest = Math.max(slowest, active!.time - 3000);
      expect(active!.time - 3000, `seed ${seed}`).toBeLessThanOrEqual(bound);
      // Every record committed before the crash is in the new leader's committed log, unchanged.
      const after = committed(sim, active!.controller);
      expect(after.slice(0, before.length)).toEqual(before);
      expect(sim.snapshot().controller).toMatchObject({ leader: active!.controller });
      expect(sim.snapshot().metrics.ActiveControllerCount).toBe(1);
    }
    // Not instant: the fetch timeout passes first.
    expect(slowest).toBeGreaterThanOrEqual(FETCH_TIMEOUT - 500);
  });

  it('the snapshot names the quorum: the leader, its epoch, each voter’s role and status', () => {
    const { sim } = run(quorumScenario(3, [{ at: 2000, do: 'killBroker', broker: 3001 }]), 1000);
    expect(sim.snapshot().controller).toEqual({
      mode: 'kraft',
      leader: 3001,
      epoch: 1,
      quorum: [
        { id: 3001, role: 'leader', status: 'online' },
        { id: 3002, role: 'follower', status: 'online' },
        { id: 3003, role: 'follower', status: 'online' },
      ],
    });
    sim.advanceTo(15000);
    const c = sim.snapshot().controller;
    expect(c.quorum[0]).toEqual({ id: 3001, role: 'unattached', status: 'offline' });
    expect(c.epoch).toBeGreaterThan(1);
    expect(c.quorum.filter((q) => q.role === 'leader').map((q) => q.id)).toEqual([c.leader]);
  });

  it('a restarted old leader rejoins as a follower of the new epoch', () => {
    const { sim } = run(
      quorumScenario(5, [
        { at: 2000, do: 'killBroker', broker: 3001 },
        { at: 12000, do: 'restartBroker', broker: 3001 },
      ]),
      20000,
    );
    const q = sim.snapshot().controller;
    expect(q.quorum.find((v) => v.id === 3001)).toEqual({
      id: 3001,
      role: 'follower',
      status: 'online',
    });
    const leader = sim.controllers.get(q.leader!)!.raft;
    const old = sim.controllers.get(3001)!.raft;
    expect(old.quorum.epoch).toBe(leader.quorum.epoch);
    expect(old.log.entries.slice(0, old.highWatermark)).toEqual(
      leader.log.entries.slice(0, old.highWatermark),
    );
  });
});

describe('a minority cannot elect or commit', () => {
  it('an isolated leader appends but never commits; it resigns, and its entry is cut on heal', () => {
    const { sim, trace } = run(
      quorumScenario(7, [
        { at: 3000, do: 'isolateBroker', broker: 3001 },
        { at: 15000, do: 'healBroker', broker: 3001 },
      ]),
      3100,
    );
    const old = sim.controllers.get(3001)!;
    const hw = old.raft.highWatermark;
    // Still leader of epoch 1 until check quorum: its append has no majority to commit it.
    const offset = old.raft.append({
      type: 'BrokerRegistrationChange',
      broker: 2,
      fenced: true,
      inControlledShutdown: false,
    });
    expect(offset).not.toBeNull();
    sim.advanceTo(14000);
    expect(old.raft.highWatermark).toBe(hw);
    // Never applied to the cluster's committed metadata: broker 2 stays unfenced.
    expect(sim.metadata.brokers.get(2)!.fenced).toBe(false);
    expect(sim.snapshot().brokers.find((b) => b.id === 2)!.status).toBe('online');
    // The old leader gave up (check quorum); the majority elected another.
    expect(ofType(trace, 'raft.state').some((e) => e.node === 3001 && e.state === 'resigned')).toBe(
      true,
    );
    const newLeader = sim.snapshot().controller.leader!;
    expect([3002, 3003]).toContain(newLeader);
    sim.advanceTo(25000);
    // Healed: it follows the new leader and its uncommitted entry is gone (truncated).
    expect(ofType(trace, 'raft.truncate').some((e) => e.node === 3001 && e.to <= offset!)).toBe(
      true,
    );
    const leaderLog = sim.controllers.get(sim.snapshot().controller.leader!)!.raft.log.entries;
    expect(old.raft.log.entries).toEqual(leaderLog.slice(0, old.raft.log.entries.length));
    expect(
      leaderLog.some(
        (e) => e.record.type === 'BrokerRegistrationChange' && e.epoch === 1 && e.offset === offset,
      ),
    ).toBe(false);
    for (const [, leaders] of leadersByEpoch(trace)) expect(leaders.size).toBe(1);
  });

  it('with two of three voters cut off, nobody is elected and nothing commits', () => {
    const { sim, trace } = run(
      quorumScenario(9, [
        { at: 3000, do: 'isolateBroker', broker: 3001 },
        { at: 3000, do: 'isolateBroker', broker: 3002 },
      ]),
      3000,
    );
    const hws = [...sim.controllers.values()].map((c) => c.raft.highWatermark);
    sim.advanceTo(30000);
    expect(ofType(trace, 'controller.active').filter((e) => e.time > 3000)).toEqual([]);
    expect(
      ofType(trace, 'raft.state').filter((e) => e.time > 3000 && e.state === 'leader'),
    ).toEqual([]);
    // Candidates kept trying, in ever higher epochs, without a majority.
    expect(ofType(trace, 'raft.state').some((e) => e.state === 'candidate' && e.epoch > 2)).toBe(
      true,
    );
    expect([...sim.controllers.values()].map((c) => c.raft.highWatermark)).toEqual(hws);
    expect(sim.snapshot().controller.leader).toBeNull();
    expect(sim.snapshot().metrics.ActiveControllerCount).toBe(0);
  });

  it('a voter refuses a candidate whose log is behind, and votes once per epoch', () => {
    const { trace } = run(
      quorumScenario(11, [{ at: 3000, do: 'killBroker', broker: 3001 }]),
      20000,
    );
    const votes = ofType(trace, 'raft.vote');
    expect(votes.length).toBeGreaterThan(0);
    const granted = new Map<string, number>();
    for (const v of votes.filter((x) => x.granted)) {
      const key = `${v.voter}@${v.epoch}`;
      // One vote per voter per epoch (the same candidate may ask again).
      expect(granted.get(key) ?? v.candidate).toBe(v.candidate);
      granted.set(key, v.candidate);
    }
  });
});

describe('brokers across a controller failover', () => {
  it('keep their heartbeats: none is fenced; a dead one is fenced by the new controller, then unfenced', () => {
    const { sim, trace } = run(
      quorumScenario(13, [
        { at: 3000, do: 'killBroker', broker: 3001 },
        { at: 4000, do: 'killBroker', broker: 2 },
        { at: 30000, do: 'restartBroker', broker: 2 },
      ]),
      45000,
    );
    const active = ofType(trace, 'controller.active').find((e) => e.time > 3000)!;
    const fenced = ofType(trace, 'broker.fenced');
    expect(fenced.map((e) => e.broker)).toEqual([2]);
    // By the new controller, a full session after it took over (every broker counts as heard
    // from at activation), not by the dead one.
    expect(fenced[0]!.reason).toBe('broker.session.timeout.ms');
    expect(fenced[0]!.time).toBeGreaterThanOrEqual(active.time + 9000);
    expect(fenced[0]!.time).toBeLessThan(active.time + 9000 + 500);
    // Partitions led by broker 2 moved away.
    expect(
      ofType(trace, 'leader.elected').filter((e) => e.time > active.time && e.leader === 2),
    ).toEqual([]);
    const unfenced = ofType(trace, 'broker.unfenced').filter((e) => e.broker === 2);
    expect(unfenced.length).toBe(1);
    expect(unfenced[0]!.time).toBeGreaterThan(30000);
    expect(sim.snapshot().brokers.map((b) => b.status)).toEqual(['online', 'online', 'online']);
    // Every broker follows the new leader's metadata log to its committed end.
    const hw = sim.controllers.get(active.controller)!.raft.highWatermark;
    for (const b of sim.brokers.values()) {
      expect(b.metadata.raft.quorum.leaderId).toBe(active.controller);
      expect(b.metadata.offset).toBeGreaterThanOrEqual(hw - 2);
    }
    expect(sim.snapshot().metrics.AcknowledgedRecordsLost).toBe(0);
  });

  it('an isolated controller is refused as a broker-only action target, and the ids are checked', () => {
    expect(() =>
      createSimulation(quorumScenario(1, [{ at: 1000, do: 'slowBroker', broker: 3001 }])),
    ).toThrow(/broker\.notFound/);
    expect(() =>
      createSimulation(quorumScenario(1, [{ at: 1000, do: 'killBroker', broker: 3002 }], 1)),
    ).toThrow(/broker\.notFound/);
    expect(() => createSimulation(quorumScenario(1, [], 2))).toThrow(/cluster\.controllers/);
  });
});

describe('quorum sizes', () => {
  it('one voter: it leads alone and commits at once; killed, nobody leads until it is back', () => {
    const { sim, trace } = run(
      quorumScenario(
        2,
        [
          { at: 2000, do: 'killBroker', broker: 3001 },
          { at: 6000, do: 'restartBroker', broker: 3001 },
        ],
        1,
      ),
      4000,
    );
    expect(sim.snapshot().controller.leader).toBeNull();
    sim.advanceTo(12000);
    expect(sim.snapshot().controller).toMatchObject({ leader: 3001 });
    expect(ofType(trace, 'controller.active').filter((e) => e.time > 6000)).toHaveLength(1);
  }, 20000);

  it('five voters survive two failures', () => {
    const { sim, trace } = run(
      quorumScenario(
        4,
        [
          { at: 2000, do: 'killBroker', broker: 3001 },
          { at: 2000, do: 'killBroker', broker: 3002 },
        ],
        5,
      ),
      20000,
    );
    const active = ofType(trace, 'controller.active').find((e) => e.time > 2000)!;
    expect([3003, 3004, 3005]).toContain(active.controller);
    expect(sim.snapshot().controller.quorum).toHaveLength(5);
  });
});

describe('determinism', () => {
  it('the same scenario gives the same elections, votes and commits', () => {
    const s = quorumScenario(21, [
      { at: 2000, do: 'isolateBroker', broker: 3001 },
      { at: 9000, do: 'healBroker', broker: 3001 },
      { at: 12000, do: 'killBroker', broker: 3002 },
    ]);
    const pick = (t: TraceEvent[]) =>
      t.filter((e) => e.type.startsWith('raft.') || e.type.startsWith('controller.'));
    const a = run(s, 30000);
    const b = run(s, 30000);
    expect(pick(b.trace)).toEqual(pick(a.trace));
    expect(pick(a.trace).length).toBeGreaterThan(5);
    expect(b.sim.snapshot()).toEqual(a.sim.snapshot());
  });
});
