// Kafka's ReplicaManager: appends produce requests to leader partitions, serves fetches from
// consumers and followers, and parks requests that must wait (DelayedProduce for acks=all,
// DelayedFetch until data arrives or fetch.max.wait.ms passes) — Kafka's purgatories.
import { Partition } from './Partition';
import type { Cancellable, SimContext } from '../sim/SimContext';
import type {
  ErrorCode,
  FetchRequest,
  FetchResponse,
  ProduceRequest,
  ProduceResponse,
} from '../network/requests';
import type { LogBatch, LogRecord } from '../log/RecordBatch';
import { logEnvFrom } from '../log/LogEnv';
import { compacts } from '../log/LogConfig';
import type { CompressionType } from '../config/types';
import type { RecordRef } from '../trace/TraceEvent';
import { tpKey } from '../common/TopicPartition';
import { DelayedOperationPurgatory, type DelayedOperation } from './DelayedOperationPurgatory';
import type { PageCache } from '../storage/PageCache';

interface DelayedProduce extends DelayedOperation<Partition> {
  deadline: number;
  waiting: { topic: string; partition: number; requiredOffset: number; idx: number }[];
  response: ProduceResponse;
  respond: (r: ProduceResponse) => void;
  /**
   * Its expiry, cancelled when it completes (as Kafka's DelayedOperation cancels its timer task):
   * `respond` holds the request, records and all, which would otherwise stay alive until
   * request.timeout.ms (30 s of records at acks=all). A cancelled timer waits outside the queue's
   * heap (EventQueue's far buckets), so the thousands of them cost the queue's sifts nothing.
   */
  timer: Cancellable | null;
}

/** A partition of a fetch that may be read (checkFetch); anything else is answered as it is. */
const READABLE = 'READABLE';
const OUT_OF_RANGE = 'OFFSET_OUT_OF_RANGE';
/**
 * The batches of a partition answered without records: one shared list, read-only by its type.
 * Not frozen: V8 iterates a frozen array with for-of through the generic iterator, one result
 * object per step, and every reader of a fetch answer loops over each partition's batches.
 */
const NO_BATCHES: readonly LogBatch[] = [];
type FetchCheck =
  typeof READABLE | ErrorCode | { kind: 'diverging'; epoch: number; endOffset: number };

interface DelayedFetch extends DelayedOperation<Partition> {
  deadline: number;
  request: FetchRequest;
  respond: (r: FetchResponse) => void;
}

/** What the ReplicaManager needs from its broker: its view of who may lead, and the controller. */
export interface ReplicaManagerHooks {
  /** A registered, unfenced broker (as this broker's metadata image says). */
  isEligible(brokerId: number): boolean;
  /** Ask the controller to change a partition's ISR (AlterPartition). */
  alterIsr(p: Partition, newIsr: number[]): void;
}

export class ReplicaManager {
  readonly partitions = new Map<string, Partition>();
  /** The same partitions by topic, then number: a lookup builds no `topic-partition` string. */
  private readonly byTopic = new Map<string, Partition[]>();
  hooks: ReplicaManagerHooks = { isEligible: () => true, alterIsr: () => {} };
  private readonly producePurgatory = new DelayedOperationPurgatory<DelayedProduce, Partition>();
  private readonly fetchPurgatory = new DelayedOperationPurgatory<DelayedFetch, Partition>();
  /** Kafka's PartitionListener.onHighWatermarkUpdated: who hears a leader's HW move. */
  private hwListeners: ((p: Partition) => void)[] = [];

  constructor(
    readonly brokerId: number,
    private ctx: SimContext,
    /** The machine's page cache, which this broker's logs write and read through. */
    private pageCache?: PageCache,
  ) {}

  key(topic: string, partition: number): string {
    return tpKey(topic, partition);
  }

  getPartition(topic: string, partition: number): Partition | undefined {
    return this.byTopic.get(topic)?.[partition];
  }

