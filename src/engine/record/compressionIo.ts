// Helpers shared by the codec ports (GzipCompression, SnappyCompression, LZ4Block,
// KafkaLZ4BlockOutputStream, ZstdCompression): their errors, little-endian loads and stores, and a
// growable output buffer. Kafka's Java codecs get these from java.nio / java.io.

import type { CompressionCodec } from './CompressionType';

/** Raised when a codec cannot be used here (yet): see codecSupport in CompressionType. */
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

export function writeUint32LE(buf: Uint8Array, o: number, v: number): void {
  buf[o] = v & 0xff;
  buf[o + 1] = (v >>> 8) & 0xff;
  buf[o + 2] = (v >>> 16) & 0xff;
  buf[o + 3] = (v >>> 24) & 0xff;
}

export function readUint32LE(buf: Uint8Array, o: number): number {
  return (buf[o]! | (buf[o + 1]! << 8) | (buf[o + 2]! << 16) | (buf[o + 3]! << 24)) >>> 0;
}

/** Little-endian 32-bit load as a signed int (only compared for equality or hashed). */
export function load32(buf: Uint8Array, o: number): number {
  return buf[o]! | (buf[o + 1]! << 8) | (buf[o + 2]! << 16) | (buf[o + 3]! << 24);
}

export class ByteSink {
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
