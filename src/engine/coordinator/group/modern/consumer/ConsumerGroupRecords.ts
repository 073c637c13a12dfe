// The __consumer_offsets records a consumer group is written as (Kafka's
// GroupCoordinatorRecordHelpers for KIP-848 groups), and how a new coordinator rebuilds the group
// from them. Every change the coordinator makes is one of these records, replicated before the
// member hears of it.
import {
  consumerGroupRecordKey,
  type ConsumerGroupRecord,
  type ConsumerGroupRecordType,
  type ConsumerGroupRecordValues,
} from '../../OffsetsTopic';
import { toList, toTopicPartitions, type TopicPartitions } from '../Assignment';
import { ConsumerGroup } from './ConsumerGroup';
import { newMember, type ConsumerGroupMember, type MemberState } from './ConsumerGroupMember';

export interface KeyValue {
  key: string;
  value: string | null;
}

function record<T extends ConsumerGroupRecordType>(
  type: T,
  group: string,
  member: string | undefined,
  value: ConsumerGroupRecordValues[T] | null,
): KeyValue {
  return {
    key: consumerGroupRecordKey(type, group, member),
    value: value === null ? null : JSON.stringify(value),
  };
}

export function groupEpochRecord(g: ConsumerGroup): KeyValue {
  return record('ConsumerGroupMetadata', g.groupId, undefined, {
    epoch: g.groupEpoch,
    metadataHash: g.subscriptionMetadata,
  });
}

export function memberSubscriptionRecord(group: string, m: ConsumerGroupMember): KeyValue {
  return record('ConsumerGroupMemberMetadata', group, m.memberId, {
    subscribedTopicNames: [...m.subscribedTopicNames],
    rebalanceTimeoutMs: m.rebalanceTimeoutMs,
    serverAssignor: m.serverAssignorName,
  });
}

export function targetAssignmentRecord(
  group: string,
  member: string,
  assignment: TopicPartitions,
): KeyValue {
  return record('ConsumerGroupTargetAssignmentMember', group, member, {
    topicPartitions: toList(assignment),
  });
}

export function targetAssignmentEpochRecord(group: string, assignmentEpoch: number): KeyValue {
  return record('ConsumerGroupTargetAssignmentMetadata', group, undefined, { assignmentEpoch });
}

export function currentAssignmentRecord(group: string, m: ConsumerGroupMember): KeyValue {
  return record('ConsumerGroupCurrentMemberAssignment', group, m.memberId, {
    memberEpoch: m.memberEpoch,
    previousMemberEpoch: m.previousMemberEpoch,
    state: m.state,
    assignedPartitions: toList(m.assignedPartitions),
    partitionsPendingRevocation: toList(m.partitionsPendingRevocation),
  });
}

/** A member leaves: tombstones for its current assignment, its target and its subscription. */
export function memberTombstones(group: string, member: string): KeyValue[] {
  return [
    record('ConsumerGroupCurrentMemberAssignment', group, member, null),
    record('ConsumerGroupTargetAssignmentMember', group, member, null),
    record('ConsumerGroupMemberMetadata', group, member, null),
  ];
}

/** Replay one group's records in log order (the latest of each key wins). */
export function replayConsumerGroup(
  groupId: string,
  records: ConsumerGroupRecord[],
): ConsumerGroup {
  const g = new ConsumerGroup(groupId);
  const members = new Map<string, ConsumerGroupMember>();
  const member = (id: string) => members.get(id) ?? newMember(id);
  for (const r of records) {
    const id = r.member;
    switch (r.type) {
      case 'ConsumerGroupMetadata':
        if (r.value) {
          g.groupEpoch = r.value.epoch;
          g.subscriptionMetadata = r.value.metadataHash;
        }
        break;
      case 'ConsumerGroupTargetAssignmentMetadata':
        if (r.value) g.assignmentEpoch = r.value.assignmentEpoch;
        break;
      case 'ConsumerGroupMemberMetadata':
        if (id === null) break;
        if (r.value === null) members.delete(id);
        else
          members.set(id, {
            ...member(id),
            subscribedTopicNames: r.value.subscribedTopicNames,
            rebalanceTimeoutMs: r.value.rebalanceTimeoutMs,
            serverAssignorName: r.value.serverAssignor,
          });
        break;
      case 'ConsumerGroupTargetAssignmentMember':
        if (id === null) break;
        if (r.value === null) g.targetAssignment.delete(id);
        else g.targetAssignment.set(id, toTopicPartitions(r.value.topicPartitions));
        break;
      case 'ConsumerGroupCurrentMemberAssignment':
        if (id === null || r.value === null || !members.has(id)) break;
        members.set(id, {
          ...member(id),
          memberEpoch: r.value.memberEpoch,
          previousMemberEpoch: r.value.previousMemberEpoch,
          state: r.value.state as MemberState,
          assignedPartitions: toTopicPartitions(r.value.assignedPartitions),
          partitionsPendingRevocation: toTopicPartitions(r.value.partitionsPendingRevocation),
        });
        break;
    }
  }
  for (const m of members.values()) g.updateMember(m);
  return g;
}
