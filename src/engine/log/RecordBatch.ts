// A record batch as the log keeps it: where it sits in the .log, its v2 header fields, and
// (within the payload window) its records. Sizes are the real v2 encoding's.
import type { CompressionType } from '../config/types';

export interface LogRecord {
  offset: number;
  timestamp: number;
  key: string | null;
  value: string | null;
  /** Run-wide record id, for drawing and for tracking acknowledged records. */
  id: number;
}

export interface LogBatch {
  baseOffset: number;
  lastOffset: number;
  /** Byte position of the batch in its segment's .log file. */
  position: number;
  sizeBytes: number;
  partitionLeaderEpoch: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  baseTimestamp: number;
  maxTimestamp: number;
  recordCount: number;
  compression: CompressionType;
  /** Null once the payload window has moved past this batch (sizes and offsets stay). */
  records: LogRecord[] | null;
}
