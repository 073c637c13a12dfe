// The server-side assignors of the consumer group protocol, checked against the cases (and expected
// assignments) of Kafka's UniformHomogeneousAssignmentBuilderTest, UniformHeterogeneousAssignment-
// BuilderTest, RangeAssignorTest and CommonAssignorTests in group-coordinator, then for balance and
// stickiness as members come and go. Like Kafka's tests (TreeMap members), the specs below list
// members in the order written.
import { describe, expect, it } from 'vitest';
import { javaHashMapOrder } from '../../../common/utils/JavaHashMap';
import {
  buildGroupSpec,
  PartitionAssignorException,
  subscriptionTypeOf,
  type GroupAssignment,
  type GroupSpec,
  type MemberSubscriptionAndAssignment,
  type PartitionAssignor,
  type SubscribedTopicDescriber,
  type SubscriptionType,
} from './PartitionAssignor';
import { RangeAssignor } from './RangeAssignor';
import { UniformAssignor } from './UniformAssignor';
import { serverAssignorFor } from './serverAssignors';
import { DEFAULT_SERVER_ASSIGNOR, SERVER_ASSIGNORS } from './serverAssignorNames';
import { tpKey } from '../../../common/TopicPartition';

interface MemberInput {
  topics: string[];
  /** The current target assignment, iterated in the order written (like mkOrderedAssignment). */
  owned?: Record<string, number[]>;
  instanceId?: string;
}

function member(input: MemberInput): MemberSubscriptionAndAssignment {
  return {
    subscribedTopics: new Set(input.topics),
    assignment: new Map(Object.entries(input.owned ?? {}).map(([t, ps]) => [t, new Set(ps)])),
    rackId: null,
    instanceId: input.instanceId ?? null,
  };
}

/** A GroupSpec whose members iterate in the order written. */
function spec(subscriptionType: SubscriptionType, members: Record<string, MemberInput>): GroupSpec {
  return {
    subscriptionType,
    members: new Map(Object.entries(members).map(([id, m]) => [id, member(m)])),
  };
}

function metadata(partitions: Record<string, number>): SubscribedTopicDescriber {
  return { numPartitions: (topic) => partitions[topic] ?? -1 };
}

type Plain = Record<string, Record<string, number[]>>;

function plain(assignment: GroupAssignment): Plain {
  const result: Plain = {};
  for (const [memberId, topics] of assignment) {
    result[memberId] = {};
    for (const [topic, partitions] of topics) result[memberId][topic] = [...partitions];
  }
  return result;
}

/** Which member owns each partition. */
function owners(assignment: GroupAssignment): Map<string, string> {
  const result = new Map<string, string>();
  for (const [memberId, topics] of assignment)
    for (const [topic, partitions] of topics)
      for (const partition of partitions) {
        const key = tpKey(topic, partition);
        expect(result.has(key), `${key} assigned twice`).toBe(false);
        result.set(key, memberId);
      }
  return result;
}

function sizes(assignment: GroupAssignment): number[] {
  return [...assignment.values()].map((topics) =>
    [...topics.values()].reduce((n, partitions) => n + partitions.size, 0),
  );
}

/** Runs the assignor again on its own result, members iterated in `order`. */
function reassign(
  assignor: PartitionAssignor,
  previous: GroupSpec,
  result: GroupAssignment,
  order: string[],
  topics: SubscribedTopicDescriber,
): GroupAssignment {
  const members = new Map(
    order.map((id) => [id, { ...previous.members.get(id)!, assignment: result.get(id)! }]),
  );
  return assignor.assign({ ...previous, members }, topics);
}

const uniform = new UniformAssignor();
const range = new RangeAssignor();

