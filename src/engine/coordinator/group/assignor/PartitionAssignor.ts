// Kafka's server-side assignor API (org.apache.kafka.coordinator.group.api.assignor:
// ConsumerGroupPartitionAssignor, GroupSpec, SubscribedTopicDescriber, GroupAssignment). In the
// consumer group protocol (KIP-848, group.protocol=consumer) the group coordinator, not a member,
// computes every member's target assignment with one of these.
//
// Topics are names here where Kafka uses topic ids. Kafka iterates sets and maps of Uuids, whose
// order follows the ids' hashes and is effectively random; we order topics by name instead.
import { compareJavaStrings, javaHashMapOrder } from '../../../common/utils/JavaHashMap';

export interface MemberSubscriptionAndAssignment {
  /** Topics the member subscribes to (names; Kafka uses topic ids). */
  subscribedTopics: ReadonlySet<string>;
  /** The member's current TARGET assignment (from the previous target assignment), topic -> partitions. */
  assignment: ReadonlyMap<string, ReadonlySet<number>>;
  rackId: string | null;
  /** group.instance.id of a static member; the range assignor orders static members first. */
  instanceId?: string | null;
}

export type SubscriptionType = 'HOMOGENEOUS' | 'HETEROGENEOUS';

export interface GroupSpec {
  /** Members in the iteration order Kafka's GroupSpecImpl would give them (the caller orders them). */
  members: ReadonlyMap<string, MemberSubscriptionAndAssignment>;
  subscriptionType: SubscriptionType;
}

export interface SubscribedTopicDescriber {
  /** The topic's partition count, or -1 if the topic is unknown. */
  numPartitions(topic: string): number;
}

/**
 * memberId -> topic -> partitions. A member left out has an empty assignment (Kafka's
 * TargetAssignmentBuilder reads a missing member as Assignment.EMPTY).
 */
export type GroupAssignment = Map<string, Map<string, Set<number>>>;

export interface PartitionAssignor {
  readonly name: string;
  assign(spec: GroupSpec, topics: SubscribedTopicDescriber): GroupAssignment;
}

export class PartitionAssignorException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PartitionAssignorException';
  }
}

/**
 * ModernGroup.subscriptionType: HOMOGENEOUS when every topic name is subscribed by every member
 * (also with no members or no subscriptions), HETEROGENEOUS otherwise. Kafka counts names before
 * resolving them, so an unknown topic still makes a difference.
 */
export function subscriptionTypeOf(subscriptions: Iterable<ReadonlySet<string>>): SubscriptionType {
  const counts = new Map<string, number>();
  let members = 0;
  for (const topics of subscriptions) {
    members++;
    for (const topic of topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  for (const count of counts.values()) if (count !== members) return 'HETEROGENEOUS';
  return 'HOMOGENEOUS';
}

/** Topic names in the order the assignors visit them (in place of Kafka's Uuid order). */
export function sortedTopics(topics: Iterable<string>): string[] {
  return [...topics].sort(compareJavaStrings);
}

/**
 * An assignment in canonical order: topics by name, partitions ascending (a java.util.HashSet of
 * small Integers iterates ascending), empty topics dropped. Assignors return this form and
 * buildGroupSpec feeds it back, so the next computation iterates what Kafka would.
 */
export function canonicalAssignment(
  assignment: ReadonlyMap<string, ReadonlySet<number>>,
): Map<string, Set<number>> {
  const result = new Map<string, Set<number>>();
  for (const topic of sortedTopics(assignment.keys())) {
    const partitions = [...assignment.get(topic)!].sort((a, b) => a - b);
    if (partitions.length > 0) result.set(topic, new Set(partitions));
  }
  return result;
}

/**
 * The GroupSpec Kafka's TargetAssignmentBuilder hands the assignor. `members` come in the order
 * they were put into its `new HashMap<>()`: the group's members, then a joining or updated member
 * last; the spec iterates them as that HashMap does (javaHashMapOrder, which sizes the table for
 * the final member count, whereas Kafka's may have grown for a member removed in the same build).
 * The subscription type is computed on the names as given; with `topics`, subscriptions then keep
 * only known topics, as Kafka's TopicIds drops names that do not resolve to an id.
 */
export function buildGroupSpec(
  members: Iterable<readonly [string, MemberSubscriptionAndAssignment]>,
  topics?: SubscribedTopicDescriber,
): GroupSpec {
  const byId = new Map(members);
  const subscriptionType = subscriptionTypeOf([...byId.values()].map((m) => m.subscribedTopics));
  const ordered = new Map<string, MemberSubscriptionAndAssignment>();
  for (const memberId of javaHashMapOrder(byId.keys())) {
    const member = byId.get(memberId)!;
    const subscribed = sortedTopics(member.subscribedTopics).filter(
      (topic) => !topics || topics.numPartitions(topic) >= 0,
    );
    ordered.set(memberId, {
      ...member,
      subscribedTopics: new Set(subscribed),
      assignment: canonicalAssignment(member.assignment),
    });
  }
  return { members: ordered, subscriptionType };
}

/** Adds a partition to a mutable member assignment. */
export function addPartition(
  assignment: Map<string, Set<number>>,
  topic: string,
  partition: number,
): void {
  let partitions = assignment.get(topic);
  if (!partitions) assignment.set(topic, (partitions = new Set()));
  partitions.add(partition);
}
