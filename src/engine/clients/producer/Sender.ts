// Kafka's Sender: drains ready batches from the accumulator into one Produce request per
// leader broker, honours max.in.flight.requests.per.connection, and handles responses:
// acknowledgement, retry (with backoff, within delivery.timeout.ms) or failure. An idempotent
// producer's sequence bookkeeping lives in its TransactionManager, consulted as Kafka's Sender
// and RecordAccumulator do.
//
// As in Kafka, the Sender is handed what it works with — the accumulator, the producer's
// metadata, its TransactionManager, its config and the network — and reports each batch's end
// through callbacks; it does not know the KafkaProducer.
import type { ProducerBatch } from './ProducerBatch';
import type { RecordAccumulator } from './RecordAccumulator';
import type { Metadata } from '../Metadata';
import type { ProducerConfig } from '../../config/types';
import type { NodeId } from '../../trace/TraceEvent';
import type { SimContext } from '../../sim/SimContext';
import type { ErrorCode, ProduceRequest } from '../../network/requests';
import type { ResponseMessage } from '../../network/Network';
import type { Cancellable } from '../../sim/SimContext';
import { RETRIABLE, TransactionManager } from './TransactionManager';
import { SenderMetrics } from './SenderMetrics';

interface InFlightRequest {
  correlationId: number;
  broker: number;
  batches: ProducerBatch[];
  /** request.timeout.ms after it was sent, and its timeout's place in that millisecond. */
  deadline: number;
  timeoutSeq: number;
}

/** What the Sender is given, as Kafka's KafkaProducer.newSender hands it over. */
export interface SenderDeps {
  ctx: SimContext;
  /** The producer's client id, in traces. */
  clientId: string;
  /** Its node on the network. */
  nodeId: NodeId;
  /** Its config, live: a changed setting applies to the next send. */
  config: ProducerConfig;
  accumulator: RecordAccumulator;
  metadata: Metadata;
  /** Null without idempotence. */
  transactionManager: TransactionManager | null;
  /** A batch was acknowledged (offset -1 with acks=0): its send callback. */
  onBatchCompleted(b: ProducerBatch, baseOffset: number): void;
  /** A batch was given up (its send callback with the exception). */
  onBatchFailed(b: ProducerBatch, error: string): void;
}

export class Sender {
  private inFlight = new Map<number, InFlightRequest>();
  /** In-flight requests per broker, kept with `inFlight`: run() reads it for every ready partition. */
  private inFlightCount = new Map<number, number>();
  /**
   * At most the creation time of every in-flight batch not done yet (exact after each full
   * check): run() looks for expired in-flight batches only once one may have expired.
   */
  private inFlightCreatedFloor = Infinity;
  /** The pending wake-up, and its moment. */
  private wakeup: Cancellable | null = null;
  private wakeupAt = Infinity;
  /** Bumped when a request goes out or ends: in-flight counts and batches changed. */
  private inFlightChanges = 0;
  /**
   * After a pass that did nothing (the usual pass: one per record appended while every ready
   * partition waits for its connection), what it depended on; until `quietUntil`, a pass over
   * the same state does nothing again and only re-arms the same wake-up (see quietPass).
   */
  private quietUntil = -Infinity;
  private quietNextCheck = Infinity;
  private quietAccumulator = -1;
  private quietMetadata = -1;
  private quietInFlight = -1;
  private quietConfig: ProducerConfig | null = null;
  /** One callback for every wake-up (run about once per record appended). */
  private readonly onWakeup = (): void => {
    this.spareWakeup = this.wakeup;
    this.wakeup = null;
    this.run();
  };
  /** The last wake-up that fired, done with: the next wake-up asked for reuses its event object. */
  private spareWakeup: Cancellable | null = null;
  private readonly ctx: SimContext;
  config: ProducerConfig; // replaced by KafkaProducer.reconfigure
  private readonly accumulator: RecordAccumulator;
  private readonly metadata: Metadata;
  private readonly transactionManager: TransactionManager | null;
  readonly metrics = new SenderMetrics();

  constructor(private deps: SenderDeps) {
    this.ctx = deps.ctx;
    this.config = deps.config;
    this.accumulator = deps.accumulator;
    this.metadata = deps.metadata;
    this.transactionManager = deps.transactionManager;
  }

  /** As Kafka's Sender on a missing or stale leader: metadata.requestUpdate(). */
  private requestMetadata(): void {
    this.metadata.requestUpdate();
  }

  private inFlightTo(broker: number): number {
    return this.inFlightCount.get(broker) ?? 0;
  }

