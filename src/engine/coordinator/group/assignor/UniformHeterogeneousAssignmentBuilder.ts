// Kafka's UniformHeterogeneousAssignmentBuilder (the KAFKA-17710 rewrite, as in Kafka 4.0/4.1): the
// uniform assignor when members subscribe to different topics. Balance first, then stickiness:
//   1. each member keeps what it owns of the topics it still subscribes to;
//   2. unowned partitions go, topic by topic, to the least loaded subscribers of that topic;
//   3. topic by topic, partitions move from the most to the least loaded subscribers until their
//      counts differ by at most one, looping over the topics until a full pass moves nothing (at
//      most 16 passes). Overlapping subscriptions can end almost, not perfectly, balanced.
// Members are numbered in the spec's order; ties go to the lower number.
import {
  addPartition,
  canonicalAssignment,
  PartitionAssignorException,
  type GroupAssignment,
  type GroupSpec,
  type SubscribedTopicDescriber,
} from './PartitionAssignor';
import { compareJavaStrings } from '../../../common/utils/JavaHashMap';

/** Each pass roughly halves the imbalance; this bounds the work for pathological subscriptions. */
const MAX_ITERATION_COUNT = 16;

export class UniformHeterogeneousAssignmentBuilder {
  private readonly memberIds: string[];
  private readonly subscribedTopics = new Set<string>();
  /** Subscribers of each topic, as member indices in ascending order. */
  private readonly topicSubscribers = new Map<string, number[]>();
  /** The new assignment, by member index. */
  private readonly targetAssignment: Map<string, Set<number>>[] = [];
  /** Partitions each member holds in the new assignment, by member index. */
  private readonly memberTargetAssignmentSizes: number[];
  /** Owner (member index) of each partition in the new assignment; -1 while unassigned. */
  private readonly partitionOwners = new Map<string, Int32Array>();

  constructor(
    private readonly spec: GroupSpec,
    private readonly topics: SubscribedTopicDescriber,
  ) {
    this.memberIds = [...spec.members.keys()];
    this.memberTargetAssignmentSizes = this.memberIds.map(() => 0);
    this.memberIds.forEach((memberId, memberIndex) => {
      for (const topic of spec.members.get(memberId)!.subscribedTopics) {
        if (topics.numPartitions(topic) === -1)
          throw new PartitionAssignorException(
            `Members are subscribed to topic ${topic} which doesn't exist in the topic metadata.`,
          );
        this.subscribedTopics.add(topic);
        let subscribers = this.topicSubscribers.get(topic);
        if (!subscribers) this.topicSubscribers.set(topic, (subscribers = []));
        subscribers.push(memberIndex);
      }
    });
    for (const topic of this.subscribedTopics)
      this.partitionOwners.set(topic, new Int32Array(topics.numPartitions(topic)).fill(-1));
  }

  build(): GroupAssignment {
    if (this.subscribedTopics.size === 0) return new Map();

    this.maybeRevokePartitions();
    this.assignRemainingPartitions(this.computeUnassignedPartitions());
    this.balance();

    const result: GroupAssignment = new Map();
    this.memberIds.forEach((memberId, memberIndex) =>
      result.set(memberId, canonicalAssignment(this.targetAssignment[memberIndex]!)),
    );
    return result;
  }

  /**
   * Partitions per subscriber descending (the hardest topics to balance go first), then fewer
   * subscribers first, then by name (Kafka: by topic id, for predictability).
   */
  private readonly compareTopics = (a: string, b: string): number => {
    const subscribersA = this.topicSubscribers.get(a)!.length;
    const subscribersB = this.topicSubscribers.get(b)!.length;
    const perSubscriberA = this.topics.numPartitions(a) / subscribersA;
    const perSubscriberB = this.topics.numPartitions(b) / subscribersB;
    if (perSubscriberA !== perSubscriberB) return perSubscriberA > perSubscriberB ? -1 : 1;
    return subscribersA - subscribersB || compareJavaStrings(a, b);
  };

  /** Fewest assigned partitions first, then the lower member index. */
  private readonly compareMembers = (a: number, b: number): number =>
    this.memberTargetAssignmentSizes[a]! - this.memberTargetAssignmentSizes[b]! || a - b;

  private sortTopics(topics: Iterable<string>): string[] {
    return [...topics].sort(this.compareTopics);
  }

  /** Keeps each member's partitions of the topics it still subscribes to. */
  private maybeRevokePartitions(): void {
    this.memberIds.forEach((memberId, memberIndex) => {
      const member = this.spec.members.get(memberId)!;
      const kept = new Map<string, Set<number>>();
      for (const [topic, partitions] of member.assignment) {
        if (!member.subscribedTopics.has(topic)) continue;
        this.memberTargetAssignmentSizes[memberIndex]! += partitions.size;
        const owners = this.partitionOwners.get(topic)!;
        for (const partition of partitions) owners[partition] = memberIndex;
        if (partitions.size > 0) kept.set(topic, new Set(partitions));
      }
      this.targetAssignment[memberIndex] = kept;
    });
  }

