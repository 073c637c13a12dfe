// The assignors, run inside a group (the leader member computes the assignment) and checked
// against the examples in Kafka's own javadoc of RangeAssignor, RoundRobinAssignor and
// StickyAssignor. Member ids are `C-1`, `C-2`, … (group `C`): sorted like Kafka's C0, C1, ….
import { describe, expect, it } from 'vitest';
import type { Action, Scenario, TraceEvent } from '../../index';
import { ofType, runWithTrace } from '../../test/scenarios';
import { RoundRobinAssignor } from './RoundRobinAssignor';
import { SUPPORTED_PROTOCOLS, assignorFor } from './assignors';
import type { Subscription } from './ConsumerPartitionAssignor';

type TP = { topic: string; partition: number };
const tp = (s: string): TP => {
  const m = /^(t\d)p(\d+)$/.exec(s)!;
  return { topic: m[1]!, partition: Number(m[2]) };
};
const tps = (...names: string[]) => names.map(tp);
const names = (list: TP[]) => list.map((x) => `${x.topic}p${x.partition}`);
const sortedNames = (list: TP[]) => names(list).sort();

function groupScenario(opts: {
  strategy: string;
  members: number;
  topics: Record<string, number>;
  actions?: Action[];
}): Scenario {
  return {
    version: 1,
    seed: 3,
    cluster: { brokers: 3 },
    topics: Object.entries(opts.topics).map(([name, partitions]) => ({
      name,
      partitions,
      replicationFactor: 1,
    })),
    producers: [],
    consumerGroups: [
      {
        id: 'C',
        topics: Object.keys(opts.topics),
        members: opts.members,
        config: { 'partition.assignment.strategy': opts.strategy },
      },
    ],
    actions: opts.actions ?? [],
  };
}

/** The assignment of each completed generation, as the coordinator handed it out. */
function generations(trace: TraceEvent[]) {
  return ofType(trace, 'group.assign').filter((a) => Object.keys(a.assignment).length > 0);
}

describe('RangeAssignor (javadoc example)', () => {
  it('two consumers, t0 and t1 with 3 partitions: C0 [t0p0, t0p1, t1p0, t1p1], C1 [t0p2, t1p2]', () => {
    const { trace } = runWithTrace(
      groupScenario({ strategy: 'range', members: 2, topics: { t0: 3, t1: 3 } }),
      8000,
    );
    const a = generations(trace).at(-1)!;
    expect(a.strategy).toBe('range');
    expect(names(a.assignment['C-1']!)).toEqual(['t0p0', 't0p1', 't1p0', 't1p1']);
    expect(names(a.assignment['C-2']!)).toEqual(['t0p2', 't1p2']);
  });
});

describe('RoundRobinAssignor (javadoc examples)', () => {
  it('two consumers, t0 and t1 with 3 partitions: C0 [t0p0, t0p2, t1p1], C1 [t0p1, t1p0, t1p2]', () => {
    const { trace } = runWithTrace(
      groupScenario({ strategy: 'roundrobin', members: 2, topics: { t0: 3, t1: 3 } }),
      8000,
    );
    const a = generations(trace).at(-1)!;
    expect(a.strategy).toBe('roundrobin');
    expect(names(a.assignment['C-1']!)).toEqual(['t0p0', 't0p2', 't1p1']);
    expect(names(a.assignment['C-2']!)).toEqual(['t0p1', 't1p0', 't1p2']);
  });

  it('different subscriptions skip members: C0 [t0p0], C1 [t1p0], C2 [t1p1, t2p0, t2p1, t2p2]', () => {
    // A scenario group gives all members one topic list, so this javadoc case runs the
    // assignor directly.
    const sub = (topics: string[]): Subscription => ({
      topics,
      ownedPartitions: [],
      generationId: -1,
      userData: null,
    });
    const out = new RoundRobinAssignor().assign(
      new Map([
        ['t0', 1],
        ['t1', 2],
        ['t2', 3],
      ]),
      new Map([
        ['C0', sub(['t0'])],
        ['C1', sub(['t0', 't1'])],
        ['C2', sub(['t0', 't1', 't2'])],
      ]),
    );
    expect(names(out.get('C0')!)).toEqual(['t0p0']);
    expect(names(out.get('C1')!)).toEqual(['t1p0']);
    expect(names(out.get('C2')!)).toEqual(['t1p1', 't2p0', 't2p1', 't2p2']);
  });
});

