// Resolved, typed configs: Kafka's names mapped to fields, Kafka's defaults filled in.
// The raw maps (Kafka property names) live in the scenario; config/*.ts resolve them.

export type CompressionType = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';
export type CleanupPolicy = 'delete' | 'compact' | 'compact,delete';
export type Acks = 0 | 1 | -1;
export type PartitionerChoice = 'default' | 'round-robin';
export type AssignmentStrategy = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky';
export type OffsetReset = 'earliest' | 'latest' | 'none';
/** group.protocol: 'classic' (JoinGroup/SyncGroup) or 'consumer' (KIP-848). */
export type GroupProtocol = 'classic' | 'consumer';

export interface ProducerConfig {
  acks: Acks; // -1 = all
  lingerMs: number;
  batchSize: number;
  compressionType: CompressionType;
  enableIdempotence: boolean;
  maxInFlightRequestsPerConnection: number;
  retries: number;
  deliveryTimeoutMs: number;
  requestTimeoutMs: number;
  retryBackoffMs: number;
  /** max.request.size: a larger record is refused (RecordTooLargeException); checked before the run. */
  maxRequestSize: number;
  /** Simulator choice: KIP-794 uniform sticky ('default') or pre-2.4 round-robin. */
  partitioner: PartitionerChoice;
  /** partitioner.ignore.keys */
  partitionerIgnoreKeys: boolean;
}

export interface ConsumerConfig {
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  maxPollIntervalMs: number;
  maxPollRecords: number;
  enableAutoCommit: boolean;
  autoCommitIntervalMs: number;
  autoOffsetReset: OffsetReset;
  /** First entry is the one used (the client's preference order). */
  partitionAssignmentStrategy: AssignmentStrategy[];
  fetchMinBytes: number;
  fetchMaxWaitMs: number;
  fetchMaxBytes: number;
  maxPartitionFetchBytes: number;
  /** group.protocol; resolveConsumerConfig always fills it (default 'classic'). */
  groupProtocol?: GroupProtocol;
  /** group.remote.assignor (consumer protocol): the server assignor to ask for; null for the broker's default. */
  groupRemoteAssignor?: string | null;
  /**
   * retry.backoff.ms / retry.backoff.max.ms (KIP-580): the wait before retrying a failed request
   * (FindCoordinator, a heartbeat, a commit, a metadata refresh), doubling with each failure up to
   * the maximum, with 20 % jitter.
   */
  retryBackoffMs: number;
  retryBackoffMaxMs: number;
  /**
   * reconnect.backoff.ms / reconnect.backoff.max.ms: the wait before connecting again to a broker
   * whose connection was reset, doubling per failed attempt up to the maximum, with 20 % jitter.
   */
  reconnectBackoffMs: number;
  reconnectBackoffMaxMs: number;
}

export interface TopicConfig {
  minInsyncReplicas: number;
  uncleanLeaderElectionEnable: boolean;
  segmentBytes: number;
  segmentMs: number;
  /** segment.jitter.ms: the most a segment's roll time is moved earlier, drawn per segment. */
  segmentJitterMs: number;
  indexIntervalBytes: number;
  segmentIndexBytes: number;
  retentionMs: number;
  retentionBytes: number;
  cleanupPolicy: CleanupPolicy;
  fileDeleteDelayMs: number;
  deleteRetentionMs: number;
  minCleanableDirtyRatio: number;
  minCompactionLagMs: number;
  compressionType: CompressionType | 'producer' | 'uncompressed';
  maxMessageBytes: number;
}

export interface BrokerConfig {
  replicaLagTimeMaxMs: number;
  replicaFetchWaitMaxMs: number;
  replicaFetchMinBytes: number;
  groupInitialRebalanceDelayMs: number;
  offsetsTopicNumPartitions: number;
  offsetsTopicReplicationFactor: number;
  brokerHeartbeatIntervalMs: number;
  brokerSessionTimeoutMs: number;
  controllerQuorumElectionTimeoutMs: number;
  controllerQuorumFetchTimeoutMs: number;
  zookeeperSessionTimeoutMs: number;
  /** LogManager: how often retention runs (log.retention.check.interval.ms). */
  logRetentionCheckIntervalMs: number;
  /** LogCleaner: log.cleaner.enable, and its sleep when there is nothing to clean (log.cleaner.backoff.ms). */
  logCleanerEnable: boolean;
  logCleanerBackoffMs: number;
  /** Cluster-level defaults for topic configs (broker names: log.segment.bytes …) are resolved into TopicConfig. */
  uncleanLeaderElectionEnable: boolean;
  minInsyncReplicas: number;
  defaultReplicationFactor: number;
  numPartitions: number;
  /** auto.leader.rebalance.enable and its check: leadership drifts back to preferred replicas. */
  autoLeaderRebalanceEnable: boolean;
  leaderImbalanceCheckIntervalMs: number;
  leaderImbalancePerBrokerPercentage: number;
  /** group.min.session.timeout.ms / group.max.session.timeout.ms; resolveBrokerConfig always fills them. */
  groupMinSessionTimeoutMs?: number;
  groupMaxSessionTimeoutMs?: number;
  /** KIP-848: group.consumer.heartbeat.interval.ms, group.consumer.session.timeout.ms, group.consumer.assignors (the first is the default). */
  consumerGroupHeartbeatIntervalMs: number;
  consumerGroupSessionTimeoutMs: number;
  consumerGroupAssignors: string[];
}
