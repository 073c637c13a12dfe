// A LogBatch ⇄ the bytes Kafka has on disk for it (record batch format v2, src/engine/record).
// The log stores fields, not bytes; these functions rebuild the exact bytes when needed: for a
// compressed batch's size (only known by compressing), for .log downloads and the hex view.
import { utf8Bytes } from '../record/ByteUtils';
import type { RecordBatchInput, RecordInput } from '../record/DefaultRecordBatch';
import { encodeBatch } from '../record/recordBatchEncoder';
import type { LogBatch, LogRecord } from './RecordBatch';
import { RECORD_BATCH_OVERHEAD, uncompressedBatchSize } from './batchSize';

/** The header fields of a batch, without position and payload. */
export type BatchHeader = Omit<LogBatch, 'position' | 'sizeBytes' | 'records'>;

/** Records as the encoder takes them: deltas from the batch's base offset and base timestamp. */
export function recordInputsOf(
  records: readonly LogRecord[],
  baseOffset: number,
  baseTimestamp: number,
): RecordInput[] {
  return records.map((r) => ({
    offsetDelta: r.offset - baseOffset,
    timestampDelta: r.timestamp - baseTimestamp,
    key: r.key === null ? null : utf8Bytes(r.key),
    value: r.value === null ? null : utf8Bytes(r.value),
    headers: (r.headers ?? []).map((h) => ({
      key: h.key,
      value: h.value === null ? null : utf8Bytes(h.value),
    })),
  }));
}

export function toRecordBatchInput(
  header: BatchHeader,
  records: readonly LogRecord[],
): RecordBatchInput {
  return {
    baseOffset: header.baseOffset,
    partitionLeaderEpoch: header.partitionLeaderEpoch,
    baseTimestamp: header.baseTimestamp,
    maxTimestamp: header.maxTimestamp,
    producerId: header.producerId,
    producerEpoch: header.producerEpoch,
    baseSequence: header.baseSequence,
    compression: header.compression,
    isDeleteHorizonSet: header.deleteHorizonMs !== null,
    // Compaction keeps the original last offset even when its record is gone.
    lastOffsetDelta: header.lastOffset - header.baseOffset,
    records: recordInputsOf(records, header.baseOffset, header.baseTimestamp),
  };
}

/** The batch's bytes as on disk, or null once its payload has left the payload window. */
export function encodeLogBatch(batch: LogBatch): Uint8Array | null {
  if (batch.records === null) return null;
  return encodeBatch(toRecordBatchInput(batch, batch.records));
}

/**
 * Size on disk of a batch with these header fields and records. Uncompressed: arithmetic, no
 * allocation. Compressed: 61 + the real compressed size of the records section (encoded here).
 */
export function batchSizeOf(header: BatchHeader, records: readonly LogRecord[]): number {
  if (records.length === 0) return RECORD_BATCH_OVERHEAD; // written uncompressed (writeEmptyHeader)
  if (header.compression === 'none')
    return uncompressedBatchSize(records, header.baseOffset, header.baseTimestamp);
  return encodeBatch(toRecordBatchInput(header, records)).length;
}
