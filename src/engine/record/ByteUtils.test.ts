import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Random } from '../sim/Random';
import {
  ByteBufferWriter,
  ByteFormatError,
  readInt16,
  readInt32,
  readInt64,
  readInt64Big,
  readVarint,
  readVarlong,
  readVarlongBig,
  sizeOfVarint,
  sizeOfVarlong,
  utf8Bytes,
  utf8Length,
  utf8String,
  writeInt64,
  writeVarint,
  writeVarlong,
  zigZagDecode64,
  zigZagEncode64,
} from './ByteUtils';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const fromHex = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));

function varint(v: number): string {
  const buf = new Uint8Array(5);
  return hex(buf.subarray(0, writeVarint(v, buf, 0)));
}
function varlong(v: number | bigint): string {
  const buf = new Uint8Array(10);
  return hex(buf.subarray(0, writeVarlong(v, buf, 0)));
}

describe('zig-zag varint (int32)', () => {
  // Vectors as in Kafka's ByteUtilsTest / the protobuf encoding.
  const vectors: [number, string][] = [
    [0, '00'],
    [-1, '01'],
    [1, '02'],
    [-2, '03'],
    [63, '7e'],
    [-64, '7f'],
    [64, '8001'],
    [-65, '8101'],
    [150, 'ac02'],
    [8191, 'fe7f'],
    [-8192, 'ff7f'],
    [8192, '808001'],
    [1048575, 'feff7f'],
    [1048576, '80808001'],
    [134217727, 'feffff7f'],
    [134217728, '8080808001'],
    [2147483647, 'feffffff0f'],
    [-2147483648, 'ffffffff0f'],
  ];
  it.each(vectors)('%d -> %s', (v, h) => {
    expect(varint(v)).toBe(h);
    expect(sizeOfVarint(v)).toBe(h.length / 2);
    const r = readVarint(fromHex(h), 0);
    expect(r.value).toBe(v);
    expect(r.offset).toBe(h.length / 2);
  });

  it('round-trips random ints', () => {
    const rnd = new Random(7);
    const buf = new Uint8Array(5);
    for (let i = 0; i < 10000; i++) {
      const v = rnd.nextUint32() | 0;
      const n = writeVarint(v, buf, 0);
      expect(n).toBe(sizeOfVarint(v));
      expect(readVarint(buf, 0).value).toBe(v);
    }
  });

  it('rejects a varint longer than 5 bytes and truncated input', () => {
    expect(() => readVarint(fromHex('ffffffff8f'), 0)).toThrow(ByteFormatError);
    expect(() => readVarint(fromHex('ff'), 0)).toThrow(ByteFormatError);
  });
});

describe('zig-zag varlong (int64)', () => {
  const vectors: [number | bigint, string][] = [
    [0, '00'],
    [-1, '01'],
    [1, '02'],
    [1700000000000, '80a0abfef962'],
    [-1700000000000, 'ff9fabfef962'],
    [2147483648, '8080808010'],
    [-2147483649, '8180808010'],
    [Number.MAX_SAFE_INTEGER, 'feffffffffffff1f'],
    [Number.MIN_SAFE_INTEGER, 'fdffffffffffff1f'],
    [9223372036854775807n, 'feffffffffffffffff01'],
    [-9223372036854775808n, 'ffffffffffffffffff01'],
  ];
  it.each(vectors)('%s -> %s', (v, h) => {
    expect(varlong(v)).toBe(h);
    expect(sizeOfVarlong(v)).toBe(h.length / 2);
    expect(readVarlongBig(fromHex(h), 0).value).toBe(BigInt(v));
    if (typeof v === 'number') expect(readVarlong(fromHex(h), 0).value).toBe(v);
  });

  it('agrees with a BigInt reference for random values up to 2^53', () => {
    const rnd = new Random(11);
    for (let i = 0; i < 5000; i++) {
      const mag = Math.floor(rnd.nextFloat() * 2 ** (1 + rnd.nextInt(53)));
      const v = rnd.nextInt(2) || mag === 0 ? mag : -mag;
      const big = BigInt(v);
      const zz = (big << 1n) ^ (big >> 63n);
      const u = BigInt.asUintN(64, zz);
      let size = 1;
      for (let x = u; x >= 128n; x >>= 7n) size++;
      expect(sizeOfVarlong(v)).toBe(size);
      expect(sizeOfVarlong(big)).toBe(size);
      expect(varlong(v)).toBe(varlong(big));
      expect(readVarlong(fromHex(varlong(v)), 0).value).toBe(v);
      if (Math.abs(v) < 2 ** 52) expect(zigZagDecode64(zigZagEncode64(v))).toBe(v);
    }
  });

  it('rejects a varlong longer than 10 bytes', () => {
    expect(() => readVarlong(fromHex('ffffffffffffffffff81'), 0)).toThrow(ByteFormatError);
  });
});

