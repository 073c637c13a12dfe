// The iteration order of a java.util.HashMap<String, V> (or HashSet<String>). Kafka's assignors
// and group coordinator iterate such maps, and a few of their choices (which member keeps its
// extra partition, who becomes the new group leader, a tie in the protocol vote) follow that order.
// To compute the same assignments we iterate in the same order.
import { javaStringHashCode } from './Utils';

/** HashMap's default initial capacity and load factor. */
const DEFAULT_CAPACITY = 16;
const LOAD_FACTOR = 0.75;

/** HashMap.hash(): the key's hashCode with its high bits spread into the low ones. */
function spread(key: string): number {
  const h = javaStringHashCode(key);
  return h ^ (h >>> 16);
}

/**
 * The order a `new HashMap<>()` iterates `keys` that were put in this order (no removals): by
 * bucket `hash & (capacity - 1)`, and within a bucket in insertion order (resizing splits a bucket
 * keeping that order). Buckets of 8+ keys become trees in Java (capacity ≥ 64) and iterate
 * differently; groups here never have that many colliding ids.
 */
export function javaHashMapOrder(keys: Iterable<string>): string[] {
  const unique = [...new Set(keys)];
  let capacity = DEFAULT_CAPACITY;
  while (unique.length > capacity * LOAD_FACTOR) capacity *= 2;
  const mask = capacity - 1;
  return unique
    .map((key, i) => ({ key, i, bucket: spread(key) & mask }))
    .sort((a, b) => a.bucket - b.bucket || a.i - b.i)
    .map((e) => e.key);
}

/** Java's String.compareTo (UTF-16 code units), for Collections.sort over member ids and topics. */
export function compareJavaStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
