// Broker configs (cluster.config, and setConfig on `cluster` / `broker:<id>`): Kafka's KafkaConfig names and
// 4.x defaults, including the broker-level defaults of topic configs (log.segment.bytes, log.retention.ms …).

import type { ConfigMap } from '../scenario/Scenario';
import {
  ConfigDef,
  ConfigException,
  Range,
  ValidList,
  ValidString,
  collectConfigErrors,
} from './ConfigDef';
import type { ConfigKeySpec, ParsedConfig } from './ConfigDef';
import { SERVER_ASSIGNORS } from '../coordinator/group/assignor/serverAssignors';
import type { BrokerConfig, TopicConfig } from './types';
import type { ConfigError } from './configErrors';
import {
  KAFKA_TOPIC_DEFAULTS,
  SIMULATOR_MIN_SEGMENT_BYTES,
  TOPIC_COMPRESSION_TYPES,
  TOPIC_CONFIG_SYNONYMS,
  cleanupPolicyOf,
} from './TopicConfig';

export const REPLICA_LAG_TIME_MAX_MS_CONFIG = 'replica.lag.time.max.ms';
export const REPLICA_FETCH_WAIT_MAX_MS_CONFIG = 'replica.fetch.wait.max.ms';
export const REPLICA_FETCH_MIN_BYTES_CONFIG = 'replica.fetch.min.bytes';
export const GROUP_INITIAL_REBALANCE_DELAY_MS_CONFIG = 'group.initial.rebalance.delay.ms';
export const GROUP_MIN_SESSION_TIMEOUT_MS_CONFIG = 'group.min.session.timeout.ms';
export const GROUP_MAX_SESSION_TIMEOUT_MS_CONFIG = 'group.max.session.timeout.ms';
export const CONSUMER_GROUP_HEARTBEAT_INTERVAL_MS_CONFIG = 'group.consumer.heartbeat.interval.ms';
export const CONSUMER_GROUP_MIN_HEARTBEAT_INTERVAL_MS_CONFIG =
  'group.consumer.min.heartbeat.interval.ms';
export const CONSUMER_GROUP_MAX_HEARTBEAT_INTERVAL_MS_CONFIG =
  'group.consumer.max.heartbeat.interval.ms';
export const CONSUMER_GROUP_SESSION_TIMEOUT_MS_CONFIG = 'group.consumer.session.timeout.ms';
export const CONSUMER_GROUP_MIN_SESSION_TIMEOUT_MS_CONFIG = 'group.consumer.min.session.timeout.ms';
export const CONSUMER_GROUP_MAX_SESSION_TIMEOUT_MS_CONFIG = 'group.consumer.max.session.timeout.ms';
export const CONSUMER_GROUP_ASSIGNORS_CONFIG = 'group.consumer.assignors';
export const OFFSETS_TOPIC_NUM_PARTITIONS_CONFIG = 'offsets.topic.num.partitions';
export const OFFSETS_TOPIC_REPLICATION_FACTOR_CONFIG = 'offsets.topic.replication.factor';
export const BROKER_HEARTBEAT_INTERVAL_MS_CONFIG = 'broker.heartbeat.interval.ms';
export const BROKER_SESSION_TIMEOUT_MS_CONFIG = 'broker.session.timeout.ms';
export const CONTROLLER_QUORUM_ELECTION_TIMEOUT_MS_CONFIG = 'controller.quorum.election.timeout.ms';
export const CONTROLLER_QUORUM_FETCH_TIMEOUT_MS_CONFIG = 'controller.quorum.fetch.timeout.ms';
export const ZOOKEEPER_SESSION_TIMEOUT_MS_CONFIG = 'zookeeper.session.timeout.ms';
export const DEFAULT_REPLICATION_FACTOR_CONFIG = 'default.replication.factor';
export const NUM_PARTITIONS_CONFIG = 'num.partitions';
export const MIN_IN_SYNC_REPLICAS_CONFIG = 'min.insync.replicas';
export const UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG = 'unclean.leader.election.enable';
export const LOG_RETENTION_CHECK_INTERVAL_MS_CONFIG = 'log.retention.check.interval.ms';
export const LOG_CLEANER_ENABLE_CONFIG = 'log.cleaner.enable';
export const LOG_CLEANER_BACKOFF_MS_CONFIG = 'log.cleaner.backoff.ms';

