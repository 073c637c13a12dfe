// Kafka's ReplicaFetcherThread: a follower's loop of Fetch requests to one leader broker, for
// every partition it follows there. Each fetch carries the follower's LEO as fetch offset; the
// response brings the leader's new batches and its high watermark.
import type { SimContext } from '../sim/SimContext';
import type { FetchRequest, FetchResponse } from '../network/requests';
import type { Message } from '../network/Network';
import type { ReplicaManager } from './ReplicaManager';

export class ReplicaFetcherThread {
  private inFlight: number | null = null;
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
    for (const key of [...this.partitions].sort()) {
      const p = this.replicaManager.partitions.get(key);
      if (!p) continue;
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
    for (const pr of msg.payload.partitions) {
      const p = this.replicaManager.getPartition(pr.topic, pr.partition);
      if (p && pr.error === 'OFFSET_OUT_OF_RANGE' && p.log.logEndOffset < pr.logStartOffset) {
        // Retention on the leader passed our log end: start over at its log start offset
        // (AbstractFetcherThread's out-of-range handling, truncateFullyAndStartAt).
        p.log.truncateFullyAndStartAt(pr.logStartOffset);
        continue;
      }
      if (!p || pr.error !== 'NONE') {
        errors++;
        continue;
      }
      if (pr.divergingEpoch) {
        // Our log holds records the leader does not: cut them off where our epoch ended there.
        const to = Math.min(pr.divergingEpoch.endOffset, p.log.logEndOffset);
        const from = p.log.logEndOffset;
        p.log.truncateTo(Math.max(to, p.log.logStartOffset));
        p.epochCache.truncateFromEnd(p.log.logEndOffset);
        p.producerState.rebuild(p.log.batches());
        // Only the epoch cache may have been wrong (an epoch with no records): nothing to show.
        if (from !== p.log.logEndOffset)
          this.ctx.trace({
            type: 'log.truncate',
            broker: this.brokerId,
            topic: p.topic,
            partition: p.partition,
            from,
            to: p.log.logEndOffset,
            reason: `leader epoch ${pr.divergingEpoch.epoch} ended at offset ${pr.divergingEpoch.endOffset} on the leader`,
          });
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
    // replica.fetch.backoff.ms after errors; a slowed broker also pauses between fetches.
    const pause =
      (errors > 0 && errors === msg.payload.partitions.length ? 1000 : 0) + this.pauseMs();
    if (pause > 0) this.ctx.schedule(now + pause, () => this.maybeFetch());
    else this.maybeFetch();
  }
}
