// Size of a v2 record batch for the given records, as real Kafka would write it (uncompressed).
import type { CompressionType } from '../config/types';
import { sizeOfVarint, sizeOfVarlong, utf8Length } from '../record/ByteUtils';

export const RECORD_BATCH_OVERHEAD = 61;

/** Bytes of one record inside a batch (DefaultRecord.sizeInBytes), no headers. */
export function recordSizeInBytes(
  offsetDelta: number,
  timestampDelta: number,
  key: string | null,
  value: string | null,
): number {
  let body = 1 + sizeOfVarlong(timestampDelta) + sizeOfVarint(offsetDelta);
  if (key === null) body += 1;
  else {
    const k = utf8Length(key);
    body += sizeOfVarint(k) + k;
  }
  if (value === null) body += 1;
  else {
    const v = utf8Length(value);
    body += sizeOfVarint(v) + v;
  }
  body += 1; // header count 0
  return sizeOfVarint(body) + body;
}

export function batchSizeInBytes(
  records: { key: string | null; value: string | null; timestamp: number }[],
  baseTimestamp: number,
  _compression: CompressionType,
): number {
  let size = RECORD_BATCH_OVERHEAD;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    size += recordSizeInBytes(i, r.timestamp - baseTimestamp, r.key, r.value);
  }
  return size;
}
