import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../engine';
import scenario from '../../content/scenarios/group-three-partitions-4-members.json';
import classicVsConsumer from '../../content/scenarios/group-classic-vs-consumer.json';
import { EMPTY_LOG, foldGroupEvent, type GroupLog } from './groupLog';
import { configuredGroup, memberRows, partitionRows } from './model';
import type { EffectiveConfig } from '../../engine';

describe('group view model', () => {
  it('4 members on 3 partitions: one idle member, with the reason, and every partition owned', () => {
    const sim = createSimulation(scenario);
    let log: GroupLog = EMPTY_LOG;
    sim.onTrace((e) => {
      if ('group' in e && e.group === 'group-a') log = foldGroupEvent(log, e);
    });
    sim.advanceTo(10_000);
    const snap = sim.snapshot();
    const group = snap.consumerGroups[0]!;
    const parts = partitionRows(snap, group, ['waiting-events'], log);
    expect(parts.map((p) => p.owner).every((o) => o !== null)).toBe(true);
    const members = memberRows(group, parts.length, log);
    const idle = members.filter((m) => m.idle);
    expect(idle).toHaveLength(1);
    expect(idle[0]!.note).toBe('groups.idle.tooMany');
    expect(log.phases.map((p) => p.to)).toContain('Stable');
  });

  it('a revocation is remembered until someone is assigned the partition', () => {
    const base = { time: 1, seq: 0, group: 'g', generation: 1 } as const;
    let log = foldGroupEvent(EMPTY_LOG, {
      ...base,
      type: 'group.revoke',
      member: 'g-1',
      protocol: 'EAGER',
      reason: 'rebalance',
      partitions: [{ topic: 't', partition: 0 }],
    } as never);
    expect(log.revoked['t-0']?.member).toBe('g-1');
    log = foldGroupEvent(log, {
      ...base,
      type: 'member.assigned',
      member: 'g-2',
      assignment: [{ topic: 't', partition: 0 }],
      added: [{ topic: 't', partition: 0 }],
    } as never);
    expect(log.revoked['t-0']).toBeUndefined();
    expect(log.assigned['t-0']?.member).toBe('g-2');
  });

  it('names what each member waits for while one partition moves, from the snapshot', () => {
    const sim = createSimulation(classicVsConsumer);
    let log: GroupLog = EMPTY_LOG;
    sim.onTrace((e) => {
      if ('group' in e && e.group === 'kip848') log = foldGroupEvent(log, e);
    });
    sim.advanceTo(13_000);
    let snap = sim.snapshot();
    let group = snap.consumerGroups.find((g) => g.id === 'kip848')!;
    let parts = partitionRows(snap, group, ['waiting-events'], log);
    let rows = memberRows(group, parts.length, log);
    const byId = (id: string) => rows.find((r) => r.member.id === id)!;
    // kip848-4 waits for P4, which kip848-3 still owns and will be asked to revoke.
    expect(byId('kip848-4').kip848).toMatchObject({
      reconciliation: 'UNRELEASED_PARTITIONS',
      incoming: [{ topic: 'waiting-events', partition: 4 }],
      waitingFor: [{ tp: { topic: 'waiting-events', partition: 4 }, owner: 'kip848-3' }],
    });
    expect(byId('kip848-4').note).toBe('groups.k.note.unreleasedBy');
    expect(byId('kip848-4').noteParams).toEqual({ tps: 'P4', owners: 'kip848-3' });
    expect(byId('kip848-3').kip848).toMatchObject({
      behind: true,
      outgoing: [{ topic: 'waiting-events', partition: 4 }],
    });
    expect(byId('kip848-3').note).toBe('groups.k.note.behindRevoke');
    expect(byId('kip848-1').note).toBeNull();
    expect(parts.find((p) => p.partition === 4)).toMatchObject({
      owner: 'kip848-3',
      target: 'kip848-4',
    });
    // The round so far, from the trace: epoch 4, its target, reconciling.
    expect(log.round).toMatchObject({ epoch: 4, target: { epoch: 4, assignor: 'uniform' } });
    expect(log.round?.reconcilingAt).not.toBeNull();
    expect(log.round?.stableAt).toBeNull();

    sim.advanceTo(18_000);
    snap = sim.snapshot();
    group = snap.consumerGroups.find((g) => g.id === 'kip848')!;
    parts = partitionRows(snap, group, ['waiting-events'], log);
    rows = memberRows(group, parts.length, log);
    expect(rows.every((r) => r.note === null && r.kip848?.incoming.length === 0)).toBe(true);
    expect(parts.every((p) => p.owner !== null && p.owner === p.target)).toBe(true);
    expect(log.round?.stableAt).not.toBeNull();
    const kinds = log.steps.map((s) => s.kind);
    expect(kinds).toContain('revoked');
    expect(
      log.steps.some(
        (s) =>
          s.kind === 'reconcile' && s.member === 'kip848-3' && s.state === 'UNREVOKED_PARTITIONS',
      ),
    ).toBe(true);
  });

  it('a member that stopped polling is shown as out of the group until it polls again', () => {
    const spec = structuredClone(classicVsConsumer) as typeof classicVsConsumer;
    const kip = spec.consumerGroups.find((g) => g.id === 'kip848')!;
    (kip.config as Record<string, unknown>)['max.poll.interval.ms'] = 5000;
    spec.actions = [
      { at: 10_000, do: 'stallConsumer', group: 'kip848', member: 'kip848-2', ms: 20_000 },
    ] as never;
    const sim = createSimulation(spec);
    sim.advanceTo(20_000);
    const group = sim.snapshot().consumerGroups.find((g) => g.id === 'kip848')!;
    const rows = memberRows(group, 6, EMPTY_LOG);
    const stale = rows.find((r) => r.member.id === 'kip848-2')!;
    expect(stale.member.state).toBe('STALE');
    expect(stale.member.assignment).toEqual([]);
    expect(stale.note).toBe('groups.k.note.stale');
  });

  it('a classic group has no KIP-848 rows or round', () => {
    const sim = createSimulation(classicVsConsumer);
    let log: GroupLog = EMPTY_LOG;
    sim.onTrace((e) => {
      if ('group' in e && e.group === 'classic') log = foldGroupEvent(log, e);
    });
    sim.advanceTo(13_000);
    const snap = sim.snapshot();
    const group = snap.consumerGroups.find((g) => g.id === 'classic')!;
    const parts = partitionRows(snap, group, ['waiting-events'], log);
    expect(memberRows(group, parts.length, log).every((r) => r.kip848 === null)).toBe(true);
    expect(parts.every((p) => p.target === null)).toBe(true);
    expect(log.round).toBeNull();
    expect(log.steps).toEqual([]);
  });

  it("reads group.protocol, the strategy and group.remote.assignor from the engine's effective configs", () => {
    const row = (name: string, value: EffectiveConfig['value']): EffectiveConfig => ({
      name,
      value,
      source: 'group',
      dynamic: true,
    });
    expect(configuredGroup([])).toEqual({
      protocol: 'classic',
      strategy: 'range,cooperative-sticky',
      remoteAssignor: null,
    });
    expect(
      configuredGroup([
        row('group.protocol', 'consumer'),
        row('partition.assignment.strategy', ['sticky']),
        row('group.remote.assignor', 'org.apache.kafka.coordinator.group.assignor.UniformAssignor'),
      ]),
    ).toEqual({ protocol: 'consumer', strategy: 'sticky', remoteAssignor: 'uniform' });
    expect(configuredGroup([row('group.remote.assignor', null)]).remoteAssignor).toBeNull();
  });
});