// Dynamic = Kafka's DynamicLogConfig.ReconfigurableConfigs (the topic-default synonyms): changeable on a running
// cluster with kafka-configs.sh. Every other key here is read at startup ("Cannot update these configs dynamically").
const specs: ConfigKeySpec[] = [
  // broker-level topic defaults
  {
    name: 'log.segment.bytes',
    type: 'int',
    default: 1073741824,
    validator: Range.atLeast(SIMULATOR_MIN_SEGMENT_BYTES),
    dynamic: true,
  },
  { name: 'log.roll.ms', type: 'long', default: null, validator: Range.atLeast(1), dynamic: true },
  { name: 'log.roll.hours', type: 'int', default: 168, validator: Range.atLeast(1), dynamic: true },
  { name: 'log.roll.jitter.ms', type: 'long', default: null, dynamic: true },
  {
    name: 'log.roll.jitter.hours',
    type: 'int',
    default: 0,
    validator: Range.atLeast(0),
    dynamic: true,
  },
  {
    name: 'log.index.interval.bytes',
    type: 'int',
    default: 4096,
    validator: Range.atLeast(0),
    dynamic: true,
  },
  {
    name: 'log.index.size.max.bytes',
    type: 'int',
    default: 10485760,
    validator: Range.atLeast(4),
    dynamic: true,
  },
  { name: 'log.retention.ms', type: 'long', default: null, dynamic: true },
  { name: 'log.retention.minutes', type: 'int', default: null, dynamic: true },
  { name: 'log.retention.hours', type: 'int', default: 168, dynamic: true },
  { name: 'log.retention.bytes', type: 'long', default: -1, dynamic: true },
  {
    name: 'log.cleanup.policy',
    type: 'list',
    default: ['delete'],
    validator: ValidList.nonEmptyIn('compact', 'delete'),
    dynamic: true,
  },
  {
    name: 'log.segment.delete.delay.ms',
    type: 'long',
    default: 60000,
    validator: Range.atLeast(0),
    dynamic: true,
  },
  {
    name: 'log.cleaner.delete.retention.ms',
    type: 'long',
    default: 86400000,
    validator: Range.atLeast(0),
    dynamic: true,
  },
  {
    name: 'log.cleaner.min.cleanable.ratio',
    type: 'double',
    default: 0.5,
    validator: Range.between(0, 1),
    dynamic: true,
  },
  {
    name: 'log.cleaner.min.compaction.lag.ms',
    type: 'long',
    default: 0,
    validator: Range.atLeast(0),
    dynamic: true,
  },
  {
    name: 'compression.type',
    type: 'enum',
    default: 'producer',
    values: TOPIC_COMPRESSION_TYPES,
    validator: ValidString.in(...TOPIC_COMPRESSION_TYPES),
    dynamic: true,
  },
  {
    name: 'message.max.bytes',
    type: 'int',
    default: 1048588,
    validator: Range.atLeast(0),
    dynamic: true,
  },
  {
    name: MIN_IN_SYNC_REPLICAS_CONFIG,
    type: 'int',
    default: 1,
    validator: Range.atLeast(1),
    dynamic: true,
  },
  { name: UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG, type: 'boolean', default: false, dynamic: true },
  // topic creation defaults
  { name: DEFAULT_REPLICATION_FACTOR_CONFIG, type: 'int', default: 1, validator: Range.atLeast(1) },
  { name: NUM_PARTITIONS_CONFIG, type: 'int', default: 1, validator: Range.atLeast(1) },
  // replication
  {
    name: REPLICA_LAG_TIME_MAX_MS_CONFIG,
    type: 'long',
    default: 30000,
    validator: Range.atLeast(0),
  },
  {
    name: REPLICA_FETCH_WAIT_MAX_MS_CONFIG,
    type: 'int',
    default: 500,
    validator: Range.atLeast(0),
  },
  { name: REPLICA_FETCH_MIN_BYTES_CONFIG, type: 'int', default: 1, validator: Range.atLeast(0) },
  // log manager and log cleaner
  {
    name: LOG_RETENTION_CHECK_INTERVAL_MS_CONFIG,
    type: 'long',
    default: 300000,
    validator: Range.atLeast(1),
  },
  { name: LOG_CLEANER_ENABLE_CONFIG, type: 'boolean', default: true },
  {
    name: LOG_CLEANER_BACKOFF_MS_CONFIG,
    type: 'long',
    default: 15000,
    validator: Range.atLeast(0),
    dynamic: true,
  },
  // group coordinator
  {
    name: GROUP_INITIAL_REBALANCE_DELAY_MS_CONFIG,
    type: 'int',
    default: 3000,
    validator: Range.atLeast(0),
  },
  {
    name: GROUP_MIN_SESSION_TIMEOUT_MS_CONFIG,
    type: 'int',
    default: 6000,
    validator: Range.atLeast(0),
  },
  {
    name: GROUP_MAX_SESSION_TIMEOUT_MS_CONFIG,
    type: 'int',
    default: 1800000,
    validator: Range.atLeast(0),
  },
  // the consumer group protocol (KIP-848): the broker owns liveness and assignment
  ...(
    [
      [CONSUMER_GROUP_HEARTBEAT_INTERVAL_MS_CONFIG, 5000],
      [CONSUMER_GROUP_MIN_HEARTBEAT_INTERVAL_MS_CONFIG, 5000],
      [CONSUMER_GROUP_MAX_HEARTBEAT_INTERVAL_MS_CONFIG, 15000],
      [CONSUMER_GROUP_SESSION_TIMEOUT_MS_CONFIG, 45000],
      [CONSUMER_GROUP_MIN_SESSION_TIMEOUT_MS_CONFIG, 45000],
      [CONSUMER_GROUP_MAX_SESSION_TIMEOUT_MS_CONFIG, 60000],
    ] as const
  ).map(([name, def]) => ({
    name,
    type: 'int' as const,
    default: def,
    validator: Range.atLeast(1),
  })),
  {
    name: CONSUMER_GROUP_ASSIGNORS_CONFIG,
    type: 'list',
    default: [...SERVER_ASSIGNORS],
    normalizeItem: serverAssignorName,
    unknownItem: { code: 'config.unknownServerAssignor', known: SERVER_ASSIGNORS },
    validator: ValidList.nonEmptyIn(...SERVER_ASSIGNORS),
  },
  {
    name: OFFSETS_TOPIC_NUM_PARTITIONS_CONFIG,
    type: 'int',
    default: 50,
    validator: Range.atLeast(1),
  },
  {
    name: OFFSETS_TOPIC_REPLICATION_FACTOR_CONFIG,
    type: 'int',
    default: 3,
    validator: Range.between(1, 32767),
  },
  // KRaft
  {
    name: BROKER_HEARTBEAT_INTERVAL_MS_CONFIG,
    type: 'int',
    default: 2000,
    validator: Range.atLeast(1),
  },
  {
    name: BROKER_SESSION_TIMEOUT_MS_CONFIG,
    type: 'int',
    default: 9000,
    validator: Range.atLeast(1),
  },
  {
    name: CONTROLLER_QUORUM_ELECTION_TIMEOUT_MS_CONFIG,
    type: 'int',
    default: 1000,
    validator: Range.atLeast(1),
  },
  {
    name: CONTROLLER_QUORUM_FETCH_TIMEOUT_MS_CONFIG,
    type: 'int',
    default: 2000,
    validator: Range.atLeast(1),
  },
  // preferred-leader balancing (the controller's periodic preferred-replica election)
  { name: 'auto.leader.rebalance.enable', type: 'boolean', default: true },
  {
    name: 'leader.imbalance.check.interval.seconds',
    type: 'long',
    default: 300,
    validator: Range.atLeast(1),
  },
  {
    name: 'leader.imbalance.per.broker.percentage',
    type: 'int',
    default: 10,
    validator: Range.atLeast(0),
  },
  // ZooKeeper (the 2.x/3.x comparison mode)
  {
    name: ZOOKEEPER_SESSION_TIMEOUT_MS_CONFIG,
    type: 'int',
    default: 18000,
    validator: Range.atLeast(1),
  },
];

