// Compression of a record batch's records section, after Kafka's CompressionType and the stream
// wrappers its Java client uses, so that compressed batches hold the bytes Kafka would write:
//
// - gzip (id 1): java.util.zip.GZIPOutputStream over zlib deflate, level 6 (Deflater default).
//   Header 1f 8b 08 00 00000000 00 ff (mtime 0, OS 255 as JDK 16+ writes), raw deflate, then
//   CRC-32 and size, little-endian. The deflate stream is pako 2.1.0, a port of zlib that produces
//   the same bytes as zlib 1.2.x (checked against the JDK's GZIPOutputStream).
// - snappy (id 2): xerial snappy-java SnappyOutputStream framing (16-byte header "\x82SNAPPY\0",
//   version 1, compatible 1; then 32 KiB blocks, each an int32 big-endian length and the raw
//   snappy block). The raw compressor below is a port of Google snappy's (1.1.9/1.1.10, level 1)
//   CompressFragment, so blocks match the C++ library byte for byte.
// - lz4 (id 3): Kafka's Lz4BlockOutputStream: LZ4 frame, FLG 0x60 (version 1, independent
//   blocks, no checksums), BD 0x40 (64 KiB blocks), header checksum, blocks compressed with the
//   LZ4_compress_default algorithm (ported below), stored raw when that is not smaller, end mark.
// - zstd (id 4): compression needs WebAssembly (libzstd via @bokuweb/zstd-wasm): call
//   `initZstd()` once (async) before compressing. Its frames are valid zstd but not byte-identical
//   to zstd-jni's streaming output (which omits the content size). Decompression is pure JS
//   (fzstd) and always available.
//
// Everything here is synchronous and deterministic (no clock, no randomness).

import { deflateRaw, ungzip } from 'pako';
import { decompress as fzstdDecompress } from 'fzstd';

export type CompressionCodec = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

export const COMPRESSION_CODECS: readonly CompressionCodec[] = [
  'none',
  'gzip',
  'snappy',
  'lz4',
  'zstd',
];

const IDS: Record<CompressionCodec, number> = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 };

/** The codec's id in the low 3 bits of a batch's attributes. */
export function compressionId(codec: CompressionCodec): number {
  const id = IDS[codec];
  if (id === undefined) throw new RangeError(`Unknown compression type: ${String(codec)}`);
  return id;
}

/** Inverse of {@link compressionId}. */
export function compressionFromId(id: number): CompressionCodec {
  const codec = COMPRESSION_CODECS[id];
  if (codec === undefined) throw new RangeError(`Unknown compression type id: ${id}`);
  return codec;
}

/** Raised when a codec cannot be used here (yet): see {@link codecSupport}. */
export class UnsupportedCompressionError extends Error {
  readonly codec: CompressionCodec;
  constructor(codec: CompressionCodec, message: string) {
    super(message);
    this.name = 'UnsupportedCompressionError';
    this.codec = codec;
  }
}

/** Raised on corrupt compressed data. */
export class CompressionFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CompressionFormatError';
  }
}

export interface CodecSupport {
  compress: boolean;
  decompress: boolean;
  /** Whether compressed bytes are the ones Kafka's Java client writes. */
  byteExact: boolean;
  /** Why something is missing, for the UI. */
  reason?: string;
}

export interface CompressOptions {
  /**
   * Kafka's compression.<codec>.level. gzip: 1..9 (default 6, the Deflater default); zstd: libzstd
   * levels (default 3); lz4: only the default (9, the fast compressor) is supported.
   */
  level?: number;
}

/** What can be done with a codec right now. */
export function codecSupport(codec: CompressionCodec): CodecSupport {
  switch (codec) {
    case 'none':
    case 'gzip':
    case 'snappy':
    case 'lz4':
      return { compress: true, decompress: true, byteExact: true };
    case 'zstd':
      return zstd !== null
        ? {
            compress: true,
            decompress: true,
            byteExact: false,
            reason:
              'zstd frames are valid but not byte-identical to the Java client (libzstd one-shot vs streaming).',
          }
        : {
            compress: false,
            decompress: true,
            byteExact: false,
            reason:
              'zstd compression needs its WebAssembly module: await initZstd() first. Decompression works without it.',
          };
    default:
      throw new RangeError(`Unknown compression type: ${String(codec)}`);
  }
}