  private addInFlight(r: InFlightRequest): void {
    for (const b of r.batches)
      this.inFlightCreatedFloor = Math.min(this.inFlightCreatedFloor, b.createdMs);
    this.inFlight.set(r.correlationId, r);
    this.inFlightCount.set(r.broker, this.inFlightTo(r.broker) + 1);
    this.inFlightChanges++;
  }

  private removeInFlight(r: InFlightRequest): void {
    this.inFlight.delete(r.correlationId);
    this.inFlightCount.set(r.broker, this.inFlightTo(r.broker) - 1);
    this.inFlightChanges++;
  }

  /** Make sure the sender runs at `at` (or earlier). */
  wakeAt(at: number): void {
    if (this.wakeup && this.wakeupAt <= at) return;
    this.wakeup?.cancel();
    const ctx = this.ctx;
    const spare = this.spareWakeup;
    this.spareWakeup = null;
    this.wakeup =
      spare && ctx.reschedule
        ? ctx.reschedule(spare, at, this.onWakeup)
        : ctx.schedule(at, this.onWakeup);
    this.wakeupAt = at;
  }

  /** One pass of Kafka's Sender.runOnce: expire, find ready batches, send them. */
  run(): void {
    const now = this.ctx.now();
    const cfg = this.config;
    const tm = this.transactionManager;
    if (this.quietPass(now)) return;
    this.quietUntil = -Infinity;
    // Whether this pass changes anything (then the next one cannot be assumed quiet).
    let acted = tm !== null && !tm.runOnceIdle();
    if (now >= this.inFlightCreatedFloor + cfg.deliveryTimeoutMs) acted = true;
    /** The earliest moment a queued head batch reaches delivery.timeout.ms. */
    let headExpiry = Infinity;
    if (tm) {
      // Sender.runOnce: resolve sequences left open by expired batches, then bump the epoch
      // if a partition asked for it — before anything is drained under the old numbering.
      tm.maybeResolveSequences();
      tm.bumpIdempotentEpochAndResetIdIfNeeded();
    }
    this.expireInFlightBatches(now);
    // The drained batches by leader, in the order leaders come up: created on the first drained
    // batch (most runs, one per record appended while the connections are busy, send nothing);
    // two arrays, not a Map: there are few leaders.
    let leaders: number[] | null = null;
    let byLeader: ProducerBatch[][] | null = null;
    let nextCheck = Infinity;
    // Over the deques' values: entries() would make a [key, deque] pair per partition per run.
    for (const dq of this.accumulator.deques.values()) {
      if (dq.length === 0) continue; // nothing to expire or send (most of many partitions)
      if (this.expireBatches(dq, now)) acted = true;
      if (dq.length > 0 && !dq[0]!.inFlight)
        headExpiry = Math.min(headExpiry, dq[0]!.createdMs + cfg.deliveryTimeoutMs);
      const ready = this.accumulator.readyTime(dq, now);
      if (ready === null) continue;
      if (ready > now) {
        nextCheck = Math.min(nextCheck, ready);
        continue;
      }
      const head = dq[0]!;
      const leader = this.metadata.leaderFor(head.topic, head.partition);
      if (leader === null) {
        this.requestMetadata();
        acted = true;
        continue;
      }
      // max.in.flight = 1 keeps strict order: one batch per partition at a time.
      if (
        cfg.maxInFlightRequestsPerConnection === 1 &&
        this.partitionInFlight(head.topic, head.partition)
      )
        continue;
      const at = leaders ? leaders.indexOf(leader) : -1;
      if (at < 0 && this.inFlightTo(leader) >= cfg.maxInFlightRequestsPerConnection) continue;
      // RecordAccumulator.drain: an idempotent partition may have to wait (a retry goes only as
      // the lowest sequence in flight; new batches wait for unresolved or old-epoch ones). Kafka
      // stops draining the whole node there; here only this partition waits.
      if (tm?.shouldStopDrainBatchesForPartition(head)) continue;
      const batch = this.accumulator.drainHead(dq)!;
      tm?.assignSequence(batch);
      // Literals of one: a pushed-to empty array would reserve 17 slots.
      if (at >= 0) byLeader![at]!.push(batch);
      else if (leaders && byLeader) {
        leaders.push(leader);
        byLeader.push([batch]);
      } else {
        leaders = [leader];
        byLeader = [[batch]];
      }
    }
    if (leaders && byLeader) {
      acted = true;
      for (let i = 0; i < leaders.length; i++) this.sendProduceRequest(leaders[i]!, byLeader[i]!);
    }
    if (nextCheck < Infinity) this.wakeAt(nextCheck);
    if (!acted) {
      this.quietUntil = Math.min(
        nextCheck,
        headExpiry,
        this.inFlightCreatedFloor + cfg.deliveryTimeoutMs,
      );
      this.quietNextCheck = nextCheck;
      this.quietAccumulator = this.accumulator.changes;
      this.quietMetadata = this.metadata.version;
      this.quietInFlight = this.inFlightChanges;
      this.quietConfig = cfg;
    }
  }

