// Kafka's SnappyCompression: xerial snappy-java's SnappyOutputStream framing (16-byte header
// "\x82SNAPPY\0", version 1, compatible 1; then 32 KiB blocks, each an int32 big-endian length and
// the raw snappy block) around libsnappy's compressor.
//
// A hand port, for byte-exactness: snappy-java runs the native C++ library, and no JS snappy
// package emits the same blocks. The raw compressor below is a port of Google snappy's (1.1.9/
// 1.1.10, level 1) CompressFragment, so blocks match the C++ library byte for byte.

import { ByteSink, CompressionFormatError, load32, readUint32LE } from './compressionIo';

const SNAPPY_BLOCK_SIZE = 1 << 16; // kBlockSize: fragments compressed independently
const SNAPPY_MAX_HASH_TABLE_BITS = 14;
const SNAPPY_MAX_HASH_TABLE_SIZE = 1 << SNAPPY_MAX_HASH_TABLE_BITS;
const SNAPPY_MIN_HASH_TABLE_SIZE = 1 << 8;
const SNAPPY_INPUT_MARGIN = 15;

/** snappy's MaxCompressedLength. */
export function snappyMaxCompressedLength(n: number): number {
  return 32 + n + Math.floor(n / 6);
}

function snappyTableSize(inputSize: number): number {
  if (inputSize > SNAPPY_MAX_HASH_TABLE_SIZE) return SNAPPY_MAX_HASH_TABLE_SIZE;
  if (inputSize < SNAPPY_MIN_HASH_TABLE_SIZE) return SNAPPY_MIN_HASH_TABLE_SIZE;
  let size = SNAPPY_MIN_HASH_TABLE_SIZE;
  while (size < inputSize) size <<= 1;
  return size;
}

function snappyHash(bytes: number, mask: number): number {
  return (Math.imul(bytes, 0x1e35a7bd) >>> (32 - SNAPPY_MAX_HASH_TABLE_BITS)) & mask;
}

function snappyEmitLiteral(
  out: Uint8Array,
  op: number,
  src: Uint8Array,
  start: number,
  len: number,
): number {
  const n = len - 1;
  if (n < 60) {
    out[op++] = n << 2;
  } else {
    const count = n < 0x100 ? 1 : n < 0x10000 ? 2 : n < 0x1000000 ? 3 : 4;
    out[op++] = (59 + count) << 2;
    for (let i = 0; i < count; i++) out[op++] = (n >>> (8 * i)) & 0xff;
  }
  out.set(src.subarray(start, start + len), op);
  return op + len;
}

function snappyEmitCopyAtMost64(
  out: Uint8Array,
  op: number,
  offset: number,
  len: number,
  lenLessThan12: boolean,
): number {
  if (lenLessThan12 && offset < 2048) {
    out[op] = 1 + ((len - 4) << 2) + ((offset >>> 8) << 5);
    out[op + 1] = offset & 0xff;
    return op + 2;
  }
  out[op] = 2 + ((len - 1) << 2);
  out[op + 1] = offset & 0xff;
  out[op + 2] = (offset >>> 8) & 0xff;
  return op + 3;
}

function snappyEmitCopy(out: Uint8Array, op: number, offset: number, len: number): number {
  if (len < 12) return snappyEmitCopyAtMost64(out, op, offset, len, true);
  while (len >= 68) {
    op = snappyEmitCopyAtMost64(out, op, offset, 64, false);
    len -= 64;
  }
  if (len > 64) {
    op = snappyEmitCopyAtMost64(out, op, offset, 60, false);
    len -= 60;
  }
  return snappyEmitCopyAtMost64(out, op, offset, len, len < 12);
}

