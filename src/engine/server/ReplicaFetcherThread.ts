// Kafka's ReplicaFetcherThread: a follower's loop of Fetch requests to one leader broker, for
// every partition it follows there (AbstractFetcherManager keeps one thread per source broker,
// num.replica.fetchers = 1). Each fetch carries the follower's LEO as fetch offset, the epoch of
// its last batch and the leader epoch it follows (KIP-320); the response brings the leader's new
// batches and its high watermark.
//
// As AbstractFetcherThread, each partition has its own fetch state: the leader epoch it was
// added with, and a back-off (replica.fetch.backoff.ms) after an error, during which the thread
// fetches the others. A leader change moves a partition to the thread of the new leader
// (ReplicaManager.makeFollowers → AbstractFetcherManager.addFetcherForPartitions), which fetches
// it with its next request — at once when idle; an answer the old thread still awaits is then
// ignored for that partition.
//
// The thread's connection (BrokerBlockingSender): a request that gets no answer times out after
// replica.socket.timeout.ms, the connection is closed and every partition backs off. The next
// request must connect first; across a cut link the connection attempt fails after
// socket.connection.setup.timeout.ms (doubling per failure up to its max), so a healed link is
// used at the next SYN retransmission rather than after another request timeout.
import type { SimContext } from '../sim/SimContext';
import type { ErrorCode, FetchRequest, FetchResponse } from '../network/requests';
import type { ResponseMessage } from '../network/Network';
import { traceHwAdvance, type ReplicaManager } from './ReplicaManager';
import type { Partition } from './Partition';
import { UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET } from '../log/LeaderEpochFileCache';
import type { TruncateReason } from '../trace/reasons';
import type { TopicPartition } from '../common/TopicPartition';

/** replica.fetch.backoff.ms */
export const REPLICA_FETCH_BACKOFF_MS = 1000;
/** replica.socket.timeout.ms (the request timeout of the fetcher's blocking sends). */
export const REPLICA_SOCKET_TIMEOUT_MS = 30000;
/** socket.connection.setup.timeout.ms and socket.connection.setup.timeout.max.ms */
export const CONNECTION_SETUP_TIMEOUT_MS = 10000;
export const CONNECTION_SETUP_TIMEOUT_MAX_MS = 30000;
/** When an unanswered SYN is sent again (Linux: 1 s, doubling), from the connection attempt. */
const SYN_RETRANSMITS_MS = [1000, 3000, 7000, 15000, 31000];

/** AbstractFetcherThread's PartitionFetchState, the parts that change behaviour here. */
interface PartitionFetchState {
  readonly key: string;
  /** The local replica, once it exists (the ReplicaManager never drops one). */
  partition: Partition | undefined;
  /** The leader epoch this partition was added with (sent as the fetch's currentLeaderEpoch). */
  currentLeaderEpoch: number;
  /** Backed off until then after an error (replica.fetch.backoff.ms); -Infinity when ready. */
  delayedUntil: number;
  /** Left the thread (removed or fenced): an answer still awaited looks its key up again. */
  removed: boolean;
  /**
   * The partition's entry in the last request, sent again while nothing in it changed (never
   * mutated): an idle partition's entry waits 500 ms in the leader's purgatory with every fetch,
   * and one per fetch outlived the young generation.
   */
  request: FetchPartitionData | null;
  /** Its name on the wire (the message's partitions, for drawing), made with `partition`. */
  topicPartition: TopicPartition | null;
}

type FetchPartitionData = FetchRequest['partitions'][number];

/** The in-flight request's partitions, in its order; the entries say what each was sent with. */
interface InFlightRequest {
  states: PartitionFetchState[];
  partitions: Partition[];
  entries: FetchPartitionData[];
}

const NO_REQUEST: InFlightRequest = { states: [], partitions: [], entries: [] };

/** A request as sent, kept to be sent again while nothing in it changed. */
interface SentRequest {
  asked: InFlightRequest;
  payload: FetchRequest;
  names: TopicPartition[];
  ssl: boolean;
}