export type CompressResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'unsupported'; message: string };

/** Like {@link compress}, but reports an unusable codec as a result instead of throwing. */
export function tryCompress(
  codec: CompressionCodec,
  data: Uint8Array,
  options?: CompressOptions,
): CompressResult {
  try {
    return { ok: true, bytes: compress(codec, data, options) };
  } catch (e) {
    if (e instanceof UnsupportedCompressionError) {
      return { ok: false, reason: 'unsupported', message: e.message };
    }
    throw e;
  }
}

/** Compress a records section as Kafka's producer does for `codec`. */
export function compress(
  codec: CompressionCodec,
  data: Uint8Array,
  options?: CompressOptions,
): Uint8Array {
  switch (codec) {
    case 'none':
      return data.slice();
    case 'gzip':
      return gzipCompress(data, options?.level);
    case 'snappy':
      return snappyXerialCompress(data);
    case 'lz4':
      if (options?.level !== undefined && options.level !== LZ4_DEFAULT_LEVEL) {
        throw new UnsupportedCompressionError(
          'lz4',
          `lz4 level ${options.level} uses LZ4 HC, which is not implemented; only the default level ${LZ4_DEFAULT_LEVEL} is`,
        );
      }
      return lz4FrameCompress(data);
    case 'zstd':
      return zstdCompress(data, options?.level);
    default:
      throw new RangeError(`Unknown compression type: ${String(codec)}`);
  }
}

/** Decompress a records section written with `codec`. */
export function decompress(codec: CompressionCodec, data: Uint8Array): Uint8Array {
  switch (codec) {
    case 'none':
      return data.slice();
    case 'gzip':
      return gzipDecompress(data);
    case 'snappy':
      return snappyXerialDecompress(data);
    case 'lz4':
      return lz4FrameDecompress(data);
    case 'zstd':
      try {
        return fzstdDecompress(data);
      } catch (e) {
        throw new CompressionFormatError(`Invalid zstd data: ${(e as Error).message}`);
      }
    default:
      throw new RangeError(`Unknown compression type: ${String(codec)}`);
  }
}

// =============================================================================================
// gzip
// =============================================================================================

const GZIP_DEFAULT_LEVEL = 6;
/** What java.util.zip.GZIPOutputStream writes (JDK 16+: OS byte 255 "unknown"). */
const JAVA_GZIP_HEADER = [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff];

const CRC32_TABLE: Uint32Array = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE, as in gzip and java.util.zip.CRC32). */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC32_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

function gzipCompress(data: Uint8Array, level = GZIP_DEFAULT_LEVEL): Uint8Array {
  const lvl = level === -1 ? GZIP_DEFAULT_LEVEL : level;
  if (!Number.isInteger(lvl) || lvl < 1 || lvl > 9) {
    throw new RangeError(`gzip doesn't support given compression level: ${level}`);
  }
  // Deflater(level, nowrap) = deflateInit2(level, Z_DEFLATED, -15, memLevel 8, default strategy).
  const body = deflateRaw(data, {
    level: lvl as 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9,
    windowBits: 15,
    memLevel: 8,
    strategy: 0,
  });
  const out = new Uint8Array(JAVA_GZIP_HEADER.length + body.length + 8);
  out.set(JAVA_GZIP_HEADER, 0);
  out.set(body, JAVA_GZIP_HEADER.length);
  const t = JAVA_GZIP_HEADER.length + body.length;
  writeUint32LE(out, t, crc32(data));
  writeUint32LE(out, t + 4, data.length >>> 0);
  return out;
}

function gzipDecompress(data: Uint8Array): Uint8Array {
  try {
    return ungzip(data);
  } catch (e) {
    throw new CompressionFormatError(`Invalid gzip data: ${String(e)}`);
  }
}

// =============================================================================================
// Little helpers
// =============================================================================================

function writeUint32LE(buf: Uint8Array, o: number, v: number): void {
  buf[o] = v & 0xff;
  buf[o + 1] = (v >>> 8) & 0xff;
  buf[o + 2] = (v >>> 16) & 0xff;
  buf[o + 3] = (v >>> 24) & 0xff;
}