  getOrCreatePartition(topic: string, partition: number): Partition {
    const k = this.key(topic, partition);
    let p = this.partitions.get(k);
    if (!p) {
      p = new Partition(
        this.brokerId,
        topic,
        partition,
        this.ctx.topicConfig(topic),
        logEnvFrom(this.ctx, this.brokerId, this.pageCache),
      );
      this.partitions.set(k, p);
      let row = this.byTopic.get(topic);
      if (!row) this.byTopic.set(topic, (row = []));
      row[partition] = p;
    }
    return p;
  }

  /**
   * Hear every HW advance of a partition this broker leads (the group coordinator's partition
   * writer registers one, as Kafka's CoordinatorRuntime does, to commit its pending records).
   */
  addHighWatermarkListener(listener: (p: Partition) => void): void {
    this.hwListeners.push(listener);
  }

  /** Drop every parked request (the broker crashed: nothing more is answered). */
  clearPurgatory(): void {
    this.producePurgatory.clear();
    this.fetchPurgatory.clear();
  }

  handleProduce(req: ProduceRequest, respond: (r: ProduceResponse) => void): void {
    const now = this.ctx.now();
    // Arrays sized up front or made at their first entry: a pushed-to empty array reserves 17
    // slots, and a request usually carries one partition.
    const parts = req.partitions;
    const response: ProduceResponse = { partitions: new Array(parts.length) };
    let waiting: DelayedProduce['waiting'] | null = null;
    for (let idx = 0; idx < parts.length; idx++) {
      const pd = parts[idx]!;
      const p = this.getPartition(pd.topic, pd.partition);
      const result = {
        topic: pd.topic,
        partition: pd.partition,
        error: 'NONE' as ErrorCode,
        baseOffset: -1,
      };
      response.partitions[idx] = result;
      if (!p) {
        result.error = 'UNKNOWN_TOPIC_OR_PARTITION';
        continue;
      }
      if (!p.isLeader) {
        result.error = 'NOT_LEADER_OR_FOLLOWER';
        continue;
      }
      const minIsr = p.config.minInsyncReplicas;
      if (req.acks === -1 && p.isr.length < minIsr) {
        result.error = 'NOT_ENOUGH_REPLICAS';
        continue;
      }
      // LogValidator.validateKey: a compacted topic refuses records without a key.
      if (compacts(p.log.config) && pd.records.some((r) => r.key === null)) {
        result.error = 'INVALID_RECORD';
        continue;
      }
      const ps = p.producerState;
      // Each batch carries its own producer epoch (the record batch header).
      const producerEpoch = pd.producerEpoch ?? req.producerEpoch;
      const seq = ps.check(req.producerId, producerEpoch, pd.baseSequence, pd.records.length);
      if (seq.kind === 'duplicate') {
        // Already written: acknowledge again with the original offset, write nothing.
        result.baseOffset = seq.firstOffset;
        if (req.acks === -1 && p.log.highWatermark < seq.firstOffset + pd.records.length) {
          const w = { ...pd, requiredOffset: seq.firstOffset + pd.records.length, idx };
          if (waiting) waiting.push(w);
          else waiting = [w];
        }
        continue;
      }
      if (seq.kind === 'outOfOrder' || seq.kind === 'fencedEpoch') {
        result.error =
          seq.kind === 'outOfOrder' ? 'OUT_OF_ORDER_SEQUENCE_NUMBER' : 'INVALID_PRODUCER_EPOCH';
        continue;
      }
      const batch = this.appendToLeader(
        p,
        req.producerId,
        producerEpoch,
        pd.records,
        pd.baseSequence,
        pd.compression ?? 'none',
        pd.uncompressedBytes,
      );
      ps.update(
        req.producerId,
        producerEpoch,
        pd.baseSequence,
        pd.records.length,
        batch.baseOffset,
      );
      result.baseOffset = batch.baseOffset;
      if (req.acks === -1) {
        const w = {
          topic: pd.topic,
          partition: pd.partition,
          requiredOffset: batch.lastOffset + 1,
          idx,
        };
        if (waiting) waiting.push(w);
        else waiting = [w];
      }
    }
    if (req.acks === 0) return;
    if (req.acks === 1 || !waiting) {
      respond(response);
      return;
    }
    // DelayedOperationPurgatory.tryCompleteElseWatch: tried before it is watched (with one
    // replica in the ISR the append already moved the HW), parked only if it must wait.
    if (this.produceSatisfied(waiting, response)) {
      respond(response);
      return;
    }
    const op: DelayedProduce = {
      deadline: now + req.timeoutMs,
      timer: null,
      waiting,
      response,
      respond,
      watchKeys: null,
    };
    // Every waited-on partition exists here: it was just appended to (or holds the duplicate).
    const keys: Partition[] = new Array(waiting.length);
    for (let i = 0; i < waiting.length; i++)
      keys[i] = this.getPartition(waiting[i]!.topic, waiting[i]!.partition)!;
    this.producePurgatory.watch(op, keys);
    op.timer = this.ctx.schedule(op.deadline, () => this.expireDelayedProduce(op));
  }

