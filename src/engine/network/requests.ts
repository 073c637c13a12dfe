// Payloads of the Kafka requests the simulated actors exchange (a small subset of each
// request's real fields: the ones that change behaviour here).
import type { LogBatch } from '../log/RecordBatch';
import type { AssignmentStrategy, CompressionType } from '../config/types';
import type { Subscription } from '../clients/consumer/ConsumerPartitionAssignor';
import type { TopicPartition } from '../common/TopicPartition';

export type ErrorCode =
  | 'NONE'
  | 'NOT_LEADER_OR_FOLLOWER'
  | 'UNKNOWN_TOPIC_OR_PARTITION'
  | 'NOT_ENOUGH_REPLICAS'
  | 'NOT_ENOUGH_REPLICAS_AFTER_APPEND'
  | 'REQUEST_TIMED_OUT'
  | 'MESSAGE_TOO_LARGE'
  | 'OUT_OF_ORDER_SEQUENCE_NUMBER'
  | 'INVALID_PRODUCER_EPOCH'
  | 'OFFSET_OUT_OF_RANGE'
  | 'LEADER_NOT_AVAILABLE'
  | 'FENCED_LEADER_EPOCH'
  | 'UNKNOWN_LEADER_EPOCH'
  | 'NETWORK_EXCEPTION'
  | 'INVALID_RECORD'
  // group coordinator
  | 'COORDINATOR_NOT_AVAILABLE'
  | 'NOT_COORDINATOR'
  | 'COORDINATOR_LOAD_IN_PROGRESS'
  | 'UNKNOWN_MEMBER_ID'
  | 'ILLEGAL_GENERATION'
  | 'REBALANCE_IN_PROGRESS'
  | 'INCONSISTENT_GROUP_PROTOCOL'
  // the consumer group protocol (KIP-848)
  | 'FENCED_MEMBER_EPOCH'
  | 'STALE_MEMBER_EPOCH'
  | 'UNSUPPORTED_ASSIGNOR'
  | 'GROUP_ID_NOT_FOUND';

/**
 * A record as the producer sends it. The producer builds it as a LogRecord (`offset` first, the
 * same fields in the same order: one hidden class) with the offset UNASSIGNED_OFFSET, so that the
 * leader's log keeps this very object instead of a copy (LogValidator.assignOffsets).
 */
export interface ProducerRecordData {
  offset?: number;
  id: number;
  key: string | null;
  value: string | null;
  timestamp: number;
}

export interface ProduceRequest {
  acks: 0 | 1 | -1;
  timeoutMs: number;
  producerId: number;
  producerEpoch: number;
  partitions: (TopicPartition & {
    /**
     * The record batch header's producer epoch; the request's when absent. Batches in one
     * request may differ: after an epoch bump for one partition, another keeps its old epoch
     * until its in-flight batches are done (Kafka's TransactionManager).
     */
    producerEpoch?: number;
    baseSequence: number;
    /** The codec the producer compressed this batch with (its compression.type); default none. */
    compression?: CompressionType;
    records: ProducerRecordData[];
    /**
     * The batch's uncompressed v2 size as the producer built it (header + records): the size
     * of the bytes it sends. The leader keeps them as they are when it stores the batch
     * uncompressed, so it need not size every record again.
     */
    uncompressedBytes?: number;
  })[];
}

export interface ProduceResponse {
  partitions: (TopicPartition & { error: ErrorCode; baseOffset: number })[];
}

export interface FetchRequest {
  /** -1 for a consumer, the broker id for a follower. */
  replicaId: number;
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  partitions: (TopicPartition & {
    fetchOffset: number;
    partitionMaxBytes: number;
    /** Followers: the epoch of the last batch they hold, so the leader can spot a divergence. */
    lastFetchedEpoch?: number;
    /**
     * KIP-320: the leader epoch the fetcher believes current (followers send it). The leader
     * answers FENCED_LEADER_EPOCH when it is older than its own, UNKNOWN_LEADER_EPOCH when newer
     * (its own metadata lags); absent, no check (Partition.checkCurrentLeaderEpoch).
     */
    currentLeaderEpoch?: number;
  })[];
}

export interface FetchResponse {
  partitions: (TopicPartition & {
    error: ErrorCode;
    highWatermark: number;
    logStartOffset: number;
    batches: readonly LogBatch[];
    /**
     * The follower's log diverged (error NONE, no batches): the leader's largest epoch ≤ the
     * follower's last fetched epoch, and where it ends on the leader. The follower truncates
     * (AbstractFetcherThread.truncateOnFetchResponse), then fetches again.
     */
    divergingEpoch?: { epoch: number; endOffset: number };
    /**
     * Simulator shortcut, on OFFSET_OUT_OF_RANGE to a follower only: the leader's log end offset.
     * Kafka's follower asks for it (and the log start offset) with ListOffsets requests
     * (AbstractFetcherThread.fetchOffsetAndTruncate); here they ride on the answer.
     */
    logEndOffset?: number;
  })[];
}

