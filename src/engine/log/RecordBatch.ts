// A record batch as the log keeps it: where it sits in the .log, its v2 header fields, and
// (within the payload window) its records — enough to re-encode the exact bytes on disk.
import type { CompressionType } from '../config/types';

export interface LogRecordHeader {
  readonly key: string;
  readonly value: string | null;
}

/**
 * One record. Immutable once a log holds it: a follower's batch shares the leader's record
 * objects (and arrays) instead of copying them, and the leader's are the producer's own objects
 * (their offset set on the way in, LogValidator.assignOffsets), so a produced and replicated
 * record costs one object. A workload's record builds its value when read (WorkloadRecord).
 */
export interface LogRecord {
  readonly offset: number;
  readonly timestamp: number;
  readonly key: string | null;
  readonly value: string | null;
  /** Record headers (UTF-8 key, nullable UTF-8 value); absent = none. */
  readonly headers?: readonly LogRecordHeader[];
  /** Run-wide record id, for drawing and for tracking acknowledged records. */
  readonly id: number;
}

export interface LogBatch {
  baseOffset: number;
  /** Kept by compaction even when the last record is gone (the header's lastOffsetDelta). */
  lastOffset: number;
  /** Byte position of the batch in its segment's .log file. */
  position: number;
  /** Bytes on disk: 61-byte header + the (possibly compressed) records section. */
  sizeBytes: number;
  partitionLeaderEpoch: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  /**
   * The first record's timestamp; the cleaner's delete horizon when `deleteHorizonMs` is set
   * (KIP-534); -1 (NO_TIMESTAMP) for a header-only batch kept by compaction.
   */
  baseTimestamp: number;
  maxTimestamp: number;
  recordCount: number;
  compression: CompressionType;
  /** Attribute bit 6: the log cleaner stamped the tombstones' delete horizon into baseTimestamp. */
  deleteHorizonMs: number | null;
  /** Null once the payload window has moved past this batch (sizes and offsets stay). */
  records: readonly LogRecord[] | null;
}

/**
 * A LogBatch as one object literal, fields always in this order: every batch then shares one
 * hidden class with its fields inside the object. Spreading a header into a batch gave each
 * one an out-of-object property array and left V8 making new hidden classes (about 50,000 in
 * a simulated minute at 10k records/s) — a log keeps a batch object per batch for the run.
 */
export function logBatch(
  h: Omit<LogBatch, 'position' | 'sizeBytes' | 'records'>,
  position: number,
  sizeBytes: number,
  records: readonly LogRecord[] | null,
): LogBatch {
  return {
    baseOffset: h.baseOffset,
    lastOffset: h.lastOffset,
    partitionLeaderEpoch: h.partitionLeaderEpoch,
    producerId: h.producerId,
    producerEpoch: h.producerEpoch,
    baseSequence: h.baseSequence,
    baseTimestamp: h.baseTimestamp,
    maxTimestamp: h.maxTimestamp,
    recordCount: h.recordCount,
    compression: h.compression,
    deleteHorizonMs: h.deleteHorizonMs,
    position,
    sizeBytes,
    records,
  };
}