  private appendToLeader(
    p: Partition,
    producerId: number,
    /** The record batch's own epoch (the request's when the batch names none). */
    producerEpoch: number,
    records: ProduceRequest['partitions'][number]['records'],
    baseSequence: number,
    /** The codec the producer compressed the batch with; the log keeps or recompresses it. */
    sourceCompression: CompressionType,
    uncompressedBytes?: number,
  ): LogBatch {
    const batch = p.log.appendAsLeader(
      records,
      p.leaderEpoch,
      { producerId, producerEpoch, baseSequence },
      sourceCompression,
      uncompressedBytes,
    );
    this.traceAppend(p, batch, true);
    this.onLogAppended(p);
    return batch;
  }

  traceAppend(p: Partition, batch: LogBatch, leader: boolean): void {
    appendTrace.broker = this.brokerId;
    appendTrace.partition = p;
    appendTrace.batch = batch;
    appendTrace.leader = leader;
    this.ctx.traceLazy('log.append', buildAppendTrace);
    appendTrace.partition = null;
    appendTrace.batch = null;
  }

  /** After the leader's log grows: HW may move (single-replica ISR) and parked fetches may complete. */
  onLogAppended(p: Partition): void {
    if (p.isLeader) this.maybeAdvanceHw(p);
    this.tryCompleteDelayedFetches(p);
  }

  maybeAdvanceHw(p: Partition): void {
    const from = p.maybeIncrementLeaderHW(
      this.ctx.now(),
      this.ctx.brokerConfig.replicaLagTimeMaxMs,
      this.hooks.isEligible,
    );
    if (from >= 0) {
      traceHwAdvance(this.ctx, this.brokerId, p, from);
      for (const l of this.hwListeners) l(p);
      this.tryCompleteDelayedProduces(p);
      this.tryCompleteDelayedFetches(p);
    }
  }

  /** checkAndComplete for `p`: the parked produces waiting on it, in parking order. */
  private tryCompleteDelayedProduces(p: Partition): void {
    if (this.producePurgatory.size === 0) return;
    for (const op of this.producePurgatory.watching(p)) this.tryCompleteDelayedProduce(op);
  }

  private tryCompleteDelayedProduce(op: DelayedProduce): boolean {
    if (!this.producePurgatory.has(op)) return true;
    if (!this.produceSatisfied(op.waiting, op.response)) return false;
    this.producePurgatory.remove(op);
    op.respond(op.response);
    op.timer?.cancel();
    return true;
  }

  /**
   * DelayedProduce.tryComplete's check: every waited-on partition is answered (its HW passed the
   * write, or it failed). Marks the failed ones in the response as it goes.
   */
  private produceSatisfied(waiting: DelayedProduce['waiting'], response: ProduceResponse): boolean {
    for (const w of waiting) {
      const p = this.getPartition(w.topic, w.partition);
      const r = response.partitions[w.idx]!;
      if (r.error !== 'NONE') continue;
      if (!p || !p.isLeader) {
        r.error = 'NOT_LEADER_OR_FOLLOWER';
        continue;
      }
      // Kafka's checkEnoughReplicasReachOffset: wait for the HW; once it passed, the write is
      // acknowledged unless the ISR shrank below min.insync.replicas meanwhile.
      if (p.log.highWatermark < w.requiredOffset) return false;
      if (p.maximalIsr().length < p.config.minInsyncReplicas)
        r.error = 'NOT_ENOUGH_REPLICAS_AFTER_APPEND';
    }
    return true;
  }

