// Broker configs (cluster.config, and setConfig on `cluster` / `broker:<id>`): Kafka's KafkaConfig
// names and 4.x defaults, including the broker-level defaults of topic configs (log.segment.bytes,
// log.retention.ms …). updateMode is Kafka's (the broker configs page's "Update Mode", from
// DynamicBrokerConfig): the topic defaults (DynamicLogConfig) and log.cleaner.backoff.ms
// (LogCleaner) are 'cluster-wide'; every other key here is read at startup ('read-only').
import { configTable } from '../ConfigDef';
import { SERVER_ASSIGNORS } from '../../coordinator/group/assignor/serverAssignorNames';
import { SIMULATOR_MIN_SEGMENT_BYTES, TOPIC_COMPRESSION_TYPES, TOPIC_CONFIGS } from './topic';

/** A server assignor's short name, from itself or its class name. */
function serverAssignorName(item: string): string | undefined {
  const short = item.trim();
  if ((SERVER_ASSIGNORS as readonly string[]).includes(short)) return short;
  const m = /^org\.apache\.kafka\.coordinator\.group\.assignor\.(Uniform|Range)Assignor$/.exec(
    short,
  );
  return m ? m[1]!.toLowerCase() : undefined;
}

export const BROKER_CONFIGS = configTable({
  // broker-level topic defaults (DynamicLogConfig)
  logSegmentBytes: {
    name: 'log.segment.bytes',
    type: 'int',
    default: 1073741824,
    min: SIMULATOR_MIN_SEGMENT_BYTES,
    updateMode: 'cluster-wide',
  },
  logRollMs: {
    name: 'log.roll.ms',
    type: 'long',
    default: null,
    min: 1,
    updateMode: 'cluster-wide',
  },
  logRollHours: {
    name: 'log.roll.hours',
    type: 'int',
    default: 168,
    min: 1,
    updateMode: 'cluster-wide',
  },
  logRollJitterMs: {
    name: 'log.roll.jitter.ms',
    type: 'long',
    default: null,
    updateMode: 'cluster-wide',
  },
  logRollJitterHours: {
    name: 'log.roll.jitter.hours',
    type: 'int',
    default: 0,
    min: 0,
    updateMode: 'cluster-wide',
  },
  logIndexIntervalBytes: {
    name: 'log.index.interval.bytes',
    type: 'int',
    default: 4096,
    min: 0,
    updateMode: 'cluster-wide',
  },
  logIndexSizeMaxBytes: {
    name: 'log.index.size.max.bytes',
    type: 'int',
    default: 10485760,
    min: 4,
    updateMode: 'cluster-wide',
  },
  logRetentionMs: {
    name: 'log.retention.ms',
    type: 'long',
    default: null,
    updateMode: 'cluster-wide',
  },
  logRetentionMinutes: {
    name: 'log.retention.minutes',
    type: 'int',
    default: null,
    updateMode: 'cluster-wide',
  },
  logRetentionHours: {
    name: 'log.retention.hours',
    type: 'int',
    default: 168,
    updateMode: 'cluster-wide',
  },
  logRetentionBytes: {
    name: 'log.retention.bytes',
    type: 'long',
    default: -1,
    updateMode: 'cluster-wide',
  },
  logCleanupPolicy: {
    name: 'log.cleanup.policy',
    type: 'list',
    default: ['delete'],
    values: ['compact', 'delete'],
    nonEmpty: true,
    updateMode: 'cluster-wide',
  },
  logSegmentDeleteDelayMs: {
    name: 'log.segment.delete.delay.ms',
    type: 'long',
    default: 60000,
    min: 0,
    updateMode: 'cluster-wide',
  },
  logCleanerDeleteRetentionMs: {
    name: 'log.cleaner.delete.retention.ms',
    type: 'long',
    default: 86400000,
    min: 0,
    updateMode: 'cluster-wide',
  },
  logCleanerMinCleanableRatio: {
    name: 'log.cleaner.min.cleanable.ratio',
    type: 'double',
    default: 0.5,
    min: 0,
    max: 1,
    updateMode: 'cluster-wide',
  },
  logCleanerMinCompactionLagMs: {
    name: 'log.cleaner.min.compaction.lag.ms',
    type: 'long',
    default: 0,
    min: 0,
    updateMode: 'cluster-wide',
  },
  // The broker's name for these three is the topic's own.
  compressionType: {
    name: TOPIC_CONFIGS.compressionType.name,
    type: 'enum',
    default: 'producer',
    values: TOPIC_COMPRESSION_TYPES,
    updateMode: 'cluster-wide',
  },
  messageMaxBytes: {
    name: 'message.max.bytes',
    type: 'int',
    default: 1048588,
    min: 0,
    updateMode: 'cluster-wide',
  },
  minInsyncReplicas: {
    name: TOPIC_CONFIGS.minInsyncReplicas.name,
    type: 'int',
    default: 1,
    min: 1,
    updateMode: 'cluster-wide',
  },
  uncleanLeaderElectionEnable: {
    name: TOPIC_CONFIGS.uncleanLeaderElectionEnable.name,
    type: 'boolean',
    default: false,
    updateMode: 'cluster-wide',
  },
  // topic creation defaults
  defaultReplicationFactor: {
    name: 'default.replication.factor',
    type: 'int',
    default: 1,
    min: 1,
    updateMode: 'read-only',
  },
  numPartitions: {
    name: 'num.partitions',
    type: 'int',
    default: 1,
    min: 1,
    updateMode: 'read-only',
  },
  // replication
  replicaLagTimeMaxMs: {
    name: 'replica.lag.time.max.ms',
    type: 'long',
    default: 30000,
    min: 0,
    updateMode: 'read-only',
  },
  replicaFetchWaitMaxMs: {
    name: 'replica.fetch.wait.max.ms',
    type: 'int',
    default: 500,
    min: 0,
    updateMode: 'read-only',
  },
  replicaFetchMinBytes: {
    name: 'replica.fetch.min.bytes',
    type: 'int',
    default: 1,
    min: 0,
    updateMode: 'read-only',
  },
  /**
   * The listener followers fetch on (the simulated brokers listen on PLAINTEXT and SSL). On SSL
   * the leader's fetch responses to them are encrypted in user space: no zero-copy. SASL is not
   * simulated.
   */
  securityInterBrokerProtocol: {
    name: 'security.inter.broker.protocol',
    type: 'enum',
    default: 'PLAINTEXT',
    values: ['PLAINTEXT', 'SSL'],
    caseInsensitive: true,
    updateMode: 'read-only',
  },
  // log manager and log cleaner
  /** LogManager: how often retention runs. */
  logRetentionCheckIntervalMs: {
    name: 'log.retention.check.interval.ms',
    type: 'long',
    default: 300000,
    min: 1,
    updateMode: 'read-only',
  },
  logCleanerEnable: {
    name: 'log.cleaner.enable',
    type: 'boolean',
    default: true,
    updateMode: 'read-only',
  },
  /** LogCleaner: its sleep when there is nothing to clean. */
  logCleanerBackoffMs: {
    name: 'log.cleaner.backoff.ms',
    type: 'long',
    default: 15000,
    min: 0,
    updateMode: 'cluster-wide',
  },
  // group coordinator
  groupInitialRebalanceDelayMs: {
    name: 'group.initial.rebalance.delay.ms',
    type: 'int',
    default: 3000,
    min: 0,
    updateMode: 'read-only',
  },
  groupMinSessionTimeoutMs: {
    name: 'group.min.session.timeout.ms',
    type: 'int',
    default: 6000,
    min: 0,
    updateMode: 'read-only',
  },
  groupMaxSessionTimeoutMs: {
    name: 'group.max.session.timeout.ms',
    type: 'int',
    default: 1800000,
    min: 0,
    updateMode: 'read-only',
  },
  // the consumer group protocol (KIP-848): the broker owns liveness and assignment
  consumerGroupHeartbeatIntervalMs: {
    name: 'group.consumer.heartbeat.interval.ms',
    type: 'int',
    default: 5000,
    min: 1,
    updateMode: 'read-only',
  },
  consumerGroupMinHeartbeatIntervalMs: {
    name: 'group.consumer.min.heartbeat.interval.ms',
    type: 'int',
    default: 5000,
    min: 1,
    updateMode: 'read-only',
  },
  consumerGroupMaxHeartbeatIntervalMs: {
    name: 'group.consumer.max.heartbeat.interval.ms',
    type: 'int',
    default: 15000,
    min: 1,
    updateMode: 'read-only',
  },
  consumerGroupSessionTimeoutMs: {
    name: 'group.consumer.session.timeout.ms',
    type: 'int',
    default: 45000,
    min: 1,
    updateMode: 'read-only',
  },
  consumerGroupMinSessionTimeoutMs: {
    name: 'group.consumer.min.session.timeout.ms',
    type: 'int',
    default: 45000,
    min: 1,
    updateMode: 'read-only',
  },
  consumerGroupMaxSessionTimeoutMs: {
    name: 'group.consumer.max.session.timeout.ms',
    type: 'int',
    default: 60000,
    min: 1,
    updateMode: 'read-only',
  },
  /** The server assignors offered; the first is the default. */
  consumerGroupAssignors: {
    name: 'group.consumer.assignors',
    type: 'list',
    default: SERVER_ASSIGNORS,
    values: SERVER_ASSIGNORS,
    nonEmpty: true,
    normalizeItem: serverAssignorName,
    unknownItem: { code: 'config.unknownServerAssignor', known: SERVER_ASSIGNORS },
    updateMode: 'read-only',
  },
  offsetsTopicNumPartitions: {
    name: 'offsets.topic.num.partitions',
    type: 'int',
    default: 50,
    min: 1,
    updateMode: 'read-only',
  },
  offsetsTopicReplicationFactor: {
    name: 'offsets.topic.replication.factor',
    type: 'int',
    default: 3,
    min: 1,
    max: 32767,
    updateMode: 'read-only',
  },
  // KRaft
  brokerHeartbeatIntervalMs: {
    name: 'broker.heartbeat.interval.ms',
    type: 'int',
    default: 2000,
    min: 1,
    updateMode: 'read-only',
  },
  brokerSessionTimeoutMs: {
    name: 'broker.session.timeout.ms',
    type: 'int',
    default: 9000,
    min: 1,
    updateMode: 'read-only',
    readBy: 'controller',
  },
  controllerQuorumElectionTimeoutMs: {
    name: 'controller.quorum.election.timeout.ms',
    type: 'int',
    default: 1000,
    min: 1,
    updateMode: 'read-only',
    readBy: 'controller',
  },
  controllerQuorumFetchTimeoutMs: {
    name: 'controller.quorum.fetch.timeout.ms',
    type: 'int',
    default: 2000,
    min: 1,
    updateMode: 'read-only',
    readBy: 'controller',
  },
  controllerQuorumElectionBackoffMaxMs: {
    name: 'controller.quorum.election.backoff.max.ms',
    type: 'int',
    default: 1000,
    min: 0,
    updateMode: 'read-only',
    readBy: 'controller',
  },
  controllerQuorumRequestTimeoutMs: {
    name: 'controller.quorum.request.timeout.ms',
    type: 'int',
    default: 2000,
    min: 1,
    updateMode: 'read-only',
    readBy: 'controller',
  },
  controllerQuorumRetryBackoffMs: {
    name: 'controller.quorum.retry.backoff.ms',
    type: 'int',
    default: 20,
    min: 0,
    updateMode: 'read-only',
    readBy: 'controller',
  },
  // preferred-leader balancing (the controller's periodic preferred-replica election)
  autoLeaderRebalanceEnable: {
    name: 'auto.leader.rebalance.enable',
    type: 'boolean',
    default: true,
    updateMode: 'read-only',
    readBy: 'controller',
  },
  leaderImbalanceCheckIntervalSeconds: {
    name: 'leader.imbalance.check.interval.seconds',
    type: 'long',
    default: 300,
    min: 1,
    updateMode: 'read-only',
    readBy: 'controller',
  },
  leaderImbalancePerBrokerPercentage: {
    name: 'leader.imbalance.per.broker.percentage',
    type: 'int',
    default: 10,
    min: 0,
    updateMode: 'read-only',
    readBy: 'controller',
  },
  // ZooKeeper (the 2.x/3.x comparison mode)
  zookeeperSessionTimeoutMs: {
    name: 'zookeeper.session.timeout.ms',
    type: 'int',
    default: 18000,
    min: 1,
    updateMode: 'read-only',
    readBy: 'controller',
  },
  zookeeperMaxInFlightRequests: {
    name: 'zookeeper.max.in.flight.requests',
    type: 'int',
    default: 10,
    min: 1,
    updateMode: 'read-only',
    readBy: 'controller',
  },
});

