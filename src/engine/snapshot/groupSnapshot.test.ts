// The join phase's deadline in the snapshot: what the group view counts down while members wait
// in a rebalance (Kafka's InitialDelayedJoin and DelayedJoin), read from the coordinator's timer.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/Simulation';
import { groupScenario } from '../test/groupScenario';

function groupAt(sim: ReturnType<typeof createSimulation>, ms: number) {
  sim.advanceTo(ms);
  return sim.snapshot().consumerGroups[0]!;
}

describe('ConsumerGroupSnapshot.joinDeadline', () => {
  it('counts group.initial.rebalance.delay.ms, extended once while members kept arriving', () => {
    const sim = createSimulation(
      groupScenario({ cluster: { 'group.initial.rebalance.delay.ms': 2000 } }),
    );
    expect(groupAt(sim, 0).joinDeadline).toBeUndefined();
    const first = groupAt(sim, 500);
    expect(first.state).toBe('PreparingRebalance');
    expect(first.joinDeadline?.wait).toBe('initialDelay');
    const at = first.joinDeadline!.at;
    // The first member's JoinGroup starts the delay; it ends 2 s later.
    expect(at).toBeGreaterThan(2000);
    expect(at).toBeLessThan(2500);
    // Members joined during it: one more delay (Kafka's InitialDelayedJoin), then the assignment.
    const second = groupAt(sim, at + 1);
    expect(second.joinDeadline).toEqual({ at: at + 2000, wait: 'initialDelay' });
    const stable = groupAt(sim, at + 2500);
    expect(stable.state).toBe('Stable');
    expect(stable.joinDeadline).toBeUndefined();
    expect(stable.members.every((m) => m.assignment.length > 0)).toBe(true);
  });

  it('a later rebalance waits at most the rebalance timeout for members to rejoin', () => {
    const sim = createSimulation(
      groupScenario({
        groups: [{ config: { 'max.poll.interval.ms': 60000 } }],
        actions: [{ at: 10000, do: 'addConsumer', group: 'g' }],
      }),
    );
    let seen: { at: number; wait: string } | undefined;
    for (let t = 10000; t <= 20000 && !seen; t += 10) {
      const g = groupAt(sim, t);
      if (g.state === 'PreparingRebalance') seen = g.joinDeadline;
    }
    expect(seen?.wait).toBe('rebalanceTimeout');
    expect(seen!.at).toBeGreaterThanOrEqual(70000);
    expect(seen!.at).toBeLessThanOrEqual(70500);
  });

  it('a consumer-protocol group has none', () => {
    const sim = createSimulation(
      groupScenario({ groups: [{ config: { 'group.protocol': 'consumer' } }] }),
    );
    for (let t = 0; t <= 8000; t += 250) expect(groupAt(sim, t).joinDeadline).toBeUndefined();
  });
});
