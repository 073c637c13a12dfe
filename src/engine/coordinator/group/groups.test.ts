// Consumer groups run end to end (coordinator on a broker, members over the network), checked
// against what Kafka does: where the coordinator is, the classic protocol's timing, eager and
// cooperative rebalances, commits and redelivery, lag, coordinator failover, several groups.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../index';
import { createSimulation, ScenarioValidationError } from '../../index';
import { formatError } from '../../../content/errors';
import { ofType, runWithTrace } from '../../test/scenarios';
import { TOPIC, groupScenario } from '../../test/groupScenario';
import { abs, javaStringHashCode } from '../../common/utils/Utils';
import { GROUP_METADATA_TOPIC_NAME, parseOffsetsRecord } from './OffsetsTopic';

const scenario = groupScenario;

const assigns = (trace: TraceEvent[], group = 'g') =>
  ofType(trace, 'group.assign').filter((a) => a.group === group);
const consumedBy = (trace: TraceEvent[], member: string, from = 0, to = Infinity) =>
  ofType(trace, 'consume.record').filter(
    (c) => c.member === member && c.time >= from && c.time <= to,
  );

describe('__consumer_offsets and the coordinator', () => {
  it('is an internal topic of 50 partitions, RF capped at the brokers, left out of the snapshot by default', () => {
    const sim = createSimulation(scenario({ brokers: 2 }));
    sim.advanceTo(1000);
    expect(sim.snapshot().topics.map((t) => t.name)).toEqual([TOPIC]);
    const internal = sim
      .snapshot({ internalTopics: true })
      .topics.find((t) => t.name === GROUP_METADATA_TOPIC_NAME)!;
    expect(internal.partitions).toHaveLength(50);
    // offsets.topic.replication.factor 3 on 2 brokers: capped to 2 (Kafka would not create it).
    expect(internal.partitions.every((p) => p.replicas.length === 2)).toBe(true);
    // A run without groups has no such topic, as Kafka creates it on first use.
    const plain = createSimulation({ ...scenario({}), consumerGroups: [] });
    expect(plain.metadata.topic(GROUP_METADATA_TOPIC_NAME)).toBeUndefined();
  });

  it('the coordinator is the leader of partition abs(hashCode(groupId)) % 50', () => {
    const { sim, trace } = runWithTrace(scenario({ groups: [{ id: 'waiting-app' }] }), 8000);
    // "waiting-app".hashCode() in Java, computed by hand: 31-polynomial over its chars.
    const partition = abs(javaStringHashCode('waiting-app')) % 50;
    const leader = sim.metadata.leaderOf(GROUP_METADATA_TOPIC_NAME, partition);
    const g = sim.snapshot().consumerGroups[0]!;
    expect(g.coordinator).toEqual({ partition, broker: leader });
    expect(ofType(trace, 'group.join').every((j) => j.coordinator === leader)).toBe(true);
    expect(g.members.every((m) => m.coordinator === leader)).toBe(true);
  });
});