describe('UniformAssignor, homogeneous subscriptions (UniformHomogeneousAssignmentBuilderTest)', () => {
  // Kafka's tests iterate their HashSet<Uuid> of topics as topic2Uuid, topic3Uuid, topic1Uuid
  // (buckets 1, 9, 10 of 16); we visit topics by name, so the names carry that order.
  const topic2 = 'a-topic2';
  const topic3 = 'b-topic3';
  const topic1 = 'c-topic1';

  it('one member subscribed to nothing: no assignment at all', () => {
    const result = uniform.assign(
      spec('HOMOGENEOUS', { A: { topics: [] } }),
      metadata({ [topic1]: 3 }),
    );
    expect(plain(result)).toEqual({});
  });

  it('a subscription to an unknown topic fails', () => {
    expect(() =>
      uniform.assign(spec('HOMOGENEOUS', { A: { topics: [topic2] } }), metadata({ [topic1]: 3 })),
    ).toThrow(PartitionAssignorException);
  });

  it('first assignment, two members, two topics: the extra partition goes to the last member', () => {
    const result = uniform.assign(
      spec('HOMOGENEOUS', { A: { topics: [topic1, topic3] }, B: { topics: [topic1, topic3] } }),
      metadata({ [topic1]: 3, [topic3]: 2 }),
    );
    expect(plain(result)).toEqual({ A: { [topic3]: [0, 1] }, B: { [topic1]: [0, 1, 2] } });
  });

  it('first assignment, more members than partitions: the first member gets nothing', () => {
    const result = uniform.assign(
      spec('HOMOGENEOUS', {
        A: { topics: [topic3] },
        B: { topics: [topic3] },
        C: { topics: [topic3] },
      }),
      metadata({ [topic3]: 2 }),
    );
    expect(plain(result)).toEqual({ A: {}, B: { [topic3]: [0] }, C: { [topic3]: [1] } });
  });

  it('unbalanced previous assignment: the member over quota gives up its last partition', () => {
    const result = uniform.assign(
      spec('HOMOGENEOUS', {
        A: { topics: [topic1, topic2], owned: { [topic1]: [0, 1], [topic2]: [0, 1] } },
        B: { topics: [topic1, topic2], owned: { [topic1]: [2], [topic2]: [2] } },
      }),
      metadata({ [topic1]: 3, [topic2]: 3 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic2]: [0], [topic1]: [0, 1] },
      B: { [topic2]: [1, 2], [topic1]: [2] },
    });
  });

  it('partitions added: each member keeps its own, the new ones fill the quotas', () => {
    const result = uniform.assign(
      spec('HOMOGENEOUS', {
        A: { topics: [topic1, topic2], owned: { [topic1]: [0, 2], [topic2]: [0] } },
        B: { topics: [topic1, topic2], owned: { [topic1]: [1], [topic2]: [1, 2] } },
      }),
      metadata({ [topic1]: 6, [topic2]: 5 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic2]: [0, 3, 4], [topic1]: [0, 2] },
      B: { [topic2]: [1, 2], [topic1]: [1, 3, 4, 5] },
    });
  });

  it('a member joins: it takes only what the others give up', () => {
    const result = uniform.assign(
      spec('HOMOGENEOUS', {
        A: { topics: [topic1, topic2], owned: { [topic1]: [0, 2], [topic2]: [0] } },
        B: { topics: [topic1, topic2], owned: { [topic1]: [1], [topic2]: [1, 2] } },
        C: { topics: [topic1, topic2] },
      }),
      metadata({ [topic1]: 3, [topic2]: 3 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic1]: [0, 2] },
      B: { [topic2]: [1], [topic1]: [1] },
      C: { [topic2]: [0, 2] },
    });
  });

  it('a member leaves: its partitions are shared out, nothing else moves', () => {
    const result = uniform.assign(
      spec('HOMOGENEOUS', {
        A: { topics: [topic1, topic2], owned: { [topic1]: [0], [topic2]: [0] } },
        B: { topics: [topic1, topic2], owned: { [topic1]: [1], [topic2]: [1] } },
      }),
      metadata({ [topic1]: 3, [topic2]: 3 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic2]: [0, 2], [topic1]: [0] },
      B: { [topic2]: [1], [topic1]: [1, 2] },
    });
  });

  it('a topic unsubscribed: its partitions are dropped', () => {
    const result = uniform.assign(
      spec('HOMOGENEOUS', {
        A: { topics: [topic2], owned: { [topic2]: [0], [topic1]: [0] } },
        B: { topics: [topic2], owned: { [topic2]: [1], [topic1]: [1] } },
      }),
      metadata({ [topic1]: 2, [topic2]: 2 }),
    );
    expect(plain(result)).toEqual({ A: { [topic2]: [0] }, B: { [topic2]: [1] } });
  });
});

