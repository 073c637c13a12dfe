import { describe, expect, it } from 'vitest';
import { Random } from '../sim/Random';
import { crc32c, crc32cUpdate } from './Crc32C';

const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

/** Bit-at-a-time reference implementation. */
function crc32cReference(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  }
  return ~c >>> 0;
}

describe('CRC-32C', () => {
  it('matches the standard check value', () => {
    expect(crc32c(ascii('123456789'))).toBe(0xe3069283);
  });

  it('matches the RFC 3720 (iSCSI) test vectors', () => {
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i))).toBe(0x46dd794e);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => 31 - i))).toBe(0x113fdb5c);
  });

  it('is 0 for empty input and handles offsets/lengths', () => {
    expect(crc32c(new Uint8Array(0))).toBe(0);
    const b = ascii('xx123456789yy');
    expect(crc32c(b, 2, 9)).toBe(0xe3069283);
    expect(() => crc32c(b, 10, 9)).toThrow(RangeError);
  });

  it('agrees with a bitwise reference at every length and alignment', () => {
    const rnd = new Random(3);
    const data = Uint8Array.from({ length: 300 }, () => rnd.nextInt(256));
    for (let off = 0; off < 9; off++) {
      for (let len = 0; off + len <= data.length; len += 1 + (len >> 3)) {
        expect(crc32c(data, off, len)).toBe(crc32cReference(data.subarray(off, off + len)));
      }
    }
  });

  it('can be computed incrementally', () => {
    const b = ascii('123456789');
    expect(crc32cUpdate(crc32c(b, 0, 4), b, 4)).toBe(0xe3069283);
  });
});
