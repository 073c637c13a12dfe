import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../engine';
import scenario from '../../content/scenarios/group-three-partitions-4-members.json';
import { EMPTY_LOG, foldGroupEvent, type GroupLog } from './groupLog';
import { configuredStrategy, memberRows, partitionRows } from './model';

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

  it('reads the configured assignor from the scenario and later setConfig actions', () => {
    expect(configuredStrategy(undefined, [], 'g')).toBe('range,cooperative-sticky');
    expect(
      configuredStrategy(
        { 'partition.assignment.strategy': 'range' },
        [
          {
            do: 'setConfig',
            target: 'group:g',
            key: 'partition.assignment.strategy',
            value: 'sticky',
          },
        ],
        'g',
      ),
    ).toBe('sticky');
  });
});