function readUint32LE(buf: Uint8Array, o: number): number {
  return (buf[o]! | (buf[o + 1]! << 8) | (buf[o + 2]! << 16) | (buf[o + 3]! << 24)) >>> 0;
}

/** Little-endian 32-bit load as a signed int (only compared for equality or hashed). */
function load32(buf: Uint8Array, o: number): number {
  return buf[o]! | (buf[o + 1]! << 8) | (buf[o + 2]! << 16) | (buf[o + 3]! << 24);
}

class ByteSink {
  buf: Uint8Array;
  pos = 0;
  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(64, capacity));
  }
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.pos + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }
  bytes(src: Uint8Array, start = 0, end = src.length): void {
    this.ensure(end - start);
    this.buf.set(src.subarray(start, end), this.pos);
    this.pos += end - start;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

// =============================================================================================
// Snappy: raw format (port of Google snappy's level-1 compressor) and xerial framing
// =============================================================================================

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

function snappyXerialCompress(data: Uint8Array): Uint8Array {
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
function snappyXerialDecompress(data: Uint8Array): Uint8Array {
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

// =============================================================================================
// LZ4: block format (port of LZ4_compress_default, byU16 tables) and Kafka's frame
// =============================================================================================

const LZ4_DEFAULT_LEVEL = 9;
const LZ4_MAGIC = 0x184d2204;
const LZ4_MIN_MATCH = 4;
const LZ4_LAST_LITERALS = 5;
const LZ4_MFLIMIT = 12;
const LZ4_MIN_LENGTH = LZ4_MFLIMIT + 1;
const LZ4_SKIP_TRIGGER = 6;
const LZ4_HASHLOG_U16 = 13; // LZ4_MEMORY_USAGE 14 -> LZ4_HASHLOG 12, +1 for byU16
const LZ4_64K_LIMIT = 65536 + (LZ4_MFLIMIT - 1);
const KAFKA_LZ4_BLOCK_SIZE = 64 * 1024; // BD block size id 4
const LZ4_FRAME_INCOMPRESSIBLE_MASK = 0x80000000;

/** LZ4_compressBound. */
export function lz4CompressBound(n: number): number {
  return n + Math.floor(n / 255) + 16;
}

function lz4Hash(seq: number): number {
  return Math.imul(seq, 2654435761 | 0) >>> (32 - LZ4_HASHLOG_U16);
}

/** Bytes equal at p and m, counting from p up to (excluding) limit. LZ4_count. */
function lz4Count(src: Uint8Array, p: number, m: number, limit: number): number {
  const start = p;
  while (p < limit && src[p] === src[m]) {
    p++;
    m++;
  }
  return p - start;
}

/**
 * Compress one block (< 64 KiB + 11 bytes) the way LZ4_compress_default does (acceleration 1,
 * 16-bit hash table). Returns the number of bytes written to `dst` at `dOff`.
 */
export function lz4CompressBlock(
  src: Uint8Array,
  sOff: number,
  sLen: number,
  dst: Uint8Array,
  dOff: number,
  table: Uint16Array = new Uint16Array(1 << LZ4_HASHLOG_U16),
): number {
  if (sLen >= LZ4_64K_LIMIT) throw new RangeError(`lz4 block too large: ${sLen}`);
  table.fill(0);
  const base = sOff;
  const iend = sOff + sLen;
  const mflimitPlusOne = iend - LZ4_MFLIMIT + 1;
  const matchlimit = iend - LZ4_LAST_LITERALS;
  let ip = sOff;
  let anchor = sOff;
  let op = dOff;

  if (sLen >= LZ4_MIN_LENGTH) {
    table[lz4Hash(load32(src, ip))] = 0;
    ip++;
    let forwardH = lz4Hash(load32(src, ip));
    main: for (;;) {
      let match: number;
      // Find a match
      {
        let forwardIp = ip;
        let step = 1;
        let searchMatchNb = 1 << LZ4_SKIP_TRIGGER;
        for (;;) {
          const h = forwardH;
          const current = forwardIp - base;
          const matchIndex = table[h]!;
          ip = forwardIp;
          forwardIp += step;
          step = searchMatchNb++ >> LZ4_SKIP_TRIGGER;
          if (forwardIp > mflimitPlusOne) break main;
          match = base + matchIndex;
          forwardH = lz4Hash(load32(src, forwardIp));
          table[h] = current;
          if (load32(src, match) === load32(src, ip)) break;
        }
      }
      // Catch up
      while (ip > anchor && match > base && src[ip - 1] === src[match - 1]) {
        ip--;
        match--;
      }
      // Encode literals
      let token = op++;
      {
        const litLength = ip - anchor;
        if (litLength >= 15) {
          dst[token] = 15 << 4;
          let len = litLength - 15;
          for (; len >= 255; len -= 255) dst[op++] = 255;
          dst[op++] = len;
        } else {
          dst[token] = litLength << 4;
        }
        dst.set(src.subarray(anchor, ip), op);
        op += litLength;
      }
      for (;;) {
        // _next_match: offset, then match length
        const offset = ip - match;
        dst[op++] = offset & 0xff;
        dst[op++] = (offset >>> 8) & 0xff;
        let matchCode = lz4Count(src, ip + LZ4_MIN_MATCH, match + LZ4_MIN_MATCH, matchlimit);
        ip += matchCode + LZ4_MIN_MATCH;
        if (matchCode >= 15) {
          dst[token] = dst[token]! + 15;
          matchCode -= 15;
          for (; matchCode >= 255; matchCode -= 255) dst[op++] = 255;
          dst[op++] = matchCode;
        } else {
          dst[token] = dst[token]! + matchCode;
        }
        anchor = ip;
        if (ip >= mflimitPlusOne) break main;
        // Fill table
        table[lz4Hash(load32(src, ip - 2))] = ip - 2 - base;
        // Test next position
        const h = lz4Hash(load32(src, ip));
        const current = ip - base;
        match = base + table[h]!;
        table[h] = current;
        if (load32(src, match) === load32(src, ip)) {
          token = op++;
          dst[token] = 0;
          continue;
        }
        break;
      }
      ip++;
      forwardH = lz4Hash(load32(src, ip));
    }
  }
  // Last literals
  const lastRun = iend - anchor;
  if (lastRun >= 15) {
    dst[op++] = 15 << 4;
    let acc = lastRun - 15;
    for (; acc >= 255; acc -= 255) dst[op++] = 255;
    dst[op++] = acc;
  } else {
    dst[op++] = lastRun << 4;
  }
  dst.set(src.subarray(anchor, iend), op);
  op += lastRun;
  return op - dOff;
}

/** Decode one LZ4 block into `out` at `oOff`; returns bytes produced. */
export function lz4DecompressBlock(
  src: Uint8Array,
  sOff: number,
  sLen: number,
  out: Uint8Array,
  oOff: number,
): number {
  let ip = sOff;
  const iend = sOff + sLen;
  let op = oOff;
  while (ip < iend) {
    const token = src[ip++]!;
    let lit = token >>> 4;
    if (lit === 15) {
      let b: number;
      do {
        if (ip >= iend) throw new CompressionFormatError('Truncated lz4 literal length');
        b = src[ip++]!;
        lit += b;
      } while (b === 255);
    }
    if (ip + lit > iend || op + lit > out.length) {
      throw new CompressionFormatError('lz4 literals overrun');
    }
    out.set(src.subarray(ip, ip + lit), op);
    ip += lit;
    op += lit;
    if (ip >= iend) break; // last sequence has no match
    if (ip + 2 > iend) throw new CompressionFormatError('Truncated lz4 offset');
    const offset = src[ip]! | (src[ip + 1]! << 8);
    ip += 2;
    if (offset === 0 || offset > op - oOff) throw new CompressionFormatError('Invalid lz4 offset');
    let len = token & 15;
    if (len === 15) {
      let b: number;
      do {
        if (ip >= iend) throw new CompressionFormatError('Truncated lz4 match length');
        b = src[ip++]!;
        len += b;
      } while (b === 255);
    }
    len += LZ4_MIN_MATCH;
    if (op + len > out.length) throw new CompressionFormatError('lz4 match overruns block');
    for (let i = 0; i < len; i++, op++) out[op] = out[op - offset]!;
  }
  return op - oOff;
}

// xxHash32 (for the LZ4 frame header checksum)
const P32_1 = 2654435761 | 0;
const P32_2 = 2246822519 | 0;
const P32_3 = 3266489917 | 0;
const P32_4 = 668265263;
const P32_5 = 374761393;

function rotl32(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

/** xxHash32 of data[offset, offset+length). */
export function xxhash32(
  data: Uint8Array,
  offset = 0,
  length = data.length - offset,
  seed = 0,
): number {
  let p = offset;
  const end = offset + length;
  let h: number;
  if (length >= 16) {
    let v1 = (seed + P32_1 + P32_2) | 0;
    let v2 = (seed + P32_2) | 0;
    let v3 = seed | 0;
    let v4 = (seed - P32_1) | 0;
    const limit = end - 16;
    do {
      v1 = Math.imul(rotl32((v1 + Math.imul(load32(data, p), P32_2)) | 0, 13), P32_1);
      v2 = Math.imul(rotl32((v2 + Math.imul(load32(data, p + 4), P32_2)) | 0, 13), P32_1);
      v3 = Math.imul(rotl32((v3 + Math.imul(load32(data, p + 8), P32_2)) | 0, 13), P32_1);
      v4 = Math.imul(rotl32((v4 + Math.imul(load32(data, p + 12), P32_2)) | 0, 13), P32_1);
      p += 16;
    } while (p <= limit);
    h = (rotl32(v1, 1) + rotl32(v2, 7) + rotl32(v3, 12) + rotl32(v4, 18)) | 0;
  } else {
    h = (seed + P32_5) | 0;
  }
  h = (h + length) | 0;
  while (p + 4 <= end) {
    h = Math.imul(rotl32((h + Math.imul(load32(data, p), P32_3)) | 0, 17), P32_4);
    p += 4;
  }
  while (p < end) {
    h = Math.imul(rotl32((h + Math.imul(data[p]!, P32_5)) | 0, 11), P32_1);
    p++;
  }
  h ^= h >>> 15;
  h = Math.imul(h, P32_2);
  h ^= h >>> 13;
  h = Math.imul(h, P32_3);
  h ^= h >>> 16;
  return h >>> 0;
}

const KAFKA_LZ4_FLG = 0x60; // version 01, block independence, no checksums, no content size
const KAFKA_LZ4_BD = 0x40; // max block size 64 KiB

function lz4FrameCompress(data: Uint8Array): Uint8Array {
  const blocks = Math.ceil(data.length / KAFKA_LZ4_BLOCK_SIZE);
  const sink = new ByteSink(7 + blocks * (4 + lz4CompressBound(KAFKA_LZ4_BLOCK_SIZE)) + 4);
  const b = sink.buf;
  writeUint32LE(b, 0, LZ4_MAGIC);
  b[4] = KAFKA_LZ4_FLG;
  b[5] = KAFKA_LZ4_BD;
  b[6] = (xxhash32(b, 4, 2, 0) >>> 8) & 0xff;
  sink.pos = 7;
  const table = new Uint16Array(1 << LZ4_HASHLOG_U16);
  const scratch = new Uint8Array(lz4CompressBound(KAFKA_LZ4_BLOCK_SIZE));
  for (let pos = 0; pos < data.length; pos += KAFKA_LZ4_BLOCK_SIZE) {
    const len = Math.min(KAFKA_LZ4_BLOCK_SIZE, data.length - pos);
    const clen = lz4CompressBlock(data, pos, len, scratch, 0, table);
    sink.ensure(4 + len);
    if (clen >= len) {
      writeUint32LE(sink.buf, sink.pos, (len | LZ4_FRAME_INCOMPRESSIBLE_MASK) >>> 0);
      sink.pos += 4;
      sink.bytes(data, pos, pos + len);
    } else {
      writeUint32LE(sink.buf, sink.pos, clen);
      sink.pos += 4;
      sink.bytes(scratch, 0, clen);
    }
  }
  sink.ensure(4);
  writeUint32LE(sink.buf, sink.pos, 0); // end mark
  sink.pos += 4;
  return sink.result();
}

/** Read LZ4 frames (as Kafka's Lz4BlockInputStream, plus optional frame fields). */
function lz4FrameDecompress(data: Uint8Array): Uint8Array {
  const sink = new ByteSink(data.length * 3);
  let p = 0;
  while (p < data.length) {
    if (p + 4 > data.length) throw new CompressionFormatError('Truncated lz4 frame');
    const magic = readUint32LE(data, p);
    if ((magic & 0xfffffff0) >>> 0 === 0x184d2a50) {
      // skippable frame
      if (p + 8 > data.length) throw new CompressionFormatError('Truncated lz4 skippable frame');
      p += 8 + readUint32LE(data, p + 4);
      continue;
    }
    if (magic !== LZ4_MAGIC) throw new CompressionFormatError('Invalid lz4 frame magic');
    if (p + 7 > data.length) throw new CompressionFormatError('Truncated lz4 frame descriptor');
    const flg = data[p + 4]!;
    const bd = data[p + 5]!;
    if (flg >>> 6 !== 1) throw new CompressionFormatError(`Unsupported lz4 version ${flg >>> 6}`);
    const blockChecksum = (flg & 0x10) !== 0;
    const contentSize = (flg & 0x08) !== 0;
    const contentChecksum = (flg & 0x04) !== 0;
    const dictId = (flg & 0x01) !== 0;
    const blockSizeId = (bd >>> 4) & 7;
    if (blockSizeId < 4)
      throw new CompressionFormatError(`Invalid lz4 block size id ${blockSizeId}`);
    const maxBlock = 1 << (2 * blockSizeId + 8);
    const descLen = 2 + (contentSize ? 8 : 0) + (dictId ? 4 : 0);
    if (p + 4 + descLen + 1 > data.length) {
      throw new CompressionFormatError('Truncated lz4 frame descriptor');
    }
    const hc = (xxhash32(data, p + 4, descLen, 0) >>> 8) & 0xff;
    if (hc !== data[p + 4 + descLen]) {
      throw new CompressionFormatError('Stream frame descriptor corrupted');
    }
    p += 4 + descLen + 1;
    const block = new Uint8Array(maxBlock);
    for (;;) {
      if (p + 4 > data.length) throw new CompressionFormatError('Truncated lz4 block');
      const word = readUint32LE(data, p);
      p += 4;
      if (word === 0) break;
      const raw = (word & LZ4_FRAME_INCOMPRESSIBLE_MASK) !== 0;
      const len = word & 0x7fffffff;
      if (len > maxBlock || p + len > data.length) {
        throw new CompressionFormatError('Invalid lz4 block size');
      }
      if (raw) {
        sink.bytes(data, p, p + len);
      } else {
        const n = lz4DecompressBlock(data, p, len, block, 0);
        sink.bytes(block, 0, n);
      }
      p += len + (blockChecksum ? 4 : 0);
    }
    if (contentChecksum) p += 4;
  }
  return sink.result();
}

// =============================================================================================
// zstd
// =============================================================================================

interface ZstdModule {
  compress(buf: Uint8Array, level?: number): Uint8Array;
}

let zstd: ZstdModule | null = null;
let zstdLoading: Promise<void> | null = null;

const ZSTD_DEFAULT_LEVEL = 3;

/**
 * Load the zstd WebAssembly compressor (async, once). In a browser, pass the URL of
 * `@bokuweb/zstd-wasm`'s `zstd.wasm` if the bundler does not resolve it next to the module.
 */
export function initZstd(options?: { wasmUrl?: string }): Promise<void> {
  if (zstd) return Promise.resolve();
  if (!zstdLoading) {
    zstdLoading = (async () => {
      const mod = (await import('@bokuweb/zstd-wasm')) as unknown as {
        init(path?: string): Promise<void>;
        compress(buf: Uint8Array, level?: number): Uint8Array;
      };
      await mod.init(options?.wasmUrl);
      zstd = { compress: (buf, level) => mod.compress(buf, level) };
    })().catch((e: unknown) => {
      zstdLoading = null;
      throw e;
    });
  }
  return zstdLoading;
}

/** Whether {@link initZstd} has completed. */
export function isZstdReady(): boolean {
  return zstd !== null;
}

function zstdCompress(data: Uint8Array, level = ZSTD_DEFAULT_LEVEL): Uint8Array {
  if (!zstd) {
    throw new UnsupportedCompressionError(
      'zstd',
      'zstd compression is not available until initZstd() has completed (it loads a WebAssembly module)',
    );
  }
  return zstd.compress(data, level);
}