  private computeUnassignedPartitions(): Map<string, number[]> {
    const unassigned = new Map<string, number[]>();
    for (const topic of this.subscribedTopics) {
      const partitions: number[] = [];
      this.partitionOwners.get(topic)!.forEach((owner, partition) => {
        if (owner === -1) partitions.push(partition);
      });
      if (partitions.length > 0) unassigned.set(topic, partitions);
    }
    return unassigned;
  }

  /** Hands each topic's unassigned partitions to its least loaded subscribers, level by level. */
  private assignRemainingPartitions(unassigned: Map<string, number[]>): void {
    const balancer = new MemberAssignmentBalancer(
      this.memberTargetAssignmentSizes,
      this.compareMembers,
    );
    for (const topic of this.sortTopics(unassigned.keys())) {
      balancer.initialize(this.topicSubscribers.get(topic)!);
      for (const partition of unassigned.get(topic)!)
        this.assignPartition(topic, partition, balancer.nextLeastLoadedMember());
    }
  }

  private balance(): void {
    // A topic with a single subscriber has nowhere to move its partitions.
    const movable = [...this.subscribedTopics].filter(
      (topic) => this.topicSubscribers.get(topic)!.length >= 2,
    );
    if (movable.length > 0) this.balanceTopics(movable);
  }

  /**
   * Balances topic after topic, round and round, until a whole round moves nothing or the
   * iteration limit is hit. Perfect when each topic's subscribers share one subscription;
   * otherwise e.g. 9/10/11 can remain where a chain of moves across topics would do better.
   */
  private balanceTopics(topics: string[]): void {
    const sortedTopics = this.sortTopics(topics);
    // The last topic that moved something (or the first one visited): back there, a round is over.
    let lastRebalanceTopicIndex = -1;
    const balancer = new MemberAssignmentBalancer(
      this.memberTargetAssignmentSizes,
      this.compareMembers,
    );
    for (let i = 0; i < MAX_ITERATION_COUNT; i++) {
      for (let topicIndex = 0; topicIndex < sortedTopics.length; topicIndex++) {
        if (topicIndex === lastRebalanceTopicIndex) return;
        const moved = this.balanceTopic(sortedTopics[topicIndex]!, balancer);
        if (moved > 0 || lastRebalanceTopicIndex === -1) lastRebalanceTopicIndex = topicIndex;
      }
    }
  }

  /**
   * Moves the topic's partitions from its most to its least loaded subscribers until their
   * partition counts differ by one or less. Returns how many partitions moved.
   */
  private balanceTopic(topic: string, balancer: MemberAssignmentBalancer): number {
    if (balancer.initialize(this.topicSubscribers.get(topic)!) <= 1) return 0;

    // The partitions grouped by owner, so a member's last one is found in constant time.
    const owners = this.partitionOwners.get(topic)!;
    const partitions = Array.from(owners, (_, partition) => partition).sort(
      (a, b) => owners[a]! - owners[b]! || a - b,
    );
    const start = new Map<number, number>();
    const end = new Map<number, number>(); // exclusive
    partitions.forEach((partition, i) => {
      const owner = owners[partition]!;
      if (!start.has(owner)) start.set(owner, i);
      end.set(owner, i + 1);
    });

    let moved = 0;
    while (!balancer.isBalanced()) {
      // The most loaded subscriber that still has a partition of this topic to give.
      let mostLoaded = balancer.nextMostLoadedMember();
      while (mostLoaded !== -1 && (end.get(mostLoaded) ?? 0) - (start.get(mostLoaded) ?? 0) <= 0) {
        balancer.excludeMostLoadedMember();
        mostLoaded = balancer.nextMostLoadedMember();
      }
      if (mostLoaded === -1) break;

      const last = end.get(mostLoaded)! - 1;
      end.set(mostLoaded, last);
      const leastLoaded = balancer.nextLeastLoadedMember();
      // Ranges one partition apart: moving would not improve anything.
      if (balancer.isBalanced()) break;
      this.assignPartition(topic, partitions[last]!, leastLoaded);
      moved++;
    }
    return moved;
  }

  private assignPartition(topic: string, partition: number, memberIndex: number): void {
    const owners = this.partitionOwners.get(topic)!;
    const previous = owners[partition]!;
    if (previous !== -1) {
      const partitions = this.targetAssignment[previous]!.get(topic);
      if (partitions) {
        partitions.delete(partition);
        if (partitions.size === 0) this.targetAssignment[previous]!.delete(topic);
      }
      this.memberTargetAssignmentSizes[previous]!--;
    }
    addPartition(this.targetAssignment[memberIndex]!, topic, partition);
    owners[partition] = memberIndex;
    this.memberTargetAssignmentSizes[memberIndex]!++;
  }
}