  private expireDelayedProduce(op: DelayedProduce): void {
    if (!this.producePurgatory.has(op)) return;
    this.producePurgatory.remove(op);
    for (const w of op.waiting) {
      const r = op.response.partitions[w.idx]!;
      const p = this.getPartition(w.topic, w.partition);
      if (r.error === 'NONE' && (!p || p.log.highWatermark < w.requiredOffset))
        r.error = 'REQUEST_TIMED_OUT';
    }
    op.respond(op.response);
  }

  /** Kafka's isr-expiration task: propose dropping followers that fell behind for too long. */
  maybeShrinkIsr(): void {
    const now = this.ctx.now();
    const lagMax = this.ctx.brokerConfig.replicaLagTimeMaxMs;
    for (const p of this.partitions.values()) {
      if (!p.isLeader || p.pendingIsr) continue;
      const out = p.outOfSyncReplicas(now, lagMax);
      if (out.length > 0)
        this.hooks.alterIsr(
          p,
          p.isr.filter((id) => !out.includes(id)),
        );
    }
  }

  /** Re-check parked requests after the ISR or leadership changed. */
  onPartitionStateChanged(p: Partition): void {
    if (p.isLeader) this.maybeAdvanceHw(p);
    this.tryCompleteDelayedProduces(p);
    this.tryCompleteDelayedFetches(p);
  }

  handleFetch(req: FetchRequest, respond: (r: FetchResponse) => void): void {
    const now = this.ctx.now();
    const isFollower = req.replicaId >= 0;
    const readable = isFollower ? this.updateFollowers(req, now) : undefined;
    // Most fetches at scale find nothing new (an idle follower's): they park without a response
    // built first — the one they get is read when they complete or expire.
    const idle = req.maxWaitMs > 0 && req.minBytes > 0 ? this.idleFetchKeys(req, readable) : null;
    if (idle) {
      this.parkFetch(req, respond, idle, now);
      return;
    }
    const res = this.readForFetch(req, readable);
    let bytes = 0;
    let hasError = false;
    let hasDivergingEpoch = false;
    for (const pr of res.partitions) {
      for (const b of pr.batches) bytes += b.sizeBytes;
      if (pr.error !== 'NONE') hasError = true;
      if (pr.divergingEpoch !== undefined) hasDivergingEpoch = true;
    }
    // ReplicaManager.fetchMessages answers at once on an error or a diverging epoch.
    if (req.maxWaitMs <= 0 || bytes >= req.minBytes || hasError || hasDivergingEpoch) {
      respond(res);
      return;
    }
    // Parked only when every partition was served without error: each exists here. A follower's
    // were found on arrival (its READABLE ones; any other is looked up again).
    const keys = (readable ?? []) as Partition[]; // every slot filled below
    for (let i = 0; i < req.partitions.length; i++) {
      if (keys[i]) continue;
      const pd = req.partitions[i]!;
      keys[i] = this.getPartition(pd.topic, pd.partition)!;
    }
    this.parkFetch(req, respond, keys, now);
  }

  /**
   * A fetch with nothing to read now and no partition to answer at once (every one READABLE, each
   * at or past what it may read): its partitions, the purgatory keys it parks under. Else null,
   * and the fetch is read as it is (it may still park: fewer than minBytes to send).
   */
  private idleFetchKeys(
    req: FetchRequest,
    readable: readonly (Partition | undefined)[] | undefined,
  ): Partition[] | null {
    const isFollower = req.replicaId >= 0;
    const parts = req.partitions;
    for (let i = 0; i < parts.length; i++) {
      const pd = parts[i]!;
      let p = readable?.[i];
      if (!p && !isFollower) {
        p = this.getPartition(pd.topic, pd.partition);
        if (p && this.checkFetch(p, pd, req.replicaId) !== READABLE) return null;
      }
      if (!p) return null;
      const log = p.log;
      if (pd.fetchOffset < (isFollower ? log.logEndOffset : log.highWatermark)) return null;
    }
    if (readable) return readable as Partition[]; // every slot filled: each was READABLE
    const keys: Partition[] = [];
    for (const pd of parts) keys.push(this.getPartition(pd.topic, pd.partition)!);
    return keys;
  }

