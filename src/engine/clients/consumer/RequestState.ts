// Kafka's consumer RequestState: when a request of one kind (FindCoordinator, a heartbeat, a
// commit) may be sent again. After a failure it waits retry.backoff.ms, doubling with each
// consecutive failure up to retry.backoff.max.ms (KIP-580, 20 % jitter); a success resets the
// count, and still keeps the first backoff before the next send.
//
// The jittered backoff is drawn from the seeded PRNG once per failure or success, and only when
// it can matter — when someone asks before the longest possible backoff has passed — so runs
// without faults draw no more random numbers than before.
import type { Random } from '../../sim/Random';
import type { ExponentialBackoff } from '../../common/utils/ExponentialBackoff';

export class RequestState {
  private lastReceivedMs = -Infinity;
  private numAttempts = 0;
  /** The attempt count whose backoff runs since lastReceivedMs; null when none does. */
  private backoffAttempts: number | null = null;
  /** That backoff, once drawn. */
  private backoffMs: number | null = null;

  constructor(
    private random: Random,
    private backoff: () => ExponentialBackoff,
  ) {}

  /** Consecutive failures since the last success. */
  get attempts(): number {
    return this.numAttempts;
  }

  /** Send again at once, with the smallest backoff after the next failure. */
  reset(): void {
    this.lastReceivedMs = -Infinity;
    this.numAttempts = 0;
    this.backoffAttempts = null;
    this.backoffMs = null;
  }

  onSuccessfulAttempt(now: number): void {
    this.lastReceivedMs = now;
    this.numAttempts = 0;
    this.backoffAttempts = 0;
    this.backoffMs = null;
  }

  onFailedAttempt(now: number): void {
    this.lastReceivedMs = now;
    this.backoffAttempts = this.numAttempts++;
    this.backoffMs = null;
  }

  /** The earliest time the next request may go (≤ now: at once). */
  nextSendAt(now: number): number {
    if (this.backoffAttempts === null) return -Infinity;
    if (this.backoffMs === null) {
      const b = this.backoff();
      // Past the longest backoff it could be: no need to draw it.
      if (now >= this.lastReceivedMs + b.maxBackoff(this.backoffAttempts))
        return this.lastReceivedMs;
      this.backoffMs = b.backoff(this.backoffAttempts, this.random);
    }
    return this.lastReceivedMs + this.backoffMs;
  }

  canSendRequest(now: number): boolean {
    return this.nextSendAt(now) <= now;
  }
}
