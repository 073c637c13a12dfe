// Topic configs: Kafka's org.apache.kafka.common.config.TopicConfig names, LogConfig defaults and
// validators. A topic's value comes from, in order: the topic's own config, the broker's default
// (cluster.config, under the broker's name, e.g. log.segment.bytes: tables/broker.ts), Kafka's default.
import { configTable } from '../ConfigDef';

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

/** cleanup.policy's items → the policy the log cleaner applies. */
export function cleanupPolicyOf(items: readonly string[]): 'delete' | 'compact' | 'compact,delete' {
  const compact = items.includes('compact');
  const del = items.includes('delete');
  return compact && del ? 'compact,delete' : compact ? 'compact' : 'delete';
}

export const TOPIC_CONFIGS = configTable({
  minInsyncReplicas: { name: 'min.insync.replicas', type: 'int', default: 1, min: 1 },
  uncleanLeaderElectionEnable: {
    name: 'unclean.leader.election.enable',
    type: 'boolean',
    default: false,
  },
  segmentBytes: {
    name: 'segment.bytes',
    type: 'int',
    default: 1073741824,
    min: SIMULATOR_MIN_SEGMENT_BYTES,
  },
  segmentMs: { name: 'segment.ms', type: 'long', default: 604800000, min: 1 },
  /** The most a segment's roll time is moved earlier, drawn per segment. */
  segmentJitterMs: { name: 'segment.jitter.ms', type: 'long', default: 0, min: 0 },
  indexIntervalBytes: { name: 'index.interval.bytes', type: 'int', default: 4096, min: 0 },
  segmentIndexBytes: { name: 'segment.index.bytes', type: 'int', default: 10485760, min: 4 },
  retentionMs: { name: 'retention.ms', type: 'long', default: 604800000, min: -1 },
  retentionBytes: { name: 'retention.bytes', type: 'long', default: -1 },
  cleanupPolicy: {
    name: 'cleanup.policy',
    type: 'list',
    default: ['delete'],
    values: ['compact', 'delete'],
    nonEmpty: true,
    to: cleanupPolicyOf,
  },
  fileDeleteDelayMs: { name: 'file.delete.delay.ms', type: 'long', default: 60000, min: 0 },
  deleteRetentionMs: { name: 'delete.retention.ms', type: 'long', default: 86400000, min: 0 },
  minCleanableDirtyRatio: {
    name: 'min.cleanable.dirty.ratio',
    type: 'double',
    default: 0.5,
    min: 0,
    max: 1,
  },
  minCompactionLagMs: { name: 'min.compaction.lag.ms', type: 'long', default: 0, min: 0 },
  compressionType: {
    name: 'compression.type',
    type: 'enum',
    default: 'producer',
    values: TOPIC_COMPRESSION_TYPES,
  },
  maxMessageBytes: { name: 'max.message.bytes', type: 'int', default: 1048588, min: 0 },
});