describe('UniformAssignor, heterogeneous subscriptions (UniformHeterogeneousAssignmentBuilderTest)', () => {
  // Here Kafka breaks ties by topic id, and topic1Uuid < topic2Uuid < … as the names sort.
  const [topic1, topic2, topic3, topic4] = ['topic1', 'topic2', 'topic3', 'topic4'];

  it('two members subscribed to nothing: no assignment at all', () => {
    const result = uniform.assign(
      spec('HETEROGENEOUS', { A: { topics: [] }, B: { topics: [] } }),
      metadata({ [topic1]: 3 }),
    );
    expect(plain(result)).toEqual({});
  });

  it('subscriptions to unknown topics fail', () => {
    expect(() =>
      uniform.assign(
        spec('HETEROGENEOUS', { A: { topics: [topic3] }, B: { topics: [topic2] } }),
        metadata({ [topic1]: 3 }),
      ),
    ).toThrow(PartitionAssignorException);
  });

  it('first assignment: the sole subscriber of topic1 gets fewer of topic3', () => {
    const result = uniform.assign(
      spec('HETEROGENEOUS', { A: { topics: [topic1, topic3] }, B: { topics: [topic3] } }),
      metadata({ [topic1]: 3, [topic3]: 6 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic1]: [0, 1, 2], [topic3]: [4] },
      B: { [topic3]: [0, 1, 2, 3, 5] },
    });
  });

  it('first assignment, more members than partitions', () => {
    const result = uniform.assign(
      spec('HETEROGENEOUS', {
        A: { topics: [topic3] },
        B: { topics: [topic3] },
        C: { topics: [topic1] },
      }),
      metadata({ [topic3]: 1, [topic1]: 2 }),
    );
    expect(plain(result)).toEqual({ A: { [topic3]: [0] }, B: {}, C: { [topic1]: [0, 1] } });
  });

  it('unbalanced previous assignment over three topics', () => {
    const result = uniform.assign(
      spec('HETEROGENEOUS', {
        A: { topics: [topic1], owned: { [topic1]: [0, 1, 2] } },
        B: { topics: [topic1, topic2], owned: { [topic1]: [3], [topic2]: [0] } },
        C: {
          topics: [topic1, topic2, topic3],
          owned: { [topic1]: [4, 5], [topic2]: [1, 2, 3], [topic3]: [0, 1, 2, 3] },
        },
      }),
      metadata({ [topic1]: 6, [topic2]: 4, [topic3]: 4 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic1]: [0, 1, 2, 5] },
      B: { [topic1]: [3], [topic2]: [0, 1, 2, 3] },
      C: { [topic1]: [4], [topic3]: [0, 1, 2, 3] },
    });
  });

  it('partitions added for two members', () => {
    const result = uniform.assign(
      spec('HETEROGENEOUS', {
        A: { topics: [topic1, topic3], owned: { [topic1]: [0, 1, 2, 3], [topic3]: [0, 1] } },
        B: {
          topics: [topic1, topic2, topic3, topic4],
          owned: { [topic2]: [0, 1, 2], [topic4]: [0, 1, 2] },
        },
      }),
      metadata({ [topic1]: 6, [topic2]: 5, [topic3]: 3, [topic4]: 3 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic1]: [0, 1, 2, 3, 4, 5], [topic3]: [0, 1, 2] },
      B: { [topic2]: [0, 1, 2, 3, 4], [topic4]: [0, 1, 2] },
    });
  });

  it('a member joins and partitions are added', () => {
    const result = uniform.assign(
      spec('HETEROGENEOUS', {
        A: { topics: [topic1], owned: { [topic1]: [0, 2], [topic2]: [0] } },
        B: { topics: [topic1, topic2], owned: { [topic1]: [1], [topic2]: [1, 2] } },
        C: { topics: [topic1, topic2] },
      }),
      metadata({ [topic1]: 6, [topic2]: 7 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic1]: [0, 2, 3, 4, 5] },
      B: { [topic1]: [1], [topic2]: [1, 2, 6] },
      C: { [topic2]: [0, 3, 4, 5] },
    });
  });

  it('a member leaves', () => {
    const result = uniform.assign(
      spec('HETEROGENEOUS', {
        A: { topics: [topic1, topic3], owned: { [topic1]: [0, 1, 2], [topic3]: [0, 1] } },
        B: { topics: [topic2], owned: { [topic2]: [3, 4, 5, 6] } },
      }),
      metadata({ [topic1]: 3, [topic2]: 8, [topic3]: 3 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic1]: [0, 1, 2], [topic3]: [0, 1, 2] },
      B: { [topic2]: [0, 1, 2, 3, 4, 5, 6, 7] },
    });
  });

  it('a subscription removed', () => {
    const result = uniform.assign(
      spec('HETEROGENEOUS', {
        A: { topics: [topic1], owned: { [topic1]: [0, 2], [topic2]: [1, 3] } },
        B: { topics: [topic1, topic2], owned: { [topic1]: [1], [topic2]: [0, 2, 4] } },
      }),
      metadata({ [topic1]: 3, [topic2]: 5 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic1]: [0, 1, 2] },
      B: { [topic2]: [0, 1, 2, 3, 4] },
    });
  });

  it('a topic runs out of partitions before its subscribers balance', () => {
    const all = [topic1, topic2, topic3];
    const result = uniform.assign(
      spec('HETEROGENEOUS', {
        A: { topics: all, owned: { [topic1]: [0, 1], [topic2]: [0, 1], [topic3]: [0, 1] } },
        B: { topics: all },
      }),
      metadata({ [topic1]: 2, [topic2]: 2, [topic3]: 2 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic2]: [0], [topic3]: [0, 1] },
      B: { [topic1]: [0, 1], [topic2]: [1] },
    });
  });

  it('a member without subscriptions gets nothing', () => {
    const result = uniform.assign(
      spec('HETEROGENEOUS', { A: { topics: [topic1] }, B: { topics: [] } }),
      metadata({ [topic1]: 3 }),
    );
    expect(plain(result)).toEqual({ A: { [topic1]: [0, 1, 2] }, B: {} });
  });
});

