// Record batch format v2 (magic 2), after Kafka's org.apache.kafka.common.record.DefaultRecordBatch:
//
//   RecordBatch =>
//     BaseOffset => Int64
//     Length => Int32                 (bytes after this field: total size - 12)
//     PartitionLeaderEpoch => Int32
//     Magic => Int8                   (2)
//     CRC => Uint32                   (CRC-32C of Attributes..end)
//     Attributes => Int16             (bits 0-2 compression, 3 timestamp type, 4 transactional, 5 control,
//                                      6 delete horizon set: BaseTimestamp holds it, KIP-534)
//     LastOffsetDelta => Int32
//     BaseTimestamp => Int64
//     MaxTimestamp => Int64
//     ProducerId => Int64
//     ProducerEpoch => Int16
//     BaseSequence => Int32
//     RecordsCount => Int32
//     Records => [Record]             (compressed as a whole when a codec is set)

import {
  ByteFormatError,
  readInt16,
  readInt32,
  readInt64,
  readInt8,
  readUnsignedInt32,
  utf8Bytes,
  writeInt16,
  writeInt32,
  writeInt64,
} from './ByteUtils';
import { crc32c } from './Crc32C';
import {
  compress,
  compressionFromId,
  compressionId,
  decompress,
  type CompressionCodec,
} from './CompressionType';
import {
  readFrom,
  recordSizeInBytes,
  writeRecord,
  type DecodedRecord,
  type RecordHeader,
  type RecordInput,
} from './DefaultRecord';

export type { CompressionCodec } from './CompressionType';
export type { RecordHeader, RecordInput, DecodedRecord } from './DefaultRecord';

export type TimestampType = 'CreateTime' | 'LogAppendTime';

export const MAGIC_VALUE_V2 = 2;
/** BaseOffset + Length: the bytes not counted by the batch's Length field. */
export const LOG_OVERHEAD = 12;

export const BASE_OFFSET_OFFSET = 0;
export const LENGTH_OFFSET = 8;
export const PARTITION_LEADER_EPOCH_OFFSET = 12;
export const MAGIC_OFFSET = 16;
export const CRC_OFFSET = 17;
export const ATTRIBUTES_OFFSET = 21;
export const LAST_OFFSET_DELTA_OFFSET = 23;
export const BASE_TIMESTAMP_OFFSET = 27;
export const MAX_TIMESTAMP_OFFSET = 35;
export const PRODUCER_ID_OFFSET = 43;
export const PRODUCER_EPOCH_OFFSET = 51;
export const BASE_SEQUENCE_OFFSET = 53;
export const RECORDS_COUNT_OFFSET = 57;
export const RECORDS_OFFSET = 61;
/** Size of the batch header, before the first record. */
export const RECORD_BATCH_OVERHEAD = 61;

export const COMPRESSION_CODEC_MASK = 0x07;
export const TIMESTAMP_TYPE_MASK = 0x08;
export const TRANSACTIONAL_FLAG_MASK = 0x10;
export const CONTROL_FLAG_MASK = 0x20;
export const DELETE_HORIZON_FLAG_MASK = 0x40;

export const NO_PRODUCER_ID = -1;
export const NO_PRODUCER_EPOCH = -1;
export const NO_SEQUENCE = -1;
export const NO_PARTITION_LEADER_EPOCH = -1;
export const NO_TIMESTAMP = -1;

/** A batch to encode. Optional producer fields default to "none" (-1), flags to false. */
export interface RecordBatchInput {
  baseOffset: number;
  partitionLeaderEpoch: number;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
  isTransactional?: boolean;
  isControl?: boolean;
  /**
   * Set by the log cleaner on a batch holding tombstones (KIP-534): `baseTimestamp` is then the
   * delete horizon, not the first record's timestamp, and the records' timestamp deltas count from it.
   */
  isDeleteHorizonSet?: boolean;
  /** Default 'CreateTime'. */
  timestampType?: TimestampType;
  compression: CompressionCodec;
  /** Kafka's compression.<codec>.level; default: the codec's default. */
  compressionLevel?: number;
  /**
   * Default: the last record's offsetDelta (0 for an empty batch). Set it to keep a compacted
   * batch's original last offset, as Kafka does.
   */
  lastOffsetDelta?: number;
  records: readonly RecordInput[];
}