describe('the classic protocol', () => {
  it('a new group waits group.initial.rebalance.delay.ms (extended while members keep joining); one generation for all', () => {
    const { trace } = runWithTrace(scenario({}), 10000);
    const joins = ofType(trace, 'group.join');
    const first = joins[0]!;
    const states = ofType(trace, 'group.state').map((s) => `${s.from}>${s.to}`);
    expect(states.slice(0, 3)).toEqual([
      'Empty>PreparingRebalance',
      'PreparingRebalance>CompletingRebalance',
      'CompletingRebalance>Stable',
    ]);
    const completing = ofType(trace, 'group.state').find((s) => s.to === 'CompletingRebalance')!;
    // 3 s after the first JoinGroup, then 3 s more because others joined meanwhile.
    expect(completing.time).toBe(first.time + 6000);
    expect(completing.generation).toBe(1);
    expect(completing.leader).toBe(first.member); // the first member to join leads
    expect(completing.protocol).toBe('range');
    expect(assigns(trace)).toHaveLength(1);
    // Only the leader's SyncGroup carries the assignment; everyone syncs.
    const syncs = ofType(trace, 'group.sync');
    expect(syncs.filter((s) => s.leader).map((s) => s.member)).toEqual([first.member]);
    expect(syncs).toHaveLength(3);
  });

  it('group.initial.rebalance.delay.ms=0: the join phase ends as soon as the delay timer fires', () => {
    const { trace } = runWithTrace(
      scenario({ cluster: { 'group.initial.rebalance.delay.ms': 0 }, groups: [{ members: 1 }] }),
      3000,
    );
    const join = ofType(trace, 'group.join')[0]!;
    const completing = ofType(trace, 'group.state').find((s) => s.to === 'CompletingRebalance')!;
    expect(completing.time).toBe(join.time);
  });

  it('a graceful close leaves at once: LeaveGroup, then a rebalance without it', () => {
    const { trace } = runWithTrace(
      scenario({ actions: [{ at: 12000, do: 'removeConsumer', group: 'g', member: 'g-2' }] }),
      20000,
    );
    const left = ofType(trace, 'member.left').find((l) => l.member === 'g-2')!;
    expect(left.reason).toBe('leave');
    // One commit round trip and the LeaveGroup (not the session timeout); the seeded jitter differs
    // since the network also carries the controller quorum's fetches.
    expect(left.time - 12000).toBeLessThan(300);
    const next = assigns(trace).at(-1)!;
    expect(Object.keys(next.assignment).sort()).toEqual(['g-1', 'g-3']);
    // The others learn of the rebalance at their next heartbeat (heartbeat.interval.ms 3 s).
    expect(next.time - left.time).toBeLessThan(3000 + 500);
    // It finished its batch and committed before leaving: its partition goes on without a gap
    // and without a record read twice.
    const p1 = ofType(trace, 'consume.record')
      .filter((c) => c.partition === 1)
      .map((c) => c.record.offset!);
    expect(p1).toEqual(p1.map((_, i) => i));
  });

  it('a crashed member keeps its partitions until session.timeout.ms has passed without heartbeats', () => {
    const s = scenario({
      groups: [{ config: { 'session.timeout.ms': 10000 } }],
      actions: [{ at: 12000, do: 'crashConsumer', group: 'g', member: 'g-1' }],
    });
    const { sim, trace } = runWithTrace(s, 40000);
    const left = ofType(trace, 'member.left').find((l) => l.member === 'g-1')!;
    expect(left.reason).toBe('session.timeout');
    // Its last heartbeat was at most heartbeat.interval.ms (3 s) before the crash.
    expect(left.time).toBeGreaterThanOrEqual(12000 + 10000 - 3000);
    expect(left.time).toBeLessThanOrEqual(12000 + 10000 + 100);
    const before = assigns(trace).filter((a) => a.time < left.time);
    expect(before.at(-1)!.assignment['g-1']).toEqual([{ topic: TOPIC, partition: 0 }]);
    const after = assigns(trace).at(-1)!;
    expect(after.time).toBeGreaterThan(left.time);
    expect(Object.keys(after.assignment).sort()).toEqual(['g-2', 'g-3']);
    // Partition 0 is read again only after the session expired.
    const p0 = ofType(trace, 'consume.record').filter((c) => c.partition === 0 && c.time > 12000);
    expect(p0.length).toBeGreaterThan(0);
    expect(p0.every((c) => c.time > left.time)).toBe(true);
    // Listed while the coordinator still counts it; gone after.
    expect(sim.snapshot().consumerGroups[0]!.members.map((m) => m.id)).toEqual(['g-2', 'g-3']);
  });

  it('a member that stops polling for max.poll.interval.ms leaves; its partitions move; it rejoins later', () => {
    const s = scenario({
      groups: [{ config: { 'max.poll.interval.ms': 8000 } }],
      actions: [{ at: 12000, do: 'stallConsumer', group: 'g', member: 'g-2', ms: 20000 }],
    });
    const { trace } = runWithTrace(s, 50000);
    const left = ofType(trace, 'member.left').find((l) => l.member === 'g-2')!;
    expect(left.reason).toBe('max.poll.interval');
    expect(left.time).toBeGreaterThanOrEqual(12000 + 8000);
    expect(left.time).toBeLessThan(12000 + 8000 + 200);
    const moved = assigns(trace).find((a) => a.time > left.time)!;
    expect(Object.keys(moved.assignment).sort()).toEqual(['g-1', 'g-3']);
    // Back after the stall: it joins again and gets a partition.
    const last = assigns(trace).at(-1)!;
    expect(last.time).toBeGreaterThan(32000);
    expect(Object.keys(last.assignment).sort()).toEqual(['g-1', 'g-2', 'g-3']);
  });

  it('group states: Dead while the coordinator is down, back to Stable on the new coordinator', () => {
    const probe = createSimulation(scenario({}));
    const coordinator = probe.snapshot().consumerGroups[0]!.coordinator.broker!;
    const sim = createSimulation(
      scenario({ actions: [{ at: 12000, do: 'killBroker', broker: coordinator }] }),
    );
    sim.advanceTo(11000);
    expect(sim.snapshot().consumerGroups[0]!.state).toBe('Stable');
    const generation = sim.snapshot().consumerGroups[0]!.generation;
    sim.advanceTo(13000);
    // Dead: no coordinator; what it would load shows the same generation and offsets.
    const dead = sim.snapshot().consumerGroups[0]!;
    expect(dead.state).toBe('Dead');
    expect(dead.generation).toBe(generation);
    expect(dead.coordinator.broker).toBeNull();
    expect(dead.committed).toHaveLength(3);
    sim.advanceTo(40000);
    const g = sim.snapshot().consumerGroups[0]!;
    expect(g.state).toBe('Stable');
    expect(g.coordinator.broker).not.toBe(coordinator);
  });
});

