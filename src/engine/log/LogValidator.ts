// Kafka's LogValidator (leader side of an append): assign offsets from the log end offset and
// decide the stored compression. BrokerCompressionType.targetCompression: a topic with
// compression.type=producer keeps the producer's codec (the batch is stored as the producer
// compressed it); any other topic codec recompresses; `uncompressed` stores it decompressed.
import type { CompressionType, TopicConfig } from '../config/types';
import type { LogBatch, LogRecord, LogRecordHeader } from './RecordBatch';
import { batchSizeOf } from './LogBatchCodec';

export interface ProducerBatchInfo {
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
}

/**
 * A record's offset before any log took it: a record that carries it (a producer's) becomes the
 * log's record itself, its offset set in place, instead of being copied.
 */
export const UNASSIGNED_OFFSET = -1;

/** What a produce request carries for one record. */
export interface IncomingRecord {
  /** UNASSIGNED_OFFSET: this object may become the log's record (see assignOffsets). */
  offset?: number;
  id: number;
  key: string | null;
  value: string | null;
  timestamp: number;
  headers?: readonly LogRecordHeader[];
}

export function targetCompression(
  topicCompression: TopicConfig['compressionType'],
  sourceCompression: CompressionType,
): CompressionType {
  if (topicCompression === 'producer') return sourceCompression;
  if (topicCompression === 'uncompressed') return 'none';
  return topicCompression;
}

/**
 * validateMessagesAndAssignOffsets for one v2 batch: offsets from `baseOffset`, the leader's
 * epoch stamped in, the size of the bytes as stored (compressed with `compression`).
 */
export function assignOffsets(
  records: readonly IncomingRecord[],
  baseOffset: number,
  leaderEpoch: number,
  producer: ProducerBatchInfo,
  compression: CompressionType,
  /**
   * The batch's uncompressed size as the producer built it. Stored uncompressed, the batch is
   * those bytes with offsets set in place (Kafka's assignOffsetsNonCompressed): its size does
   * not change, so the records need not be sized again.
   */
  uncompressedBytes?: number,
): LogBatch {
  const n = records.length;
  /**
   * Null while every record so far is a producer's own (it becomes the log's record): the
   * request's array then only needs copying to its exact size. Made at the first record that must
   * be copied.
   */
  let copied: LogRecord[] | null = null;
  let maxTimestamp = records[0]!.timestamp;
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    if (r.timestamp > maxTimestamp) maxTimestamp = r.timestamp;
    if (r.offset === UNASSIGNED_OFFSET && r.headers === undefined) {
      // A producer's record that no log holds yet (a retry of one that was written is copied):
      // it is a LogRecord already, only its offset is set. One object per record, not two.
      (r as { offset: number }).offset = baseOffset + i;
      if (copied) copied[i] = r as LogRecord;
      continue;
    }
    if (!copied) {
      copied = new Array<LogRecord>(n);
      for (let j = 0; j < i; j++) copied[j] = records[j] as LogRecord;
    }
    const rec: { -readonly [K in keyof LogRecord]: LogRecord[K] } = {
      offset: baseOffset + i,
      timestamp: r.timestamp,
      key: r.key,
      value: r.value,
      id: r.id,
    };
    if (r.headers && r.headers.length > 0) rec.headers = r.headers;
    copied[i] = rec;
  }
  // The producer's array grew by pushes (room for 16 or more records at 4 a batch): the log keeps
  // an exact copy through its payload window instead (a third more heap per simulation otherwise).
  const logRecords: readonly LogRecord[] = copied ?? (records as readonly LogRecord[]).slice();
  // The batch itself serves as the header the size is computed from (no header object per
  // append); its fields in logBatch's order (RecordBatch.ts), so it shares that hidden class.
  const batch: LogBatch = {
    baseOffset,
    lastOffset: baseOffset + n - 1,
    partitionLeaderEpoch: leaderEpoch,
    producerId: producer.producerId,
    producerEpoch: producer.producerEpoch,
    baseSequence: producer.baseSequence,
    baseTimestamp: logRecords[0]!.timestamp,
    maxTimestamp,
    recordCount: n,
    compression,
    deleteHorizonMs: null,
    position: 0,
    sizeBytes: 0,
    records: logRecords,
  };
  batch.sizeBytes =
    compression === 'none' && uncompressedBytes !== undefined
      ? uncompressedBytes
      : batchSizeOf(batch, logRecords);
  return batch;
}
