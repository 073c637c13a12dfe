// Kafka's Partition.fetchOffsetForTimestamp, as the leader answers ListOffsets for a consumer
// (isolation READ_UNCOMMITTED: nothing at or above the high watermark is returned).
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP } from '../network/requests';
import type { UnifiedLog } from '../log/UnifiedLog';

/** The offset (and, for a lookup by time, the record's timestamp) for a ListOffsets timestamp; -1 = none. */
export function fetchOffsetForTimestamp(
  log: UnifiedLog,
  timestamp: number,
): { offset: number; timestamp: number } {
  if (timestamp === EARLIEST_TIMESTAMP) return { offset: log.logStartOffset, timestamp: -1 };
  if (timestamp === LATEST_TIMESTAMP) return { offset: log.highWatermark, timestamp: -1 };
  const found = log.fetchOffsetByTimestamp(timestamp);
  return found && found.offset < log.highWatermark ? found : { offset: -1, timestamp: -1 };
}
