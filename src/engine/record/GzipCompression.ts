// Kafka's GzipCompression: java.util.zip.GZIPOutputStream over zlib deflate, level 6 (the
// Deflater default) unless compression.gzip.level says otherwise.
//
// The deflate stream is pako 2.1.0 (pinned), a port of zlib that produces the same bytes as zlib
// 1.2.x (checked against the JDK's GZIPOutputStream). The gzip framing is written here rather than
// by pako's own `gzip(data, { level, header: { os: 255, time: 0 } })`: that is byte-identical at
// levels 2..8 (so on the golden inputs, level 6), but zlib and pako set the header's XFL byte to 2
// at level 9 and 4 at level 1, while GZIPOutputStream always writes 0 — and Kafka accepts
// compression.gzip.level 1..9. So the header below is GZIPOutputStream's: 1f 8b 08 00 00000000 00
// ff (mtime 0, XFL 0, OS 255 as JDK 16+ writes), then the raw deflate stream, then CRC-32 and
// size, little-endian.

import { deflateRaw, ungzip } from 'pako';
import { CompressionFormatError, writeUint32LE } from './compressionIo';

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

export function gzipCompress(data: Uint8Array, level = GZIP_DEFAULT_LEVEL): Uint8Array {
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

export function gzipDecompress(data: Uint8Array): Uint8Array {
  try {
    return ungzip(data);
  } catch (e) {
    throw new CompressionFormatError(`Invalid gzip data: ${String(e)}`);
  }
}
