// Kafka's Sender: drains ready batches from the accumulator into one Produce request per
// leader broker, honours max.in.flight.requests.per.connection, and handles responses:
// acknowledgement, retry (with backoff, within delivery.timeout.ms) or failure.
import type { KafkaProducer } from './KafkaProducer';
import { RecordAccumulator } from './RecordAccumulator';
import type { ProducerBatch } from './ProducerBatch';
import type { ErrorCode, ProduceRequest, ProduceResponse } from '../../network/requests';
import type { Message } from '../../network/Network';
import type { Cancellable } from '../../sim/SimContext';

const RETRIABLE: ReadonlySet<ErrorCode> = new Set([
  'NOT_LEADER_OR_FOLLOWER',
  'UNKNOWN_TOPIC_OR_PARTITION',
  'NOT_ENOUGH_REPLICAS',
  'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
  'REQUEST_TIMED_OUT',
  'LEADER_NOT_AVAILABLE',
  'NETWORK_EXCEPTION',
]);

interface InFlightRequest {
  correlationId: number;
  broker: number;
  batches: ProducerBatch[];
  timeout: Cancellable;
}

export class Sender {
  private inFlight = new Map<number, InFlightRequest>();
  private wakeup: { at: number; handle: Cancellable } | null = null;
  private sequences = new Map<string, number>();

  constructor(private producer: KafkaProducer) {}

  private inFlightTo(broker: number): number {
    let n = 0;
    for (const r of this.inFlight.values()) if (r.broker === broker) n++;
    return n;
  }

  /** Make sure the sender runs at `at` (or earlier). */
  wakeAt(at: number): void {
    const ctx = this.producer.ctx;
    if (this.wakeup && this.wakeup.at <= at) return;
    this.wakeup?.handle.cancel();
    const handle = ctx.schedule(at, () => {
      this.wakeup = null;
      this.run();
    });
    this.wakeup = { at, handle };
  }

  /** One pass of Kafka's Sender.runOnce: expire, find ready batches, send them. */
  run(): void {
    const p = this.producer;
    const ctx = p.ctx;
    const now = ctx.now();
    const cfg = p.config;
    const byLeader = new Map<number, ProducerBatch[]>();
    let nextCheck = Infinity;
    for (const [key, dq] of p.accumulator.deques) {
      this.expireBatches(dq, now);
      const ready = p.accumulator.readyTime(dq, now);
      if (ready === null) continue;
      if (ready > now) {
        nextCheck = Math.min(nextCheck, ready);
        continue;
      }
      const head = dq[0]!;
      const leader = p.leaderFor(head.topic, head.partition);
      if (leader === null) {
        p.requestMetadata();
        continue;
      }
      // max.in.flight = 1 keeps strict order: one batch per partition at a time.
      if (
        cfg.maxInFlightRequestsPerConnection === 1 &&
        this.partitionInFlight(head.topic, head.partition)
      )
        continue;
      const queued = byLeader.get(leader)?.length ?? 0;
      if (queued === 0 && this.inFlightTo(leader) >= cfg.maxInFlightRequestsPerConnection) continue;
      const batch = p.accumulator.drainHead(key)!;
      let list = byLeader.get(leader);
      if (!list) byLeader.set(leader, (list = []));
      list.push(batch);
    }
    for (const [leader, batches] of byLeader) this.sendProduceRequest(leader, batches);
    if (nextCheck < Infinity) this.wakeAt(nextCheck);
  }

  private partitionInFlight(topic: string, partition: number): boolean {
    for (const r of this.inFlight.values())
      if (r.batches.some((b) => b.topic === topic && b.partition === partition)) return true;
    return false;
  }

  private expireBatches(dq: ProducerBatch[], now: number): void {
    const timeout = this.producer.config.deliveryTimeoutMs;
    let expired = false;
    while (dq.length > 0 && !dq[0]!.inFlight && now >= dq[0]!.createdMs + timeout) {
      const b = dq.shift()!;
      this.producer.failBatch(b, 'TIMEOUT (delivery.timeout.ms expired)');
      expired ||= b.baseSequence >= 0;
    }
    // Sequences already handed out are gone with the batch: start over in a new epoch.
    if (expired) this.bumpEpoch();
  }

  /**
   * KIP-360: an idempotent producer whose sequence numbers can no longer line up (a batch
   * expired, or the broker lost its state) bumps its epoch and numbers from 0 again.
   */
  private bumpEpoch(): void {
    const p = this.producer;
    if (!p.config.enableIdempotence) return;
    p.producerEpoch++;
    this.sequences.clear();
    p.ctx.trace({ type: 'producer.epoch.bump', producer: p.id, epoch: p.producerEpoch });
  }

