// Kafka's client-side Metadata: the producer's and consumer's cached view of topics and
// partition leaders, refreshed by Metadata requests to a bootstrap broker, one at a time.
import type { SimContext } from '../sim/SimContext';
import type { Message } from '../network/Network';
import type { MetadataRequest, MetadataResponse } from '../network/requests';

/** reconnect.backoff.max.ms */
const RECONNECT_BACKOFF_MAX_MS = 1000;

export interface TopicPartitionsView {
  numPartitions: number;
  /** Partitions that have a leader. */
  availablePartitions: number[];
}

export class Metadata {
  private leaders = new Map<string, (number | null)[]>();
  private wanted = new Set<string>();
  private inFlight: number | null = null;
  private inFlightTo: number | null = null;
  /** Brokers whose connection was reset lately: asked last (Kafka's reconnect backoff). */
  private backoffUntil = new Map<number, number>();

  constructor(
    private ctx: SimContext,
    private nodeId: string,
    private bootstrapBrokers: () => number[],
    private requestTimeoutMs: number,
    private retryBackoffMs: number,
    /** Called after every successful update. */
    private onUpdate: () => void,
  ) {}

  has(topic: string): boolean {
    return this.leaders.has(topic);
  }

  leaderFor(topic: string, partition: number): number | null {
    return this.leaders.get(topic)?.[partition] ?? null;
  }

  view(topic: string): TopicPartitionsView {
    const parts = this.leaders.get(topic) ?? [];
    const available: number[] = [];
    parts.forEach((l, i) => {
      if (l !== null) available.push(i);
    });
    return { numPartitions: parts.length, availablePartitions: available };
  }

  /** Ask for `topic` (if given) and refresh everything known. */
  requestUpdate(topic?: string): void {
    if (topic !== undefined && !this.leaders.has(topic)) this.wanted.add(topic);
    if (this.inFlight !== null) return;
    const now = this.ctx.now();
    const all = this.bootstrapBrokers();
    const ready = all.filter((b) => (this.backoffUntil.get(b) ?? -Infinity) <= now);
    const candidates = ready.length > 0 ? ready : all;
    if (candidates.length === 0) return;
    const broker = candidates[this.ctx.random.nextInt(candidates.length)]!;
    this.inFlightTo = broker;
    const req: MetadataRequest = { topics: [...new Set([...this.leaders.keys(), ...this.wanted])] };
    const msg = this.ctx.network.send(this.nodeId, `broker:${broker}`, 'Metadata', false, req);
    const sent = msg.correlationId;
    this.inFlight = sent;
    // NetworkClient times a request out once more than request.timeout.ms has passed: at 0, after 1 ms.
    this.ctx.schedule(this.ctx.now() + Math.max(1, this.requestTimeoutMs), () => {
      if (this.inFlight === sent) {
        this.inFlight = null;
        this.requestUpdate();
      }
    });
  }

  /** A broker's connection was reset: ask another one if that is where the request went. */
  onDisconnect(broker: number): void {
    this.backoffUntil.set(broker, this.ctx.now() + RECONNECT_BACKOFF_MAX_MS);
    if (this.inFlight !== null && this.inFlightTo === broker) {
      this.inFlight = null;
      this.requestUpdate();
    }
  }

  /** Handle a Metadata response; returns false if it was not the one awaited. */
  onResponse(msg: Message<MetadataResponse>): boolean {
    if (msg.correlationId !== this.inFlight) return false;
    this.inFlight = null;
    for (const t of msg.payload.topics) {
      if (t.error !== 'NONE') continue;
      this.leaders.set(
        t.name,
        t.partitions.map((p) => p.leader),
      );
      this.wanted.delete(t.name);
    }
    if (this.wanted.size > 0) {
      // A topic not there yet: ask again after the backoff, as the client would.
      this.ctx.schedule(this.ctx.now() + this.retryBackoffMs, () => this.requestUpdate());
    }
    this.onUpdate();
    return true;
  }
}