describe('eager and cooperative rebalancing', () => {
  const withFourth = (strategy: string) =>
    scenario({
      rate: 60,
      groups: [{ config: { 'partition.assignment.strategy': strategy }, processingMsPerRecord: 2 }],
      partitions: 6,
      actions: [{ at: 15000, do: 'addConsumer', group: 'g' }],
    });

  it('eager (range): every member revokes everything; nobody consumes until the new assignment', () => {
    const { trace } = runWithTrace(withFourth('range'), 30000);
    const revokes = ofType(trace, 'group.revoke').filter((r) => r.time > 15000);
    expect(revokes.map((r) => r.member).sort()).toEqual(['g-1', 'g-2', 'g-3']);
    expect(revokes.every((r) => r.protocol === 'EAGER' && r.partitions.length === 2)).toBe(true);
    const assigned = ofType(trace, 'member.assigned').filter((a) => a.time > 15000);
    // Each member reads nothing from its revocation until its new assignment…
    for (const r of revokes) {
      const back = assigned.find((a) => a.member === r.member)!;
      expect(consumedBy(trace, r.member, r.time + 1, back.time - 1)).toEqual([]);
    }
    // …and between the last revocation and the first new assignment the whole group is paused.
    const lastRevoke = Math.max(...revokes.map((r) => r.time));
    const firstAssigned = Math.min(...assigned.map((a) => a.time));
    expect(firstAssigned).toBeGreaterThan(lastRevoke);
    const paused = ofType(trace, 'consume.record').filter(
      (c) => c.time > lastRevoke && c.time < firstAssigned,
    );
    expect(paused).toEqual([]);
    // One rebalance.
    expect(assigns(trace).filter((a) => a.time > 15000)).toHaveLength(1);
  });

  it('cooperative-sticky: only the moving partitions are revoked, over two rebalances; the others keep consuming', () => {
    const { trace } = runWithTrace(withFourth('cooperative-sticky'), 30000);
    const gens = assigns(trace).filter((a) => a.time > 15000);
    expect(gens).toHaveLength(2);
    // Round 1: the new member gets nothing yet; one member gives one partition up (6 over 4
    // members is 2, 2, 1, 1: only one partition has to move).
    expect(gens[0]!.assignment['g-4']).toEqual([]);
    const revokes = ofType(trace, 'group.revoke').filter((r) => r.time > 15000);
    expect(revokes).toHaveLength(1);
    expect(revokes[0]!).toMatchObject({ protocol: 'COOPERATIVE', reason: 'reassigned' });
    expect(revokes[0]!.partitions).toHaveLength(1);
    // Round 2: it gets it.
    expect(gens[1]!.assignment['g-4']).toEqual(revokes[0]!.partitions);
    // Unaffected partitions were read throughout both rebalances.
    const from = Math.min(
      ...ofType(trace, 'group.join')
        .filter((j) => j.time > 15000)
        .map((j) => j.time),
    );
    const to = gens[1]!.time;
    for (const m of ['g-1', 'g-2', 'g-3'])
      expect(consumedBy(trace, m, from, to).length).toBeGreaterThan(0);
    const kept = (m: string) =>
      gens[0]!.assignment[m]!.filter((p) =>
        gens[1]!.assignment[m]!.some((q) => q.partition === p.partition),
      );
    for (const m of ['g-1', 'g-2', 'g-3']) expect(kept(m)).toEqual(gens[0]!.assignment[m]);
  });
});

