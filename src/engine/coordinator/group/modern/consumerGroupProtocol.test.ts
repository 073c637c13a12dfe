// The consumer group protocol (KIP-848, group.protocol=consumer) run end to end, checked against
// what Kafka does: the broker assigns (uniform by default, range on request), members reconcile
// one heartbeat at a time, nobody pauses, a partition never has two owners, liveness is the
// broker's group.consumer.session.timeout.ms, offsets and redelivery behave as in the classic
// protocol, and the group survives its coordinator through its records.
import { describe, expect, it } from 'vitest';
import type { Simulation, TraceEvent } from '../../../index';
import { createSimulation } from '../../../index';
import { ofType, runWithTrace } from '../../../test/scenarios';
import { TOPIC, groupScenario } from '../../../test/groupScenario';
import { GROUP_METADATA_TOPIC_NAME, parseOffsetsRecord } from '../OffsetsTopic';
import type { ConsumerGroupSpec, Action } from '../../../scenario/Scenario';

const KIP848 = { 'group.protocol': 'consumer' };

const consumerGroup = (g: Partial<ConsumerGroupSpec> = {}) => ({
  ...g,
  config: { ...KIP848, ...(g.config ?? {}) },
});

/** Step the run, checking after every step that no partition has two live owners. */
function stepChecked(sim: Simulation, until: number, stepMs = 20, onStep?: () => void): void {
  for (let t = sim.now + stepMs; t <= until; t += stepMs) {
    sim.advanceTo(t);
    for (const g of sim.snapshot().consumerGroups) {
      const owners = new Map<number, string>();
      for (const m of g.members) {
        if (m.status === 'crashed') continue;
        for (const a of m.assignment) {
          expect(owners.get(a.partition), `${g.id} p${a.partition} at ${t}`).toBeUndefined();
          owners.set(a.partition, m.id);
        }
      }
    }
    onStep?.();
  }
}

