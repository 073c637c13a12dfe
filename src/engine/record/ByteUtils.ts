// Byte-level helpers after Kafka's org.apache.kafka.common.utils.ByteUtils: big-endian fixed-width
// integers and the zig-zag varint/varlong encoding used by record format v2.
//
// 64-bit values are JS numbers (exact up to 2^53, which covers offsets, millisecond timestamps and
// producer ids in practice) or bigints where the full int64 range is needed. Zig-zag on 64 bits is
// done with arithmetic (or BigInt), never with 32-bit bit operators.

const TWO_32 = 4294967296;

/** Thrown when bytes do not form a valid value (truncated buffer, over-long varint, …). */
export class ByteFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ByteFormatError';
  }
}

// ---------------------------------------------------------------------------------------------
// Zig-zag
// ---------------------------------------------------------------------------------------------

/** Zig-zag encode a signed 32-bit integer into an unsigned 32-bit integer. */
export function zigZagEncode32(value: number): number {
  return ((value << 1) ^ (value >> 31)) >>> 0;
}

/** Inverse of {@link zigZagEncode32}. */
export function zigZagDecode32(encoded: number): number {
  return (encoded >>> 1) ^ -(encoded & 1);
}

/**
 * Zig-zag encode a signed 64-bit value held in a JS number (must be a safe integer). The result is
 * a non-negative number, exact while |value| < 2^52.
 */