describe('fixed-width big-endian', () => {
  it('writes and reads int64 from numbers and bigints', () => {
    const buf = new Uint8Array(8);
    for (const v of [0, 1, -1, 1700000000000, -123456789012, 2 ** 53 - 1, -(2 ** 53 - 1)]) {
      writeInt64(v, buf, 0);
      expect(readInt64(buf, 0)).toBe(v);
      expect(readInt64Big(buf, 0)).toBe(BigInt(v));
    }
    writeInt64(-1, buf, 0);
    expect(hex(buf)).toBe('ffffffffffffffff');
    writeInt64(-9223372036854775808n, buf, 0);
    expect(hex(buf)).toBe('8000000000000000');
  });

  it('reads signed int16/int32', () => {
    expect(readInt16(fromHex('ffff'), 0)).toBe(-1);
    expect(readInt32(fromHex('80000000'), 0)).toBe(-2147483648);
  });
});

describe('UTF-8 as Java writes it', () => {
  it('matches Buffer for well-formed text, including Korean and emoji', () => {
    const long = 'x'.repeat(200);
    for (const s of [
      '',
      'kafka',
      '\uCE74\uD504\uCE74 \uBA54\uC2DC\uC9C0',
      'é€𝄞😀',
      'a\u0000b',
      long + '\uCE74',
      '😀' + long,
      long,
    ]) {
      expect(utf8Length(s)).toBe(Buffer.byteLength(s));
      expect(hex(utf8Bytes(s))).toBe(Buffer.from(s).toString('hex'));
      expect(utf8String(utf8Bytes(s))).toBe(s);
    }
  });

  it("writes lone surrogates as '?' (String.getBytes(UTF_8))", () => {
    expect(hex(utf8Bytes('a\ud800b'))).toBe('613f62');
    expect(hex(utf8Bytes('\udc00'))).toBe('3f');
    expect(utf8Length('x\ud83d')).toBe(2);
  });

  it('sizes a long rope without giving it its own flat copy', () => {
    // A workload's values are ropes: a numbered head on one shared padding. A regex flattens the
    // rope it reads in place, so scanning the value itself would keep 1 KB per record alive.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const pad = 'x'.repeat(1000);
    const values: string[] = [];
    gc();
    const before = process.memoryUsage().heapUsed;
    let total = 0;
    for (let n = 0; n < 10_000; n++) {
      const v = `#${n} ` + pad;
      total += utf8Length(v);
      values.push(v);
    }
    gc();
    const kept = process.memoryUsage().heapUsed - before;
    expect(total).toBe(values.reduce((a, v) => a + v.length, 0));
    // Flattened: over 10 MB (10,000 × 1 KB); ropes: about 40 bytes each.
    expect(kept).toBeLessThan(3_000_000);
  });
});

describe('ByteBufferWriter', () => {
  it('grows and writes big-endian values and varints', () => {
    const w = new ByteBufferWriter(1);
    w.writeInt8(-1)
      .writeInt16(0x1234)
      .writeInt32(-2)
      .writeInt64(5)
      .writeVarint(-65)
      .writeVarlong(64);
    w.writeBytes(new Uint8Array(100).fill(7));
    const b = w.toBytes();
    expect(b.length).toBe(1 + 2 + 4 + 8 + 2 + 2 + 100);
    expect(hex(b.subarray(0, 19))).toBe('ff1234fffffffe000000000000000581018001');
  });
});