export interface MetadataRequest {
  /** null = all topics. */
  topics: string[] | null;
}

export interface MetadataResponse {
  brokers: number[];
  topics: {
    name: string;
    error: ErrorCode;
    partitions: {
      partition: number;
      leader: number | null;
      leaderEpoch: number;
      replicas: number[];
      isr: number[];
    }[];
  }[];
}

export interface ListOffsetsRequest {
  partitions: (TopicPartition & { timestamp: number })[];
}

/** ListOffsets special timestamps, as Kafka's ListOffsetsRequest. */
export const EARLIEST_TIMESTAMP = -2;
export const LATEST_TIMESTAMP = -1;

export interface ListOffsetsResponse {
  partitions: (TopicPartition & {
    error: ErrorCode;
    offset: number;
    /** For a lookup by timestamp: the found record's timestamp (-1 otherwise, or when none). */
    timestamp?: number;
  })[];
}

// ---- The classic consumer group protocol (client ↔ group coordinator) ----

export interface FindCoordinatorRequest {
  /** The group id (key type GROUP). */
  key: string;
}

export interface FindCoordinatorResponse {
  error: ErrorCode;
  /** The coordinator's broker id, -1 with an error. */
  nodeId: number;
}

/** One assignor a member offers, with its subscription (ConsumerProtocolSubscription). */
export interface JoinGroupProtocol {
  name: AssignmentStrategy;
  metadata: Subscription;
}

export interface JoinGroupRequest {
  groupId: string;
  memberId: string;
  sessionTimeoutMs: number;
  /** max.poll.interval.ms: how long the coordinator waits for members to rejoin. */
  rebalanceTimeoutMs: number;
  protocols: JoinGroupProtocol[];
  /** KIP-800: why the member (re)joins. */
  reason: import('../trace/reasons').JoinReason;
}

export interface JoinGroupResponse {
  error: ErrorCode;
  generationId: number;
  protocolName: string | null;
  leader: string | null;
  memberId: string;
  /** Only the leader gets the members and their subscriptions for the chosen protocol. */
  members: { memberId: string; metadata: JoinGroupProtocol['metadata'] }[];
}

export type GroupTopicPartition = TopicPartition;

export interface SyncGroupRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  /** The leader's assignment for every member; empty from followers. */
  assignments: { memberId: string; assignment: GroupTopicPartition[] }[];
}

export interface SyncGroupResponse {
  error: ErrorCode;
  protocolName: string | null;
  assignment: GroupTopicPartition[];
}

export interface HeartbeatRequest {
  groupId: string;
  generationId: number;
  memberId: string;
}

export interface HeartbeatResponse {
  error: ErrorCode;
}

export interface LeaveGroupRequest {
  groupId: string;
  /** KIP-800 reason: what made the member leave. */
  members: { memberId: string; reason: import('../trace/reasons').LeaveReason }[];
}

export interface LeaveGroupResponse {
  error: ErrorCode;
  members: { memberId: string; error: ErrorCode }[];
}

// ---- The consumer group protocol (KIP-848): one RPC, ConsumerGroupHeartbeat ----

/**
 * As in Kafka, a member sends the optional fields only when they changed since its last
 * heartbeat (ConsumerHeartbeatRequestManager.HeartbeatState); all of them when joining or after
 * a failed heartbeat — a full request.
 */
export interface ConsumerGroupHeartbeatRequest {
  groupId: string;
  memberId: string;
  /** 0 to join, -1 to leave, else the epoch the member runs. */
  memberEpoch: number;
  /** max.poll.interval.ms: how long the member may take to revoke partitions; -1 unchanged. */
  rebalanceTimeoutMs: number;
  /** null: unchanged. */
  subscribedTopicNames: string[] | null;
  /** group.remote.assignor (null: unchanged, or none chosen). */
  serverAssignor: string | null;
  /** The partitions the member owns now (null: unchanged). */
  topicPartitions: GroupTopicPartition[] | null;
}

export interface ConsumerGroupHeartbeatResponse {
  error: ErrorCode;
  memberId: string;
  memberEpoch: number;
  /** group.consumer.heartbeat.interval.ms: when to heartbeat next. */
  heartbeatIntervalMs: number;
  /** The member's partitions, when they changed or the member sent a full request; else null. */
  assignment: GroupTopicPartition[] | null;
}

export interface OffsetCommitRequest {
  groupId: string;
  /** The generation (classic) or the member epoch (consumer protocol); -1 outside a group. */
  generationId: number;
  memberId: string;
  offsets: (TopicPartition & { offset: number })[];
}

export interface OffsetCommitResponse {
  partitions: (TopicPartition & { error: ErrorCode })[];
}

export interface OffsetFetchRequest {
  groupId: string;
  partitions: GroupTopicPartition[];
}

export interface OffsetFetchResponse {
  error: ErrorCode;
  /** offset -1: nothing committed for that partition. */
  partitions: (TopicPartition & { offset: number })[];
}