/** Port of snappy::internal::CompressFragment (one fragment of at most 64 KiB). */
function snappyCompressFragment(
  input: Uint8Array,
  start: number,
  size: number,
  out: Uint8Array,
  opStart: number,
  table: Uint16Array,
  tableSize: number,
): number {
  const mask = tableSize - 1;
  table.fill(0, 0, tableSize);
  const base = start;
  const ipEnd = start + size;
  let op = opStart;
  let ip = start;
  let remainderFrom = start;

  if (size >= SNAPPY_INPUT_MARGIN) {
    const ipLimit = ipEnd - SNAPPY_INPUT_MARGIN;
    outer: for (;;) {
      const nextEmit = ip++;
      let skip = 32;
      let candidate = 0;
      let literalDone = false;
      if (ipLimit - ip >= 16) {
        const delta = ip - base;
        for (let i = 0; i < 16; i++) {
          const dword = load32(input, ip + i);
          const h = snappyHash(dword, mask);
          candidate = base + table[h]!;
          table[h] = delta + i;
          if (load32(input, candidate) === dword) {
            // Literal of length i + 1 from nextEmit (fits in the tag byte).
            op = snappyEmitLiteral(out, op, input, nextEmit, i + 1);
            ip += i;
            literalDone = true;
            break;
          }
        }
        if (!literalDone) {
          ip += 16;
          skip += 16;
        }
      }
      if (!literalDone) {
        for (;;) {
          const data = load32(input, ip);
          const h = snappyHash(data, mask);
          const step = skip >>> 5;
          skip += step;
          const nextIp = ip + step;
          if (nextIp > ipLimit) {
            remainderFrom = nextEmit;
            break outer;
          }
          candidate = base + table[h]!;
          table[h] = ip - base;
          if (data === load32(input, candidate)) break;
          ip = nextIp;
        }
        op = snappyEmitLiteral(out, op, input, nextEmit, ip - nextEmit);
      }
      // emit_match
      for (;;) {
        const matchStart = ip;
        let matched = 4;
        while (ip + matched < ipEnd && input[candidate + matched] === input[ip + matched]) {
          matched++;
        }
        ip += matched;
        op = snappyEmitCopy(out, op, matchStart - candidate, matched);
        if (ip >= ipLimit) {
          remainderFrom = ip;
          break outer;
        }
        table[snappyHash(load32(input, ip - 1), mask)] = ip - base - 1;
        const cur = load32(input, ip);
        const h = snappyHash(cur, mask);
        candidate = base + table[h]!;
        table[h] = ip - base;
        if (cur !== load32(input, candidate)) break;
      }
    }
  }
  if (remainderFrom < ipEnd) {
    op = snappyEmitLiteral(out, op, input, remainderFrom, ipEnd - remainderFrom);
  }
  return op;
}