describe('changing the assignor', () => {
  it('setConfig partition.assignment.strategy restarts the members: they leave, rejoin, and the group switches', () => {
    const s = scenario({
      actions: [
        {
          at: 12000,
          do: 'setConfig',
          target: 'group:g',
          key: 'partition.assignment.strategy',
          value: 'cooperative-sticky',
        },
      ],
    });
    const { sim, trace } = runWithTrace(s, 30000);
    const left = ofType(trace, 'member.left').filter((l) => l.time >= 12000);
    expect(left.map((l) => `${l.member}:${l.reason}`).sort()).toEqual([
      'g-1:leave',
      'g-2:leave',
      'g-3:leave',
    ]);
    const g = sim.snapshot().consumerGroups[0]!;
    expect(g.state).toBe('Stable');
    expect(g.strategy).toBe('cooperative-sticky');
    expect(g.rebalanceProtocol).toBe('COOPERATIVE');
    expect(g.members.flatMap((m) => m.assignment)).toHaveLength(3);
    // Each committed before leaving: nothing is read twice.
    expect(g.redelivered).toBe(0);
  });
});

describe('offsets', () => {
  it('auto-commit: records processed after the last commit are delivered again after a crash', () => {
    const s = scenario({
      groups: [{ config: { 'session.timeout.ms': 10000 } }],
      actions: [{ at: 17500, do: 'crashConsumer', group: 'g', member: 'g-1' }],
    });
    const { sim, trace } = runWithTrace(s, 45000);
    const lastCommit = ofType(trace, 'offset.commit')
      .filter((c) => c.member === 'g-1' && c.time < 17500)
      .at(-1)!;
    const committed = lastCommit.offsets.find((o) => o.partition === 0)!.offset;
    const processedAfter = consumedBy(trace, 'g-1', 0, 17500)
      .filter((c) => c.partition === 0 && c.record.offset! >= committed)
      .map((c) => c.record.offset!);
    expect(processedAfter.length).toBeGreaterThan(0);
    // The new owner starts at the committed offset: those records come again.
    const fetch = ofType(trace, 'offset.fetch').find((f) => f.partition === 0 && f.time > 17500)!;
    expect(fetch.offset).toBe(committed);
    const again = ofType(trace, 'consume.record')
      .filter((c) => c.partition === 0 && c.time > 17500 && c.member !== 'g-1')
      .map((c) => c.record.offset!);
    for (const o of processedAfter) expect(again).toContain(o);
    expect(sim.snapshot().consumerGroups[0]!.redelivered).toBe(processedAfter.length);
  });

  it('enable.auto.commit=false: the application commits after each poll; a rebalance redelivers nothing', () => {
    const s = scenario({
      groups: [{ config: { 'enable.auto.commit': false } }],
      actions: [{ at: 12000, do: 'addConsumer', group: 'g' }],
    });
    const { sim, trace } = runWithTrace(s, 30000);
    const commits = ofType(trace, 'offset.commit');
    expect(commits.length).toBeGreaterThan(20);
    // Each processed batch is committed right after it: the committed offset follows the reads.
    const g = sim.snapshot().consumerGroups[0]!;
    expect(g.redelivered).toBe(0);
    expect(g.consumed).toBeGreaterThan(500);
  });

  it('lag per partition = high watermark − committed offset', () => {
    const { sim } = runWithTrace(scenario({ groups: [{ processingMsPerRecord: 60 }] }), 30000);
    const snap = sim.snapshot();
    const g = snap.consumerGroups[0]!;
    expect(g.lag).toHaveLength(3);
    for (const l of g.lag) {
      const hw = snap.topics[0]!.partitions[l.partition]!.highWatermark;
      const committed = g.committed.find((c) => c.partition === l.partition)!.offset;
      expect(l.lag).toBe(hw - committed);
    }
    expect(g.lag.some((l) => l.lag > 0)).toBe(true);
  });

  it('commits are records in the group’s __consumer_offsets partition, appended through the log', () => {
    const { sim, trace } = runWithTrace(scenario({}), 20000);
    const { partition, broker } = sim.snapshot().consumerGroups[0]!.coordinator;
    const appends = ofType(trace, 'log.append').filter(
      (a) => a.topic === GROUP_METADATA_TOPIC_NAME && a.partition === partition && a.leader,
    );
    expect(appends.length).toBeGreaterThan(0);
    const log = sim.brokers
      .get(broker!)!
      .replicaManager.getPartition(GROUP_METADATA_TOPIC_NAME, partition)!.log;
    const records = [...log.batches()].flatMap((b) => b.records ?? []);
    const parsed = records.map((r) => parseOffsetsRecord(r.key, r.value)!);
    expect(parsed.some((r) => r.kind === 'group' && r.group === 'g')).toBe(true);
    const last = new Map<number, number>();
    for (const r of parsed) if (r.kind === 'offset') last.set(r.partition, r.offset!);
    for (const c of sim.snapshot().consumerGroups[0]!.committed)
      expect(last.get(c.partition)).toBe(c.offset);
  });

  it('auto.offset.reset=none with nothing committed: the partition is not consumed', () => {
    const { sim } = runWithTrace(
      scenario({ groups: [{ config: { 'auto.offset.reset': 'none' } }] }),
      15000,
    );
    expect(sim.snapshot().consumerGroups[0]!.consumed).toBe(0);
  });
});

