// Kafka's UniformHomogeneousAssignmentBuilder (Kafka 4.1, with KAFKA-18688's stability fix): the
// uniform assignor when every member subscribes to the same topics. Balance first: with P
// partitions and M members each gets floor(P/M) and P mod M of them one more. Then stickiness:
// a member keeps what it already owns up to its quota; only the excess and the unowned partitions
// are handed out.
//
// Who gets the extra partitions decides how much moves. A member that already owns floor(P/M)+1
// keeps its extra while extras remain; the others give the extra up, and the extras still
// unclaimed at the end go to the last unfilled members in iteration order. So the result does not
// depend on member order when the assignment is already balanced.
import {
  addPartition,
  canonicalAssignment,
  PartitionAssignorException,
  sortedTopics,
  type GroupAssignment,
  type GroupSpec,
  type SubscribedTopicDescriber,
} from './PartitionAssignor';

interface TopicPartition {
  topic: string;
  partition: number;
}

interface MemberWithRemainingQuota {
  memberId: string;
  remainingQuota: number;
}

export class UniformHomogeneousAssignmentBuilder {
  /** The topics every member subscribes to, by name (Kafka: a HashSet of topic ids). */
  private readonly subscribedTopics: string[];
  private readonly unfilledMembers: MemberWithRemainingQuota[] = [];
  /** Unowned partitions first (by topic, ascending), then the ones revoked, in revocation order. */
  private readonly unassignedPartitions: TopicPartition[] = [];
  private readonly targetAssignment = new Map<string, Map<string, Set<number>>>();
  private minimumMemberQuota = 0;
  private remainingMembersToGetAnExtraPartition = 0;

  constructor(
    private readonly spec: GroupSpec,
    private readonly topics: SubscribedTopicDescriber,
  ) {
    // Homogeneous: any member's subscription is everyone's (UniformAssignor ensures members exist).
    const first = spec.members.values().next().value;
    this.subscribedTopics = first ? sortedTopics(first.subscribedTopics) : [];
  }

  build(): GroupAssignment {
    if (this.subscribedTopics.length === 0) return new Map();

    // GroupSpecImpl.isPartitionAssigned: owned in the current target assignment of a member.
    const assigned = new Set<string>();
    for (const member of this.spec.members.values())
      for (const [topic, partitions] of member.assignment)
        for (const partition of partitions) assigned.add(`${topic}\0${partition}`);

    let totalPartitions = 0;
    for (const topic of this.subscribedTopics) {
      const numPartitions = this.topics.numPartitions(topic);
      if (numPartitions === -1)
        throw new PartitionAssignorException(
          `Members are subscribed to topic ${topic} which doesn't exist in the topic metadata.`,
        );
      for (let partition = 0; partition < numPartitions; partition++)
        if (!assigned.has(`${topic}\0${partition}`))
          this.unassignedPartitions.push({ topic, partition });
      totalPartitions += numPartitions;
    }

    const numMembers = this.spec.members.size;
    this.minimumMemberQuota = Math.floor(totalPartitions / numMembers);
    this.remainingMembersToGetAnExtraPartition = totalPartitions % numMembers;

    this.maybeRevokePartitions();
    this.assignRemainingPartitions();

    const result: GroupAssignment = new Map();
    for (const [memberId, assignment] of this.targetAssignment)
      result.set(memberId, canonicalAssignment(assignment));
    return result;
  }

  /**
   * Drops topics no longer subscribed and revokes what exceeds each member's quota (the member
   * keeps its partitions in iteration order until the quota is used up).
   */
  private maybeRevokePartitions(): void {
    const subscribed = new Set(this.subscribedTopics);
    for (const [memberId, member] of this.spec.members) {
      const kept = new Map<string, Set<number>>();
      let quota = this.minimumMemberQuota;
      let quotaHasExtraPartition = false;
      if (this.remainingMembersToGetAnExtraPartition > 0) {
        quota++;
        quotaHasExtraPartition = true;
      }

      for (const [topic, partitions] of member.assignment) {
        if (!subscribed.has(topic)) continue;
        if (partitions.size <= quota) {
          if (partitions.size > 0) kept.set(topic, new Set(partitions));
          quota -= partitions.size;
          continue;
        }
        for (const partition of partitions) {
          if (quota > 0) {
            addPartition(kept, topic, partition);
            quota--;
          } else {
            this.unassignedPartitions.push({ topic, partition });
          }
        }
      }

      // Not already owning min + 1: leave the extra to a later member (it may get it back below).
      if (quota > 0 && quotaHasExtraPartition) {
        quota--;
        quotaHasExtraPartition = false;
      }
      if (quota === 0 && quotaHasExtraPartition) this.remainingMembersToGetAnExtraPartition--;

      // Unfilled: quota left, or no quota left but an extra may still come its way.
      if (quota > 0 || (this.remainingMembersToGetAnExtraPartition > 0 && !quotaHasExtraPartition))
        this.unfilledMembers.push({ memberId, remainingQuota: quota });

      this.targetAssignment.set(memberId, kept);
    }
  }

  private assignRemainingPartitions(): void {
    // The extras nobody kept go to the last unfilled members.
    for (let i = this.unfilledMembers.length - 1; i >= 0; i--) {
      if (this.remainingMembersToGetAnExtraPartition === 0) break;
      this.remainingMembersToGetAnExtraPartition--;
      this.unfilledMembers[i]!.remainingQuota++;
    }

    let next = 0;
    for (const { memberId, remainingQuota } of this.unfilledMembers) {
      const assignment = this.targetAssignment.get(memberId)!;
      for (let i = 0; i < remainingQuota && next < this.unassignedPartitions.length; i++) {
        const { topic, partition } = this.unassignedPartitions[next++]!;
        addPartition(assignment, topic, partition);
      }
    }
    if (next < this.unassignedPartitions.length)
      throw new PartitionAssignorException('Partitions were left unassigned');
  }
}
