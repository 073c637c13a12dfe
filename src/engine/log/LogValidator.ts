// Kafka's LogValidator (leader side of an append): assign offsets from the log end offset and
// decide the stored compression. BrokerCompressionType.targetCompression: a topic with
// compression.type=producer keeps the producer's codec (the batch is stored as the producer
// compressed it); any other topic codec recompresses; `uncompressed` stores it decompressed.
import type { CompressionType, TopicConfig } from '../config/types';
import { logBatch, type LogBatch, type LogRecord, type LogRecordHeader } from './RecordBatch';
import { batchSizeOf, type BatchHeader } from './LogBatchCodec';

export interface ProducerBatchInfo {
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
}

/** What a produce request carries for one record. */
export interface IncomingRecord {
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
  const logRecords: LogRecord[] = records.map((r, i) => {
    const rec: { -readonly [K in keyof LogRecord]: LogRecord[K] } = {
      offset: baseOffset + i,
      timestamp: r.timestamp,
      key: r.key,
      value: r.value,
      id: r.id,
    };
    if (r.headers && r.headers.length > 0) rec.headers = r.headers;
    return rec;
  });
  const baseTimestamp = logRecords[0]!.timestamp;
  let maxTimestamp = baseTimestamp;
  for (const r of logRecords) if (r.timestamp > maxTimestamp) maxTimestamp = r.timestamp;
  const header: BatchHeader = {
    baseOffset,
    lastOffset: baseOffset + logRecords.length - 1,
    partitionLeaderEpoch: leaderEpoch,
    producerId: producer.producerId,
    producerEpoch: producer.producerEpoch,
    baseSequence: producer.baseSequence,
    baseTimestamp,
    maxTimestamp,
    recordCount: logRecords.length,
    compression,
    deleteHorizonMs: null,
  };
  const size =
    compression === 'none' && uncompressedBytes !== undefined
      ? uncompressedBytes
      : batchSizeOf(header, logRecords);
  return logBatch(header, 0, size, logRecords);
}