  /** DelayedFetch: parked under `keys` until it can be answered or maxWaitMs passed. */
  private parkFetch(
    req: FetchRequest,
    respond: (r: FetchResponse) => void,
    keys: readonly Partition[],
    now: number,
  ): void {
    const op: DelayedFetch = {
      deadline: now + req.maxWaitMs,
      request: req,
      respond,
      watchKeys: null,
    };
    this.fetchPurgatory.watch(op, keys);
    this.ctx.schedule(op.deadline, () => {
      if (!this.fetchPurgatory.has(op)) return;
      this.fetchPurgatory.remove(op);
      op.respond(this.readForFetch(op.request));
    });
  }

  /**
   * A follower's fetch, before it is read: Kafka's Partition.fetchRecords updates the follower's
   * state from each partition it can serve — not from one answered with a diverging epoch (the
   * follower holds records this leader never had and must truncate first) nor
   * OFFSET_OUT_OF_RANGE. Returns which partitions were READABLE, for the read that follows: nothing
   * here changes a partition's leader epoch, leadership, followers, epoch cache or log start, and
   * its log end only grows, so a READABLE partition stays so (the others are checked again). Each
   * READABLE partition is returned at its position (undefined for the others): the read and, if
   * the fetch parks, its purgatory keys use it rather than looking it up again.
   */
  private updateFollowers(req: FetchRequest, now: number): (Partition | undefined)[] {
    const readable: (Partition | undefined)[] = [];
    for (const pd of req.partitions) {
      const p = this.getPartition(pd.topic, pd.partition);
      if (!p || this.checkFetch(p, pd, req.replicaId) !== READABLE) {
        readable.push(undefined);
        continue;
      }
      readable.push(p);
      const moved = p.updateFollowerFetchState(req.replicaId, pd.fetchOffset, now);
      if (p.canJoinIsr(req.replicaId) && !p.pendingIsr && this.hooks.isEligible(req.replicaId))
        this.hooks.alterIsr(p, [...p.isr, req.replicaId]);
      // As Kafka: the HW is checked when the follower's LEO moved (an idle follower's fetch
      // cannot raise the smallest LEO).
      if (moved) this.maybeAdvanceHw(p);
    }
    return readable;
  }

  /**
   * Kafka's Partition.fetchRecords, before any read, in its order: the fetcher's current leader
   * epoch (localLogWithEpochOrThrow: FENCED_LEADER_EPOCH / UNKNOWN_LEADER_EPOCH), then whether
   * this replica leads, then — for a follower — whether it is one of the partition's replicas
   * (followerReplicaOrThrow: UNKNOWN_LEADER_EPOCH when the request names an epoch).
   */
  private fetchError(
    p: Partition,
    pd: FetchRequest['partitions'][number],
    replicaId: number,
  ): ErrorCode {
    const epochError = p.checkCurrentLeaderEpoch(pd.currentLeaderEpoch);
    if (epochError !== 'NONE') return epochError;
    if (!p.isLeader) return 'NOT_LEADER_OR_FOLLOWER';
    if (replicaId >= 0 && !p.followers.has(replicaId))
      return pd.currentLeaderEpoch !== undefined
        ? 'UNKNOWN_LEADER_EPOCH'
        : 'NOT_LEADER_OR_FOLLOWER';
    return 'NONE';
  }

