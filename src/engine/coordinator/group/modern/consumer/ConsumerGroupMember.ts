// Kafka's ConsumerGroupMember (KIP-848): what the coordinator knows of one member — its
// subscription, its epoch, and its current assignment with the partitions it must still give up.
// Members are values: every change makes a new one, so "did it change?" is a comparison.
import type { TopicPartitions } from '../Assignment';
import { equalAssignments } from '../Assignment';

/** org.apache.kafka.coordinator.group.modern.MemberState. */
export type MemberState = 'STABLE' | 'UNREVOKED_PARTITIONS' | 'UNRELEASED_PARTITIONS';

export interface ConsumerGroupMember {
  readonly memberId: string;
  /** The epoch of the assignment the member runs; 0 until its first one. */
  readonly memberEpoch: number;
  readonly previousMemberEpoch: number;
  readonly state: MemberState;
  /** The client's max.poll.interval.ms: how long it may take to revoke partitions. */
  readonly rebalanceTimeoutMs: number;
  readonly subscribedTopicNames: readonly string[];
  /** group.remote.assignor, null for the group's default. */
  readonly serverAssignorName: string | null;
  /** Partitions the member owns (or may start owning) at its epoch. */
  readonly assignedPartitions: TopicPartitions;
  /** Partitions the member must revoke before it moves to the next epoch. */
  readonly partitionsPendingRevocation: TopicPartitions;
}

export function newMember(memberId: string): ConsumerGroupMember {
  return {
    memberId,
    memberEpoch: 0,
    previousMemberEpoch: -1,
    state: 'STABLE',
    rebalanceTimeoutMs: -1,
    subscribedTopicNames: [],
    serverAssignorName: null,
    assignedPartitions: new Map(),
    partitionsPendingRevocation: new Map(),
  };
}

/** ConsumerGroupMember.isReconciledTo: stable at the target assignment's epoch. */
export function isReconciledTo(m: ConsumerGroupMember, targetAssignmentEpoch: number): boolean {
  return m.state === 'STABLE' && m.memberEpoch === targetAssignmentEpoch;
}

/** The fields the ConsumerGroupMemberMetadata record holds changed: the group epoch must move. */
export function hasSubscriptionChanged(a: ConsumerGroupMember, b: ConsumerGroupMember): boolean {
  return (
    a.serverAssignorName !== b.serverAssignorName ||
    a.subscribedTopicNames.length !== b.subscribedTopicNames.length ||
    a.subscribedTopicNames.some((t, i) => b.subscribedTopicNames[i] !== t)
  );
}

export function sameCurrentAssignment(a: ConsumerGroupMember, b: ConsumerGroupMember): boolean {
  return (
    a.memberEpoch === b.memberEpoch &&
    a.previousMemberEpoch === b.previousMemberEpoch &&
    a.state === b.state &&
    equalAssignments(a.assignedPartitions, b.assignedPartitions) &&
    equalAssignments(a.partitionsPendingRevocation, b.partitionsPendingRevocation)
  );
}

/** Builder.updateMemberEpoch: the old epoch becomes the previous one (a member whose answer got
 * lost may still come back with it). */
export function withEpoch(m: ConsumerGroupMember, epoch: number): ConsumerGroupMember {
  return { ...m, previousMemberEpoch: m.memberEpoch, memberEpoch: epoch };
}