  /**
   * A pass after a pass that did nothing, with nothing it read changed since (no deque's head
   * became ready, no request went out or came back, no new leaders or config, the idempotence
   * bookkeeping at rest) and before any moment it waited for (a linger or backoff ending, a
   * delivery timeout): it would do nothing again, so only re-arm its wake-up, as it would.
   */
  private quietPass(now: number): boolean {
    if (!this.quiet(now)) return false;
    if (this.quietNextCheck < Infinity) this.wakeAt(this.quietNextCheck);
    return true;
  }

  /** Would a pass now do nothing (see quietPass)? */
  private quiet(now: number): boolean {
    return (
      now < this.quietUntil &&
      this.accumulator.changes === this.quietAccumulator &&
      this.metadata.version === this.quietMetadata &&
      this.inFlightChanges === this.quietInFlight &&
      this.config === this.quietConfig &&
      (this.transactionManager === null || this.transactionManager.runOnceIdle())
    );
  }

  /**
   * The wake-up KafkaProducer.doSend asks for after an append. One due now is not scheduled when
   * its pass would do nothing and leave everything as it is: no wake-up pending, the last pass
   * did nothing, nothing it read has changed since and it waits for no moment. A later change
   * in this millisecond that matters runs a pass or asks for a wake-up of its own (a response,
   * a new or full batch, new metadata). With every connection at max.in.flight this was one
   * empty event per record.
   */
  wakeForAppend(at: number): void {
    // A wake-up pending by then already covers it (wakeAt would do nothing either).
    if (this.wakeup !== null && this.wakeupAt <= at) return;
    const now = this.ctx.now();
    if (at <= now && this.wakeup === null && this.quietNextCheck === Infinity && this.quiet(now))
      return;
    this.wakeAt(at);
  }

  private partitionInFlight(topic: string, partition: number): boolean {
    for (const r of this.inFlight.values())
      if (r.batches.some((b) => b.topic === topic && b.partition === partition)) return true;
    return false;
  }

  /** Returns whether any batch expired. */
  private expireBatches(dq: ProducerBatch[], now: number): boolean {
    const timeout = this.config.deliveryTimeoutMs;
    let expired = false;
    while (dq.length > 0 && !dq[0]!.inFlight && now >= dq[0]!.createdMs + timeout) {
      this.accumulator.changes++;
      this.expire(dq.shift()!);
      expired = true;
    }
    return expired;
  }

  /**
   * Sender.getExpiredInflightBatches: a batch still waiting for its answer fails once
   * delivery.timeout.ms has passed since it was created; a late answer is then ignored.
   */
  private expireInFlightBatches(now: number): void {
    const timeout = this.config.deliveryTimeoutMs;
    if (now < this.inFlightCreatedFloor + timeout) return; // none can have expired
    let floor = Infinity;
    for (const r of this.inFlight.values())
      for (const b of r.batches) {
        if (b.done) continue;
        if (now >= b.createdMs + timeout) this.expire(b);
        else floor = Math.min(floor, b.createdMs);
      }
    this.inFlightCreatedFloor = floor;
  }

  private expire(b: ProducerBatch): void {
    this.failBatch(b, 'TIMEOUT (delivery.timeout.ms expired)', false);
    // Sender.sendProducerData: a batch that was already retried may have been written; its
    // partition takes no new batch until that is known (maybeResolveSequences, on Kafka's
    // next runOnce: run again now).
    if (b.retry && this.transactionManager) {
      this.transactionManager.markSequenceUnresolved(b);
      this.wakeAt(this.ctx.now());
    }
  }

  /** Kafka's Sender.failBatch: give the batch up, tell the TransactionManager. */
  private failBatch(b: ProducerBatch, error: string, adjustSequenceNumbers: boolean): void {
    b.done = true;
    this.deps.onBatchFailed(b, error);
    this.transactionManager?.handleFailedBatch(b, error as ErrorCode, adjustSequenceNumbers);
  }