/**
 * The replica.fetch event being traced: traceLazy builds the body at once if anyone listens, so
 * one builder reading these serves every partition of every fetch (a closure each was most of
 * what a fetch allocated at 30,000 replicas).
 */
const fetchTrace = { broker: 0, leader: 0, partition: null as Partition | null, fetchOffset: 0 };
const buildFetchTrace = () => ({
  type: 'replica.fetch' as const,
  broker: fetchTrace.broker,
  leader: fetchTrace.leader,
  topic: fetchTrace.partition!.topic,
  partition: fetchTrace.partition!.partition,
  fetchOffset: fetchTrace.fetchOffset,
});

export class ReplicaFetcherThread {
  private inFlight: number | null = null;
  /**
   * The in-flight request's timeout (replica.socket.timeout.ms): its moment, and its place among
   * that millisecond's events, taken when it was sent (ctx.reserveSeq).
   */
  private requestDeadline = Infinity;
  private requestSeq = -1;
  /**
   * The place of the one timeout event this thread keeps queued (-1: none). A request answered
   * within 30 s leaves its event queued; when it fires it re-arms for the request then in flight
   * (if any), at its deadline and in its place — so every timeout fires as if set when its request
   * was sent, without an event per fetch (150,000 queued for 30 s at 30,000 replicas).
   */
  private armedSeq = -1;
  private readonly onTimeoutEvent = (): void => {
    const fired = this.armedSeq;
    this.armedSeq = -1;
    if (this.inFlight === null) return;
    if (fired !== this.requestSeq) {
      this.armTimeout();
      return;
    }
    if (!this.stopped) this.requestFailed();
  };
  /**
   * What each partition of the in-flight request was sent with, in its order — the answer lists
   * them in the same order (ReplicaManager.readForFetch), so it is matched by position, not looked
   * up by key: at 30,000 replicas these lookups were a large part of the run.
   */
  private inFlightPartitions: InFlightRequest = NO_REQUEST;
  private stopped = false;
  /** The connection to the leader: needed before a request; closed by a timeout or a reset. */
  private connected = false;
  private connecting = false;
  private connectAttempt = 0;
  /** Consecutive failed connection attempts (the setup timeout doubles with each). */
  private connectFailures = 0;
  /** When the last answer came: a slowed broker pauses pauseMs() from then (its current factor). */
  private lastResponseAt = -Infinity;
  /** The earliest time a wake-up is already scheduled for (no need for an earlier duplicate). */
  private wakeAt = Infinity;
  private readonly states = new Map<string, PartitionFetchState>();
  /** The values of `states` in the order each fetch lists them (by key); null when they changed. */
  private sorted: PartitionFetchState[] | null = null;
  /** The partitions ready for the next fetch (refilled by each maybeFetch). */
  private readonly ready: PartitionFetchState[] = [];
  /**
   * The last request sent: an idle thread's next request is the same (its entries are the same
   * objects) and is sent again as it is, arrays and all, rather than rebuilt every 500 ms.
   */
  private lastSent: SentRequest | null = null;

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
    this.connecting = false;
    this.connected = false;
    for (const st of this.states.values()) st.removed = true;
    this.states.clear();
    this.sorted = null;
  }

  /**
   * AbstractFetcherThread.addPartitions: a partition already here in the same leader epoch keeps
   * its state (and any back-off); otherwise it starts afresh, ready to fetch. The thread wakes.
   */
  addPartitions(partitions: ReadonlyMap<string, number>): void {
    for (const [key, leaderEpoch] of partitions) {
      const current = this.states.get(key);
      if (current && current.currentLeaderEpoch === leaderEpoch) continue;
      if (current) {
        // A new epoch starts afresh (Kafka replaces the state; the same object serves here).
        current.currentLeaderEpoch = leaderEpoch;
        current.delayedUntil = -Infinity;
        continue;
      }
      this.sorted = null;
      this.states.set(key, {
        key,
        partition: undefined,
        currentLeaderEpoch: leaderEpoch,
        delayedUntil: -Infinity,
        removed: false,
        request: null,
        topicPartition: null,
      });
    }
    this.maybeFetch();
  }

  /** AbstractFetcherThread.removePartitions: an answer still awaited is ignored for them. */
  removePartitions(keys: Iterable<string>): void {
    for (const key of keys) this.forget(key);
  }

  private forget(key: string): void {
    const st = this.states.get(key);
    if (!st) return;
    st.removed = true;
    this.states.delete(key);
    this.sorted = null;
  }

  /** The partitions it fetches (one fenced out, markPartitionFailed, no longer counts). */
  get partitionCount(): number {
    return this.states.size;
  }

  maybeFetch(): void {
    if (this.stopped || this.inFlight !== null || this.connecting) return;
    const now = this.ctx.now();
    const pause = this.pauseMs();
    if (pause > 0 && now < this.lastResponseAt + pause) {
      this.wakeUpAt(this.lastResponseAt + pause);
      return;
    }
    // AbstractFetcherThread.maybeFetch → buildFetch: only partitions ready for fetch.
    const ready = this.ready;
    ready.length = 0;
    let nextReady = Infinity;
    this.sorted ??= [...this.states.values()].sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
    );
    for (const st of this.sorted) {
      if (st.delayedUntil > now) {
        nextReady = Math.min(nextReady, st.delayedUntil);
        continue;
      }
      if (!st.partition) {
        st.partition = this.replicaManager.partitions.get(st.key);
        if (!st.partition) continue;
        st.topicPartition = { topic: st.partition.topic, partition: st.partition.partition };
      }
      ready.push(st);
    }
    if (ready.length === 0) {
      // Nothing to fetch: wait for a back-off to end (or for partitions to be added).
      if (nextReady < Infinity) this.wakeUpAt(nextReady);
      return;
    }
    if (!this.connected) {
      this.connect();
      return;
    }
    this.send(ready);
  }

  private send(ready: readonly PartitionFetchState[]): void {
    const cfg = this.ctx.brokerConfig;
    const last = this.lastSent;
    let same = last !== null && last.asked.states.length === ready.length;
    fetchTrace.broker = this.brokerId;
    fetchTrace.leader = this.leaderId;
    for (let i = 0; i < ready.length; i++) {
      const st = ready[i]!;
      const p = st.partition!;
      const currentLeaderEpoch = st.currentLeaderEpoch;
      const fetchOffset = p.log.logEndOffset;
      const lastFetchedEpoch = p.epochCache.latestEpoch();
      let entry = st.request;
      if (
        !entry ||
        entry.fetchOffset !== fetchOffset ||
        entry.lastFetchedEpoch !== lastFetchedEpoch ||
        entry.currentLeaderEpoch !== currentLeaderEpoch
      )
        st.request = entry = {
          topic: p.topic,
          partition: p.partition,
          fetchOffset,
          partitionMaxBytes: 1048576,
          lastFetchedEpoch,
          currentLeaderEpoch,
        };
      same &&= last!.asked.states[i] === st && last!.asked.entries[i] === entry;
      fetchTrace.partition = p;
      fetchTrace.fetchOffset = fetchOffset;
      this.ctx.traceLazy('replica.fetch', buildFetchTrace);
    }
    fetchTrace.partition = null;
    const maxWaitMs = cfg.replicaFetchWaitMaxMs;
    const minBytes = cfg.replicaFetchMinBytes;
    const ssl = cfg.securityInterBrokerProtocol === 'SSL';
    const request =
      same &&
      last!.payload.maxWaitMs === maxWaitMs &&
      last!.payload.minBytes === minBytes &&
      last!.ssl === ssl
        ? last!
        : (this.lastSent = this.newRequest(ready, maxWaitMs, minBytes, ssl));
    this.inFlightPartitions = request.asked;
    const msg = this.ctx.network.send(
      this.nodeId,
      `broker:${this.leaderId}`,
      'Fetch',
      request.payload,
      {
        partitions: request.names,
        ssl,
      },
    );
    this.inFlight = msg.correlationId;
    // No answer within the request timeout: BrokerBlockingSender closes the connection and the
    // thread backs off every partition (processFetchRequest's catch → handlePartitionsWithErrors).
    this.requestDeadline = this.ctx.now() + REPLICA_SOCKET_TIMEOUT_MS;
    this.requestSeq = this.ctx.reserveSeq();
    // An event already queued is for an earlier request, so due no later: it re-arms for this one.
    if (this.armedSeq < 0) this.armTimeout();
  }

  private armTimeout(): void {
    this.armedSeq = this.requestSeq;
    this.ctx.scheduleReserved(this.requestDeadline, this.requestSeq, this.onTimeoutEvent);
  }

  /** A request for `ready` with the entries send() just brought up to date (never mutated after). */
  private newRequest(
    ready: readonly PartitionFetchState[],
    maxWaitMs: number,
    minBytes: number,
    ssl: boolean,
  ): SentRequest {
    const states = ready.slice();
    const partitions: Partition[] = [];
    const entries: FetchPartitionData[] = [];
    const names: TopicPartition[] = [];
    for (const st of states) {
      partitions.push(st.partition!);
      entries.push(st.request!);
      names.push(st.topicPartition!);
    }
    const payload: FetchRequest = {
      replicaId: this.brokerId,
      maxWaitMs,
      minBytes,
      maxBytes: 10485760,
      partitions: entries,
    };
    return { asked: { states, partitions, entries }, payload, names, ssl };
  }

  /** The request failed as a whole (timeout or reset): close, back off every partition, retry. */
  private requestFailed(): void {
    this.inFlight = null;
    this.connected = false;
    this.delayPartitions(this.states.keys());
    this.maybeFetch();
  }

  /**
   * NetworkClient's connection attempt, as awaitReady waits for it. Across a cut link the SYN is
   * lost and sent again (1 s, 3 s, 7 s… after the attempt); the first to get through connects —
   * so once the link heals the thread fetches at its next retransmission. With none through
   * within the setup timeout the attempt fails: back off and try again. (A dead leader behind a
   * working link refuses at once: the request goes out and the reset comes back, onDisconnect.)
   */
  private connect(): void {
    this.connecting = true;
    const attempt = ++this.connectAttempt;
    const startedAt = this.ctx.now();
    const setupTimeout = Math.min(
      CONNECTION_SETUP_TIMEOUT_MS * 2 ** this.connectFailures,
      CONNECTION_SETUP_TIMEOUT_MAX_MS,
    );
    const trySyn = (i: number) => {
      if (this.stopped || attempt !== this.connectAttempt) return;
      if (!this.ctx.network.isLinkCut(this.nodeId, `broker:${this.leaderId}`)) {
        this.connecting = false;
        this.connected = true;
        this.connectFailures = 0;
        this.maybeFetch();
        return;
      }
      const next = startedAt + (SYN_RETRANSMITS_MS[i] ?? Infinity);
      if (next < startedAt + setupTimeout) {
        this.ctx.schedule(next, () => trySyn(i + 1));
        return;
      }
      this.ctx.schedule(startedAt + setupTimeout, () => {
        if (this.stopped || attempt !== this.connectAttempt) return;
        this.connecting = false;
        this.connectFailures++;
        this.delayPartitions(this.states.keys());
        this.maybeFetch();
      });
    };
    trySyn(0);
  }

  /** The leader's process is gone (connection reset): back off (replica.fetch.backoff.ms), retry. */
  onDisconnect(): void {
    if (this.stopped) return;
    this.connected = false;
    if (this.inFlight !== null) this.requestFailed();
  }

  /** AbstractFetcherThread.delayPartitions: a partition already backing off keeps its delay. */
  private delayPartitions(keys: Iterable<string>): void {
    const until = this.ctx.now() + REPLICA_FETCH_BACKOFF_MS;
    for (const key of keys) {
      const st = this.states.get(key);
      if (st && st.delayedUntil <= this.ctx.now()) st.delayedUntil = until;
    }
  }

  private wakeUpAt(at: number): void {
    if (this.wakeAt <= at && this.wakeAt >= this.ctx.now()) return;
    this.wakeAt = at;
    this.ctx.schedule(at, () => {
      if (this.wakeAt === at) this.wakeAt = Infinity;
      this.maybeFetch();
    });
  }

  onResponse(msg: ResponseMessage<'Fetch'>): void {
    if (this.stopped || msg.correlationId !== this.inFlight) return;
    this.inFlight = null;
    this.connected = true;
    const now = this.ctx.now();
    const failed: string[] = [];
    const diverging: { p: Partition; epoch: number; endOffset: number }[] = [];
    const asked = this.inFlightPartitions;
    this.inFlightPartitions = NO_REQUEST;
    const answers = msg.payload.partitions;
    for (let i = 0; i < answers.length; i++) {
      const pr = answers[i]!;
      const p = asked.partitions[i]!;
      const sent = asked.entries[i]!;
      const key = p.key;
      const sentState = asked.states[i]!;
      const st = sentState.removed ? this.states.get(key) : sentState;
      // AbstractFetcherThread.processFetchRequest uses an answer only for a partition it still
      // fetches (not moved to another leader's thread meanwhile), ready for fetch, at the offset
      // it asked for.
      if (!st || st.delayedUntil > now || sent.fetchOffset !== p.log.logEndOffset) continue;
      const error: ErrorCode = pr.error;
      if (error === 'OFFSET_OUT_OF_RANGE') {
        this.handleOutOfRangeError(p, pr);
        continue;
      }
      if (error === 'FENCED_LEADER_EPOCH') {
        if (this.onPartitionFenced(key, sent.currentLeaderEpoch!)) failed.push(key);
        continue;
      }
      // UNKNOWN_LEADER_EPOCH (the leader's metadata lags ours), NOT_LEADER_OR_FOLLOWER and the
      // rest: back off this partition and retry it.
      if (error !== 'NONE') {
        failed.push(key);
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
        const batch = p.log.appendAsFollower(b);
        p.producerState.update(
          batch.producerId,
          batch.producerEpoch,
          batch.baseSequence,
          batch.recordCount,
          batch.baseOffset,
        );
        this.replicaManager.traceAppend(p, batch, false);
      }
      const from = p.updateFollowerHighWatermark(pr.highWatermark);
      if (from >= 0) traceHwAdvance(this.ctx, this.brokerId, p, from);
      // Followers learn the log start offset from the leader (their own retention then
      // deletes the segments below it: deleteLogStartOffsetBreachedSegments).
      p.log.maybeIncrementLogStartOffset(pr.logStartOffset, 'leader.offset.incremented');
    }
    // AbstractFetcherThread.truncateOnFetchResponse, after the whole answer was looked at.
    for (const d of diverging) {
      const to = getOffsetTruncationState(d.p, d.epoch, d.endOffset);
      this.truncate(d.p, to, `leader epoch ${d.epoch} ends at offset ${d.endOffset} on the leader`);
    }
    this.delayPartitions(failed);
    // A slowed broker also pauses between fetches (maybeFetch waits).
    this.lastResponseAt = now;
    this.maybeFetch();
  }

  /**
   * AbstractFetcherThread.onPartitionFenced: the leader is on a newer epoch than the one this
   * partition was fetched with. If that is still the epoch the thread knows, the partition stops
   * here (markPartitionFailed) until the new leader and epoch arrive in this broker's metadata;
   * if a newer epoch was added meanwhile, it is retried after the back-off (returns true).
   */
  private onPartitionFenced(key: string, requestEpoch: number): boolean {
    const st = this.states.get(key);
    if (!st) return false;
    if (st.currentLeaderEpoch === requestEpoch) {
      this.forget(key);
      return false;
    }
    return true;
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
  private truncate(p: Partition, offset: number, reason: TruncateReason): void {
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