  private sendProduceRequest(broker: number, batches: ProducerBatch[]): void {
    const p = this.producer;
    const ctx = p.ctx;
    const now = ctx.now();
    const cfg = p.config;
    for (const b of batches) {
      b.inFlight = true;
      b.attempts++;
      b.lastAttemptMs = now;
      if (cfg.enableIdempotence && b.sequenceEpoch !== p.producerEpoch) b.baseSequence = -1;
      if (cfg.enableIdempotence && b.baseSequence < 0) {
        b.sequenceEpoch = p.producerEpoch;
        const k = RecordAccumulator.key(b.topic, b.partition);
        const seq = this.sequences.get(k) ?? 0;
        b.baseSequence = seq;
        this.sequences.set(k, seq + b.records.length);
      }
    }
    const req: ProduceRequest = {
      acks: cfg.acks,
      timeoutMs: cfg.requestTimeoutMs,
      producerId: p.producerId,
      producerEpoch: p.producerEpoch,
      partitions: batches.map((b) => ({
        topic: b.topic,
        partition: b.partition,
        baseSequence: b.baseSequence,
        records: b.records,
        compression: cfg.compressionType,
      })),
    };
    ctx.trace({
      type: 'produce.sent',
      producer: p.id,
      broker,
      batches: batches.map((b) => ({
        topic: b.topic,
        partition: b.partition,
        sizeBytes: b.sizeBytes,
        records: b.records.map((r) => ({ id: r.id, key: r.key })),
      })),
    });
    const single = batches.length === 1 ? batches[0] : undefined;
    const msg = ctx.network.send(p.nodeId, `broker:${broker}`, 'Produce', false, req, {
      records: batches.flatMap((b) => b.records.map((r) => ({ id: r.id, key: r.key }))),
      ...(single ? { topic: single.topic, partition: single.partition } : {}),
    });
    if (cfg.acks === 0) {
      // acks=0: done as soon as it is on the wire; the offset is unknown (-1).
      for (const b of batches) p.completeBatch(b, -1);
      return;
    }
    const timeout = ctx.schedule(now + cfg.requestTimeoutMs, () =>
      this.onRequestTimeout(msg.correlationId),
    );
    this.inFlight.set(msg.correlationId, {
      correlationId: msg.correlationId,
      broker,
      batches,
      timeout,
    });
  }

  private onRequestTimeout(correlationId: number): void {
    const req = this.inFlight.get(correlationId);
    if (!req) return;
    this.inFlight.delete(correlationId);
    for (const b of req.batches) this.handleBatchError(b, 'REQUEST_TIMED_OUT');
    this.producer.requestMetadata();
    this.run();
  }

  /** The connection to a broker was reset: its in-flight requests fail with NETWORK_EXCEPTION. */
  onDisconnect(broker: number): void {
    const lost = [...this.inFlight.values()].filter((r) => r.broker === broker);
    if (lost.length === 0) return;
    for (const r of lost) {
      this.inFlight.delete(r.correlationId);
      r.timeout.cancel();
      for (const b of r.batches) this.handleBatchError(b, 'NETWORK_EXCEPTION');
    }
    this.producer.requestMetadata();
    this.run();
  }

  onResponse(msg: Message<ProduceResponse>): void {
    const req = this.inFlight.get(msg.correlationId);
    if (!req) return; // timed out already: a late answer is ignored
    this.inFlight.delete(msg.correlationId);
    req.timeout.cancel();
    for (const pr of msg.payload.partitions) {
      const b = req.batches.find((x) => x.topic === pr.topic && x.partition === pr.partition);
      if (!b) continue;
      if (pr.error === 'NONE') this.producer.completeBatch(b, pr.baseOffset);
      else this.handleBatchError(b, pr.error);
    }
    this.run();
  }

  private hasEarlierUnresolved(b: ProducerBatch): boolean {
    const earlier = (x: ProducerBatch) =>
      x !== b &&
      x.topic === b.topic &&
      x.partition === b.partition &&
      x.baseSequence >= 0 &&
      x.baseSequence < b.baseSequence;
    for (const r of this.inFlight.values()) if (r.batches.some(earlier)) return true;
    const dq =
      this.producer.accumulator.deques.get(RecordAccumulator.key(b.topic, b.partition)) ?? [];
    return dq.some(earlier);
  }

  private handleBatchError(b: ProducerBatch, error: ErrorCode): void {
    const p = this.producer;
    const now = p.ctx.now();
    const cfg = p.config;
    // An out-of-order sequence is only a symptom while an earlier batch of the partition is
    // still unresolved (Kafka's TransactionManager retries it); otherwise it is fatal.
    const retriable =
      RETRIABLE.has(error) ||
      (error === 'OUT_OF_ORDER_SEQUENCE_NUMBER' && this.hasEarlierUnresolved(b));
    const canRetry =
      retriable && b.attempts <= cfg.retries && now < b.createdMs + cfg.deliveryTimeoutMs;
    p.ctx.trace({
      type: 'produce.failed',
      producer: p.id,
      topic: b.topic,
      partition: b.partition,
      error,
      records: b.records.map((r) => ({ id: r.id, key: r.key })),
      retriable: canRetry,
    });
    if (error === 'NOT_LEADER_OR_FOLLOWER' || error === 'UNKNOWN_TOPIC_OR_PARTITION')
      p.requestMetadata();
    if (canRetry) {
      p.accumulator.reenqueue(b, now);
      this.wakeAt(now + cfg.retryBackoffMs);
    } else {
      p.failBatch(b, error);
      if (error === 'OUT_OF_ORDER_SEQUENCE_NUMBER' || error === 'INVALID_PRODUCER_EPOCH')
        this.bumpEpoch();
    }
  }
}