/**
 * Kafka's MemberAssignmentBalancer: over one topic's subscribers sorted by load, a least loaded
 * range that grows rightwards (handing partitions out level by level) and a most loaded range
 * that grows leftwards (taking them back). Reads the builder's live assignment sizes.
 */
class MemberAssignmentBalancer {
  private sortedMembers: number[] = [];
  /** [0, leastLoadedRangeEnd): the members with the fewest partitions. */
  private leastLoadedRangeEnd = 0;
  /** The level of the least loaded range before this round of handing out. */
  private leastLoadedRangePartitionCount = -1;
  private nextLeastLoaded = 0;
  /** [mostLoadedRangeStart, mostLoadedRangeEnd): the members with the most partitions. */
  private mostLoadedRangeStart = 0;
  /** Not simply the end: members with nothing of this topic to give are swapped out past it. */
  private mostLoadedRangeEnd = 0;
  /** The level of the most loaded range before this round of taking back. */
  private mostLoadedRangePartitionCount = 1;
  private nextMostLoaded = -1;

  constructor(
    private readonly sizes: number[],
    private readonly compareMembers: (a: number, b: number) => number,
  ) {}

  /** Resets for a topic's subscribers; returns the spread between most and least loaded. */
  initialize(members: readonly number[]): number {
    if (members.length === 0) throw new Error('Cannot balance an empty subscriber list.');
    this.sortedMembers = [...members].sort(this.compareMembers);
    const least = this.sizes[this.sortedMembers[0]!]!;
    const most = this.sizes[this.sortedMembers[this.sortedMembers.length - 1]!]!;
    this.leastLoadedRangeEnd = 0;
    this.leastLoadedRangePartitionCount = least - 1;
    this.nextLeastLoaded = 0;
    this.mostLoadedRangeStart = this.sortedMembers.length;
    this.mostLoadedRangeEnd = this.sortedMembers.length;
    this.mostLoadedRangePartitionCount = most + 1;
    this.nextMostLoaded = this.sortedMembers.length - 1;
    return most - least;
  }

  /** The member to give the next partition to; assumes it will get one. */
  nextLeastLoadedMember(): number {
    if (this.nextLeastLoaded >= this.leastLoadedRangeEnd) {
      // Everyone in the range got one: the range is a level higher; take in members at that level.
      this.leastLoadedRangePartitionCount++;
      while (
        this.leastLoadedRangeEnd < this.sortedMembers.length &&
        this.sizeAt(this.leastLoadedRangeEnd) === this.leastLoadedRangePartitionCount
      )
        this.leastLoadedRangeEnd++;
      this.nextLeastLoaded = 0;
    }
    return this.sortedMembers[this.nextLeastLoaded++]!;
  }

  /** The member to take the next partition from, or -1 if none is left; assumes it gives one. */
  nextMostLoadedMember(): number {
    if (this.nextMostLoaded < this.mostLoadedRangeStart) {
      if (this.mostLoadedRangeEnd <= this.mostLoadedRangeStart && this.mostLoadedRangeStart > 0) {
        // Emptied by exclusions: restart from the next member's level so the range still grows.
        this.mostLoadedRangePartitionCount = this.sizeAt(this.mostLoadedRangeStart - 1);
      } else {
        this.mostLoadedRangePartitionCount--;
      }
      while (
        this.mostLoadedRangeStart > 0 &&
        this.sizeAt(this.mostLoadedRangeStart - 1) === this.mostLoadedRangePartitionCount
      )
        this.mostLoadedRangeStart--;
      this.nextMostLoaded = this.mostLoadedRangeEnd - 1;
    }
    if (this.nextMostLoaded < 0) return -1;
    return this.sortedMembers[this.nextMostLoaded--]!;
  }

  /** Takes the member nextMostLoadedMember just returned out of the most loaded range. */
  excludeMostLoadedMember(): void {
    const i = this.nextMostLoaded + 1;
    const last = this.mostLoadedRangeEnd - 1;
    [this.sortedMembers[i], this.sortedMembers[last]] = [
      this.sortedMembers[last]!,
      this.sortedMembers[i]!,
    ];
    this.mostLoadedRangeEnd--;
  }

  isBalanced(): boolean {
    return this.mostLoadedRangePartitionCount - this.leastLoadedRangePartitionCount <= 1;
  }

  private sizeAt(position: number): number {
    return this.sizes[this.sortedMembers[position]!]!;
  }
}