/** A topic-level name given as a broker config → the broker-level name of its default. */
function brokerHints(): Map<string, ConfigError> {
  const hints = new Map<string, ConfigError>();
  for (const [topicName, synonyms] of Object.entries(TOPIC_CONFIG_SYNONYMS)) {
    const brokerName = synonyms[0]!.name;
    if (brokerName === topicName) continue;
    hints.set(topicName, {
      code: 'config.unknownName.topicLevel',
      params: { name: topicName, brokerName },
    });
  }
  return hints;
}

export const BROKER_CONFIG_DEF = new ConfigDef('broker', specs, brokerHints());

/** A server assignor's short name, from itself or its class name. */
function serverAssignorName(item: string): string | undefined {
  const short = item.trim();
  if ((SERVER_ASSIGNORS as readonly string[]).includes(short)) return short;
  const m = /^org\.apache\.kafka\.coordinator\.group\.assignor\.(Uniform|Range)Assignor$/.exec(
    short,
  );
  return m ? m[1]!.toLowerCase() : undefined;
}

/** GroupCoordinatorConfig's requirements on the consumer group protocol's timeouts. */
function checkConsumerGroupValues(c: ParsedConfig): void {
  const within = (key: string, min: string, max: string) => {
    const v = c.getInt(key);
    const lo = c.getInt(min);
    const hi = c.getInt(max);
    if (v < lo)
      throw ConfigException.of(
        'config.requirement.atLeastKey',
        { key, value: v, bound: min, boundValue: lo },
        key,
      );
    if (v > hi)
      throw ConfigException.of(
        'config.requirement.atMostKey',
        { key, value: v, bound: max, boundValue: hi },
        key,
      );
  };
  within(
    CONSUMER_GROUP_SESSION_TIMEOUT_MS_CONFIG,
    CONSUMER_GROUP_MIN_SESSION_TIMEOUT_MS_CONFIG,
    CONSUMER_GROUP_MAX_SESSION_TIMEOUT_MS_CONFIG,
  );
  within(
    CONSUMER_GROUP_HEARTBEAT_INTERVAL_MS_CONFIG,
    CONSUMER_GROUP_MIN_HEARTBEAT_INTERVAL_MS_CONFIG,
    CONSUMER_GROUP_MAX_HEARTBEAT_INTERVAL_MS_CONFIG,
  );
  const hb = c.getInt(CONSUMER_GROUP_HEARTBEAT_INTERVAL_MS_CONFIG);
  const session = c.getInt(CONSUMER_GROUP_SESSION_TIMEOUT_MS_CONFIG);
  if (hb >= session)
    throw ConfigException.of(
      'config.requirement.lessThanKey',
      {
        key: CONSUMER_GROUP_HEARTBEAT_INTERVAL_MS_CONFIG,
        value: hb,
        bound: CONSUMER_GROUP_SESSION_TIMEOUT_MS_CONFIG,
        boundValue: session,
      },
      CONSUMER_GROUP_HEARTBEAT_INTERVAL_MS_CONFIG,
    );
}

