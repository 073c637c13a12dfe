// Record format v2 (magic 2), after Kafka's org.apache.kafka.common.record.DefaultRecord:
//
//   Record =>
//     Length => Varint            (size of everything that follows)
//     Attributes => Int8          (unused, always 0)
//     TimestampDelta => Varlong
//     OffsetDelta => Varint
//     KeyLength => Varint (-1 for null), Key => Bytes
//     ValueLength => Varint (-1 for null), Value => Bytes
//     HeadersCount => Varint
//     Headers => [HeaderKeyLength => Varint, HeaderKey => String(UTF-8),
//                 HeaderValueLength => Varint (-1 for null), HeaderValue => Bytes]

import {
  ByteFormatError,
  readInt8,
  readVarint,
  readVarlong,
  sizeOfVarint,
  sizeOfVarlong,
  utf8Length,
  utf8String,
  writeUtf8,
  writeVarint,
  writeVarlong,
  type VarRead,
} from './ByteUtils';

export interface RecordHeader {
  key: string;
  value: Uint8Array | null;
}

/** One record of a batch, relative to the batch's base offset and base timestamp. */
export interface RecordInput {
  offsetDelta: number;
  timestampDelta: number;
  key: Uint8Array | null;
  value: Uint8Array | null;
  headers: readonly RecordHeader[];
}

/** A record as read back from bytes. */
export interface DecodedRecord {
  attributes: number;
  offsetDelta: number;
  timestampDelta: number;
  key: Uint8Array | null;
  value: Uint8Array | null;
  headers: RecordHeader[];
  /** Bytes this record occupies, including its length varint. */
  sizeInBytes: number;
}

/** Kafka's MAX_RECORD_OVERHEAD: 5 (length) + 10 (timestamp) + 5 (offset) + 1 (attributes). */
export const MAX_RECORD_OVERHEAD = 21;

const NULL_VARINT_SIZE_BYTES = 1; // sizeOfVarint(-1)

function sizeOfNullableBytes(b: Uint8Array | null): number {
  return b === null ? NULL_VARINT_SIZE_BYTES : sizeOfVarint(b.length) + b.length;
}

/** Size of the record body (everything after the length varint). Allocates nothing. */
export function sizeOfBodyInBytes(
  offsetDelta: number,
  timestampDelta: number,
  key: Uint8Array | null,
  value: Uint8Array | null,
  headers: readonly RecordHeader[],
): number {
  let size = 1; // attributes
  size += sizeOfVarint(offsetDelta);
  size += sizeOfVarlong(timestampDelta);
  size += sizeOfNullableBytes(key);
  size += sizeOfNullableBytes(value);
  size += sizeOfVarint(headers.length);
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i]!;
    const keyLen = utf8Length(h.key);
    size += sizeOfVarint(keyLen) + keyLen;
    size += sizeOfNullableBytes(h.value);
  }
  return size;
}

/** Total size of the record, including its length varint (Kafka's `DefaultRecord.sizeInBytes`). */
export function sizeInBytes(
  offsetDelta: number,
  timestampDelta: number,
  key: Uint8Array | null,
  value: Uint8Array | null,
  headers: readonly RecordHeader[],
): number {
  const body = sizeOfBodyInBytes(offsetDelta, timestampDelta, key, value, headers);
  return sizeOfVarint(body) + body;
}

/** Size of a {@link RecordInput}, including its length varint. */
export function recordSizeInBytes(r: RecordInput): number {
  return sizeInBytes(r.offsetDelta, r.timestampDelta, r.key, r.value, r.headers);
}

function writeNullableBytes(b: Uint8Array | null, buf: Uint8Array, offset: number): number {
  if (b === null) return writeVarint(-1, buf, offset);
  const o = writeVarint(b.length, buf, offset);
  buf.set(b, o);
  return o + b.length;
}

/**
 * Write the record at `buf[offset]` (the caller makes room: see {@link sizeInBytes}). Returns the
 * number of bytes written, like Kafka's `DefaultRecord.writeTo`.
 */
