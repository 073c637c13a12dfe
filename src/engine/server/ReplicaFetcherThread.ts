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
    const msg = this.ctx.network.send(this.nodeId, `broker:${this.leaderId}`, 'Fetch', false, req);
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

  onResponse(msg: Message<FetchResponse>): void {
    if (this.stopped || msg.correlationId !== this.inFlight) return;
    this.inFlight = null;
    for (const pr of msg.payload.partitions) {
      const p = this.replicaManager.getPartition(pr.topic, pr.partition);
      if (p && pr.error === 'OFFSET_OUT_OF_RANGE' && p.log.logEndOffset < pr.logStartOffset) {
        // Retention on the leader passed our log end: start over at its log start offset
        // (AbstractFetcherThread's out-of-range handling, truncateFullyAndStartAt).
        p.log.truncateFullyAndStartAt(pr.logStartOffset);
        continue;
      }
      if (!p || pr.error !== 'NONE') continue;
      for (const b of pr.batches) {
        if (b.baseOffset < p.log.logEndOffset) continue; // already have it
        const { batch } = p.log.appendAsFollower(b);
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
    this.maybeFetch();
  }
}