/** KafkaConfig.validateValues checks that involve more than one key. */
function checkBrokerValues(c: ParsedConfig): void {
  checkConsumerGroupValues(c);
  const fetchWait = c.getInt(REPLICA_FETCH_WAIT_MAX_MS_CONFIG);
  const lagMax = c.getLong(REPLICA_LAG_TIME_MAX_MS_CONFIG);
  if (fetchWait > lagMax)
    throw ConfigException.of(
      'config.replicaFetchWaitAboveLagMax',
      { fetchWait, lagMax },
      c.isSet(REPLICA_FETCH_WAIT_MAX_MS_CONFIG)
        ? REPLICA_FETCH_WAIT_MAX_MS_CONFIG
        : REPLICA_LAG_TIME_MAX_MS_CONFIG,
    );
}

/**
 * Resolve cluster.config (and per-broker overrides merged over it) into a BrokerConfig with Kafka 4.x defaults.
 * The topic defaults (log.segment.bytes …) are resolved by resolveBrokerTopicDefaults.
 * @throws ConfigException
 */
export function resolveBrokerConfig(raw: ConfigMap = {}): BrokerConfig {
  const c = BROKER_CONFIG_DEF.parse(raw);
  checkBrokerValues(c);
  return {
    replicaLagTimeMaxMs: c.getLong(REPLICA_LAG_TIME_MAX_MS_CONFIG),
    replicaFetchWaitMaxMs: c.getInt(REPLICA_FETCH_WAIT_MAX_MS_CONFIG),
    replicaFetchMinBytes: c.getInt(REPLICA_FETCH_MIN_BYTES_CONFIG),
    groupInitialRebalanceDelayMs: c.getInt(GROUP_INITIAL_REBALANCE_DELAY_MS_CONFIG),
    offsetsTopicNumPartitions: c.getInt(OFFSETS_TOPIC_NUM_PARTITIONS_CONFIG),
    offsetsTopicReplicationFactor: c.getInt(OFFSETS_TOPIC_REPLICATION_FACTOR_CONFIG),
    brokerHeartbeatIntervalMs: c.getInt(BROKER_HEARTBEAT_INTERVAL_MS_CONFIG),
    brokerSessionTimeoutMs: c.getInt(BROKER_SESSION_TIMEOUT_MS_CONFIG),
    controllerQuorumElectionTimeoutMs: c.getInt(CONTROLLER_QUORUM_ELECTION_TIMEOUT_MS_CONFIG),
    controllerQuorumFetchTimeoutMs: c.getInt(CONTROLLER_QUORUM_FETCH_TIMEOUT_MS_CONFIG),
    zookeeperSessionTimeoutMs: c.getInt(ZOOKEEPER_SESSION_TIMEOUT_MS_CONFIG),
    logRetentionCheckIntervalMs: c.getLong(LOG_RETENTION_CHECK_INTERVAL_MS_CONFIG),
    logCleanerEnable: c.getBoolean(LOG_CLEANER_ENABLE_CONFIG),
    logCleanerBackoffMs: c.getLong(LOG_CLEANER_BACKOFF_MS_CONFIG),
    uncleanLeaderElectionEnable: c.getBoolean(UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG),
    minInsyncReplicas: c.getInt(MIN_IN_SYNC_REPLICAS_CONFIG),
    defaultReplicationFactor: c.getInt(DEFAULT_REPLICATION_FACTOR_CONFIG),
    numPartitions: c.getInt(NUM_PARTITIONS_CONFIG),
    groupMinSessionTimeoutMs: c.getInt(GROUP_MIN_SESSION_TIMEOUT_MS_CONFIG),
    groupMaxSessionTimeoutMs: c.getInt(GROUP_MAX_SESSION_TIMEOUT_MS_CONFIG),
    consumerGroupHeartbeatIntervalMs: c.getInt(CONSUMER_GROUP_HEARTBEAT_INTERVAL_MS_CONFIG),
    consumerGroupSessionTimeoutMs: c.getInt(CONSUMER_GROUP_SESSION_TIMEOUT_MS_CONFIG),
    consumerGroupAssignors: [...c.getList(CONSUMER_GROUP_ASSIGNORS_CONFIG)],
    autoLeaderRebalanceEnable: c.getBoolean('auto.leader.rebalance.enable'),
    leaderImbalanceCheckIntervalMs: c.getLong('leader.imbalance.check.interval.seconds') * 1000,
    leaderImbalancePerBrokerPercentage: c.getInt('leader.imbalance.per.broker.percentage'),
  };
}

