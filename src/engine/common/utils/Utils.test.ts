import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Partitioners } from 'kafkajs';
import type { PartitionMetadata } from 'kafkajs';
import { Random } from '../../sim/Random';
import { abs, javaStringHashCode, murmur2, partitionForKey, toPositive, utf8 } from './Utils';

// kafkajs's Java-compatible murmur2 itself (its own port of Utils.murmur2), to compare raw
// signed hashes, not only partitions. It has no type declarations, hence require.
const require = createRequire(import.meta.url);
const kafkajsMurmur2 = require('kafkajs/src/producer/partitioners/default/murmur2') as (
  key: Buffer | string,
) => number;

/** A well-formed random string: empty, ASCII, Korean, mixed Unicode (incl. astral), or long. */
function randomKey(random: Random): string {
  const kind = random.nextInt(6);
  const len = kind === 5 ? 200 + random.nextInt(800) : random.nextInt(24);
  if (kind === 0) return '';
  let s = '';
  for (let i = 0; i < len; i++) {
    switch (kind) {
      case 1: // printable ASCII
        s += String.fromCharCode(0x20 + random.nextInt(0x5f));
        break;
      case 2: // Hangul syllables, sometimes with ASCII (an order id such as "\uC8FC\uBB38-42")
        s +=
          random.nextInt(4) === 0
            ? String.fromCharCode(0x2d + random.nextInt(13))
            : String.fromCharCode(0xac00 + random.nextInt(0xd7a4 - 0xac00));
        break;
      case 3: {
        // any code point except lone surrogates: 1-, 2-, 3- and 4-byte UTF-8
        let cp = random.nextInt(0x110000);
        if (cp >= 0xd800 && cp <= 0xdfff) cp -= 0x800;
        s += String.fromCodePoint(cp);
        break;
      }
      case 4: // realistic ids: restaurant-<n>
        return `restaurant-${random.nextInt(100000)}`;
      default: // long mixed ASCII / Korean / emoji
        s += [
          String.fromCharCode(0x61 + random.nextInt(26)),
          String.fromCharCode(0xac00 + random.nextInt(11172)),
          String.fromCodePoint(0x1f600 + random.nextInt(80)),
        ][random.nextInt(3)];
    }
  }
  return s;
}

function metadata(numPartitions: number): PartitionMetadata[] {
  return Array.from({ length: numPartitions }, (_, partitionId) => ({
    partitionErrorCode: 0,
    partitionId,
    leader: 1,
    replicas: [1],
    isr: [1],
  }));
}

describe('murmur2', () => {
  it("matches Kafka's UtilsTest.testMurmur2 values", () => {
    const enc = (s: string) => utf8(s);
    expect(murmur2(enc('21'))).toBe(-973932308);
    expect(murmur2(enc('foobar'))).toBe(-790332482);
    expect(murmur2(enc('a-little-bit-long-string'))).toBe(-985981536);
    expect(murmur2(enc('a-little-bit-longer-string'))).toBe(-1486304829);
    expect(murmur2(enc('lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8'))).toBe(-58897971);
    expect(murmur2(new Uint8Array([0x61, 0x62, 0x63]))).toBe(479470107);
  });

  it("equals kafkajs's murmur2 on random byte arrays of every tail length", () => {
    const random = new Random(42);
    for (let n = 0; n < 3000; n++) {
      const bytes = new Uint8Array(n < 200 ? n % 67 : random.nextInt(1024));
      for (let i = 0; i < bytes.length; i++) bytes[i] = random.nextInt(256);
      expect(murmur2(bytes)).toBe(kafkajsMurmur2(Buffer.from(bytes)));
    }
  });
});