describe('coordinator failover', () => {
  it('the coordinator moves when its broker dies; committed offsets survive and consumption goes on', () => {
    const probe = createSimulation(scenario({}));
    const old = probe.snapshot().consumerGroups[0]!.coordinator.broker!;
    const s = scenario({ actions: [{ at: 20000, do: 'killBroker', broker: old }] });
    const sim = createSimulation(s);
    const trace: TraceEvent[] = [];
    sim.onTrace((e) => trace.push(e));
    sim.advanceTo(19999);
    const before = sim.snapshot().consumerGroups[0]!;
    sim.advanceTo(60000);
    const moved = ofType(trace, 'coordinator.moved').find((m) => m.group === 'g')!;
    expect(moved.from).toBe(old);
    expect(moved.to).not.toBe(old);
    // The new leader of the partition loaded the group and its offsets from its own replica.
    expect(moved.time).toBeGreaterThan(20000);
    const after = sim.snapshot().consumerGroups[0]!;
    expect(after.coordinator.broker).toBe(moved.to);
    for (const c of before.committed) {
      const now = after.committed.find((x) => x.partition === c.partition)!;
      expect(now.offset).toBeGreaterThanOrEqual(c.offset);
    }
    // Members found it (FindCoordinator) and kept their generation: no rebalance was needed.
    expect(after.members.every((m) => m.coordinator === moved.to)).toBe(true);
    expect(after.generation).toBe(before.generation);
    expect(
      consumedBy(trace, 'g-1', 30000).length + consumedBy(trace, 'g-2', 30000).length,
    ).toBeGreaterThan(0);
    expect(after.redelivered).toBe(0);
  });
});