/** Raw snappy block (snappy::RawCompress): varint length, then fragments. */
export function snappyRawCompress(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(snappyMaxCompressedLength(input.length));
  let op = 0;
  let n = input.length;
  while (n >= 0x80) {
    out[op++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  out[op++] = n;
  const table = new Uint16Array(SNAPPY_MAX_HASH_TABLE_SIZE);
  for (let pos = 0; pos < input.length; pos += SNAPPY_BLOCK_SIZE) {
    const fragment = Math.min(SNAPPY_BLOCK_SIZE, input.length - pos);
    op = snappyCompressFragment(input, pos, fragment, out, op, table, snappyTableSize(fragment));
  }
  return out.slice(0, op);
}

/** Decode a raw snappy block. */
export function snappyRawDecompress(input: Uint8Array, start = 0, end = input.length): Uint8Array {
  let ip = start;
  let length = 0;
  for (let shift = 0; ; shift += 7) {
    if (ip >= end || shift > 28) throw new CompressionFormatError('Invalid snappy length');
    const b = input[ip++]!;
    length += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) break;
  }
  const out = new Uint8Array(length);
  let op = 0;
  while (ip < end) {
    const tag = input[ip++]!;
    const type = tag & 3;
    if (type === 0) {
      let len = (tag >>> 2) + 1;
      if (len > 60) {
        const count = len - 60;
        if (ip + count > end) throw new CompressionFormatError('Truncated snappy literal');
        len = 0;
        for (let i = 0; i < count; i++) len += input[ip + i]! * 2 ** (8 * i);
        len += 1;
        ip += count;
      }
      if (ip + len > end || op + len > length) {
        throw new CompressionFormatError('Snappy literal overruns');
      }
      out.set(input.subarray(ip, ip + len), op);
      ip += len;
      op += len;
    } else {
      let len: number;
      let offset: number;
      if (type === 1) {
        if (ip >= end) throw new CompressionFormatError('Truncated snappy copy');
        len = ((tag >>> 2) & 7) + 4;
        offset = ((tag >>> 5) << 8) | input[ip++]!;
      } else if (type === 2) {
        if (ip + 2 > end) throw new CompressionFormatError('Truncated snappy copy');
        len = (tag >>> 2) + 1;
        offset = input[ip]! | (input[ip + 1]! << 8);
        ip += 2;
      } else {
        if (ip + 4 > end) throw new CompressionFormatError('Truncated snappy copy');
        len = (tag >>> 2) + 1;
        offset = readUint32LE(input, ip);
        ip += 4;
      }
      if (offset === 0 || offset > op || op + len > length) {
        throw new CompressionFormatError('Invalid snappy copy');
      }
      for (let i = 0; i < len; i++, op++) out[op] = out[op - offset]!;
    }
  }
  if (op !== length) throw new CompressionFormatError('Snappy output shorter than declared');
  return out;
}

const XERIAL_MAGIC = [0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00];
const XERIAL_HEADER_SIZE = 16;
/** SnappyOutputStream's default block size. */
const XERIAL_BLOCK_SIZE = 32 * 1024;

function hasXerialMagic(data: Uint8Array, at: number): boolean {
  if (at + XERIAL_MAGIC.length > data.length) return false;
  for (let i = 0; i < XERIAL_MAGIC.length; i++) if (data[at + i] !== XERIAL_MAGIC[i]) return false;
  return true;
}

export function snappyXerialCompress(data: Uint8Array): Uint8Array {
  const sink = new ByteSink(XERIAL_HEADER_SIZE + snappyMaxCompressedLength(data.length) + 64);
  const b = sink.buf;
  b.set(XERIAL_MAGIC, 0);
  // version 1, minimum compatible version 1 (big-endian int32s)
  b.set([0, 0, 0, 1, 0, 0, 0, 1], 8);
  sink.pos = XERIAL_HEADER_SIZE;
  for (let pos = 0; pos < data.length; pos += XERIAL_BLOCK_SIZE) {
    const block = snappyRawCompress(
      data.subarray(pos, Math.min(data.length, pos + XERIAL_BLOCK_SIZE)),
    );
    sink.ensure(4 + block.length);
    const n = block.length;
    sink.buf[sink.pos++] = (n >>> 24) & 0xff;
    sink.buf[sink.pos++] = (n >>> 16) & 0xff;
    sink.buf[sink.pos++] = (n >>> 8) & 0xff;
    sink.buf[sink.pos++] = n & 0xff;
    sink.bytes(block);
  }
  return sink.result();
}

/**
 * Like xerial's SnappyInputStream: framed data (possibly several concatenated streams), or, when
 * the magic header is absent, one raw snappy block (what kafkajs-snappy writes).
 */
export function snappyXerialDecompress(data: Uint8Array): Uint8Array {
  if (!hasXerialMagic(data, 0)) return snappyRawDecompress(data);
  const sink = new ByteSink(data.length * 2);
  let p = 0;
  while (p < data.length) {
    if (hasXerialMagic(data, p)) {
      if (p + XERIAL_HEADER_SIZE > data.length) {
        throw new CompressionFormatError('Truncated snappy stream header');
      }
      p += XERIAL_HEADER_SIZE;
      continue;
    }
    if (p + 4 > data.length) throw new CompressionFormatError('Truncated snappy block length');
    const n = ((data[p]! << 24) | (data[p + 1]! << 16) | (data[p + 2]! << 8) | data[p + 3]!) >>> 0;
    p += 4;
    if (p + n > data.length) throw new CompressionFormatError('Truncated snappy block');
    sink.bytes(snappyRawDecompress(data, p, p + n));
    p += n;
  }
  return sink.result();
}