export function writeTo(
  buf: Uint8Array,
  offset: number,
  offsetDelta: number,
  timestampDelta: number,
  key: Uint8Array | null,
  value: Uint8Array | null,
  headers: readonly RecordHeader[],
): number {
  const body = sizeOfBodyInBytes(offsetDelta, timestampDelta, key, value, headers);
  let o = writeVarint(body, buf, offset);
  buf[o++] = 0; // attributes: none used
  o = writeVarlong(timestampDelta, buf, o);
  o = writeVarint(offsetDelta, buf, o);
  o = writeNullableBytes(key, buf, o);
  o = writeNullableBytes(value, buf, o);
  o = writeVarint(headers.length, buf, o);
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i]!;
    if (h.key === null || h.key === undefined) {
      throw new Error('Invalid null header key found in headers');
    }
    o = writeVarint(utf8Length(h.key), buf, o);
    o = writeUtf8(h.key, buf, o);
    o = writeNullableBytes(h.value, buf, o);
  }
  return o - offset;
}

/** Write a {@link RecordInput}; returns the number of bytes written. */
export function writeRecord(r: RecordInput, buf: Uint8Array, offset: number): number {
  return writeTo(buf, offset, r.offsetDelta, r.timestampDelta, r.key, r.value, r.headers);
}

function readNullableBytes(
  buf: Uint8Array,
  tmp: VarRead,
  end: number,
  what: string,
): Uint8Array | null {
  readVarint(buf, tmp.offset, tmp);
  const len = tmp.value;
  if (len < 0) return null;
  if (tmp.offset + len > end) {
    throw new ByteFormatError(`Invalid record: ${what} of ${len} bytes overruns the record`);
  }
  const out = buf.slice(tmp.offset, tmp.offset + len);
  tmp.offset += len;
  return out;
}

/**
 * Read one record starting at `buf[offset]` (its length varint). Keys, values and header values
 * are copies. Validates, as Kafka does, that the body is exactly as long as declared.
 */
export function readFrom(buf: Uint8Array, offset: number): DecodedRecord {
  const tmp: VarRead = { value: 0, offset: 0 };
  readVarint(buf, offset, tmp);
  const bodySize = tmp.value;
  const start = tmp.offset;
  if (bodySize < 0 || start + bodySize > buf.length) {
    throw new ByteFormatError(
      `Invalid record size: expected ${bodySize} bytes in record payload, but the buffer has only ${buf.length - start}`,
    );
  }
  const end = start + bodySize;
  const attributes = readInt8(buf, start);
  readVarlong(buf, start + 1, tmp);
  const timestampDelta = tmp.value;
  readVarint(buf, tmp.offset, tmp);
  const offsetDelta = tmp.value;
  const key = readNullableBytes(buf, tmp, end, 'key');
  const value = readNullableBytes(buf, tmp, end, 'value');
  readVarint(buf, tmp.offset, tmp);
  const numHeaders = tmp.value;
  if (numHeaders < 0 || numHeaders > end - tmp.offset) {
    throw new ByteFormatError(`Found invalid number of record headers ${numHeaders}`);
  }
  const headers: RecordHeader[] = [];
  for (let i = 0; i < numHeaders; i++) {
    readVarint(buf, tmp.offset, tmp);
    const keyLen = tmp.value;
    if (keyLen < 0) throw new ByteFormatError(`Invalid negative header key size ${keyLen}`);
    if (tmp.offset + keyLen > end) throw new ByteFormatError('Invalid record: header key overruns');
    const hKey = utf8String(buf, tmp.offset, keyLen);
    tmp.offset += keyLen;
    const hValue = readNullableBytes(buf, tmp, end, 'header value');
    headers.push({ key: hKey, value: hValue });
  }
  if (tmp.offset !== end) {
    throw new ByteFormatError(
      `Invalid record size: expected to read ${bodySize} bytes in record payload, but instead read ${tmp.offset - start}`,
    );
  }
  return {
    attributes,
    offsetDelta,
    timestampDelta,
    key,
    value,
    headers,
    sizeInBytes: end - offset,
  };
}
