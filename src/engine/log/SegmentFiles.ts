// The bytes Kafka has on disk for a segment: the .log (record batches back to back, exactly as
// encoded, CRC-32C included), the .index (8-byte entries: relative offset, position) and the
// .timeindex (12-byte entries: timestamp, relative offset), all big-endian.
// The active segment's index files are preallocated on disk (segment.index.bytes, zero-filled,
// the length is `offsetIndex.length`); these functions return the trimmed form — the entries
// only — which is what the file holds once the segment rolls or the broker shuts down cleanly.
import type { LogSegment } from './LogSegment';
import { encodeLogBatch } from './LogBatchCodec';
import { OFFSET_INDEX_ENTRY_SIZE } from './OffsetIndex';
import { TIME_INDEX_ENTRY_SIZE } from './TimeIndex';
import { writeInt32, writeInt64 } from '../record/ByteUtils';

/** Can the .log be rebuilt? Not once a batch's records left the payload window. */
export function logBytesAvailable(segment: LogSegment): boolean {
  const batches = segment.batches;
  if (batches.columnCount > 0) return false;
  for (let i = 0; i < batches.length; i++) if (batches.records(i) === null) return false;
  return true;
}

/** The segment's .log file, or null when a batch's payload is no longer kept (never invented). */
export function logFileBytes(segment: LogSegment): Uint8Array | null {
  if (!logBytesAvailable(segment)) return null;
  const out = new Uint8Array(segment.size);
  for (const b of segment.batches) {
    const bytes = encodeLogBatch(b)!;
    if (bytes.length !== b.sizeBytes)
      throw new Error(
        `Batch ${b.baseOffset}: encoded ${bytes.length} bytes, the log counted ${b.sizeBytes}`,
      );
    out.set(bytes, b.position);
  }
  return out;
}

/** The .index entries (trimmed form; see the file comment for the active segment). */
export function offsetIndexBytes(segment: LogSegment): Uint8Array {
  const index = segment.offsetIndex;
  const out = new Uint8Array(index.size * OFFSET_INDEX_ENTRY_SIZE);
  for (let i = 0; i < index.size; i++) {
    const o = i * OFFSET_INDEX_ENTRY_SIZE;
    writeInt32(index.key(i) - segment.baseOffset, out, o);
    writeInt32(index.value(i), out, o + 4);
  }
  return out;
}

/** The .timeindex entries (trimmed form). */
export function timeIndexBytes(segment: LogSegment): Uint8Array {
  const index = segment.timeIndex;
  const out = new Uint8Array(index.size * TIME_INDEX_ENTRY_SIZE);
  for (let i = 0; i < index.size; i++) {
    const o = i * TIME_INDEX_ENTRY_SIZE;
    writeInt64(index.key(i), out, o);
    writeInt32(index.value(i) - segment.baseOffset, out, o + 8);
  }
  return out;
}
