// The internal topic `__consumer_offsets`: where group coordinators keep committed offsets and
// group metadata as records, so that whichever broker leads a partition of it can rebuild the
// groups mapped there (Kafka's GroupMetadataManager / GroupCoordinatorRecordHelpers). Keys and
// values are JSON here, readable in the storage view; Kafka encodes them in binary schemas with
// the same fields.
import { abs, javaStringHashCode } from '../../common/utils/Utils';
import type { ConfigMap } from '../../scenario/Scenario';
import type { Subscription } from '../../clients/consumer/ConsumerPartitionAssignor';
import { TOPIC_CONFIGS } from '../../config/tables/topic';

export const GROUP_METADATA_TOPIC_NAME = '__consumer_offsets';

/** Topics Kafka marks internal: not produced to by clients, left out of listings by default. */
export function isInternalTopic(topic: string): boolean {
  return topic === GROUP_METADATA_TOPIC_NAME;
}

/** GroupCoordinator.partitionFor: the partition (and so the coordinator) of a group. */
export function partitionFor(groupId: string, numPartitions: number): number {
  return abs(javaStringHashCode(groupId)) % numPartitions;
}

/**
 * The topic's configs as Kafka creates it: compacted (only the latest offset per key matters),
 * 100 MiB segments (offsets.topic.segment.bytes). The coordinator writes uncompressed batches
 * (offsets.topic.compression.codec = none).
 */
export const OFFSETS_TOPIC_CONFIG: ConfigMap = {
  [TOPIC_CONFIGS.cleanupPolicy.name]: 'compact',
  [TOPIC_CONFIGS.segmentBytes.name]: 104857600,
};

/** offsets.commit.timeout.ms: how long an offset or group write may wait for the replicas. */
export const OFFSET_COMMIT_TIMEOUT_MS = 5000;

export interface StoredMember {
  memberId: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  subscription: Subscription;
  assignment: { topic: string; partition: number }[];
}

/** GroupMetadataValue: the group as of its last completed rebalance. */
export interface StoredGroup {
  protocolType: 'consumer';
  generation: number;
  protocol: string | null;
  leader: string | null;
  members: StoredMember[];
}

/** The KIP-848 records of a consumer group (GroupCoordinatorRecordHelpers), by key type. */
export interface ConsumerGroupRecordValues {
  /** ConsumerGroupMetadata: the group epoch, and what the subscribed topics looked like then. */
  ConsumerGroupMetadata: { epoch: number; metadataHash: string };
  /** ConsumerGroupMemberMetadata: a member's subscription. */
  ConsumerGroupMemberMetadata: {
    subscribedTopicNames: string[];
    rebalanceTimeoutMs: number;
    serverAssignor: string | null;
  };
  /** ConsumerGroupTargetAssignmentMetadata: the epoch of the target assignment. */
  ConsumerGroupTargetAssignmentMetadata: { assignmentEpoch: number };
  /** ConsumerGroupTargetAssignmentMember: one member's part of the target. */
  ConsumerGroupTargetAssignmentMember: { topicPartitions: { topic: string; partition: number }[] };
  /** ConsumerGroupCurrentMemberAssignment: where the member's reconciliation stands. */
  ConsumerGroupCurrentMemberAssignment: {
    memberEpoch: number;
    previousMemberEpoch: number;
    state: string;
    assignedPartitions: { topic: string; partition: number }[];
    partitionsPendingRevocation: { topic: string; partition: number }[];
  };
}

export type ConsumerGroupRecordType = keyof ConsumerGroupRecordValues;

const CONSUMER_GROUP_RECORD_TYPES = new Set<string>([
  'ConsumerGroupMetadata',
  'ConsumerGroupMemberMetadata',
  'ConsumerGroupTargetAssignmentMetadata',
  'ConsumerGroupTargetAssignmentMember',
  'ConsumerGroupCurrentMemberAssignment',
]);

export type ConsumerGroupRecord = {
  [T in ConsumerGroupRecordType]: {
    kind: 'consumer';
    type: T;
    group: string;
    /** Set for the per-member records. */
    member: string | null;
    /** null: a tombstone (the member left, or the group was deleted). */
    value: ConsumerGroupRecordValues[T] | null;
  };
}[ConsumerGroupRecordType];

export type OffsetsRecord =
  | { kind: 'offset'; group: string; topic: string; partition: number; offset: number | null }
  | { kind: 'group'; group: string; value: StoredGroup | null }
  | ConsumerGroupRecord;

export function consumerGroupRecordKey(
  type: ConsumerGroupRecordType,
  group: string,
  member?: string,
): string {
  return JSON.stringify(member === undefined ? { type, group } : { type, group, member });
}

export function offsetCommitKey(group: string, topic: string, partition: number): string {
  return JSON.stringify({ group, topic, partition });
}

export function offsetCommitValue(offset: number, commitTimestamp: number): string {
  return JSON.stringify({ offset, leaderEpoch: -1, metadata: '', commitTimestamp });
}

export function groupMetadataKey(group: string): string {
  return JSON.stringify({ group });
}

export function groupMetadataValue(g: StoredGroup): string {
  return JSON.stringify(g);
}

/** Read back a record of the topic (a null value is a tombstone); null for anything else. */
export function parseOffsetsRecord(key: string | null, value: string | null): OffsetsRecord | null {
  if (key === null) return null;
  let k: {
    group?: unknown;
    topic?: unknown;
    partition?: unknown;
    type?: unknown;
    member?: unknown;
  };
  try {
    k = JSON.parse(key) as typeof k;
  } catch {
    return null;
  }
  if (typeof k.group !== 'string') return null;
  if (typeof k.type === 'string') {
    if (!CONSUMER_GROUP_RECORD_TYPES.has(k.type)) return null;
    return {
      kind: 'consumer',
      type: k.type,
      group: k.group,
      member: typeof k.member === 'string' ? k.member : null,
      value: value === null ? null : JSON.parse(value),
    } as ConsumerGroupRecord;
  }
  if (typeof k.topic === 'string' && typeof k.partition === 'number') {
    const offset = value === null ? null : (JSON.parse(value) as { offset: number }).offset;
    return { kind: 'offset', group: k.group, topic: k.topic, partition: k.partition, offset };
  }
  return {
    kind: 'group',
    group: k.group,
    value: value === null ? null : (JSON.parse(value) as StoredGroup),
  };
}
