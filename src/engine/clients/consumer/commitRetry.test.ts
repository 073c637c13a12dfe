// enable.auto.commit=false: the application commits (commitSync, allConsumed) after each batch.
// A commit refused because the group is rebalancing (RebalanceInProgressException) is made again
// at the application's next poll once the rebalance completed — otherwise, with no more records
// arriving, the group's committed offset would stay behind the position for good.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../index';
import { ofType, runWithTrace } from '../../test/scenarios';

function scenario(): Scenario {
  return {
    version: 1,
    seed: 7,
    cluster: { brokers: 1, config: {} },
    topics: [{ name: 't', partitions: 1, replicationFactor: 1, config: {} }],
    producers: [{ id: 'p', config: { acks: 'all', 'linger.ms': 0 } }],
    consumerGroups: [
      {
        id: 'g',
        topics: ['t'],
        members: 2,
        config: {
          'auto.offset.reset': 'earliest',
          'enable.auto.commit': false,
          'group.protocol': 'classic',
          'partition.assignment.strategy': 'cooperative-sticky',
        },
        processingMsPerRecord: 10,
      },
    ],
    actions: [
      // A third member joins while g-2 (which owns nothing) is stalled: g-2 rejoins only when
      // its stall ends, so the rebalance stays in progress for 20 s. g-1 has rejoined and keeps
      // consuming t-0 meanwhile (cooperative), and its commit after the batch is refused.
      { at: 8000, do: 'stallConsumer', group: 'g', member: 'g-2', ms: 20000 },
      { at: 8000, do: 'addConsumer', group: 'g' },
      ...[0, 1, 2].map((i) => ({
        at: 12000,
        do: 'produce' as const,
        producer: 'p',
        topic: 't',
        key: null,
        value: `v${i}`,
      })),
    ],
  };
}

describe('per-batch commit (enable.auto.commit=false) after a rebalance', () => {
  it('commits again the positions whose commit failed with REBALANCE_IN_PROGRESS', () => {
    const { sim, trace } = runWithTrace(scenario(), 60000);
    const failed = ofType(trace, 'offset.commit.failed');
    expect(failed.map((e) => e.error)).toContain('REBALANCE_IN_PROGRESS');
    const first = failed.find((e) => e.error === 'REBALANCE_IN_PROGRESS')!;
    const retried = ofType(trace, 'offset.commit').filter(
      (e) => e.seq > first.seq && e.member === first.member,
    );
    expect(retried[0]?.offsets).toEqual(first.offsets);
    // No more records came, and yet the group's committed offset is its position: lag 0.
    const g = sim.snapshot().consumerGroups.find((x) => x.id === 'g')!;
    expect(g.state).toBe('Stable');
    expect(g.committed.find((c) => c.topic === 't' && c.partition === 0)?.offset).toBe(3);
    expect(g.lag.find((c) => c.topic === 't' && c.partition === 0)?.lag).toBe(0);
  });
});
