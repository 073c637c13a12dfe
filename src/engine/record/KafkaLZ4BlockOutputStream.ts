// Kafka's Lz4BlockOutputStream / Lz4BlockInputStream (formerly KafkaLZ4BlockOutputStream), as
// Kafka's Lz4Compression uses them: one LZ4 frame, FLG 0x60 (version 1, independent blocks, no
// checksums, no content size), BD 0x40 (64 KiB blocks), the header checksum (xxHash32), blocks
// compressed by LZ4Block.ts, stored raw when that is not smaller, then the end mark.
//
// Only the default level (9, the fast compressor) is supported: other levels use LZ4 HC.

import {
  ByteSink,
  CompressionFormatError,
  UnsupportedCompressionError,
  load32,
  readUint32LE,
  writeUint32LE,
} from './compressionIo';
import {
  LZ4_HASHLOG_U16,
  lz4CompressBlock,
  lz4CompressBound,
  lz4DecompressBlock,
} from './LZ4Block';

const LZ4_DEFAULT_LEVEL = 9;
const LZ4_MAGIC = 0x184d2204;
const KAFKA_LZ4_BLOCK_SIZE = 64 * 1024; // BD block size id 4
const LZ4_FRAME_INCOMPRESSIBLE_MASK = 0x80000000;

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

/** One hash table for every block (lz4CompressBlock clears it first, as liblz4 does). */
const HASH_TABLE = new Uint16Array(1 << LZ4_HASHLOG_U16);

const KAFKA_LZ4_FLG = 0x60; // version 01, block independence, no checksums, no content size
const KAFKA_LZ4_BD = 0x40; // max block size 64 KiB

/** Kafka's Lz4Compression.wrapForOutput: the frame above; `level` must be the default (9). */
export function lz4FrameCompress(data: Uint8Array, level?: number): Uint8Array {
  if (level !== undefined && level !== LZ4_DEFAULT_LEVEL) {
    throw new UnsupportedCompressionError(
      'lz4',
      `lz4 level ${level} uses LZ4 HC, which is not implemented; only the default level ${LZ4_DEFAULT_LEVEL} is`,
    );
  }
  const blocks = Math.ceil(data.length / KAFKA_LZ4_BLOCK_SIZE);
  // Buffers sized to the data, not to a 64 KiB block: a batch is usually a few hundred bytes,
  // and a 66 KiB sink and scratch per batch were most of a compressed run's garbage.
  const sink = new ByteSink(7 + blocks * 4 + lz4CompressBound(data.length) + 4);
  const b = sink.buf;
  writeUint32LE(b, 0, LZ4_MAGIC);
  b[4] = KAFKA_LZ4_FLG;
  b[5] = KAFKA_LZ4_BD;
  b[6] = (xxhash32(b, 4, 2, 0) >>> 8) & 0xff;
  sink.pos = 7;
  const scratch = new Uint8Array(lz4CompressBound(Math.min(data.length, KAFKA_LZ4_BLOCK_SIZE)));
  for (let pos = 0; pos < data.length; pos += KAFKA_LZ4_BLOCK_SIZE) {
    const len = Math.min(KAFKA_LZ4_BLOCK_SIZE, data.length - pos);
    const clen = lz4CompressBlock(data, pos, len, scratch, 0, HASH_TABLE);
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
export function lz4FrameDecompress(data: Uint8Array): Uint8Array {
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