describe('RangeAssignor (server side, RangeAssignorTest)', () => {
  const [topic1, topic2, topic3] = ['topic1', 'topic2', 'topic3'];

  it('one member subscribed to nothing gets an empty assignment', () => {
    const result = range.assign(spec('HOMOGENEOUS', { A: { topics: [] } }), metadata({}));
    expect(plain(result)).toEqual({ A: {} });
  });

  it('a subscription to an unknown topic fails', () => {
    expect(() =>
      range.assign(spec('HOMOGENEOUS', { A: { topics: [topic2] } }), metadata({ [topic1]: 3 })),
    ).toThrow(PartitionAssignorException);
  });

  it('co-partitioned ranges: the same partition numbers go to the same member', () => {
    const result = range.assign(
      spec('HOMOGENEOUS', { A: { topics: [topic1, topic3] }, B: { topics: [topic1, topic3] } }),
      metadata({ [topic1]: 3, [topic3]: 2 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic1]: [0, 1], [topic3]: [0] },
      B: { [topic1]: [2], [topic3]: [1] },
    });
  });

  it('different subscriptions: each topic is split among its own subscribers', () => {
    const result = range.assign(
      spec('HETEROGENEOUS', {
        A: { topics: [topic1, topic2] },
        B: { topics: [topic3] },
        C: { topics: [topic2, topic3] },
      }),
      metadata({ [topic1]: 3, [topic2]: 3, [topic3]: 2 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic1]: [0, 1, 2], [topic2]: [0, 1] },
      B: { [topic3]: [0] },
      C: { [topic2]: [2], [topic3]: [1] },
    });
  });

  it('more members than partitions: the last members go without', () => {
    const topics = [topic1, topic3];
    const result = range.assign(
      spec('HOMOGENEOUS', { A: { topics }, B: { topics }, C: { topics } }),
      metadata({ [topic1]: 3, [topic3]: 2 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic1]: [0], [topic3]: [0] },
      B: { [topic1]: [1], [topic3]: [1] },
      C: { [topic1]: [2] },
    });
  });

  it('static members keep their ranges under a new member id', () => {
    const topics = [topic1];
    const before = range.assign(
      spec('HOMOGENEOUS', {
        A: { topics, instanceId: 'instanceA' },
        B: { topics, instanceId: 'instanceB' },
      }),
      metadata({ [topic1]: 3 }),
    );
    const after = range.assign(
      spec('HOMOGENEOUS', {
        B: { topics, instanceId: 'instanceB' },
        memberA1: { topics, instanceId: 'instanceA' },
      }),
      metadata({ [topic1]: 3 }),
    );
    expect(plain(before)).toEqual({ A: { [topic1]: [0, 1] }, B: { [topic1]: [2] } });
    expect(plain(after)).toEqual({ B: { [topic1]: [2] }, memberA1: { [topic1]: [0, 1] } });
  });

  it('static members come before dynamic ones', () => {
    const topics = [topic1];
    const result = range.assign(
      spec('HOMOGENEOUS', {
        A: { topics, instanceId: 'instanceA' },
        B: { topics },
        C: { topics, instanceId: 'instanceC' },
      }),
      metadata({ [topic1]: 5 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic1]: [0, 1] },
      B: { [topic1]: [4] },
      C: { [topic1]: [2, 3] },
    });
  });

  it('a member joins: ranges are recut by sorted member id, whatever was owned', () => {
    const topics = [topic1, topic2];
    const result = range.assign(
      spec('HOMOGENEOUS', {
        A: { topics, owned: { [topic1]: [0, 1], [topic2]: [0, 1] } },
        B: { topics, owned: { [topic1]: [2], [topic2]: [2] } },
        C: { topics },
      }),
      metadata({ [topic1]: 3, [topic2]: 3 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic1]: [0], [topic2]: [0] },
      B: { [topic1]: [1], [topic2]: [1] },
      C: { [topic1]: [2], [topic2]: [2] },
    });
  });

  it('more members than partitions, one joins: it gets nothing', () => {
    const topics = [topic1, topic2];
    const result = range.assign(
      spec('HOMOGENEOUS', {
        A: { topics, owned: { [topic1]: [0], [topic2]: [0] } },
        B: { topics, owned: { [topic1]: [1], [topic2]: [1] } },
        C: { topics },
      }),
      metadata({ [topic1]: 2, [topic2]: 2 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic1]: [0], [topic2]: [0] },
      B: { [topic1]: [1], [topic2]: [1] },
      C: {},
    });
  });

  it('a member joins with a narrower subscription and a partition is added', () => {
    const result = range.assign(
      spec('HETEROGENEOUS', {
        A: { topics: [topic1, topic2], owned: { [topic1]: [0, 1], [topic2]: [0, 1] } },
        B: { topics: [topic1, topic2], owned: { [topic1]: [2], [topic2]: [2] } },
        C: { topics: [topic1] },
      }),
      metadata({ [topic1]: 4, [topic2]: 3 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic1]: [0, 1], [topic2]: [0, 1] },
      B: { [topic1]: [2], [topic2]: [2] },
      C: { [topic1]: [3] },
    });
  });

  it('subscriptions change: ranges follow the new subscriptions only', () => {
    const result = range.assign(
      spec('HETEROGENEOUS', {
        A: { topics: [topic1], owned: { [topic1]: [0, 1, 2], [topic2]: [0] } },
        B: { topics: [topic1, topic2, topic3], owned: { [topic2]: [1] } },
        C: { topics: [topic2], owned: { [topic2]: [2], [topic3]: [0, 1] } },
      }),
      metadata({ [topic1]: 3, [topic2]: 3, [topic3]: 2 }),
    );
    expect(plain(result)).toEqual({
      A: { [topic1]: [0, 1] },
      B: { [topic1]: [2], [topic2]: [0, 1], [topic3]: [0, 1] },
      C: { [topic2]: [2] },
    });
  });

  it('a member id sorting first shifts every range: the server-side range is not sticky', () => {
    const topics = [topic1];
    const before = range.assign(
      spec('HOMOGENEOUS', { m1: { topics }, m2: { topics }, m3: { topics } }),
      metadata({ [topic1]: 3 }),
    );
    const after = reassign(
      range,
      spec('HOMOGENEOUS', { m1: { topics }, m2: { topics }, m3: { topics }, m0: { topics } }),
      new Map([...before, ['m0', new Map()]]),
      ['m1', 'm2', 'm3', 'm0'],
      metadata({ [topic1]: 3 }),
    );
    expect(plain(after)).toEqual({
      m0: { [topic1]: [0] },
      m1: { [topic1]: [1] },
      m2: { [topic1]: [2] },
      m3: {},
    });
  });
});