/** A batch read back from bytes. */
export interface DecodedRecordBatch {
  baseOffset: number;
  /** Value of the Length field (sizeInBytes - 12). */
  batchLength: number;
  /** Total bytes of the batch (Length + 12). */
  sizeInBytes: number;
  partitionLeaderEpoch: number;
  magic: number;
  /** CRC stored in the batch (unsigned). */
  crc: number;
  /** CRC-32C recomputed over attributes..end (unsigned). */
  computedCrc: number;
  crcValid: boolean;
  attributes: number;
  lastOffsetDelta: number;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  isTransactional: boolean;
  isControl: boolean;
  /** The cleaner's delete horizon (the base timestamp when attribute bit 6 is set), else null. */
  deleteHorizonMs: number | null;
  timestampType: TimestampType;
  compression: CompressionCodec;
  recordCount: number;
  records: DecodedRecord[];
}

/** Kafka's computeAttributes. */
export function computeAttributes(
  compression: CompressionCodec,
  timestampType: TimestampType = 'CreateTime',
  isTransactional = false,
  isControl = false,
  isDeleteHorizonSet = false,
): number {
  let attributes = isTransactional ? TRANSACTIONAL_FLAG_MASK : 0;
  if (isControl) attributes |= CONTROL_FLAG_MASK;
  if (isDeleteHorizonSet) attributes |= DELETE_HORIZON_FLAG_MASK;
  attributes |= compressionId(compression) & COMPRESSION_CODEC_MASK;
  if (timestampType === 'LogAppendTime') attributes |= TIMESTAMP_TYPE_MASK;
  return attributes;
}

/** Bytes of the records section, uncompressed (sum of record sizes). Allocates nothing. */
export function recordsSizeInBytes(records: readonly RecordInput[]): number {
  let size = 0;
  for (let i = 0; i < records.length; i++) size += recordSizeInBytes(records[i]!);
  return size;
}

/**
 * Exact size of an uncompressed batch holding `records` (header + records), computed without
 * allocating. Unlike Kafka's `sizeInBytes(Iterable)`, an empty list gives the header size (61),
 * since an empty batch is still a valid batch on disk.
 */
export function sizeInBytes(records: readonly RecordInput[]): number {
  return RECORD_BATCH_OVERHEAD + recordsSizeInBytes(records);
}

/**
 * Size estimate for a batch, without allocating or compressing: exact for `compression: 'none'`;
 * for a codec it is the uncompressed size (Kafka's estimator starts from a ratio of 1.0 too).
 * Use `encodeBatch(...).length` for the exact size of a compressed batch.
 */
export function estimateBatchSize(batch: Pick<RecordBatchInput, 'records'>): number {
  return sizeInBytes(batch.records);
}

function writeRecordsSection(
  records: readonly RecordInput[],
  buf: Uint8Array,
  offset: number,
): number {
  let o = offset;
  for (let i = 0; i < records.length; i++) o += writeRecord(records[i]!, buf, o);
  return o;
}

/** The uncompressed records section (all records, back to back). */
export function encodeRecords(records: readonly RecordInput[]): Uint8Array {
  const out = new Uint8Array(recordsSizeInBytes(records));
  writeRecordsSection(records, out, 0);
  return out;
}

/**
 * Encode a batch exactly as Kafka lays it out on the wire and on disk. A batch with no records is
 * written uncompressed whatever `compression` says, as Kafka's writeEmptyHeader does (the only way
 * Kafka produces an empty batch is compaction keeping a producer's last batch header).
 */
export function encodeBatch(batch: RecordBatchInput): Uint8Array {
  const records = batch.records;
  let out: Uint8Array;
  if (records.length === 0 && batch.compression !== 'none') {
    batch = { ...batch, compression: 'none' };
  }
  if (batch.compression === 'none') {
    out = new Uint8Array(sizeInBytes(records));
    const end = writeRecordsSection(records, out, RECORDS_OFFSET);
    if (end !== out.length) throw new Error(`Internal size mismatch: ${end} != ${out.length}`);
  } else {
    const compressed = compress(
      batch.compression,
      encodeRecords(records),
      batch.compressionLevel === undefined ? undefined : { level: batch.compressionLevel },
    );
    out = new Uint8Array(RECORD_BATCH_OVERHEAD + compressed.length);
    out.set(compressed, RECORDS_OFFSET);
  }
  writeHeader(out, batch);
  return out;
}

function checkInt(name: string, v: number, min: number, max: number): void {
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new RangeError(`${name} must be an integer in [${min}, ${max}], got ${v}`);
  }
}

