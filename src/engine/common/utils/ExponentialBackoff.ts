// Kafka's org.apache.kafka.common.utils.ExponentialBackoff (KIP-580): the retry and reconnect
// backoffs of its clients. backoff(attempts) = initial × multiplier^attempts, times a random
// factor in [1 − jitter, 1 + jitter), never above the maximum; when the maximum is not above
// the initial value the backoff is the maximum, constant. The jitter comes from the run's seeded
// PRNG (Kafka uses ThreadLocalRandom), so a run stays reproducible.
import type { Random } from '../../sim/Random';

/** CommonClientConfigs.RETRY_BACKOFF_EXP_BASE and RETRY_BACKOFF_JITTER. */
export const RETRY_BACKOFF_EXP_BASE = 2;
export const RETRY_BACKOFF_JITTER = 0.2;

export class ExponentialBackoff {
  readonly initialInterval: number;
  private readonly expMax: number;

  constructor(
    initialInterval: number,
    private readonly multiplier: number,
    private readonly maxInterval: number,
    private readonly jitter: number,
  ) {
    this.initialInterval = Math.min(maxInterval, initialInterval);
    this.expMax =
      maxInterval > initialInterval
        ? Math.log(maxInterval / Math.max(initialInterval, 1)) / Math.log(multiplier)
        : 0;
  }

  /** The backoff before attempt `attempts` + 1 (0 = after the first failure). Draws from `random`. */
  backoff(attempts: number, random: Random): number {
    if (this.expMax === 0) return this.initialInterval;
    const term = this.term(attempts);
    const factor =
      this.jitter < Number.MIN_VALUE ? 1 : 1 - this.jitter + random.nextFloat() * 2 * this.jitter;
    return Math.min(Math.floor(factor * term), this.maxInterval);
  }

  /** The most backoff(attempts) can return, whatever the jitter: no draw. */
  maxBackoff(attempts: number): number {
    if (this.expMax === 0) return this.initialInterval;
    return Math.min(Math.floor((1 + this.jitter) * this.term(attempts)), this.maxInterval);
  }

  private term(attempts: number): number {
    return this.initialInterval * Math.pow(this.multiplier, Math.min(attempts, this.expMax));
  }
}

/** A client's retry backoff: retry.backoff.ms doubling up to retry.backoff.max.ms, 20 % jitter. */
export function retryBackoff(
  retryBackoffMs: number,
  retryBackoffMaxMs: number,
): ExponentialBackoff {
  return new ExponentialBackoff(
    retryBackoffMs,
    RETRY_BACKOFF_EXP_BASE,
    retryBackoffMaxMs,
    RETRY_BACKOFF_JITTER,
  );
}