describe('StickyAssignor (javadoc example 1)', () => {
  const scenario = groupScenario({
    strategy: 'sticky',
    members: 3,
    topics: { t0: 2, t1: 2, t2: 2, t3: 2 },
    actions: [{ at: 10000, do: 'removeConsumer', group: 'C', member: 'C-2' }],
  });

  it('starts like the javadoc: C0 [t0p0, t1p1, t3p0], C1 [t0p1, t2p0, t3p1], C2 [t1p0, t2p1]', () => {
    const { trace } = runWithTrace(scenario, 9000);
    const a = generations(trace).at(-1)!;
    expect(a.strategy).toBe('sticky');
    expect(names(a.assignment['C-1']!)).toEqual(['t0p0', 't1p1', 't3p0']);
    expect(names(a.assignment['C-2']!)).toEqual(['t0p1', 't2p0', 't3p1']);
    expect(names(a.assignment['C-3']!)).toEqual(['t1p0', 't2p1']);
  });

  it('after C1 leaves, C0 and C2 keep everything they had and split C1’s partitions 4/4', () => {
    const { trace } = runWithTrace(scenario, 20000);
    const [before, after] = generations(trace).slice(-2) as [
      ReturnType<typeof generations>[number],
      ReturnType<typeof generations>[number],
    ];
    expect(Object.keys(after.assignment).sort()).toEqual(['C-1', 'C-3']);
    for (const m of ['C-1', 'C-3']) {
      expect(after.assignment[m]).toHaveLength(4);
      for (const p of before.assignment[m]!) expect(after.assignment[m]).toContainEqual(p);
    }
    expect(sortedNames([...after.assignment['C-1']!, ...after.assignment['C-3']!])).toEqual(
      sortedNames(tps('t0p0', 't0p1', 't1p0', 't1p1', 't2p0', 't2p1', 't3p0', 't3p1')),
    );
    // The javadoc's exact lists (C0 also gets t2p0) come from the pre-2.8 algorithm; today's
    // constrained builder deals the freed partitions in topic-partition order: C0 gets t0p1.
    expect(sortedNames(after.assignment['C-1']!)).toEqual(['t0p0', 't0p1', 't1p1', 't3p0']);
    // Eager: every member gave up everything before rejoining, and got its own back.
    const revokes = ofType(trace, 'group.revoke').filter((r) => r.time >= 10000);
    expect(revokes.map((r) => `${r.member}:${r.reason}`).sort()).toEqual([
      'C-1:rebalance',
      'C-2:close',
      'C-3:rebalance',
    ]);
    expect(revokes.every((r) => r.protocol === 'EAGER')).toBe(true);
  });
});

describe('sticky assignors keep partitions in place', () => {
  for (const strategy of ['sticky', 'cooperative-sticky']) {
    it(`${strategy}: a third member takes exactly one partition; the others keep theirs`, () => {
      const s = groupScenario({
        strategy,
        members: 2,
        topics: { t0: 6 },
        actions: [{ at: 10000, do: 'addConsumer', group: 'C' }],
      });
      const { trace } = runWithTrace(s, 25000);
      const gens = generations(trace);
      const first = gens.find((g) => g.time < 10000)!;
      const last = gens.at(-1)!;
      for (const m of ['C-1', 'C-2', 'C-3']) expect(last.assignment[m]).toHaveLength(2);
      for (const m of ['C-1', 'C-2']) {
        const kept = last.assignment[m]!.filter((p) =>
          first.assignment[m]!.some((q) => q.partition === p.partition),
        );
        expect(kept).toHaveLength(2);
      }
    });
  }
});

describe('more members than partitions', () => {
  for (const strategy of ['range', 'roundrobin', 'sticky', 'cooperative-sticky']) {
    it(`${strategy}: 4 members on 3 partitions leave exactly one with nothing`, () => {
      const { sim } = runWithTrace(
        groupScenario({ strategy, members: 4, topics: { t0: 3 } }),
        9000,
      );
      const g = sim.snapshot().consumerGroups[0]!;
      expect(g.state).toBe('Stable');
      expect(g.members.filter((m) => m.assignment.length === 0)).toHaveLength(1);
      expect(g.members.filter((m) => m.assignment.length === 1)).toHaveLength(3);
      if (strategy === 'range' || strategy === 'roundrobin')
        expect(g.members.find((m) => m.assignment.length === 0)!.id).toBe('C-4');
    });
  }
});

describe('protocol selection', () => {
  it('the first listed assignor every member supports wins; [range, cooperative-sticky] stays EAGER', () => {
    const { sim } = runWithTrace(
      groupScenario({ strategy: 'roundrobin,cooperative-sticky', members: 2, topics: { t0: 3 } }),
      9000,
    );
    const g = sim.snapshot().consumerGroups[0]!;
    expect(g.strategy).toBe('roundrobin');
    expect(g.rebalanceProtocol).toBe('EAGER');
  });

  it('only cooperative-sticky listed: COOPERATIVE', () => {
    const { sim } = runWithTrace(
      groupScenario({ strategy: 'cooperative-sticky', members: 2, topics: { t0: 3 } }),
      9000,
    );
    const g = sim.snapshot().consumerGroups[0]!;
    expect(g.strategy).toBe('cooperative-sticky');
    expect(g.rebalanceProtocol).toBe('COOPERATIVE');
  });
});

describe('the supported protocols table', () => {
  it('says what each assignor class supports (rebalanceProtocolOf reads it without constructing one)', () => {
    for (const [name, protocols] of Object.entries(SUPPORTED_PROTOCOLS)) {
      const assignor = assignorFor(name as keyof typeof SUPPORTED_PROTOCOLS);
      expect(assignor.name).toBe(name);
      expect([...assignor.supportedProtocols]).toEqual([...protocols]);
    }
  });
});