  /**
   * Kafka's Sender.completeBatch on success. The TransactionManager hears of it even when the
   * batch already expired in flight: its sequence was written, which resolves the partition.
   */
  private completeBatch(b: ProducerBatch, baseOffset: number): void {
    this.transactionManager?.handleCompletedBatch(b, baseOffset);
    if (b.done) return;
    b.done = true;
    this.metrics.recordAcked(this.ctx.now(), b.records);
    this.deps.onBatchCompleted(b, baseOffset);
  }

  private sendProduceRequest(broker: number, batches: ProducerBatch[]): void {
    const ctx = this.ctx;
    const now = ctx.now();
    const cfg = this.config;
    const codec = cfg.compressionType;
    // One pass over the batches (a request usually carries one): mark them sent, count them in
    // the metrics and build the request's partitions.
    this.metrics.recordRequestStart(now);
    // Sized up front (a pushed-to empty array would reserve 17 slots for the usual one batch).
    const partitions: ProduceRequest['partitions'] = new Array(batches.length);
    let firstExpiry = Infinity;
    for (let i = 0; i < batches.length; i++) {
      const b = batches[i]!;
      b.inFlight = true;
      b.attempts++;
      b.lastAttemptMs = now;
      this.metrics.recordBatchSent(now, b.records.length, b.encodedSize(codec), b.sizeBytes);
      partitions[i] = {
        topic: b.topic,
        partition: b.partition,
        // Each record batch carries its own producer epoch and sequence: after a bump for
        // another partition, this one may still send batches numbered under the old epoch.
        producerEpoch: b.producerEpoch,
        baseSequence: b.baseSequence,
        records: b.records,
        compression: codec,
        uncompressedBytes: b.sizeBytes,
      };
      firstExpiry = Math.min(firstExpiry, b.createdMs + cfg.deliveryTimeoutMs);
    }
    const current = this.transactionManager?.producerIdAndEpoch();
    const req: ProduceRequest = {
      acks: cfg.acks,
      timeoutMs: cfg.requestTimeoutMs,
      producerId: current?.producerId ?? -1,
      producerEpoch: current?.epoch ?? -1,
      partitions,
    };
    ctx.traceLazy('produce.sent', () => ({
      type: 'produce.sent',
      producer: this.deps.clientId,
      broker,
      batches: batches.map((b) => ({
        topic: b.topic,
        partition: b.partition,
        sizeBytes: b.sizeBytes,
        records: b.records.map((r) => ({ id: r.id, key: r.key })),
      })),
    }));
    // Built when drawn or traced. An in-flight batch takes no more records, so its records
    // then are its records now.
    const records = () => batches.flatMap((b) => b.records.map((r) => ({ id: r.id, key: r.key })));
    const single = batches.length === 1 ? batches[0]! : undefined;
    const msg = ctx.network.send(
      this.deps.nodeId,
      this.brokerNode(broker),
      'Produce',
      req,
      single ? { records, topic: single.topic, partition: single.partition } : { records },
    );
    if (cfg.acks === 0) {
      // acks=0: done as soon as it is on the wire; the offset is unknown (-1).
      for (const b of batches) this.completeBatch(b, -1);
      return;
    }
    const deadline = now + cfg.requestTimeoutMs;
    const timeoutSeq = ctx.reserveSeq();
    this.addInFlight({ correlationId: msg.correlationId, broker, batches, deadline, timeoutSeq });
    // The queued timeout event is for an earlier request, so due no later (unless
    // request.timeout.ms was lowered since): it re-arms for this one when it fires.
    if (this.armedSeq < 0 || before(deadline, timeoutSeq, this.armedDeadline, this.armedSeq))
      this.armTimeout(deadline, timeoutSeq);
    // Wake when the first of these batches would reach delivery.timeout.ms in flight.
    if (firstExpiry < now + cfg.requestTimeoutMs) this.wakeAt(firstExpiry);
  }

  /** `broker:<id>`, built once per broker (every produce request names its destination). */
  private brokerNode(broker: number): string {
    let node = this.brokerNodes.get(broker);
    if (node === undefined) this.brokerNodes.set(broker, (node = `broker:${broker}`));
    return node;
  }

  private readonly brokerNodes = new Map<number, string>();

  /**
   * The one request-timeout event queued (NetworkClient checks its in-flight requests' timeouts
   * on each poll; no timer per request): for the in-flight request due first, at its deadline
   * and in the place it took when sent — so a timeout fires exactly when and where its own event
   * would have. A request answered in time leaves the event to re-arm for the next one.
   */
  private armedSeq = -1;
  private armedDeadline = Infinity;