export function zigZagEncode64(value: number): number {
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

/** Inverse of {@link zigZagEncode64}. */
export function zigZagDecode64(encoded: number): number {
  return encoded % 2 === 0 ? encoded / 2 : -(encoded + 1) / 2;
}

const MASK64 = (1n << 64n) - 1n;

/** Zig-zag encode a signed int64 bigint into an unsigned 64-bit bigint. */
export function zigZagEncodeBig(value: bigint): bigint {
  const v = BigInt.asIntN(64, value);
  return ((v << 1n) ^ (v >> 63n)) & MASK64;
}

/** Inverse of {@link zigZagEncodeBig}. */
export function zigZagDecodeBig(encoded: bigint): bigint {
  const u = BigInt.asUintN(64, encoded);
  return BigInt.asIntN(64, (u >> 1n) ^ -(u & 1n));
}

function isSafeForNumberPath(value: number): boolean {
  // |value| < 2^52 keeps 2|value|+1 exact in a double.
  return Number.isInteger(value) && value < 4503599627370496 && value > -4503599627370496;
}

// ---------------------------------------------------------------------------------------------
// Sizes
// ---------------------------------------------------------------------------------------------

/** Bytes needed for an unsigned varint of a non-negative value (< 2^53). */
export function sizeOfUnsignedVarint(value: number): number {
  if (value < 0x80) return 1;
  if (value < 0x4000) return 2;
  if (value < 0x200000) return 3;
  if (value < 0x10000000) return 4;
  let bytes = 5;
  let v = Math.floor(value / 0x800000000); // 2^35
  while (v > 0) {
    bytes++;
    v = Math.floor(v / 128);
  }
  return bytes;
}

/** Bytes needed for the zig-zag varint of a signed 32-bit integer (Kafka's `sizeOfVarint`). */
export function sizeOfVarint(value: number): number {
  return sizeOfUnsignedVarint(zigZagEncode32(value));
}

/** Bytes needed for the zig-zag varlong of a signed 64-bit value (Kafka's `sizeOfVarlong`). */
export function sizeOfVarlong(value: number | bigint): number {
  if (typeof value === 'number' && isSafeForNumberPath(value)) {
    return sizeOfUnsignedVarint(zigZagEncode64(value));
  }
  let u = zigZagEncodeBig(BigInt(value));
  let bytes = 1;
  while (u >= 0x80n) {
    bytes++;
    u >>= 7n;
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Writing into a Uint8Array at an offset (each returns the offset after the written bytes)
// ---------------------------------------------------------------------------------------------

/** Write a non-negative integer (< 2^53) as an unsigned LEB128 varint. */
export function writeUnsignedVarint(value: number, buf: Uint8Array, offset: number): number {
  let v = value;
  let o = offset;
  while (v >= 0x80) {
    buf[o++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  buf[o++] = v;
  return o;
}

/** Write a signed 32-bit integer as a zig-zag varint. */
export function writeVarint(value: number, buf: Uint8Array, offset: number): number {
  let v = zigZagEncode32(value);
  let o = offset;
  while (v >= 0x80) {
    buf[o++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  buf[o++] = v;
  return o;
}

/** Write a signed 64-bit value (safe-integer number or bigint) as a zig-zag varlong. */
export function writeVarlong(value: number | bigint, buf: Uint8Array, offset: number): number {
  if (typeof value === 'number' && isSafeForNumberPath(value)) {
    return writeUnsignedVarint(zigZagEncode64(value), buf, offset);
  }
  let u = zigZagEncodeBig(BigInt(value));
  let o = offset;
  while (u >= 0x80n) {
    buf[o++] = Number(u & 0x7fn) | 0x80;
    u >>= 7n;
  }
  buf[o++] = Number(u);
  return o;
}

export function writeInt8(value: number, buf: Uint8Array, offset: number): number {
  buf[offset] = value & 0xff;
  return offset + 1;
}

export function writeInt16(value: number, buf: Uint8Array, offset: number): number {
  buf[offset] = (value >>> 8) & 0xff;
  buf[offset + 1] = value & 0xff;
  return offset + 2;
}

/** Big-endian 32-bit; accepts signed or unsigned 32-bit input. */
export function writeInt32(value: number, buf: Uint8Array, offset: number): number {
  buf[offset] = (value >>> 24) & 0xff;
  buf[offset + 1] = (value >>> 16) & 0xff;
  buf[offset + 2] = (value >>> 8) & 0xff;
  buf[offset + 3] = value & 0xff;
  return offset + 4;
}

/** Big-endian signed 64-bit from a safe-integer number or a bigint (two's complement). */
export function writeInt64(value: number | bigint, buf: Uint8Array, offset: number): number {
  let hi: number;
  let lo: number;
  if (typeof value === 'number' && Number.isSafeInteger(value)) {
    lo = value % TWO_32;
    hi = (value - lo) / TWO_32;
    if (lo < 0) {
      lo += TWO_32;
      hi -= 1;
    }
  } else {
    const u = BigInt.asUintN(64, BigInt(value));
    hi = Number(u >> 32n);
    lo = Number(u & 0xffffffffn);
  }
  writeInt32(hi, buf, offset);
  writeInt32(lo, buf, offset + 4);
  return offset + 8;
}

// ---------------------------------------------------------------------------------------------
// Reading from a Uint8Array at an offset
// ---------------------------------------------------------------------------------------------

function need(buf: Uint8Array, offset: number, n: number): void {
  if (offset < 0 || offset + n > buf.length) {
    throw new ByteFormatError(
      `Buffer underflow: need ${n} bytes at ${offset}, buffer has ${buf.length}`,
    );
  }
}

export function readInt8(buf: Uint8Array, offset: number): number {
  need(buf, offset, 1);
  return (buf[offset]! << 24) >> 24;
}

export function readInt16(buf: Uint8Array, offset: number): number {
  need(buf, offset, 2);
  return (((buf[offset]! << 8) | buf[offset + 1]!) << 16) >> 16;
}

export function readInt32(buf: Uint8Array, offset: number): number {
  need(buf, offset, 4);
  return (
    (buf[offset]! << 24) | (buf[offset + 1]! << 16) | (buf[offset + 2]! << 8) | buf[offset + 3]!
  );
}

export function readUnsignedInt32(buf: Uint8Array, offset: number): number {
  return readInt32(buf, offset) >>> 0;
}

/** Big-endian signed 64-bit as a number (exact when within ±2^53). */
export function readInt64(buf: Uint8Array, offset: number): number {
  const hi = readInt32(buf, offset);
  const lo = readInt32(buf, offset + 4) >>> 0;
  return hi * TWO_32 + lo;
}

/** Big-endian signed 64-bit as a bigint (always exact). */
export function readInt64Big(buf: Uint8Array, offset: number): bigint {
  const hi = BigInt(readInt32(buf, offset));
  const lo = BigInt(readInt32(buf, offset + 4) >>> 0);
  return (hi << 32n) | lo;
}

/** Result slot for varint reads, to avoid allocating on hot paths. */
export interface VarRead {
  value: number;
  offset: number;
}

/** Read a zig-zag varint (at most 5 bytes, like Kafka). */
export function readVarint(buf: Uint8Array, offset: number, out?: VarRead): VarRead {
  let value = 0;
  let i = 0;
  let o = offset;
  for (;;) {
    need(buf, o, 1);
    const b = buf[o++]!;
    value |= (b & 0x7f) << i;
    if (i === 28 && (b & 0x80) !== 0) {
      throw new ByteFormatError(`Varint is too long at offset ${offset}`);
    }
    if ((b & 0x80) === 0) break;
    i += 7;
  }
  const res = out ?? { value: 0, offset: 0 };
  res.value = zigZagDecode32(value >>> 0);
  res.offset = o;
  return res;
}

/** Read a zig-zag varlong (at most 10 bytes) as a number (exact within ±2^53). */
export function readVarlong(buf: Uint8Array, offset: number, out?: VarRead): VarRead {
  let o = offset;
  let value = 0;
  let mult = 1;
  let i = 0;
  for (;;) {
    need(buf, o, 1);
    const b = buf[o++]!;
    if (i === 9 && (b & 0x80) !== 0) {
      throw new ByteFormatError(`Varlong is too long at offset ${offset}`);
    }
    value += (b & 0x7f) * mult;
    if ((b & 0x80) === 0) break;
    mult *= 128;
    i++;
  }
  const res = out ?? { value: 0, offset: 0 };
  if (value < 9007199254740992) {
    res.value = zigZagDecode64(value);
  } else {
    res.value = Number(readVarlongBig(buf, offset).value);
  }
  res.offset = o;
  return res;
}

/** Read a zig-zag varlong as a bigint (always exact). */
export function readVarlongBig(buf: Uint8Array, offset: number): { value: bigint; offset: number } {
  let o = offset;
  let u = 0n;
  let shift = 0n;
  for (let i = 0; ; i++) {
    need(buf, o, 1);
    const b = buf[o++]!;
    if (i === 9 && (b & 0x80) !== 0) {
      throw new ByteFormatError(`Varlong is too long at offset ${offset}`);
    }
    u |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) break;
    shift += 7n;
  }
  return { value: zigZagDecodeBig(u), offset: o };
}

// ---------------------------------------------------------------------------------------------
// UTF-8 as Java's String.getBytes(UTF_8) does it (lone surrogates become '?')
// ---------------------------------------------------------------------------------------------

const NON_ASCII = /[\u0080-\uffff]/;
/**
 * A long value is scanned through a throwaway concatenation: a regex flattens the rope it reads
 * in place, and a workload's values are ropes (a numbered head on one shared padding), so
 * scanning them directly would give every kept record its own copy (1 KB each in
 * fast-many-partitions: half of a simulation's heap, times every time-travel checkpoint).
 */
const ROPE_MIN = 64;

/** Byte length of `s` in UTF-8, computed without allocating. */
export function utf8Length(s: string): number {
  // Most keys and values are ASCII: one native scan instead of a loop over every character
  // (about 3× faster; every record's size is counted on the producer and on each replica).
  if (!NON_ASCII.test(s.length < ROPE_MIN ? s : s + ' ')) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 1; // lone high surrogate -> '?'
    } else if (c >= 0xdc00 && c <= 0xdfff)
      n += 1; // lone low surrogate -> '?'
    else n += 3;
  }
  return n;
}

/** Write `s` as UTF-8 at `offset`; returns the offset after it. */
export function writeUtf8(s: string, buf: Uint8Array, offset: number): number {
  let o = offset;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) buf[o++] = c;
    else if (c < 0x800) {
      buf[o++] = 0xc0 | (c >> 6);
      buf[o++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        buf[o++] = 0xf0 | (cp >> 18);
        buf[o++] = 0x80 | ((cp >> 12) & 0x3f);
        buf[o++] = 0x80 | ((cp >> 6) & 0x3f);
        buf[o++] = 0x80 | (cp & 0x3f);
        i++;
      } else buf[o++] = 0x3f;
    } else if (c >= 0xdc00 && c <= 0xdfff) buf[o++] = 0x3f;
    else {
      buf[o++] = 0xe0 | (c >> 12);
      buf[o++] = 0x80 | ((c >> 6) & 0x3f);
      buf[o++] = 0x80 | (c & 0x3f);
    }
  }
  return o;
}

/** Encode a string to UTF-8 bytes (Java semantics for lone surrogates). */
export function utf8Bytes(s: string): Uint8Array {
  const out = new Uint8Array(utf8Length(s));
  writeUtf8(s, out, 0);
  return out;
}

const decoder = new TextDecoder('utf-8');

/** Decode UTF-8 bytes to a string (malformed input becomes U+FFFD, as in Java). */
export function utf8String(buf: Uint8Array, offset = 0, length = buf.length - offset): string {
  return decoder.decode(buf.subarray(offset, offset + length));
}

// ---------------------------------------------------------------------------------------------
// Growable writer
// ---------------------------------------------------------------------------------------------

/** A small growable big-endian byte writer (Kafka's ByteBufferOutputStream, roughly). */
export class ByteBufferWriter {
  private buf: Uint8Array;
  private pos = 0;

  constructor(initialCapacity = 256) {
    this.buf = new Uint8Array(Math.max(16, initialCapacity));
  }

  get position(): number {
    return this.pos;
  }

  /** Make room for `n` more bytes and return the underlying array (valid until the next write). */
  ensure(n: number): Uint8Array {
    const required = this.pos + n;
    if (required > this.buf.length) {
      let cap = this.buf.length * 2;
      while (cap < required) cap *= 2;
      const next = new Uint8Array(cap);
      next.set(this.buf.subarray(0, this.pos));
      this.buf = next;
    }
    return this.buf;
  }

  /** Advance the position after writing directly into the array returned by {@link ensure}. */
  skip(n: number): this {
    this.ensure(n);
    this.pos += n;
    return this;
  }

  writeInt8(v: number): this {
    this.pos = writeInt8(v, this.ensure(1), this.pos);
    return this;
  }
  writeInt16(v: number): this {
    this.pos = writeInt16(v, this.ensure(2), this.pos);
    return this;
  }
  writeInt32(v: number): this {
    this.pos = writeInt32(v, this.ensure(4), this.pos);
    return this;
  }
  writeInt64(v: number | bigint): this {
    this.pos = writeInt64(v, this.ensure(8), this.pos);
    return this;
  }
  writeVarint(v: number): this {
    this.pos = writeVarint(v, this.ensure(5), this.pos);
    return this;
  }
  writeVarlong(v: number | bigint): this {
    this.pos = writeVarlong(v, this.ensure(10), this.pos);
    return this;
  }
  writeUnsignedVarint(v: number): this {
    this.pos = writeUnsignedVarint(v, this.ensure(8), this.pos);
    return this;
  }
  writeBytes(bytes: Uint8Array): this {
    this.ensure(bytes.length).set(bytes, this.pos);
    this.pos += bytes.length;
    return this;
  }

  /** A copy of the written bytes. */
  toBytes(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }

  /** A view of the written bytes (no copy; invalidated by later writes). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}