describe('coordinator failover with short sessions', () => {
  it('members reach the new coordinator before session.timeout.ms (10 s) runs out there', () => {
    const short = { config: { 'session.timeout.ms': 10000 } };
    const old = createSimulation(scenario({ groups: [short] })).snapshot().consumerGroups[0]!
      .coordinator.broker!;
    const { sim, trace } = runWithTrace(
      scenario({ groups: [short], actions: [{ at: 20000, do: 'killBroker', broker: old }] }),
      60000,
    );
    expect(ofType(trace, 'coordinator.moved').some((m) => m.from === old)).toBe(true);
    expect(ofType(trace, 'member.left')).toEqual([]);
    const g = sim.snapshot().consumerGroups[0]!;
    expect(g.generation).toBe(1);
    expect(g.redelivered).toBe(0);
  });
});

describe('several groups', () => {
  it('two groups read the same topic at their own speed, each with its own offsets', () => {
    const s = scenario({
      rate: 40,
      groups: [
        { id: 'fast', members: 2, processingMsPerRecord: 1 },
        { id: 'slow', members: 1, processingMsPerRecord: 80 },
      ],
    });
    const { sim } = runWithTrace(s, 40000);
    const [fast, slow] = sim.snapshot().consumerGroups as [
      ReturnType<typeof sim.snapshot>['consumerGroups'][number],
      ReturnType<typeof sim.snapshot>['consumerGroups'][number],
    ];
    const total = (g: typeof fast) => g.lag.reduce((x, l) => x + l.lag, 0);
    expect(fast.consumed).toBeGreaterThan(slow.consumed * 2);
    expect(total(slow)).toBeGreaterThan(total(fast) + 100);
    expect(fast.committed).toHaveLength(3);
    expect(slow.committed.length).toBeGreaterThan(0);
    for (const c of slow.committed) {
      const f = fast.committed.find((x) => x.partition === c.partition)!;
      expect(f.offset).toBeGreaterThan(c.offset);
    }
  });
});

describe('scenario validation', () => {
  /** The English sentences of the errors creating the simulation throws ('' if it does not). */
  const refused = (s: Parameters<typeof createSimulation>[0]): string => {
    try {
      createSimulation(s);
    } catch (e) {
      if (!(e instanceof ScenarioValidationError)) throw e;
      return e.errors.map((x) => formatError(x, 'en')).join('\n');
    }
    return '';
  };

  it('refuses classic-only keys with group.protocol=consumer and checks stallConsumer', () => {
    expect(
      refused(
        scenario({
          groups: [
            {
              config: { 'group.protocol': 'consumer', 'partition.assignment.strategy': 'range' },
            },
          ],
        }),
      ),
    ).toMatch(/partition.assignment.strategy cannot be set when group.protocol=CONSUMER/);
    expect(
      refused(
        scenario({ actions: [{ at: 10, do: 'stallConsumer', group: 'g', member: 'g-9', ms: 10 }] }),
      ),
    ).toMatch(/^actions\[0\]\.member: Member "g-9" is not in group "g"/);
    expect(
      refused(
        scenario({ actions: [{ at: 10, do: 'stallConsumer', group: 'g', member: 'g-1', ms: 0 }] }),
      ),
    ).toBe('actions[0].ms: Must be at least 1, got 0.');
  });
});