// Rerunning on its own result, in any member order, changes nothing. For the homogeneous uniform
// assignor this needs KAFKA-18688 (4.1): before it, the first members visited took the extra
// partitions, so a member holding floor(P/M) visited first took one from a member holding more.
describe('every assignor is stable under member iteration order (CommonAssignorTests)', () => {
  const topics = metadata({ topic1: 2, topic2: 5, topic3: 7 });
  const all = ['topic1', 'topic2', 'topic3'];
  const orders = [
    ['A', 'B', 'C'],
    ['A', 'C', 'B'],
    ['B', 'A', 'C'],
    ['B', 'C', 'A'],
    ['C', 'A', 'B'],
    ['C', 'B', 'A'],
  ];
  // Range balances each topic, not the total: 2, 5 and 7 partitions give 6, 5 and 3.
  for (const [assignor, type, expectedSizes] of [
    [uniform, 'HOMOGENEOUS', [4, 5, 5]],
    [uniform, 'HETEROGENEOUS', [4, 5, 5]],
    [range, 'HOMOGENEOUS', [3, 5, 6]],
    [range, 'HETEROGENEOUS', [3, 5, 6]],
  ] as const) {
    it(`${assignor.name}, ${type}`, () => {
      const first = spec(type, { A: { topics: all }, B: { topics: all }, C: { topics: all } });
      const assignment = assignor.assign(first, topics);
      expect(owners(assignment).size).toBe(14);
      expect(sizes(assignment).sort((a, b) => a - b)).toEqual(expectedSizes);
      for (const order of orders)
        expect(plain(reassign(assignor, first, assignment, order, topics))).toEqual(
          plain(assignment),
        );
    });
  }
});