/**
 * The broker's defaults for topic configs, from broker names (log.segment.bytes → segmentBytes, log.roll.ms
 * over log.roll.hours, log.retention.ms over .minutes over .hours, a negative retention = -1 …).
 * Pass the result to resolveTopicConfig as `brokerDefaults`.
 * @throws ConfigException
 */
export function resolveBrokerTopicDefaults(raw: ConfigMap = {}): TopicConfig {
  const c = BROKER_CONFIG_DEF.parse(raw);
  const first = (topicName: string): number => {
    for (const s of TOPIC_CONFIG_SYNONYMS[topicName]!) {
      const v = c.get(s.name);
      if (v !== null) return (v as number) * s.factor;
    }
    throw new Error(`no default for ${topicName}`); // unreachable: the last synonym has a default
  };
  const retentionMs = first('retention.ms');
  return {
    ...KAFKA_TOPIC_DEFAULTS,
    minInsyncReplicas: c.getInt(MIN_IN_SYNC_REPLICAS_CONFIG),
    uncleanLeaderElectionEnable: c.getBoolean(UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG),
    segmentBytes: c.getInt('log.segment.bytes'),
    segmentMs: first('segment.ms'),
    segmentJitterMs: first('segment.jitter.ms'),
    indexIntervalBytes: c.getInt('log.index.interval.bytes'),
    segmentIndexBytes: c.getInt('log.index.size.max.bytes'),
    retentionMs: retentionMs < 0 ? -1 : retentionMs,
    retentionBytes: c.getLong('log.retention.bytes'),
    cleanupPolicy: cleanupPolicyOf(c.getList('log.cleanup.policy')),
    fileDeleteDelayMs: c.getLong('log.segment.delete.delay.ms'),
    deleteRetentionMs: c.getLong('log.cleaner.delete.retention.ms'),
    minCleanableDirtyRatio: c.getDouble('log.cleaner.min.cleanable.ratio'),
    minCompactionLagMs: c.getLong('log.cleaner.min.compaction.lag.ms'),
    compressionType: c.getString('compression.type') as TopicConfig['compressionType'],
    maxMessageBytes: c.getInt('message.max.bytes'),
  };
}

/** Every problem in a broker's raw config: per-key errors, or (when those are clean) the cross-key error. */
export function validateBrokerConfig(raw: ConfigMap = {}): ConfigException[] {
  const errors = BROKER_CONFIG_DEF.validate(raw);
  if (errors.length === 0) collectConfigErrors(errors, () => resolveBrokerConfig(raw));
  return errors;
}

/**
 * Kafka's DynamicBrokerConfig.validateConfigs for the names a running cluster is asked to change:
 * a ConfigException naming the static ones, or null.
 */
export function checkDynamicBrokerConfigs(names: readonly string[]): ConfigException | null {
  const nonDynamic = names.filter((n) => {
    const key = BROKER_CONFIG_DEF.key(n);
    return key !== undefined && !key.dynamic;
  });
  if (nonDynamic.length === 0) return null;
  return ConfigException.of('config.notDynamic', { names: nonDynamic }, nonDynamic[0]);
}