  private armTimeout(deadline: number, seq: number): void {
    this.armedSeq = seq;
    this.armedDeadline = deadline;
    this.ctx.scheduleReserved(deadline, seq, () => this.onTimeoutEvent(seq));
  }

  private onTimeoutEvent(seq: number): void {
    if (seq !== this.armedSeq) return; // an earlier deadline was armed since
    this.armedSeq = -1;
    this.armedDeadline = Infinity;
    let due: InFlightRequest | null = null;
    let next: InFlightRequest | null = null;
    for (const r of this.inFlight.values()) {
      if (r.timeoutSeq === seq) due = r;
      else if (!next || before(r.deadline, r.timeoutSeq, next.deadline, next.timeoutSeq)) next = r;
    }
    if (next) this.armTimeout(next.deadline, next.timeoutSeq);
    if (due) this.onRequestTimeout(due.correlationId);
  }

  private onRequestTimeout(correlationId: number): void {
    const req = this.inFlight.get(correlationId);
    if (!req) return;
    this.removeInFlight(req);
    for (const b of req.batches) if (!b.done) this.handleBatchError(b, 'REQUEST_TIMED_OUT');
    this.requestMetadata();
    this.run();
  }

  /** The connection to a broker was reset: its in-flight requests fail with NETWORK_EXCEPTION. */
  onDisconnect(broker: number): void {
    const lost = [...this.inFlight.values()].filter((r) => r.broker === broker);
    if (lost.length === 0) return;
    for (const r of lost) {
      this.removeInFlight(r);
      for (const b of r.batches) if (!b.done) this.handleBatchError(b, 'NETWORK_EXCEPTION');
    }
    this.requestMetadata();
    this.run();
  }

  onResponse(msg: ResponseMessage<'Produce'>): void {
    const req = this.inFlight.get(msg.correlationId);
    if (!req) return; // timed out already: a late answer is ignored
    this.removeInFlight(req);
    for (const pr of msg.payload.partitions) {
      const b = batchFor(req.batches, pr.topic, pr.partition);
      if (!b) continue;
      // A duplicate comes back as NONE with the offset of the batch written the first time.
      if (pr.error === 'NONE') this.completeBatch(b, pr.baseOffset);
      else if (!b.done) this.handleBatchError(b, pr.error);
    }
    this.run();
  }

  /** Kafka's Sender.completeBatch for an error: retry (canRetry) or give the batch up. */
  private handleBatchError(b: ProducerBatch, error: ErrorCode): void {
    const now = this.ctx.now();
    const cfg = this.config;
    const tm = this.transactionManager;
    // Sender.canRetry, in Kafka's order: the TransactionManager is asked last, as its answer
    // may request an epoch bump for the partition.
    const canRetry =
      now < b.createdMs + cfg.deliveryTimeoutMs &&
      b.attempts <= cfg.retries &&
      (tm ? tm.canRetry(error, b) : RETRIABLE.has(error));
    this.ctx.trace({
      type: 'produce.failed',
      producer: this.deps.clientId,
      topic: b.topic,
      partition: b.partition,
      error,
      records: b.records.map((r) => ({ id: r.id, key: r.key })),
      retriable: canRetry,
    });
    if (error === 'NOT_LEADER_OR_FOLLOWER' || error === 'UNKNOWN_TOPIC_OR_PARTITION')
      this.requestMetadata();
    if (canRetry) {
      // The retry keeps its producer id, epoch and sequence (unless its partition's sequences
      // are rewritten by an epoch bump), so the broker recognises it if it was written.
      this.accumulator.reenqueue(b, now, tm !== null);
      this.wakeAt(now + cfg.retryBackoffMs);
    } else {
      // Sequences are adjusted only when retries were left: with none left, the batch may
      // have been written and its sequence must not be reused.
      this.failBatch(b, error, b.attempts <= cfg.retries);
    }
  }
}

/** Does a timeout at (deadline, seq) fire before one at (otherDeadline, otherSeq)? */
function before(deadline: number, seq: number, otherDeadline: number, otherSeq: number): boolean {
  return deadline < otherDeadline || (deadline === otherDeadline && seq < otherSeq);
}

/** The request's batch for a partition of its response. */
function batchFor(
  batches: readonly ProducerBatch[],
  topic: string,
  partition: number,
): ProducerBatch | undefined {
  for (const b of batches) if (b.topic === topic && b.partition === partition) return b;
  return undefined;
}