describe('uniform assignor: balance and stickiness as members come and go', () => {
  /** Members m1…mN in join order, iterated as Kafka's HashMap would. */
  function groupOf(
    ids: string[],
    topics: string[],
    previous: GroupAssignment = new Map(),
  ): GroupSpec {
    return buildGroupSpec(
      ids.map((id) => [
        id,
        {
          subscribedTopics: new Set(topics),
          assignment: previous.get(id) ?? new Map(),
          rackId: null,
        },
      ]),
    );
  }

  function expectBalanced(assignment: GroupAssignment, totalPartitions: number) {
    expect(owners(assignment).size).toBe(totalPartitions);
    const counts = sizes(assignment);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  }

  it('3 partitions, 3 members, then a 4th: exactly one member is idle and nothing moves', () => {
    const topics = metadata({ orders: 3 });
    const three = uniform.assign(groupOf(['m1', 'm2', 'm3'], ['orders']), topics);
    expect(sizes(three)).toEqual([1, 1, 1]);
    const four = uniform.assign(groupOf(['m1', 'm2', 'm3', 'm4'], ['orders'], three), topics);
    expect(sizes(four).filter((n) => n === 0)).toHaveLength(1);
    expect(plain(four).m4).toEqual({});
    expect(owners(four)).toEqual(owners(three));
  });

  it('a member leaves: only its partitions move', () => {
    const topics = metadata({ orders: 8 });
    const four = uniform.assign(groupOf(['m1', 'm2', 'm3', 'm4'], ['orders']), topics);
    const three = uniform.assign(groupOf(['m1', 'm3', 'm4'], ['orders'], four), topics);
    expectBalanced(three, 8);
    for (const [partition, owner] of owners(four))
      if (owner !== 'm2') expect(owners(three).get(partition)).toBe(owner);
  });

  it('over many sizes: balanced, a joiner only takes, a leaver only gives', () => {
    for (let numPartitions = 1; numPartitions <= 24; numPartitions++)
      for (let numMembers = 1; numMembers <= 9; numMembers++) {
        const topics = metadata({ a: Math.ceil(numPartitions / 2), b: numPartitions >> 1 });
        const ids = Array.from({ length: numMembers }, (_, i) => `member-${i + 1}`);
        const before = uniform.assign(groupOf(ids, ['a', 'b']), topics);
        expectBalanced(before, numPartitions);

        const joined = uniform.assign(groupOf([...ids, 'joiner'], ['a', 'b'], before), topics);
        expectBalanced(joined, numPartitions);
        for (const [partition, owner] of owners(joined))
          if (owner !== 'joiner') expect(owners(before).get(partition)).toBe(owner);

        const leaver = ids[numMembers >> 1]!;
        const rest = ids.filter((id) => id !== leaver);
        if (rest.length === 0) continue;
        const left = uniform.assign(groupOf(rest, ['a', 'b'], before), topics);
        expectBalanced(left, numPartitions);
        for (const [partition, owner] of owners(before))
          if (owner !== leaver) expect(owners(left).get(partition)).toBe(owner);
      }
  });
});