  /**
   * Partition.fetchRecords' checks before a read, in its order: fetchError, then (readRecords) a
   * follower's last fetched epoch against this leader's epochs, then the offset's range. READABLE,
   * or why the partition is answered without a read. Shared by the read, the parked fetches'
   * re-check and the follower-state update, so the three cannot disagree.
   */
  private checkFetch(
    p: Partition,
    pd: FetchRequest['partitions'][number],
    replicaId: number,
  ): FetchCheck {
    const error = this.fetchError(p, pd, replicaId);
    if (error !== 'NONE') return error;
    if (pd.lastFetchedEpoch !== undefined && pd.lastFetchedEpoch >= 0) {
      const check = p.validateLastFetchedEpoch(pd.fetchOffset, pd.lastFetchedEpoch);
      if (check.kind === 'diverging') return check;
      if (check.kind === 'outOfRange') return OUT_OF_RANGE;
    }
    const log = p.log;
    if (pd.fetchOffset < log.logStartOffset || pd.fetchOffset > log.logEndOffset)
      return OUT_OF_RANGE;
    return READABLE;
  }

  /**
   * checkAndComplete for `p`: the parked fetches watching it, in parking order. All are read
   * before any is answered.
   */
  private tryCompleteDelayedFetches(p: Partition): void {
    if (this.fetchPurgatory.size === 0) return;
    const done: { op: DelayedFetch; res: FetchResponse }[] = [];
    for (const op of this.fetchPurgatory.watching(p)) {
      if (!this.fetchSatisfied(op.request)) continue;
      this.fetchPurgatory.remove(op);
      done.push({ op, res: this.readForFetch(op.request) });
    }
    for (const d of done) d.op.respond(d.res);
  }

  /**
   * DelayedFetch.tryComplete: would readForFetch(req) answer now — at least minBytes to send, or
   * a partition whose state changed while the fetch waited: this broker stopped leading it or its
   * epoch moved past the fetcher's (cases A and E), its offset fell out of range, or the
   * follower's log now diverges (case H), which the fetcher must hear of now, not after
   * fetch.max.wait.ms. The same decision as reading, without building a response: it runs for
   * every parked fetch on every append and HW move.
   */
  private fetchSatisfied(req: FetchRequest): boolean {
    const isFollower = req.replicaId >= 0;
    let budget = req.maxBytes;
    let bytes = 0;
    for (const pd of req.partitions) {
      const p = this.getPartition(pd.topic, pd.partition);
      if (!p || this.checkFetch(p, pd, req.replicaId) !== READABLE) return true;
      const log = p.log;
      const maxOffset = isFollower ? log.logEndOffset : log.highWatermark;
      if (budget <= 0 || pd.fetchOffset >= maxOffset) continue;
      for (const b of log.read(pd.fetchOffset, Math.min(pd.partitionMaxBytes, budget), maxOffset)) {
        budget -= b.sizeBytes;
        bytes += b.sizeBytes;
      }
      if (bytes >= req.minBytes) return true;
    }
    return bytes >= req.minBytes;
  }

