// The run's only source of randomness: a seeded PRNG (xoshiro128**, seeded through splitmix32).
// Same seed, same sequence, on every machine.

export class Random {
  // The state as int32 values (the same bits as the uint32 words of the algorithm): V8 keeps
  // them as small integers, where uint32 values past 2^31 are heap numbers.
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  /** The last bound nextInt drew from, and its rejection limit (2^32 − 2^32 mod bound). */
  private bound = 0;
  private limit = 0;

  constructor(seed: number) {
    let x = seed >>> 0;
    const next = () => {
      // splitmix32
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) | 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  nextUint32(): number {
    const s0 = this.s0;
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const s2 = this.s2 ^ s0;
    const s3 = this.s3 ^ s1;
    this.s0 = s0 ^ s3;
    this.s1 = s1 ^ s2;
    this.s2 = s2 ^ (s1 << 9);
    this.s3 = rotl(s3, 11);
    return result;
  }

  /** Like Java's Random.nextInt(bound): an integer in [0, bound). */
  nextInt(bound: number): number {
    if (!Number.isInteger(bound) || bound <= 0)
      throw new RangeError(`bound must be positive: ${bound}`);
    // Rejection sampling keeps it unbiased.
    if (bound > 0xffffffff) {
      const limit = 0x100000000 - (0x100000000 % bound);
      let r = this.nextUint32();
      while (r >= limit) r = this.nextUint32();
      return r % bound;
    }
    // The same numbers in unsigned 32-bit arithmetic (2^32 mod b = (2^32 - b) mod b): an
    // integer remainder, not the floating-point one (a call) the doubles above take.
    const b = bound >>> 0;
    if (b !== this.bound) {
      // Kept for the next call: most callers draw from one bound again and again.
      this.bound = b;
      this.limit = 0x100000000 - (((0x100000000 - b) >>> 0) % b);
    }
    const limit = this.limit;
    let r = this.nextUint32();
    while (r >= limit) r = this.nextUint32();
    return (r >>> 0) % b;
  }

  /** A float in [0, 1). */
  nextFloat(): number {
    return this.nextUint32() / 0x100000000;
  }
}

/** Rotate left, as an int32. */
function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