describe('buildGroupSpec', () => {
  const entry = (topics: string[], owned: [string, number[]][] = []) => ({
    subscribedTopics: new Set(topics),
    assignment: new Map(owned.map(([t, ps]) => [t, new Set(ps)])),
    rackId: null,
  });

  it("iterates members like Kafka's HashMap and puts assignments in canonical order", () => {
    const ids = ['consumer-3', 'consumer-1', 'consumer-2', 'z', 'a'];
    const built = buildGroupSpec(
      ids.map((id) => [
        id,
        entry(
          ['t'],
          [
            ['u', [2, 0]],
            ['t', [1]],
          ],
        ),
      ]),
    );
    expect([...built.members.keys()]).toEqual(javaHashMapOrder(ids));
    expect(built.subscriptionType).toBe('HOMOGENEOUS');
    const assignment = built.members.get('z')!.assignment;
    expect([...assignment.keys()]).toEqual(['t', 'u']);
    expect([...assignment.get('u')!]).toEqual([0, 2]);
  });

  it('computes the subscription type on names, then drops unknown topics', () => {
    const built = buildGroupSpec(
      [
        ['A', entry(['t', 'missing'])],
        ['B', entry(['t'])],
      ],
      metadata({ t: 2 }),
    );
    expect(built.subscriptionType).toBe('HETEROGENEOUS');
    expect([...built.members.get('A')!.subscribedTopics]).toEqual(['t']);
  });

  it('subscriptionTypeOf: homogeneous only when every member names the same topics', () => {
    expect(subscriptionTypeOf([])).toBe('HOMOGENEOUS');
    expect(subscriptionTypeOf([new Set(), new Set()])).toBe('HOMOGENEOUS');
    expect(subscriptionTypeOf([new Set(['a', 'b']), new Set(['b', 'a'])])).toBe('HOMOGENEOUS');
    expect(subscriptionTypeOf([new Set(['a']), new Set(['a', 'b'])])).toBe('HETEROGENEOUS');
  });
});

describe('serverAssignors', () => {
  it("offers Kafka's default group.consumer.assignors, uniform first", () => {
    expect(SERVER_ASSIGNORS).toEqual(['uniform', 'range']);
    expect(DEFAULT_SERVER_ASSIGNOR).toBe('uniform');
    for (const name of SERVER_ASSIGNORS) expect(serverAssignorFor(name).name).toBe(name);
    expect(serverAssignorFor('sticky')).toBeNull();
  });

  it('uniform and range return no assignment for an empty group', () => {
    const empty: GroupSpec = { members: new Map(), subscriptionType: 'HOMOGENEOUS' };
    expect(uniform.assign(empty, metadata({})).size).toBe(0);
    expect(range.assign(empty, metadata({})).size).toBe(0);
  });
});
