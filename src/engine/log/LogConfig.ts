// The topic configs a partition's log reads (Kafka's LogConfig). Filled from the resolved
// TopicConfig; kept as its own type so the log does not depend on the rest of the topic config.
import type { TopicConfig } from '../config/types';

export type LogConfig = Pick<
  TopicConfig,
  | 'segmentBytes'
  | 'segmentMs'
  | 'segmentJitterMs'
  | 'indexIntervalBytes'
  | 'segmentIndexBytes'
  | 'retentionMs'
  | 'retentionBytes'
  | 'cleanupPolicy'
  | 'fileDeleteDelayMs'
  | 'deleteRetentionMs'
  | 'minCleanableDirtyRatio'
  | 'minCompactionLagMs'
  | 'compressionType'
>;

export function logConfigOf(c: TopicConfig): LogConfig {
  return {
    segmentBytes: c.segmentBytes,
    segmentMs: c.segmentMs,
    segmentJitterMs: c.segmentJitterMs,
    indexIntervalBytes: c.indexIntervalBytes,
    segmentIndexBytes: c.segmentIndexBytes,
    retentionMs: c.retentionMs,
    retentionBytes: c.retentionBytes,
    cleanupPolicy: c.cleanupPolicy,
    fileDeleteDelayMs: c.fileDeleteDelayMs,
    deleteRetentionMs: c.deleteRetentionMs,
    minCleanableDirtyRatio: c.minCleanableDirtyRatio,
    minCompactionLagMs: c.minCompactionLagMs,
    compressionType: c.compressionType,
  };
}

/** cleanup.policy includes delete / compact (Kafka's LogConfig.delete / .compact). */
export function deletes(c: LogConfig): boolean {
  return c.cleanupPolicy === 'delete' || c.cleanupPolicy === 'compact,delete';
}
export function compacts(c: LogConfig): boolean {
  return c.cleanupPolicy === 'compact' || c.cleanupPolicy === 'compact,delete';
}
