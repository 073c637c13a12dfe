// Topic-level configs: Kafka's org.apache.kafka.common.config.TopicConfig names, LogConfig defaults and validators.
// A topic's value comes from, in order: the topic's own config, the broker's default (cluster.config, under the
// broker's name, e.g. log.segment.bytes), Kafka's default.

import type { ConfigMap } from '../scenario/Scenario';
import { ConfigDef, Range, ValidList, ValidString } from './ConfigDef';
import type { ConfigException, ConfigKeySpec, ParsedConfig } from './ConfigDef';
import type { ConfigError } from './configErrors';
import type { CleanupPolicy, TopicConfig } from './types';

export const MIN_IN_SYNC_REPLICAS_CONFIG = 'min.insync.replicas';
export const UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG = 'unclean.leader.election.enable';
export const SEGMENT_BYTES_CONFIG = 'segment.bytes';
export const SEGMENT_MS_CONFIG = 'segment.ms';
export const INDEX_INTERVAL_BYTES_CONFIG = 'index.interval.bytes';
export const SEGMENT_INDEX_BYTES_CONFIG = 'segment.index.bytes';
export const RETENTION_MS_CONFIG = 'retention.ms';
export const RETENTION_BYTES_CONFIG = 'retention.bytes';
export const CLEANUP_POLICY_CONFIG = 'cleanup.policy';
export const FILE_DELETE_DELAY_MS_CONFIG = 'file.delete.delay.ms';
export const DELETE_RETENTION_MS_CONFIG = 'delete.retention.ms';
export const SEGMENT_JITTER_MS_CONFIG = 'segment.jitter.ms';
export const MIN_CLEANABLE_DIRTY_RATIO_CONFIG = 'min.cleanable.dirty.ratio';
export const MIN_COMPACTION_LAG_MS_CONFIG = 'min.compaction.lag.ms';
export const COMPRESSION_TYPE_CONFIG = 'compression.type';
export const MAX_MESSAGE_BYTES_CONFIG = 'max.message.bytes';

/** Kafka 4.0 refuses segments below 1 MiB; before 4.0 the floor was LegacyRecord.RECORD_OVERHEAD_V0 (14 bytes). */
export const KAFKA_MIN_SEGMENT_BYTES = 1024 * 1024;
/** The simulator's floor for segment.bytes / log.segment.bytes, so that rolling can be watched. */
export const SIMULATOR_MIN_SEGMENT_BYTES = 14;

/** BrokerCompressionType names: a topic may keep the producer's codec ('producer') or recompress. */
export const TOPIC_COMPRESSION_TYPES = [
  'uncompressed',
  'zstd',
  'lz4',
  'snappy',
  'gzip',
  'producer',
] as const;

const specs: ConfigKeySpec[] = [
  { name: MIN_IN_SYNC_REPLICAS_CONFIG, type: 'int', default: 1, validator: Range.atLeast(1) },
  { name: UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG, type: 'boolean', default: false },
  {
    name: SEGMENT_BYTES_CONFIG,
    type: 'int',
    default: 1073741824,
    validator: Range.atLeast(SIMULATOR_MIN_SEGMENT_BYTES),
  },
  { name: SEGMENT_MS_CONFIG, type: 'long', default: 604800000, validator: Range.atLeast(1) },
  { name: SEGMENT_JITTER_MS_CONFIG, type: 'long', default: 0, validator: Range.atLeast(0) },
  { name: INDEX_INTERVAL_BYTES_CONFIG, type: 'int', default: 4096, validator: Range.atLeast(0) },
  { name: SEGMENT_INDEX_BYTES_CONFIG, type: 'int', default: 10485760, validator: Range.atLeast(4) },
  { name: RETENTION_MS_CONFIG, type: 'long', default: 604800000, validator: Range.atLeast(-1) },
  { name: RETENTION_BYTES_CONFIG, type: 'long', default: -1 },
  {
    name: CLEANUP_POLICY_CONFIG,
    type: 'list',
    default: ['delete'],
    validator: ValidList.nonEmptyIn('compact', 'delete'),
  },
  { name: FILE_DELETE_DELAY_MS_CONFIG, type: 'long', default: 60000, validator: Range.atLeast(0) },
  {
    name: DELETE_RETENTION_MS_CONFIG,
    type: 'long',
    default: 86400000,
    validator: Range.atLeast(0),
  },
  {
    name: MIN_CLEANABLE_DIRTY_RATIO_CONFIG,
    type: 'double',
    default: 0.5,
    validator: Range.between(0, 1),
  },
  { name: MIN_COMPACTION_LAG_MS_CONFIG, type: 'long', default: 0, validator: Range.atLeast(0) },
  {
    name: COMPRESSION_TYPE_CONFIG,
    type: 'enum',
    default: 'producer',
    values: TOPIC_COMPRESSION_TYPES,
    validator: ValidString.in(...TOPIC_COMPRESSION_TYPES),
  },
  { name: MAX_MESSAGE_BYTES_CONFIG, type: 'int', default: 1048588, validator: Range.atLeast(0) },
];