/** Fill in the 61-byte header of `out` (records already in place) and its CRC. */
function writeHeader(out: Uint8Array, batch: RecordBatchInput): void {
  const records = batch.records;
  const lastOffsetDelta =
    batch.lastOffsetDelta ?? (records.length > 0 ? records[records.length - 1]!.offsetDelta : 0);
  const producerId = batch.producerId ?? NO_PRODUCER_ID;
  const producerEpoch = batch.producerEpoch ?? NO_PRODUCER_EPOCH;
  const baseSequence = batch.baseSequence ?? NO_SEQUENCE;
  checkInt('partitionLeaderEpoch', batch.partitionLeaderEpoch, -0x80000000, 0x7fffffff);
  checkInt('lastOffsetDelta', lastOffsetDelta, -0x80000000, 0x7fffffff);
  checkInt('producerEpoch', producerEpoch, -0x8000, 0x7fff);
  checkInt('baseSequence', baseSequence, -0x80000000, 0x7fffffff);
  if (batch.baseTimestamp < 0 && batch.baseTimestamp !== NO_TIMESTAMP) {
    throw new RangeError(`Invalid message timestamp ${batch.baseTimestamp}`);
  }
  const attributes = computeAttributes(
    batch.compression,
    batch.timestampType ?? 'CreateTime',
    batch.isTransactional ?? false,
    batch.isControl ?? false,
    batch.isDeleteHorizonSet ?? false,
  );
  writeInt64(batch.baseOffset, out, BASE_OFFSET_OFFSET);
  writeInt32(out.length - LOG_OVERHEAD, out, LENGTH_OFFSET);
  writeInt32(batch.partitionLeaderEpoch, out, PARTITION_LEADER_EPOCH_OFFSET);
  out[MAGIC_OFFSET] = MAGIC_VALUE_V2;
  writeInt16(attributes, out, ATTRIBUTES_OFFSET);
  writeInt32(lastOffsetDelta, out, LAST_OFFSET_DELTA_OFFSET);
  writeInt64(batch.baseTimestamp, out, BASE_TIMESTAMP_OFFSET);
  writeInt64(batch.maxTimestamp, out, MAX_TIMESTAMP_OFFSET);
  writeInt64(producerId, out, PRODUCER_ID_OFFSET);
  writeInt16(producerEpoch, out, PRODUCER_EPOCH_OFFSET);
  writeInt32(baseSequence, out, BASE_SEQUENCE_OFFSET);
  writeInt32(records.length, out, RECORDS_COUNT_OFFSET);
  writeInt32(crc32c(out, ATTRIBUTES_OFFSET, out.length - ATTRIBUTES_OFFSET), out, CRC_OFFSET);
}

/** Total size of the batch starting at `bytes[offset]`, from its Length field. */
export function batchSizeAt(bytes: Uint8Array, offset = 0): number {
  return readInt32(bytes, offset + LENGTH_OFFSET) + LOG_OVERHEAD;
}

/** Whether the stored CRC of the batch at `bytes[offset]` matches its contents. */
export function isValidBatch(bytes: Uint8Array, offset = 0): boolean {
  const size = batchSizeAt(bytes, offset);
  if (size < RECORD_BATCH_OVERHEAD || offset + size > bytes.length) return false;
  const stored = readUnsignedInt32(bytes, offset + CRC_OFFSET);
  return stored === crc32c(bytes, offset + ATTRIBUTES_OFFSET, size - ATTRIBUTES_OFFSET);
}

/**
 * Decode the batch at `bytes[offset]`. Reads records (decompressing if needed) even when the CRC
 * does not verify: check `crcValid`. Throws ByteFormatError on structurally invalid bytes.
 */