  /** `readable`: the partitions updateFollowers just found READABLE; the rest are checked here. */
  private readForFetch(
    req: FetchRequest,
    readable?: readonly (Partition | undefined)[],
  ): FetchResponse {
    const isFollower = req.replicaId >= 0;
    const out: FetchResponse = { partitions: [] };
    let budget = req.maxBytes;
    // One object literal per partition (no spread of a shared base): this runs for every
    // partition of every fetch, and __consumer_offsets alone has 50.
    const parts = req.partitions;
    for (let i = 0; i < parts.length; i++) {
      const pd = parts[i]!;
      const { topic, partition } = pd;
      const known = readable?.[i];
      const p = known ?? this.getPartition(topic, partition);
      const check = !p
        ? 'UNKNOWN_TOPIC_OR_PARTITION'
        : known
          ? READABLE
          : this.checkFetch(p, pd, req.replicaId);
      if (!p || (typeof check === 'string' && check !== READABLE && check !== OUT_OF_RANGE)) {
        const error = check as ErrorCode;
        out.partitions.push({
          topic,
          partition,
          highWatermark: -1,
          logStartOffset: -1,
          batches: NO_BATCHES,
          error,
        });
        continue;
      }
      const log = p.log;
      const highWatermark = log.highWatermark;
      const logStartOffset = log.logStartOffset;
      if (check === OUT_OF_RANGE) {
        out.partitions.push({
          topic,
          partition,
          highWatermark,
          logStartOffset,
          batches: NO_BATCHES,
          error: check,
          // Stands in for the ListOffsets requests a follower would send next (see FetchResponse).
          ...(isFollower ? { logEndOffset: log.logEndOffset } : {}),
        });
        continue;
      }
      if (check !== READABLE) {
        const divergingEpoch = { epoch: check.epoch, endOffset: check.endOffset };
        out.partitions.push({
          topic,
          partition,
          highWatermark,
          logStartOffset,
          batches: NO_BATCHES,
          error: 'NONE',
          divergingEpoch,
        });
        continue;
      }
      // Consumers read only below the high watermark; followers up to the LEO.
      const maxOffset = isFollower ? log.logEndOffset : highWatermark;
      const batches =
        budget > 0 && pd.fetchOffset < maxOffset
          ? log.read(pd.fetchOffset, Math.min(pd.partitionMaxBytes, budget), maxOffset)
          : NO_BATCHES;
      for (const b of batches) budget -= b.sizeBytes;
      out.partitions.push({
        topic,
        partition,
        highWatermark,
        logStartOffset,
        batches,
        error: 'NONE',
      });
    }
    return out;
  }
}

/**
 * The log.append event being traced: traceLazy builds the body at once if anyone listens, so one
 * builder reading these serves every append (a closure each was an object per batch per replica).
 */
const appendTrace = {
  broker: 0,
  partition: null as Partition | null,
  batch: null as LogBatch | null,
  leader: false,
};
const buildAppendTrace = () => {
  const p = appendTrace.partition!;
  const batch = appendTrace.batch!;
  return {
    type: 'log.append' as const,
    broker: appendTrace.broker,
    topic: p.topic,
    partition: p.partition,
    baseOffset: batch.baseOffset,
    lastOffset: batch.lastOffset,
    sizeBytes: batch.sizeBytes,
    position: batch.position,
    segment: p.log.activeSegment.baseOffset,
    leader: appendTrace.leader,
    records: refsOf(batch),
  };
};

/** The hw.advance event being traced, as appendTrace: a leader's or follower's HW moved. */
const hwTrace = { broker: 0, partition: null as Partition | null, from: 0 };
const buildHwTrace = () => {
  const p = hwTrace.partition!;
  return {
    type: 'hw.advance' as const,
    broker: hwTrace.broker,
    topic: p.topic,
    partition: p.partition,
    from: hwTrace.from,
    to: p.log.highWatermark,
  };
};

/** Traces `p`'s HW move from `from` on `broker` (leader or follower), just made: no closure. */
export function traceHwAdvance(ctx: SimContext, broker: number, p: Partition, from: number): void {
  hwTrace.broker = broker;
  hwTrace.partition = p;
  hwTrace.from = from;
  ctx.traceLazy('hw.advance', buildHwTrace);
  hwTrace.partition = null;
}

/**
 * Each records array's refs, built once and never changed: every answer that carries the batch
 * (each follower's fetch, each consumer's) lists its records, and a follower's batch shares the
 * leader's records array. Held only while the payload window holds the records.
 */
const refsByRecords = new WeakMap<readonly LogRecord[], readonly RecordRef[]>();

/** The refs of a batch within the payload window, shared: read them, do not keep the array. */
export function payloadRefs(records: readonly LogRecord[]): readonly RecordRef[] {
  let refs = refsByRecords.get(records);
  if (!refs) {
    refs = records.map((r) => ({ id: r.id, key: r.key, offset: r.offset }));
    refsByRecords.set(records, refs);
  }
  return refs;
}

export function refsOf(batch: LogBatch): RecordRef[] {
  if (!batch.records) {
    const refs: RecordRef[] = [];
    for (let o = batch.baseOffset; o <= batch.lastOffset; o++)
      refs.push({ id: -1, key: null, offset: o });
    return refs;
  }
  return payloadRefs(batch.records).slice();
}