/**
 * Topic config name → the broker's names for its default, highest precedence first, with the factor that turns
 * each into the topic's unit (Kafka's ServerTopicConfigSynonyms).
 */
export const TOPIC_CONFIG_SYNONYMS: Readonly<
  Record<string, readonly { name: string; factor: number }[]>
> = {
  [SEGMENT_BYTES_CONFIG]: [{ name: 'log.segment.bytes', factor: 1 }],
  [SEGMENT_MS_CONFIG]: [
    { name: 'log.roll.ms', factor: 1 },
    { name: 'log.roll.hours', factor: 3600000 },
  ],
  [SEGMENT_JITTER_MS_CONFIG]: [
    { name: 'log.roll.jitter.ms', factor: 1 },
    { name: 'log.roll.jitter.hours', factor: 3600000 },
  ],
  [INDEX_INTERVAL_BYTES_CONFIG]: [{ name: 'log.index.interval.bytes', factor: 1 }],
  [SEGMENT_INDEX_BYTES_CONFIG]: [{ name: 'log.index.size.max.bytes', factor: 1 }],
  [RETENTION_MS_CONFIG]: [
    { name: 'log.retention.ms', factor: 1 },
    { name: 'log.retention.minutes', factor: 60000 },
    { name: 'log.retention.hours', factor: 3600000 },
  ],
  [RETENTION_BYTES_CONFIG]: [{ name: 'log.retention.bytes', factor: 1 }],
  [CLEANUP_POLICY_CONFIG]: [{ name: 'log.cleanup.policy', factor: 1 }],
  [FILE_DELETE_DELAY_MS_CONFIG]: [{ name: 'log.segment.delete.delay.ms', factor: 1 }],
  [DELETE_RETENTION_MS_CONFIG]: [{ name: 'log.cleaner.delete.retention.ms', factor: 1 }],
  [MIN_CLEANABLE_DIRTY_RATIO_CONFIG]: [{ name: 'log.cleaner.min.cleanable.ratio', factor: 1 }],
  [MIN_COMPACTION_LAG_MS_CONFIG]: [{ name: 'log.cleaner.min.compaction.lag.ms', factor: 1 }],
  [COMPRESSION_TYPE_CONFIG]: [{ name: 'compression.type', factor: 1 }],
  [MAX_MESSAGE_BYTES_CONFIG]: [{ name: 'message.max.bytes', factor: 1 }],
  [MIN_IN_SYNC_REPLICAS_CONFIG]: [{ name: 'min.insync.replicas', factor: 1 }],
  [UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG]: [{ name: 'unclean.leader.election.enable', factor: 1 }],
};

/** Broker-level names and topic fields given as topic configs → where they belong. */
function topicHints(): Map<string, ConfigError> {
  const hints = new Map<string, ConfigError>();
  for (const [topicName, synonyms] of Object.entries(TOPIC_CONFIG_SYNONYMS)) {
    for (const s of synonyms) {
      if (s.name === topicName) continue;
      hints.set(s.name, {
        code: 'config.unknownName.brokerLevel',
        params: { name: s.name, topicName },
      });
    }
  }
  hints.set('replication.factor', {
    code: 'config.unknownName.topicField',
    params: { name: 'replication.factor', field: 'replicationFactor' },
  });
  hints.set('num.partitions', {
    code: 'config.unknownName.topicField',
    params: { name: 'num.partitions', field: 'partitions' },
  });
  return hints;
}

export const TOPIC_CONFIG_DEF = new ConfigDef('topic', specs, topicHints());

/** Kafka's own defaults for every topic config (no broker overrides). */
export const KAFKA_TOPIC_DEFAULTS: Readonly<TopicConfig> = Object.freeze(
  topicConfigFrom(TOPIC_CONFIG_DEF.parse({})),
);

export function cleanupPolicyOf(items: readonly string[]): CleanupPolicy {
  const compact = items.includes('compact');
  const del = items.includes('delete');
  return compact && del ? 'compact,delete' : compact ? 'compact' : 'delete';
}

