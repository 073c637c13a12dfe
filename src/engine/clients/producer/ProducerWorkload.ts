// A steady stream of records from a producer, as a scenario's `workload` describes: ratePerSec
// records, keys drawn (seeded) from the list (none, null or [] for keyless records), values of
// valueBytes ASCII bytes.
import type { WorkloadSpec } from '../../scenario/Scenario';
import type { SimContext } from '../../sim/SimContext';
import type { KafkaProducer } from './KafkaProducer';

export class ProducerWorkload {
  private n = 0;
  private stopped = false;

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

  private scheduleNext(): void {
    // The n-th record goes at n·(1000 / rate) ms, so the rate stays exact over time.
    const at = Math.round(((this.n + 1) * 1000) / this.spec.ratePerSec);
    this.ctx.schedule(Math.max(at, this.ctx.now()), () => this.fire());
  }

  private fire(): void {
    if (this.stopped) return;
    const keys = this.spec.keys ?? []; // omitted or null: keyless records
    const key = keys.length > 0 ? keys[this.ctx.random.nextInt(keys.length)]! : null;
    this.n++;
    this.producer.send({
      topic: this.spec.topic,
      key,
      value: valueOf(this.n, this.spec.valueBytes ?? 100),
    });
    this.scheduleNext();
  }
}

/** A readable ASCII value of exactly `bytes` bytes: "#12 xxxxxxxx…". */
export function valueOf(n: number, bytes: number): string {
  const head = `#${n} `;
  if (bytes <= head.length) return head.slice(0, bytes);
  return head + 'x'.repeat(bytes - head.length);
}
