// Kafka's ReplicaFetcherThread: a follower's loop of Fetch requests to one leader broker, for
// every partition it follows there. Each fetch carries the follower's LEO as fetch offset; the
// response brings the leader's new batches and its high watermark.
import type { SimContext } from '../sim/SimContext';
import type { FetchRequest, FetchResponse } from '../network/requests';
import type { Message } from '../network/Network';
import type { ReplicaManager } from './ReplicaManager';
import type { Partition } from './Partition';
import { UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET } from '../log/LeaderEpochFileCache';

export class ReplicaFetcherThread {
  private inFlight: number | null = null;
  /** The fetch offset each partition of the in-flight request was sent with. */
  private inFlightOffsets = new Map<string, number>();
  private stopped = false;
  readonly partitions = new Set<string>();

  constructor(
    private ctx: SimContext,
    private brokerId: number,
    readonly leaderId: number,
    private replicaManager: ReplicaManager,
    /** Extra pause between fetches (slowBroker), ms. */
    private pauseMs: () => number = () => 0,
  ) {}

  get nodeId(): string {
    return `broker:${this.brokerId}`;
  }

  start(): void {
    this.stopped = false;
    this.maybeFetch();
  }

  stop(): void {
    this.stopped = true;
    this.inFlight = null;
  }

  maybeFetch(): void {
    if (this.stopped || this.inFlight !== null || this.partitions.size === 0) return;
    const cfg = this.ctx.brokerConfig;
    const parts: FetchRequest['partitions'] = [];
    this.inFlightOffsets.clear();
    for (const key of [...this.partitions].sort()) {
      const p = this.replicaManager.partitions.get(key);
      if (!p) continue;
      this.inFlightOffsets.set(key, p.log.logEndOffset);
      parts.push({
        topic: p.topic,
        partition: p.partition,
        fetchOffset: p.log.logEndOffset,
        partitionMaxBytes: 1048576,
        lastFetchedEpoch: p.epochCache.latestEpoch(),
      });
      this.ctx.trace({
        type: 'replica.fetch',
        broker: this.brokerId,
        leader: this.leaderId,
        topic: p.topic,
        partition: p.partition,
        fetchOffset: p.log.logEndOffset,
      });
    }
    const req: FetchRequest = {
      replicaId: this.brokerId,
      maxWaitMs: cfg.replicaFetchWaitMaxMs,
      minBytes: cfg.replicaFetchMinBytes,
      maxBytes: 10485760,
      partitions: parts,
    };
    const msg = this.ctx.network.send(this.nodeId, `broker:${this.leaderId}`, 'Fetch', false, req, {
      partitions: parts.map((x) => ({ topic: x.topic, partition: x.partition })),
    });
    this.inFlight = msg.correlationId;
    // A lost request or response: try again after the request timeout, as the fetcher would.
    const sent = msg.correlationId;
    this.ctx.schedule(this.ctx.now() + 30000, () => {
      if (this.inFlight === sent) {
        this.inFlight = null;
        this.maybeFetch();
      }
    });
  }

  /** The leader's process is gone: back off (replica.fetch.backoff.ms) and try again. */
  onDisconnect(): void {
    if (this.stopped || this.inFlight === null) return;
    this.inFlight = null;
    this.ctx.schedule(this.ctx.now() + 1000, () => this.maybeFetch());
  }

