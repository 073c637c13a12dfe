// The LZ4 block format: what lz4-java's fastest compressor (liblz4 over JNI, LZ4_compress_default)
// writes, which Kafka's Lz4BlockOutputStream (see KafkaLZ4BlockOutputStream.ts) frames.
//
// A hand port, for byte-exactness: LZ4_compress_default with acceleration 1 and the 16-bit hash
// table liblz4 uses for inputs under 64 KiB + 11 bytes (every Kafka lz4 block is at most 64 KiB).
// JS lz4 packages use other hash tables or match finders, so their blocks differ from Java's.

import { CompressionFormatError, load32 } from './compressionIo';

const LZ4_MIN_MATCH = 4;
const LZ4_LAST_LITERALS = 5;
const LZ4_MFLIMIT = 12;
const LZ4_MIN_LENGTH = LZ4_MFLIMIT + 1;
const LZ4_SKIP_TRIGGER = 6;
export const LZ4_HASHLOG_U16 = 13; // LZ4_MEMORY_USAGE 14 -> LZ4_HASHLOG 12, +1 for byU16
const LZ4_64K_LIMIT = 65536 + (LZ4_MFLIMIT - 1);

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
