// A steady stream of records from a producer, as a scenario's `workload` describes: ratePerSec
// records, keys drawn (seeded) from the list (none, null or [] for keyless records), values of
// valueBytes ASCII bytes. setWorkload changes the rate while it runs.
import type { WorkloadSpec } from '../../scenario/Scenario';
import type { Cancellable, SimContext } from '../../sim/SimContext';
import type { KafkaProducer } from './KafkaProducer';
import { keyHash } from '../../common/utils/Utils';
import { utf8Length } from '../../record/ByteUtils';

export class ProducerWorkload {
  /** Records sent so far (numbers the values). */
  private n = 0;
  /** The current rate's start, and the records sent at it. */
  private base = 0;
  private sinceBase = 0;
  private next: Cancellable | null = null;
  private stopped = false;
  /** One callback for every record's event. */
  private readonly onFire = (): void => this.fire();
  /** Each key's murmur2 hash and UTF-8 length by its index in `hashesOf` (the spec's keys). */
  private hashes: number[] = [];
  private keyLengths: number[] = [];
  private hashesOf: readonly (string | null)[] | null = null;

  constructor(
    private spec: WorkloadSpec,
    private producer: KafkaProducer,
    private ctx: SimContext,
  ) {}

  get topic(): string {
    return this.spec.topic;
  }

  get ratePerSec(): number {
    return this.spec.ratePerSec;
  }

  start(): void {
    if (this.spec.ratePerSec > 0) this.scheduleNext();
  }

  stop(): void {
    this.stopped = true;
  }

  /** From now on, `ratePerSec` records per second (0 stops the stream until a later change). */
  setRate(ratePerSec: number): void {
    this.spec = { ...this.spec, ratePerSec };
    this.next?.cancel();
    this.next = null;
    this.base = this.ctx.now();
    this.sinceBase = 0;
    if (ratePerSec > 0 && !this.stopped) this.scheduleNext();
  }

  /** `fired`: the record event firing now, whose object the next one reuses. */
  private scheduleNext(fired: Cancellable | null = null): void {
    // The k-th record at a rate goes k·(1000 / rate) ms after the rate began, so the rate stays
    // exact over time.
    const at = Math.max(
      this.base + Math.round(((this.sinceBase + 1) * 1000) / this.spec.ratePerSec),
      this.ctx.now(),
    );
    const ctx = this.ctx;
    this.next =
      fired && ctx.reschedule
        ? ctx.reschedule(fired, at, this.onFire)
        : ctx.schedule(at, this.onFire);
  }

  private fire(): void {
    if (this.stopped) return;
    const fired = this.next;
    const keys = this.spec.keys ?? []; // omitted or null: keyless records
    const i = keys.length > 0 ? this.ctx.random.nextInt(keys.length) : -1;
    const key = i >= 0 ? keys[i]! : null;
    this.n++;
    this.sinceBase++;
    // The value, built when read (WorkloadRecord), is ASCII: `bytes` is its UTF-8 length too.
    const bytes = this.spec.valueBytes ?? 100;
    let hash: number | undefined;
    let keyBytes = -1;
    if (key !== null) {
      if (this.hashesOf !== keys) {
        // All at once, in dense arrays: filled at the random indices drawn, an array goes
        // sparse (a dictionary), and every record paid a hash lookup for its key's entry.
        this.hashesOf = keys;
        this.hashes = keys.map((k) => (k === null ? 0 : keyHash(k)));
        this.keyLengths = keys.map((k) => (k === null ? -1 : utf8Length(k)));
      }
      hash = this.hashes[i]!;
      keyBytes = this.keyLengths[i]!;
    }
    this.producer.sendWorkload(this.spec.topic, key, this.n, bytes, keyBytes, hash);
    this.scheduleNext(fired);
  }
}
