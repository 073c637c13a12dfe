// Size of a v2 record batch, as real Kafka would write it. The uncompressed path is arithmetic
// only (no allocation: it runs for every record the producer adds and every batch appended);
// a codec's size is only known by compressing, see LogBatchCodec.
import { sizeOfVarint, sizeOfVarlong, utf8Length } from '../record/ByteUtils';
import type { LogRecordHeader } from './RecordBatch';

export const RECORD_BATCH_OVERHEAD = 61;

/** Bytes of one record inside a batch, length varint included (DefaultRecord.sizeInBytes). */
export function recordSizeInBytes(
  offsetDelta: number,
  timestampDelta: number,
  key: string | null,
  value: string | null,
  headers?: readonly LogRecordHeader[],
): number {
  let body = 1 + sizeOfVarlong(timestampDelta) + sizeOfVarint(offsetDelta);
  body += nullableStringSize(key);
  body += nullableStringSize(value);
  const n = headers?.length ?? 0;
  body += sizeOfVarint(n);
  for (let i = 0; i < n; i++) {
    const h = headers![i]!;
    const k = utf8Length(h.key);
    body += sizeOfVarint(k) + k + nullableStringSize(h.value);
  }
  return sizeOfVarint(body) + body;
}

/**
 * recordSizeInBytes for a record without headers whose value's UTF-8 length is known (and the
 * key's, when `keyBytes` is given: -1 for a null key).
 */
export function recordSizeWithValueBytes(
  offsetDelta: number,
  timestampDelta: number,
  key: string | null,
  valueBytes: number,
  keyBytes?: number,
): number {
  const body =
    1 +
    sizeOfVarlong(timestampDelta) +
    sizeOfVarint(offsetDelta) +
    (keyBytes === undefined
      ? nullableStringSize(key)
      : keyBytes < 0
        ? 1
        : sizeOfVarint(keyBytes) + keyBytes) +
    sizeOfVarint(valueBytes) +
    valueBytes +
    1; // no headers: varint 0
  return sizeOfVarint(body) + body;
}

function nullableStringSize(s: string | null): number {
  if (s === null) return 1; // varint -1
  const n = utf8Length(s);
  return sizeOfVarint(n) + n;
}

/** Uncompressed batch size: header + records, deltas from `baseOffset` and `baseTimestamp`. */
export function uncompressedBatchSize(
  records: readonly {
    offset: number;
    timestamp: number;
    key: string | null;
    value: string | null;
    headers?: readonly LogRecordHeader[];
  }[],
  baseOffset: number,
  baseTimestamp: number,
): number {
  let size = RECORD_BATCH_OVERHEAD;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    size += recordSizeInBytes(
      r.offset - baseOffset,
      r.timestamp - baseTimestamp,
      r.key,
      r.value,
      r.headers,
    );
  }
  return size;
}