  onResponse(msg: Message<FetchResponse>): void {
    if (this.stopped || msg.correlationId !== this.inFlight) return;
    this.inFlight = null;
    const now = this.ctx.now();
    let errors = 0;
    const diverging: { p: Partition; epoch: number; endOffset: number }[] = [];
    for (const pr of msg.payload.partitions) {
      const key = this.replicaManager.key(pr.topic, pr.partition);
      const p = this.replicaManager.getPartition(pr.topic, pr.partition);
      // AbstractFetcherThread.processFetchRequest uses an answer only for a partition it still
      // fetches, at the offset it asked for.
      if (!p || !this.partitions.has(key) || this.inFlightOffsets.get(key) !== p.log.logEndOffset)
        continue;
      if (pr.error === 'OFFSET_OUT_OF_RANGE') {
        this.handleOutOfRangeError(p, pr);
        continue;
      }
      if (pr.error !== 'NONE') {
        errors++;
        continue;
      }
      if (pr.divergingEpoch) {
        // Truncation on fetch (KIP-320): a diverging epoch comes with no error and no records;
        // truncate first, and take the high watermark from the next answer.
        diverging.push({ p, ...pr.divergingEpoch });
        continue;
      }
      for (const b of pr.batches) {
        if (b.baseOffset < p.log.logEndOffset) continue; // already have it
        p.epochCache.assign(b.partitionLeaderEpoch, b.baseOffset);
        const { batch } = p.log.appendAsFollower(b);
        p.producerState.update(
          batch.producerId,
          batch.producerEpoch,
          batch.baseSequence,
          batch.recordCount,
          batch.baseOffset,
        );
        this.replicaManager.traceAppend(p, batch, false);
      }
      const moved = p.updateFollowerHighWatermark(pr.highWatermark);
      if (moved)
        this.ctx.trace({
          type: 'hw.advance',
          broker: this.brokerId,
          topic: p.topic,
          partition: p.partition,
          ...moved,
        });
      // Followers learn the log start offset from the leader (their own retention then
      // deletes the segments below it: deleteLogStartOffsetBreachedSegments).
      p.log.maybeIncrementLogStartOffset(pr.logStartOffset, 'leader.offset.incremented');
    }
    // AbstractFetcherThread.truncateOnFetchResponse, after the whole answer was looked at.
    for (const d of diverging) {
      const to = getOffsetTruncationState(d.p, d.epoch, d.endOffset);
      this.truncate(d.p, to, `leader epoch ${d.epoch} ends at offset ${d.endOffset} on the leader`);
    }
    // replica.fetch.backoff.ms after errors; a slowed broker also pauses between fetches.
    const pause =
      (errors > 0 && errors === msg.payload.partitions.length ? 1000 : 0) + this.pauseMs();
    if (pause > 0) this.ctx.schedule(now + pause, () => this.maybeFetch());
    else this.maybeFetch();
  }

  /**
   * AbstractFetcherThread.handleOutOfRangeError → fetchOffsetAndTruncate. If the leader's log
   * ends below ours (an unclean election), truncate to its end. Otherwise, if its log starts
   * above our end (retention passed us), start over empty at its log start offset; else keep our
   * log and fetch again from its end.
   */
  private handleOutOfRangeError(p: Partition, pr: FetchResponse['partitions'][number]): void {
    const replicaEndOffset = p.log.logEndOffset;
    const leaderEndOffset = pr.logEndOffset ?? replicaEndOffset;
    if (leaderEndOffset < replicaEndOffset) {
      this.truncate(
        p,
        leaderEndOffset,
        `offset ${replicaEndOffset} is out of range: the leader's log ends at ${leaderEndOffset}`,
      );
      return;
    }
    // The log start offset moves up (traced by the log); no record of ours is above the new end.
    if (pr.logStartOffset > replicaEndOffset) p.truncateFullyAndStartAt(pr.logStartOffset);
  }

  /** ReplicaFetcherThread.truncate → Partition.truncateTo, shown when records went. */
  private truncate(p: Partition, offset: number, reason: string): void {
    const from = p.log.logEndOffset;
    // Only the epoch cache may change (an epoch with no records): nothing to show then.
    if (!p.truncateTo(offset)) return;
    this.ctx.trace({
      type: 'log.truncate',
      broker: this.brokerId,
      topic: p.topic,
      partition: p.partition,
      from,
      to: p.log.logEndOffset,
      reason,
    });
  }
}

/**
 * AbstractFetcherThread.getOffsetTruncationState, for the leader's diverging epoch: where this
 * replica's log stops agreeing with the leader's. If the replica knows that epoch, it cuts at
 * min(the leader's end offset for it, its own end offset for it) — its own epoch may have ended
 * earlier than the leader's, when a later leader it followed wrote from there. If not, it cuts at
 * the end of its own largest epoch below (an intermediate step: the next fetch names that epoch,
 * and the leader answers again if the logs still differ). Never past its own log end.
 */
export function getOffsetTruncationState(
  replica: Pick<Partition, 'endOffsetForEpoch'> & { log: { logEndOffset: number } },
  leaderEpoch: number,
  leaderEndOffset: number,
): number {
  const replicaEndOffset = replica.log.logEndOffset;
  if (leaderEndOffset === UNDEFINED_EPOCH_OFFSET) return replicaEndOffset;
  if (leaderEpoch === UNDEFINED_EPOCH) return Math.min(leaderEndOffset, replicaEndOffset);
  const own = replica.endOffsetForEpoch(leaderEpoch);
  // The replica tracks no epoch that low: the leader's offset alone.
  if (!own) return Math.min(leaderEndOffset, replicaEndOffset);
  if (own.epoch !== leaderEpoch) return Math.min(own.endOffset, replicaEndOffset);
  return Math.min(own.endOffset, leaderEndOffset, replicaEndOffset);
}