export function decodeBatch(bytes: Uint8Array, offset = 0): DecodedRecordBatch {
  if (bytes.length - offset < RECORD_BATCH_OVERHEAD) {
    throw new ByteFormatError(
      `Record batch is corrupt (the size ${bytes.length - offset} is smaller than the minimum allowed overhead ${RECORD_BATCH_OVERHEAD})`,
    );
  }
  const batchLength = readInt32(bytes, offset + LENGTH_OFFSET);
  const size = batchLength + LOG_OVERHEAD;
  if (size < RECORD_BATCH_OVERHEAD) {
    throw new ByteFormatError(
      `Record batch is corrupt (declared size ${size} < ${RECORD_BATCH_OVERHEAD})`,
    );
  }
  if (offset + size > bytes.length) {
    throw new ByteFormatError(
      `Partial record batch: declared ${size} bytes, only ${bytes.length - offset} available`,
    );
  }
  const magic = readInt8(bytes, offset + MAGIC_OFFSET);
  if (magic !== MAGIC_VALUE_V2) throw new ByteFormatError(`Unsupported magic ${magic}`);
  const crc = readUnsignedInt32(bytes, offset + CRC_OFFSET);
  const computedCrc = crc32c(bytes, offset + ATTRIBUTES_OFFSET, size - ATTRIBUTES_OFFSET);
  const attributes = readInt16(bytes, offset + ATTRIBUTES_OFFSET);
  const compression = compressionFromId(attributes & COMPRESSION_CODEC_MASK);
  const recordCount = readInt32(bytes, offset + RECORDS_COUNT_OFFSET);
  if (recordCount < 0) throw new ByteFormatError(`Found invalid record count ${recordCount}`);

  let section = bytes.subarray(offset + RECORDS_OFFSET, offset + size);
  if (compression !== 'none' && recordCount > 0) section = decompress(compression, section);
  const records: DecodedRecord[] = [];
  let pos = 0;
  for (let i = 0; i < recordCount; i++) {
    if (pos >= section.length) {
      throw new ByteFormatError('Incorrect declared batch size, premature EOF reached');
    }
    const r = readFrom(section, pos);
    records.push(r);
    pos += r.sizeInBytes;
  }
  if (pos !== section.length && (compression === 'none' || recordCount > 0)) {
    throw new ByteFormatError('Incorrect declared batch size, records still remaining in file');
  }
  return {
    baseOffset: readInt64(bytes, offset + BASE_OFFSET_OFFSET),
    batchLength,
    sizeInBytes: size,
    partitionLeaderEpoch: readInt32(bytes, offset + PARTITION_LEADER_EPOCH_OFFSET),
    magic,
    crc,
    computedCrc,
    crcValid: crc === computedCrc,
    attributes,
    lastOffsetDelta: readInt32(bytes, offset + LAST_OFFSET_DELTA_OFFSET),
    baseTimestamp: readInt64(bytes, offset + BASE_TIMESTAMP_OFFSET),
    maxTimestamp: readInt64(bytes, offset + MAX_TIMESTAMP_OFFSET),
    producerId: readInt64(bytes, offset + PRODUCER_ID_OFFSET),
    producerEpoch: readInt16(bytes, offset + PRODUCER_EPOCH_OFFSET),
    baseSequence: readInt32(bytes, offset + BASE_SEQUENCE_OFFSET),
    isTransactional: (attributes & TRANSACTIONAL_FLAG_MASK) !== 0,
    isControl: (attributes & CONTROL_FLAG_MASK) !== 0,
    deleteHorizonMs:
      (attributes & DELETE_HORIZON_FLAG_MASK) !== 0
        ? readInt64(bytes, offset + BASE_TIMESTAMP_OFFSET)
        : null,
    timestampType: (attributes & TIMESTAMP_TYPE_MASK) !== 0 ? 'LogAppendTime' : 'CreateTime',
    compression,
    recordCount,
    records,
  };
}

/** Input for {@link recordsFromStrings}: a value, or a key/value pair with optional headers. */
export type StringRecord =
  | string
  | null
  | {
      key?: string | null;
      value: string | null;
      headers?: Record<string, string | null> | { key: string; value: string | null }[];
      timestampDelta?: number;
    };

/**
 * Convenience: records with UTF-8 keys/values and consecutive offset deltas 0..n-1
 * (timestamp delta 0 unless given).
 */
export function recordsFromStrings(items: readonly StringRecord[]): RecordInput[] {
  return items.map((item, i) => {
    if (item === null || typeof item === 'string') {
      return {
        offsetDelta: i,
        timestampDelta: 0,
        key: null,
        value: item === null ? null : utf8Bytes(item),
        headers: [],
      };
    }
    let headers: RecordHeader[] = [];
    if (Array.isArray(item.headers)) {
      headers = item.headers.map((h) => ({
        key: h.key,
        value: h.value === null ? null : utf8Bytes(h.value),
      }));
    } else if (item.headers) {
      headers = Object.entries(item.headers).map(([k, v]) => ({
        key: k,
        value: v === null ? null : utf8Bytes(v),
      }));
    }
    return {
      offsetDelta: i,
      timestampDelta: item.timestampDelta ?? 0,
      key: item.key === undefined || item.key === null ? null : utf8Bytes(item.key),
      value: item.value === null ? null : utf8Bytes(item.value),
      headers,
    };
  });
}