describe('the consumer group protocol (KIP-848)', () => {
  it('4 members on 3 partitions: the uniform assignor leaves exactly one with nothing', () => {
    const { sim, trace } = runWithTrace(
      groupScenario({ groups: [consumerGroup({ members: 4 })] }),
      20000,
    );
    const g = sim.snapshot().consumerGroups[0]!;
    expect(g.protocol).toBe('consumer');
    expect(g.state).toBe('Stable');
    expect(g.strategy).toBe('uniform');
    expect(g.leader).toBeNull();
    expect(g.assignmentEpoch).toBe(g.generation);
    const sizes = g.members.map((m) => m.assignment.length).sort();
    expect(sizes).toEqual([0, 1, 1, 1]);
    for (const m of g.members) {
      expect(m.assignment).toEqual(m.target);
      expect(m.reconciliation).toBe('STABLE');
      expect(m.state).toBe('STABLE');
      expect(m.generation).toBe(g.generation);
    }
    // No JoinGroup/SyncGroup: one RPC, ConsumerGroupHeartbeat.
    const apis = new Set(ofType(trace, 'net.send').map((s) => s.api));
    expect(apis.has('ConsumerGroupHeartbeat')).toBe(true);
    expect(apis.has('JoinGroup') || apis.has('SyncGroup') || apis.has('Heartbeat')).toBe(false);
  });

  it('a new member: only the partitions that move are revoked; everyone else keeps consuming', () => {
    const s = groupScenario({
      partitions: 6,
      groups: [consumerGroup({ members: 3 })],
      actions: [{ at: 12000, do: 'addConsumer', group: 'g' }],
    });
    const sim = createSimulation(s);
    const trace: TraceEvent[] = [];
    sim.onTrace((e) => trace.push(e));
    sim.advanceTo(11900);
    const before = sim.snapshot().consumerGroups[0]!;
    const ownedBefore = new Map(before.members.map((m) => [m.id, m.assignment.length]));
    // While the group reconciles, no original member is ever left without partitions.
    stepChecked(sim, 25000, 20, () => {
      const g = sim.snapshot().consumerGroups[0]!;
      for (const m of g.members)
        if (ownedBefore.has(m.id)) expect(m.assignment.length).toBeGreaterThan(0);
    });
    const g = sim.snapshot().consumerGroups[0]!;
    expect(g.state).toBe('Stable');
    expect(g.members.map((m) => m.assignment.length).sort()).toEqual([1, 1, 2, 2]);
    // Exactly the partitions the newcomer got were revoked, by their previous owners only.
    const revoked = ofType(trace, 'group.revoke').filter((r) => r.time > 12000);
    const newcomer = g.members.find((m) => !ownedBefore.has(m.id))!;
    expect(revoked.flatMap((r) => r.partitions.map((p) => p.partition)).sort()).toEqual(
      newcomer.assignment.map((a) => a.partition).sort(),
    );
    expect(revoked.every((r) => r.reason === 'reassigned')).toBe(true);
    // Members that kept partitions consumed during the reconciliation window.
    const stable = ofType(trace, 'group.state').find((e) => e.time > 12000 && e.to === 'Stable')!;
    const during = ofType(trace, 'consume.record').filter(
      (c) => c.time > 12100 && c.time < stable.time,
    );
    for (const id of ownedBefore.keys())
      expect(
        during.some((c) => c.member === id),
        `${id} kept consuming`,
      ).toBe(true);
  });

  it('the classic eager group pauses everyone for the same change; the consumer group does not', () => {
    const s = groupScenario({
      partitions: 6,
      groups: [{ id: 'classic' }, consumerGroup({ id: 'kip848' })],
      actions: [
        { at: 12000, do: 'addConsumer', group: 'classic' },
        { at: 12000, do: 'addConsumer', group: 'kip848' },
      ],
    });
    const sim = createSimulation(s);
    sim.advanceTo(11900);
    const emptied = { classic: new Set<string>(), kip848: new Set<string>() };
    stepChecked(sim, 22000, 10, () => {
      for (const g of sim.snapshot().consumerGroups)
        for (const m of g.members)
          if (m.assignment.length === 0 && Number(m.id.split('-')[1]) <= 3)
            emptied[g.id as 'classic' | 'kip848'].add(m.id);
    });
    expect([...emptied.classic].sort()).toEqual(['classic-1', 'classic-2', 'classic-3']);
    expect([...emptied.kip848]).toEqual([]);
  });

  it('a crashed member keeps its partitions until group.consumer.session.timeout.ms, not session.timeout.ms', () => {
    const { trace } = runWithTrace(
      groupScenario({
        groups: [consumerGroup()],
        actions: [{ at: 20000, do: 'crashConsumer', group: 'g', member: 'g-1' }],
      }),
      90000,
    );
    const hb = ofType(trace, 'net.send').filter(
      (s) => s.api === 'ConsumerGroupHeartbeat' && s.from === 'consumer:g/g-1' && s.time < 20000,
    );
    const lastHeartbeat = hb[hb.length - 1]!.arriveAt;
    const left = ofType(trace, 'member.left').find((l) => l.member === 'g-1')!;
    expect(left.reason).toBe('session.timeout');
    expect(left.time).toBe(lastHeartbeat + 45000);
    const lost = ofType(trace, 'member.assigned').filter(
      (a) => a.time > 20000 && a.time < left.time && a.added.length > 0,
    );
    expect(lost).toEqual([]);
    // Within a heartbeat interval after the removal, someone else owns the crashed member's partition.
    const taken = ofType(trace, 'member.assigned').find(
      (a) => a.time > left.time && a.added.length > 0,
    )!;
    expect(taken.time - left.time).toBeLessThanOrEqual(5000 + 500);
  });

  it('a shorter group.consumer.session.timeout.ms (a broker config) removes a crashed member sooner', () => {
    const cluster = {
      'group.consumer.min.session.timeout.ms': 6000,
      'group.consumer.session.timeout.ms': 10000,
      'group.consumer.min.heartbeat.interval.ms': 1000,
      'group.consumer.heartbeat.interval.ms': 2000,
    };
    const { trace } = runWithTrace(
      groupScenario({
        cluster,
        groups: [consumerGroup()],
        actions: [{ at: 20000, do: 'crashConsumer', group: 'g', member: 'g-1' }],
      }),
      40000,
    );
    const left = ofType(trace, 'member.left').find((l) => l.member === 'g-1')!;
    expect(left.time).toBeGreaterThan(28000);
    expect(left.time).toBeLessThan(30100);
  });

  it('auto-commit: what the crashed member processed after its last commit is delivered again', () => {
    const { sim, trace } = runWithTrace(
      groupScenario({
        groups: [consumerGroup()],
        actions: [{ at: 22000, do: 'crashConsumer', group: 'g', member: 'g-1' }],
      }),
      120000,
    );
    const mine = ofType(trace, 'member.assigned').filter((a) => a.member === 'g-1');
    const p = mine[mine.length - 1]!.assignment[0]!.partition;
    const commits = ofType(trace, 'offset.commit').filter(
      (c) => c.member === 'g-1' && c.time < 22000,
    );
    const committed = commits
      .flatMap((c) => c.offsets)
      .filter((o) => o.partition === p)
      .at(-1)!.offset;
    const fetched = ofType(trace, 'offset.fetch').find(
      (f) => f.partition === p && f.time > 22000 && f.member !== 'g-1',
    )!;
    expect(fetched.offset).toBe(committed);
    const processed = ofType(trace, 'consume.record').filter(
      (c) => c.member === 'g-1' && c.partition === p && (c.record.offset ?? -1) >= committed,
    ).length;
    expect(processed).toBeGreaterThan(0);
    expect(sim.snapshot().consumerGroups[0]!.redelivered).toBe(processed);
  });

  it('a graceful close commits and leaves at once (epoch -1); its partitions move at the next heartbeats', () => {
    const { sim, trace } = runWithTrace(
      groupScenario({
        groups: [consumerGroup()],
        actions: [{ at: 20000, do: 'removeConsumer', group: 'g', member: 'g-2' }],
      }),
      30000,
    );
    const left = ofType(trace, 'member.left').find((l) => l.member === 'g-2')!;
    expect(left.reason).toBe('leave');
    // It finishes the batch in hand and commits first.
    expect(left.time).toBeLessThan(21000);
    const g = sim.snapshot().consumerGroups[0]!;
    expect(g.members.map((m) => m.id)).toEqual(['g-1', 'g-3']);
    expect(g.members.flatMap((m) => m.assignment.map((a) => a.partition)).sort()).toEqual([
      0, 1, 2,
    ]);
    expect(g.redelivered).toBe(0);
  });

  it('group.remote.assignor=range: the coordinator cuts contiguous ranges over members sorted by id', () => {
    const { sim, trace } = runWithTrace(
      groupScenario({
        partitions: 6,
        groups: [consumerGroup({ config: { 'group.remote.assignor': 'range' } })],
      }),
      20000,
    );
    const g = sim.snapshot().consumerGroups[0]!;
    expect(g.strategy).toBe('range');
    expect(ofType(trace, 'group.target').every((t) => t.assignor === 'range')).toBe(true);
    expect(g.members.map((m) => [m.id, m.assignment.map((a) => a.partition)])).toEqual([
      ['g-1', [0, 1]],
      ['g-2', [2, 3]],
      ['g-3', [4, 5]],
    ]);
  });

  it('a member that stops polling for max.poll.interval.ms leaves; it rejoins once it polls again', () => {
    const { sim, trace } = runWithTrace(
      groupScenario({
        groups: [consumerGroup({ config: { 'max.poll.interval.ms': 10000 } })],
        actions: [{ at: 15000, do: 'stallConsumer', group: 'g', member: 'g-1', ms: 20000 }],
      }),
      60000,
    );
    const left = ofType(trace, 'member.left').find((l) => l.member === 'g-1')!;
    expect(left.time).toBeGreaterThan(15000 + 9000);
    expect(left.time).toBeLessThan(35000);
    const back = ofType(trace, 'member.assigned').find(
      (a) => a.member === 'g-1' && a.time > 35000 && a.added.length > 0,
    );
    expect(back).toBeDefined();
    expect(sim.snapshot().consumerGroups[0]!.state).toBe('Stable');
  });

  it('the group is records in __consumer_offsets: a new coordinator loads it, members keep their partitions', () => {
    const probe = createSimulation(groupScenario({ groups: [consumerGroup()] }));
    const old = probe.snapshot().consumerGroups[0]!.coordinator.broker!;
    const s = groupScenario({
      groups: [consumerGroup()],
      actions: [{ at: 20000, do: 'killBroker', broker: old }],
    });
    const sim = createSimulation(s);
    const trace: TraceEvent[] = [];
    sim.onTrace((e) => trace.push(e));
    sim.advanceTo(19999);
    const before = sim.snapshot().consumerGroups[0]!;
    sim.advanceTo(70000);
    const after = sim.snapshot().consumerGroups[0]!;
    const moved = ofType(trace, 'coordinator.moved').find((m) => m.group === 'g')!;
    expect(moved.from).toBe(old);
    expect(after.coordinator.broker).toBe(moved.to);
    expect(after.state).toBe('Stable');
    expect(after.generation).toBe(before.generation);
    expect(after.members.map((m) => m.assignment)).toEqual(before.members.map((m) => m.assignment));
    expect(ofType(trace, 'group.revoke').filter((r) => r.time > 20000)).toEqual([]);
    expect(ofType(trace, 'member.fenced')).toEqual([]);
    // The records the new coordinator read: epoch, subscriptions, targets, current assignments.
    const log = sim.brokers
      .get(moved.to)!
      .replicaManager.getPartition(GROUP_METADATA_TOPIC_NAME, after.coordinator.partition)!.log;
    const types = new Set<string>();
    for (const b of log.batches())
      for (const r of b.records ?? []) {
        const rec = parseOffsetsRecord(r.key, r.value);
        if (rec?.kind === 'consumer' && rec.group === 'g') types.add(rec.type);
      }
    expect([...types].sort()).toEqual([
      'ConsumerGroupCurrentMemberAssignment',
      'ConsumerGroupMemberMetadata',
      'ConsumerGroupMetadata',
      'ConsumerGroupTargetAssignmentMember',
      'ConsumerGroupTargetAssignmentMetadata',
    ]);
  });

  it('switching a live group from classic to consumer replaces its instances; it ends a consumer group', () => {
    const actions: Action[] = [
      { at: 15000, do: 'setConfig', target: 'group:g', key: 'group.protocol', value: 'consumer' },
    ];
    const sim = createSimulation(groupScenario({ actions }));
    sim.advanceTo(14000);
    expect(sim.snapshot().consumerGroups[0]!.protocol).toBe('classic');
    stepChecked(sim, 40000, 50);
    const g = sim.snapshot().consumerGroups[0]!;
    expect(g.protocol).toBe('consumer');
    expect(g.state).toBe('Stable');
    expect(g.members.map((m) => m.id)).toEqual(['g-4', 'g-5', 'g-6']);
    expect(g.members.flatMap((m) => m.assignment.map((a) => a.partition)).sort()).toEqual([
      0, 1, 2,
    ]);
  });

  it('lag is the high watermark minus the committed offset, as for classic groups', () => {
    const { sim } = runWithTrace(groupScenario({ groups: [consumerGroup()] }), 30000);
    const snap = sim.snapshot();
    const g = snap.consumerGroups[0]!;
    const topic = snap.topics.find((t) => t.name === TOPIC)!;
    expect(g.lag.length).toBe(3);
    for (const l of g.lag) {
      const hw = topic.partitions[l.partition]!.highWatermark;
      const committed = g.committed.find((c) => c.partition === l.partition)!.offset;
      expect(l.lag).toBe(hw - committed);
    }
  });
});
