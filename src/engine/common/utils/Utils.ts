// Models org.apache.kafka.common.utils.Utils: the hashing helpers whose exact bit patterns decide
// which partition a key lands on (murmur2) and which __consumer_offsets partition, hence which
// group coordinator, a group id maps to (String.hashCode + abs). They must match Java bit for
// bit, so all arithmetic is done in signed 32-bit ints (Math.imul, `| 0`, `>>>`).

/**
 * Java's `Utils.murmur2`: 32-bit MurmurHash2 with Kafka's seed 0x9747b28c, over raw bytes.
 * Returns a signed 32-bit int, as Java does (callers apply {@link toPositive}).
 */
export function murmur2(data: Uint8Array): number {
  const length = data.length;
  const seed = 0x9747b28c;
  // Mixing constants of MurmurHash2 (not magic, they just mix well).
  const m = 0x5bd1e995;
  const r = 24;

  let h = (seed ^ length) | 0;
  const length4 = length >>> 2;

  for (let i = 0; i < length4; i++) {
    const i4 = i * 4;
    // Little-endian 4-byte word, as Java assembles it from `data[i] & 0xff`.
    let k = data[i4]! | (data[i4 + 1]! << 8) | (data[i4 + 2]! << 16) | (data[i4 + 3]! << 24) | 0;
    k = Math.imul(k, m);
    k ^= k >>> r;
    k = Math.imul(k, m);
    h = Math.imul(h, m);
    h ^= k;
  }

  // The last 1..3 bytes. Java uses a switch falling through from case 3 to case 1; the
  // cascade of ifs below is the same thing (our tsconfig forbids switch fallthrough).
  const tail = length & ~3;
  const remaining = length & 3;
  if (remaining >= 3) h ^= data[tail + 2]! << 16;
  if (remaining >= 2) h ^= data[tail + 1]! << 8;
  if (remaining >= 1) {
    h ^= data[tail]!;
    h = Math.imul(h, m);
  }

  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

/**
 * Kafka's `Utils.toPositive`: clears the sign bit. Not Math.abs: -1 maps to 2147483647, and this
 * is what the partitioners use, so changing it would move every key to another partition.
 */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

/**
 * Kafka's `Utils.abs`: Math.abs for a Java int, except Integer.MIN_VALUE (whose Java abs is still
 * negative) maps to 0. Used e.g. for `abs(groupId.hashCode()) % offsets.topic.num.partitions`.
 */
export function abs(n: number): number {
  const i = n | 0;
  return i === -0x80000000 ? 0 : Math.abs(i);
}

/**
 * Java's `String.hashCode()`: s[0]*31^(n-1) + ... + s[n-1] over UTF-16 code units (not code
 * points), overflowing as a signed 32-bit int. JS strings are UTF-16 too, so charCodeAt matches.
 */
export function javaStringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) {
    h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  }
  return h;
}

// One encoder for the whole engine: TextEncoder is stateless, and keys are hashed on every send.
let encoder: TextEncoder | undefined;

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * UTF-8 bytes of a string as Kafka's StringSerializer produces them
 * (`String.getBytes(StandardCharsets.UTF_8)`). The one difference from TextEncoder: Java encodes
 * a lone (unpaired) surrogate as '?' (0x3F), TextEncoder as U+FFFD (EF BF BD). Such keys can
 * come from JSON ("\ud800"), so we replace them first to keep murmur2 partitions identical.
 */
export function utf8(s: string): Uint8Array {
  encoder ??= new TextEncoder();
  const javaLike = LONE_SURROGATE.test(s) ? s.replace(LONE_SURROGATES, '?') : s;
  return encoder.encode(javaLike);
}

/**
 * The partition of a keyed record under Kafka's default partitioning
 * (`BuiltInPartitioner.partitionForKey`): toPositive(murmur2(utf8(key))) % numPartitions.
 * Depends only on the key and the partition count: adding partitions moves keys.
 */
export function partitionForKey(key: string, numPartitions: number): number {
  return partitionForKeyHash(keyHash(key), numPartitions);
}

/** partitionForKey for a key whose {@link keyHash} the caller kept. */
export function partitionForKeyHash(hash: number, numPartitions: number): number {
  if (!Number.isInteger(numPartitions) || numPartitions <= 0) {
    throw new RangeError(`numPartitions must be a positive integer: ${numPartitions}`);
  }
  return toPositive(hash) % numPartitions;
}

/** murmur2 of the key's UTF-8 bytes (signed), cached. */
export function keyHash(key: string): number {
  let hash = keyHashes.get(key);
  if (hash === undefined) {
    hash = murmur2(utf8(key));
    // Bounded: a workload with endless distinct keys starts the cache afresh.
    if (keyHashes.size >= KEY_HASH_CACHE_SIZE) keyHashes.clear();
    keyHashes.set(key, hash);
  }
  return hash;
}

/**
 * murmur2 of each key's UTF-8 bytes: a workload sends the same keys over and over, and encoding
 * and hashing them was a tenth of the engine's time at 10k records/s. A pure function's cache,
 * so runs stay deterministic.
 */
const keyHashes = new Map<string, number>();
const KEY_HASH_CACHE_SIZE = 65_536;