type TopicProp = keyof typeof TOPIC_CONFIGS;
type BrokerProp = keyof typeof BROKER_CONFIGS;

/**
 * Each topic config's broker-level names for its default, highest precedence first, with the factor
 * that turns each into the topic's unit (Kafka's ServerTopicConfigSynonyms).
 */
export const TOPIC_DEFAULT_SYNONYMS: {
  readonly [K in TopicProp]: readonly { readonly prop: BrokerProp; readonly factor: number }[];
} = {
  minInsyncReplicas: [{ prop: 'minInsyncReplicas', factor: 1 }],
  uncleanLeaderElectionEnable: [{ prop: 'uncleanLeaderElectionEnable', factor: 1 }],
  segmentBytes: [{ prop: 'logSegmentBytes', factor: 1 }],
  segmentMs: [
    { prop: 'logRollMs', factor: 1 },
    { prop: 'logRollHours', factor: 3600000 },
  ],
  segmentJitterMs: [
    { prop: 'logRollJitterMs', factor: 1 },
    { prop: 'logRollJitterHours', factor: 3600000 },
  ],
  indexIntervalBytes: [{ prop: 'logIndexIntervalBytes', factor: 1 }],
  segmentIndexBytes: [{ prop: 'logIndexSizeMaxBytes', factor: 1 }],
  retentionMs: [
    { prop: 'logRetentionMs', factor: 1 },
    { prop: 'logRetentionMinutes', factor: 60000 },
    { prop: 'logRetentionHours', factor: 3600000 },
  ],
  retentionBytes: [{ prop: 'logRetentionBytes', factor: 1 }],
  cleanupPolicy: [{ prop: 'logCleanupPolicy', factor: 1 }],
  fileDeleteDelayMs: [{ prop: 'logSegmentDeleteDelayMs', factor: 1 }],
  deleteRetentionMs: [{ prop: 'logCleanerDeleteRetentionMs', factor: 1 }],
  minCleanableDirtyRatio: [{ prop: 'logCleanerMinCleanableRatio', factor: 1 }],
  minCompactionLagMs: [{ prop: 'logCleanerMinCompactionLagMs', factor: 1 }],
  compressionType: [{ prop: 'compressionType', factor: 1 }],
  maxMessageBytes: [{ prop: 'messageMaxBytes', factor: 1 }],
};