describe('partitionForKey vs kafkajs DefaultPartitioner (Java-compatible)', () => {
  const partitionCounts = [1, 2, 3, 6, 10, 50, 100];

  it.each(partitionCounts)('same partition for 3000 seeded keys with %i partitions', (n) => {
    const random = new Random(1000 + n);
    const partitioner = Partitioners.DefaultPartitioner();
    const partitionMetadata = metadata(n);
    const keys = [
      '',
      '\uD55C\uAD6D\uC5B4 \uD0A4',
      'restaurant-42',
      'group-a',
      ...Array.from({ length: 3000 }, () => randomKey(random)),
    ];
    const ours = keys.map((key) => partitionForKey(key, n));
    const theirs = keys.map((key) =>
      partitioner({ topic: 't', partitionMetadata, message: { key, value: null } }),
    );
    expect(ours).toEqual(theirs);
    // Every partition is hit: the comparison is not vacuous.
    expect(new Set(ours).size).toBe(n);
    // Our UTF-8 is Node's for well-formed strings (the bytes kafkajs hashes).
    expect(keys.every((key) => Buffer.from(utf8(key)).equals(Buffer.from(key, 'utf8')))).toBe(true);
  });

  it('rejects a non-positive partition count', () => {
    expect(() => partitionForKey('k', 0)).toThrow(RangeError);
  });
});

describe('utf8', () => {
  it('encodes multi-byte text like Java', () => {
    expect([...utf8('\uAC00')]).toEqual([0xea, 0xb0, 0x80]);
    expect([...utf8('😀')]).toEqual([0xf0, 0x9f, 0x98, 0x80]);
    expect(utf8('').length).toBe(0);
  });

  it("encodes a lone surrogate as '?' like Java's String.getBytes(UTF_8)", () => {
    expect([...utf8('a\ud800b')]).toEqual([0x61, 0x3f, 0x62]);
    expect([...utf8('\udc00')]).toEqual([0x3f]);
    expect([...utf8('x\ud83d')]).toEqual([0x78, 0x3f]);
    // A proper pair is untouched, twice in a row too (no regex state leaks between calls).
    expect([...utf8('\ud83d\ude00')]).toEqual([0xf0, 0x9f, 0x98, 0x80]);
    expect([...utf8('\ud83d\ude00')]).toEqual([0xf0, 0x9f, 0x98, 0x80]);
  });
});

describe('toPositive / abs', () => {
  it('toPositive clears the sign bit (not Math.abs)', () => {
    expect(toPositive(-1)).toBe(0x7fffffff);
    expect(toPositive(-0x80000000)).toBe(0);
    expect(toPositive(123)).toBe(123);
  });

  it('abs maps Integer.MIN_VALUE to 0', () => {
    expect(abs(-0x80000000)).toBe(0);
    expect(abs(-5)).toBe(5);
    expect(abs(0x7fffffff)).toBe(0x7fffffff);
  });
});

describe('javaStringHashCode', () => {
  // Java's rule written independently with BigInt: sum of c[i] * 31^(n-1-i), as a signed int.
  const reference = (s: string): number => {
    let h = 0n;
    for (let i = 0; i < s.length; i++) h = h * 31n + BigInt(s.charCodeAt(i));
    return Number(BigInt.asIntN(32, h));
  };

  it('matches known Java values', () => {
    expect(javaStringHashCode('')).toBe(0);
    expect(javaStringHashCode('hello')).toBe(99162322);
    expect(javaStringHashCode('Aa')).toBe(2112);
    expect(javaStringHashCode('BB')).toBe(2112);
    // The famous string whose hashCode is Integer.MIN_VALUE: why Kafka needs Utils.abs.
    expect(javaStringHashCode('polygenelubricants')).toBe(-0x80000000);
    expect(abs(javaStringHashCode('polygenelubricants')) % 50).toBe(0);
  });

  it('matches the Java rule for group ids, Korean and astral text', () => {
    expect(javaStringHashCode('group-a')).toBe(reference('group-a'));
    expect(javaStringHashCode('group-a')).toBe(293427347);
    const random = new Random(7);
    for (let i = 0; i < 1000; i++) {
      const s = randomKey(random);
      expect(javaStringHashCode(s)).toBe(reference(s));
    }
  });
});