/** Build a TopicConfig from parsed values, taking a field from `fallback` when the key was not set. */
function topicConfigFrom(c: ParsedConfig, fallback?: TopicConfig): TopicConfig {
  const pick = <T>(name: string, get: () => T, field: keyof TopicConfig): T =>
    fallback && !c.isSet(name) ? (fallback[field] as T) : get();
  return {
    minInsyncReplicas: pick(
      MIN_IN_SYNC_REPLICAS_CONFIG,
      () => c.getInt(MIN_IN_SYNC_REPLICAS_CONFIG),
      'minInsyncReplicas',
    ),
    uncleanLeaderElectionEnable: pick(
      UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG,
      () => c.getBoolean(UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG),
      'uncleanLeaderElectionEnable',
    ),
    segmentBytes: pick(SEGMENT_BYTES_CONFIG, () => c.getInt(SEGMENT_BYTES_CONFIG), 'segmentBytes'),
    segmentMs: pick(SEGMENT_MS_CONFIG, () => c.getLong(SEGMENT_MS_CONFIG), 'segmentMs'),
    segmentJitterMs: pick(
      SEGMENT_JITTER_MS_CONFIG,
      () => c.getLong(SEGMENT_JITTER_MS_CONFIG),
      'segmentJitterMs',
    ),
    indexIntervalBytes: pick(
      INDEX_INTERVAL_BYTES_CONFIG,
      () => c.getInt(INDEX_INTERVAL_BYTES_CONFIG),
      'indexIntervalBytes',
    ),
    segmentIndexBytes: pick(
      SEGMENT_INDEX_BYTES_CONFIG,
      () => c.getInt(SEGMENT_INDEX_BYTES_CONFIG),
      'segmentIndexBytes',
    ),
    retentionMs: pick(RETENTION_MS_CONFIG, () => c.getLong(RETENTION_MS_CONFIG), 'retentionMs'),
    retentionBytes: pick(
      RETENTION_BYTES_CONFIG,
      () => c.getLong(RETENTION_BYTES_CONFIG),
      'retentionBytes',
    ),
    cleanupPolicy: pick(
      CLEANUP_POLICY_CONFIG,
      () => cleanupPolicyOf(c.getList(CLEANUP_POLICY_CONFIG)),
      'cleanupPolicy',
    ),
    fileDeleteDelayMs: pick(
      FILE_DELETE_DELAY_MS_CONFIG,
      () => c.getLong(FILE_DELETE_DELAY_MS_CONFIG),
      'fileDeleteDelayMs',
    ),
    deleteRetentionMs: pick(
      DELETE_RETENTION_MS_CONFIG,
      () => c.getLong(DELETE_RETENTION_MS_CONFIG),
      'deleteRetentionMs',
    ),
    minCleanableDirtyRatio: pick(
      MIN_CLEANABLE_DIRTY_RATIO_CONFIG,
      () => c.getDouble(MIN_CLEANABLE_DIRTY_RATIO_CONFIG),
      'minCleanableDirtyRatio',
    ),
    minCompactionLagMs: pick(
      MIN_COMPACTION_LAG_MS_CONFIG,
      () => c.getLong(MIN_COMPACTION_LAG_MS_CONFIG),
      'minCompactionLagMs',
    ),
    compressionType: pick(
      COMPRESSION_TYPE_CONFIG,
      () => c.getString(COMPRESSION_TYPE_CONFIG) as TopicConfig['compressionType'],
      'compressionType',
    ),
    maxMessageBytes: pick(
      MAX_MESSAGE_BYTES_CONFIG,
      () => c.getInt(MAX_MESSAGE_BYTES_CONFIG),
      'maxMessageBytes',
    ),
  };
}

/**
 * Resolve a topic's raw config map (topic-level names) into a TopicConfig.
 * @param brokerDefaults the broker's topic defaults (BrokerConfig.ts: resolveBrokerTopicDefaults(cluster.config));
 *                       Kafka's defaults when omitted.
 * @throws ConfigException
 */
export function resolveTopicConfig(
  raw: ConfigMap = {},
  brokerDefaults: TopicConfig = KAFKA_TOPIC_DEFAULTS,
): TopicConfig {
  return topicConfigFrom(TOPIC_CONFIG_DEF.parse(raw), brokerDefaults);
}

/** Every problem in a topic's raw config. (Kafka allows min.insync.replicas above the replication factor.) */
export function validateTopicConfig(raw: ConfigMap = {}): ConfigException[] {
  return TOPIC_CONFIG_DEF.validate(raw);
}
