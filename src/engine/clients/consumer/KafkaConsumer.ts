// Kafka's KafkaConsumer (the classic one), one group member process. The application loop calls
// poll(): it lets the ConsumerCoordinator (re)join the group, starts newly assigned partitions at
// their committed offset (OffsetFetch) or by auto.offset.reset (ListOffsets), sends Fetch
// requests to partition leaders (one per broker, like the client's Fetcher), and returns at most
// max.poll.records records, which the application then processes for processingMsPerRecord each.
// Positions advance when poll() returns records; offsets are committed inside poll() every
// auto.commit.interval.ms, or — enable.auto.commit=false — by the application synchronously
// after processing each batch — again at the next poll() if that commit failed (see appCommit).
// Fetches are only sent from poll(), so a consumer busy processing reads nothing new.
import type { SimContext } from '../../sim/SimContext';
import type { Message, NetworkNode, ResponseMessage } from '../../network/Network';
import { dispatchResponse, type ResponseHandlers } from '../../network/ApiMessages';
import type { ConsumerConfig } from '../../config/types';
import {
  EARLIEST_TIMESTAMP,
  LATEST_TIMESTAMP,
  type ErrorCode,
  type FetchRequest,
  type ListOffsetsRequest,
} from '../../network/requests';
import type { TopicPartitionRef } from '../../snapshot/Snapshot';
import type { TopicPartition } from '../../common/TopicPartition';
import type { LogBatch, LogRecord } from '../../log/RecordBatch';
import type { TraceEventBody } from '../../trace/TraceEvent';
import { Metadata } from '../Metadata';
import { ClusterConnectionStates } from '../ClusterConnectionStates';
import { ConsumerCoordinator } from './ConsumerCoordinator';
import { ConsumerMembershipManager } from '../../sim/consumerGroupProtocol';
import { REQUEST_TIMEOUT_MS, consumerRetryBackoff } from './CoordinatorRequestManager';
import type { Offset } from './CommitRequestManager';
import type { ConsumerHooks, GroupMembership } from './GroupMembership';
import { tpKey as keyOf } from './ConsumerPartitionAssignor';

/** The application the member belongs to: its group, config and what it processed. */
export interface ConsumerApp {
  readonly id: string;
  readonly topics: string[];
  config: ConsumerConfig;
  processingMsPerRecord: number;
  /** Count a processed record; true if some member had processed it before (a redelivery). */
  recordConsumed(topic: string, partition: number, offset: number): boolean;
  /** recordConsumed for the offsets first … first + count - 1, in that order. */
  recordsConsumed(topic: string, partition: number, first: number, count: number): void;
}

/** One partition of a fetch request. */
type FetchPartitionData = FetchRequest['partitions'][number];

/**
 * A run of one partition's fetched records. A fetch buffers its partition's records as runs in
 * offset order; poll() hands runs out whole or cut, so runs of one partition read as one.
 */
interface CompletedFetch {
  topic: string;
  partition: number;
  /**
   * The records, or null for the offsets first … first + count - 1 of batches that came without
   * their records (past the leader's payload window): each reads as a record with only its
   * offset (id -1, null key and value), and none is built (a lagging group read millions).
   */
  records: LogRecord[] | null;
  /** How many: records.length, or the offsets of a run without records. */
  count: number;
  /**
   * records[i].offset is first + i (the usual log, with no gaps), or -1: read each record's.
   * Processing counts a record by its offset without reading the record (a cache miss each).
   */
  first: number;
}

/** The offset of a run's last record. */
function lastOffsetOf(f: CompletedFetch): number {
  return f.records === null ? f.first + f.count - 1 : f.records[f.count - 1]!.offset;
}

export type ProcessStatus = 'running' | 'stalled' | 'crashed';

export class KafkaConsumer implements NetworkNode {
  /** The process runs (false once crashed or closed). */
  alive = true;
  crashed = false;
  closing = false;
  /** Partitions owned now (SubscriptionState.assignedPartitions). */
  assignment: TopicPartitionRef[] = [];
  /**
   * The assignment's `topic-partition` keys and its fetch list ({topic, partition} each), built
   * once per assignment: every poll walks them, and a key string per partition per poll was the
   * fetch loop's main garbage. Valid while `keyed` is the assignment array itself.
   */
  private keyed: {
    of: TopicPartitionRef[];
    keys: string[];
    set: Set<string>;
    tps: TopicPartition[];
    /**
     * The last fetch entry sent for each partition, by its index: sent again while its position
     * and fetch size hold (a request is never changed once sent), not rebuilt for every fetch of
     * every partition when one of them got records.
     */
    entries: (FetchPartitionData | undefined)[];
  } | null = null;
  /** `topic-partition` keys by topic, then partition: built once, not per lookup. */
  private readonly keys = new Map<string, string[]>();
  /** The group protocol: classic (ConsumerCoordinator) or consumer (KIP-848). */
  readonly coordinator: GroupMembership;
  private positions = new Map<string, number>();
  /** What this member last committed (or found committed): unchanged positions are not re-sent. */
  private lastCommitted = new Map<string, number>();
  private fetchingCommitted = new Set<string>();
  private needsReset = new Set<string>();
  /** Partitions whose offset a ListOffsets in flight looks up: key → its correlation id. */
  private resetting = new Map<string, number>();
  /** ListOffsets in flight: correlation id → the broker asked and the partitions. */
  private listOffsetsInFlight = new Map<number, { broker: number; keys: string[] }>();
  /**
   * A failed lookup is not retried before retry.backoff.ms (SubscriptionState.requestFailed,
   * the partition's nextRetryTimeMs): key → when it may be asked again.
   */
  private resetBackoffUntil = new Map<string, number>();
  /** auto.offset.reset=none and nothing committed: NoOffsetForPartitionException, not consumed. */
  private noOffset = new Set<string>();
  /** Owned but about to be revoked (an eager rebalance began): not fetched, not returned. */
  private pendingRevocation = new Set<string>();
  private fetchesInFlight = new Map<number, number>();
  private buffer: CompletedFetch[] = [];
  private processing = false;
  /** close() or restart() asked while a batch is being processed: done after it. */
  private stopRequested: 'close' | 'restart' | null = null;
  /**
   * enable.auto.commit=false: the commit after a batch failed (RebalanceInProgressException, a
   * timeout, coordinator errors). The application commits its positions again at its next poll
   * once the member is in a stable group, until a commit succeeds or the partitions are gone.
   */
  private commitRetryPending = false;
  private commitRetryAt = 0;
  private restarting = false;
  /** The application is inside poll(), waiting for records. */
  private idle = false;
  private wakeScheduled = false;
  private pollSeq = 0;
  private stalledUntil = 0;
  private resumeScheduled = false;
  private nextAutoCommitAt: number;
  private autoCommitTimer = false;
  private metadata: Metadata;
  /** Its connections to brokers: which were reset lately and are in reconnect backoff. */
  private connections: ClusterConnectionStates;
  /** OffsetFetch failures in a row: each retry waits longer (fetchCommittedOffsets' attempts). */
  private offsetFetchAttempts = 0;
  /** A poll() scheduled for when a fetch leader leaves its reconnect backoff. */
  private fetchWakeAt: number | null = null;
  /** Bumped when the process stops, so its scheduled work is dropped. */
  private epoch = 0;

  constructor(
    private app: ConsumerApp,
    readonly memberId: string,
    private ctx: SimContext,
    private bootstrap: number[],
  ) {
    this.nextAutoCommitAt = ctx.now() + app.config.autoCommitIntervalMs;
    this.connections = new ClusterConnectionStates(ctx.random, () => this.app.config);
    this.metadata = new Metadata(
      ctx,
      this.nodeId,
      () => this.bootstrapBrokers(),
      REQUEST_TIMEOUT_MS,
      () => this.app.config.retryBackoffMs,
      () => {
        this.coordinator.onMetadataUpdate();
        this.wake();
      },
      {
        retryBackoffMaxMs: () => this.app.config.retryBackoffMaxMs,
        connections: this.connections,
      },
    );
    const hooks: ConsumerHooks = {
      groupId: app.id,
      memberId,
      nodeId: this.nodeId,
      topics: app.topics,
      config: () => this.app.config,
      owned: () => this.assignment,
      consumed: () => this.changedPositions(),
      topicView: (t) => this.metadata.view(t),
      requestMetadata: () => this.metadata.requestUpdate(),
      bootstrapBrokers: () => this.bootstrapBrokers(),
      connections: this.connections,
      revoke: (tps, reason) => this.revoke(tps, reason),
      markPendingRevocation: (tps) => {
        for (const tp of tps) this.pendingRevocation.add(keyOf(tp));
      },
      assign: (generation, tps) => this.assign(generation, tps),
      wake: () => this.wake(),
    };
    this.coordinator =
      app.config.groupProtocol === 'consumer'
        ? new ConsumerMembershipManager(ctx, hooks)
        : new ConsumerCoordinator(ctx, hooks);
  }

  get nodeId(): string {
    return `consumer:${this.app.id}/${this.memberId}`;
  }

  isUp(): boolean {
    return this.alive;
  }

  get status(): ProcessStatus {
    if (this.crashed) return 'crashed';
    return this.ctx.now() < this.stalledUntil ? 'stalled' : 'running';
  }

  private bootstrapBrokers(): number[] {
    return this.bootstrap.filter((b) => this.ctx.metadata.brokers.has(b));
  }

  position(topic: string, partition: number): number | undefined {
    return this.positions.get(this.tpKey(topic, partition));
  }

  positionsSnapshot(): Offset[] {
    return this.assignment.flatMap((tp) => {
      const offset = this.positions.get(keyOf(tp));
      return offset === undefined ? [] : [{ ...tp, offset }];
    });
  }

  refreshMetadata(topic: string): void {
    this.metadata.requestUpdate(topic);
  }

  /** subscribe() and the first poll(): learn the topics, find the coordinator, join. */
  start(): void {
    this.metadata.requestUpdate(this.app.topics);
    this.idle = true;
    this.wake();
  }

  // ---- the application ----

  /** Run poll() soon if the application is waiting in it. */
  private wake(): void {
    if (!this.idle || this.wakeScheduled || !this.alive) return;
    this.wakeScheduled = true;
    const epoch = this.epoch;
    this.ctx.schedule(this.ctx.now(), () => {
      this.wakeScheduled = false;
      if (epoch === this.epoch && this.idle) this.poll();
    });
  }

  /** The application's poll(): at most max.poll.records records, processed one by one. */
  private poll(): void {
    if (!this.alive || this.closing || this.processing || this.restarting) return;
    const now = this.ctx.now();
    if (now < this.stalledUntil) return this.resumeAt(this.stalledUntil);
    const cfg = this.app.config;
    this.idle = true;
    this.pollSeq++;
    this.coordinator.poll();
    if (cfg.enableAutoCommit && now >= this.nextAutoCommitAt) {
      this.nextAutoCommitAt = now + cfg.autoCommitIntervalMs;
      this.commitPositions('async', () => {});
    }
    if (!cfg.enableAutoCommit && this.commitRetryPending && this.retryCommit()) return;
    this.updateFetchPositions();
    // The records returned, as runs of one partition's records (no object per record).
    const batch: CompletedFetch[] = [];
    let count = 0;
    for (let i = 0; count < cfg.maxPollRecords && i < this.buffer.length;) {
      const f = this.buffer[i]!;
      if (this.pendingRevocation.has(this.tpKey(f.topic, f.partition))) {
        i++;
        continue;
      }
      const room = cfg.maxPollRecords - count;
      const n = f.count;
      if (n > room) {
        // The first `room` records; the rest stay buffered (and this poll is full).
        const take: CompletedFetch = {
          topic: f.topic,
          partition: f.partition,
          records: f.records === null ? null : f.records.splice(0, room),
          count: room,
          first: f.first,
        };
        batch.push(take);
        if (f.first >= 0) f.first += room;
        f.count -= room;
        count += room;
        this.positions.set(this.tpKey(f.topic, f.partition), lastOffsetOf(take) + 1);
        continue;
      }
      // All of them (the usual case): the completed fetch itself is the run, not a copy.
      if (n > 0) {
        batch.push(f);
        count += n;
        this.positions.set(this.tpKey(f.topic, f.partition), lastOffsetOf(f) + 1);
      }
      if (i === 0)
        this.buffer.shift(); // no array of the removed one, as splice makes
      else this.buffer.splice(i, 1);
    }
    this.sendFetches();
    if (count === 0) {
      if (cfg.enableAutoCommit) this.scheduleAutoCommitPoll();
      return;
    }
    this.leavePoll();
    this.processing = true;
    const epoch = this.epoch;
    const per = this.app.processingMsPerRecord;
    // One event per record, at its moment, all running one callback: they fire in the order they
    // were scheduled (times never decrease, ties go by scheduling order), so the k-th firing is
    // the k-th record. Not two closures per record.
    let run = 0;
    let inRun = 0;
    let done = 0;
    const processNext = (): void => {
      const f = batch[run]!;
      const at = inRun;
      if (++inRun === f.count) {
        run++;
        inRun = 0;
      }
      if (++done > count || epoch !== this.epoch) return;
      this.consumed = f;
      this.consumedAt = at;
      this.app.recordConsumed(
        f.topic,
        f.partition,
        f.first >= 0 ? f.first + at : f.records![at]!.offset,
      );
      this.ctx.traceLazy('consume.record', this.buildConsumeEvent);
      this.consumed = null;
      if (done === count) this.afterBatch();
    };
    if (per > 0) {
      for (let i = 0; i < count; i++) this.ctx.schedule(now + per * (i + 1), processNext);
      return;
    }
    // No processing time: the `count` events would all be due now with consecutive sequence
    // numbers, so nothing could fire between them (anything they schedule now comes after the
    // last). One event processing them in turn keeps the order; not an event per record.
    this.ctx.schedule(now, () => {
      if (epoch === this.epoch && !this.ctx.wantsChatter('consume.record'))
        return this.processAtOnce(batch, count);
      for (let i = 0; i < count; i++) processNext();
    });
  }

  /**
   * processNext for every record of `batch` (`count` of them) with no listener for their
   * consume.record events: a run with consecutive offsets is counted at once, not record by
   * record (nothing else happens between them: their events are only counted).
   */
  private processAtOnce(batch: readonly CompletedFetch[], count: number): void {
    for (const f of batch) {
      if (f.first >= 0) this.app.recordsConsumed(f.topic, f.partition, f.first, f.count);
      else
        for (let i = 0; i < f.count; i++)
          this.app.recordConsumed(f.topic, f.partition, f.records![i]!.offset);
    }
    this.ctx.skipChatter(count);
    this.afterBatch();
  }

  /** The run and index of the record being processed, for buildConsumeEvent (run at once). */
  private consumed: CompletedFetch | null = null;
  private consumedAt = 0;

  private readonly buildConsumeEvent = (): TraceEventBody & { type: 'consume.record' } => {
    const { topic, partition, records, first } = this.consumed!;
    const at = this.consumedAt;
    const record = records === null ? null : records[at]!;
    return {
      type: 'consume.record',
      group: this.app.id,
      member: this.memberId,
      topic,
      partition,
      record:
        record === null
          ? { id: -1, key: null, offset: first + at }
          : { id: record.id, key: record.key, offset: record.offset },
    };
  };

  /** After processing a batch: commit it (manual commit mode), then poll again. */
  private afterBatch(): void {
    if (this.app.config.enableAutoCommit) return this.appWorkDone();
    this.appCommit();
  }

  /** The application is back in its loop: close or restart if asked meanwhile, else poll. */
  private appWorkDone(): void {
    this.processing = false;
    const stop = this.stopRequested;
    this.stopRequested = null;
    if (stop === 'close') this.close();
    else if (stop === 'restart') this.restart();
    else this.poll();
  }

  /**
   * The application's commitSync() (no arguments: allConsumed, the positions of all assigned
   * partitions). A well-written application whose commitSync threw RebalanceInProgressException
   * or a retriable error commits again after the rebalance (the exception's javadoc: poll() to
   * complete the rebalance, then retry the partitions still assigned); a later success covers
   * the failed commit, as it carries every assigned partition's position.
   */
  private appCommit(): void {
    const epoch = this.epoch;
    this.commitPositions('sync', (error) => {
      if (epoch !== this.epoch) return;
      if (error === 'NONE') this.commitRetryPending = false;
      else {
        // Not again before retry.backoff.ms (a commit failed while stable would loop at once).
        this.commitRetryPending = true;
        this.commitRetryAt = this.ctx.now() + this.app.config.retryBackoffMs;
        this.wakeAt(this.commitRetryAt);
      }
      this.appWorkDone();
    });
  }

  /** From poll(): commit again after a failed per-batch commit, if the member can now. */
  private retryCommit(): boolean {
    // Still rebalancing (or out of the group): poll on, which completes the rebalance.
    if (!this.coordinator.isStable() || this.ctx.now() < this.commitRetryAt) return false;
    if (this.changedPositions().length === 0) {
      // Committed meanwhile, or the partitions were revoked: nothing left to commit.
      this.commitRetryPending = false;
      return false;
    }
    this.leavePoll();
    this.processing = true;
    this.appCommit();
    return true;
  }

  /** The application leaves poll(): max.poll.interval.ms starts counting. */
  private leavePoll(): void {
    this.idle = false;
    const seq = this.pollSeq;
    const epoch = this.epoch;
    this.ctx.schedule(this.ctx.now() + this.app.config.maxPollIntervalMs, () => {
      if (epoch === this.epoch && this.pollSeq === seq && !this.idle)
        this.coordinator.onPollTimeout();
    });
  }

  private resumeAt(at: number): void {
    if (this.resumeScheduled) return;
    this.resumeScheduled = true;
    const epoch = this.epoch;
    this.ctx.schedule(at, () => {
      this.resumeScheduled = false;
      if (epoch === this.epoch && !this.processing) this.poll();
    });
  }

  /** stallConsumer: the application thread blocks for `ms` (the heartbeat thread keeps going). */
  stall(ms: number): void {
    if (!this.alive || this.closing) return;
    this.stalledUntil = Math.max(this.stalledUntil, this.ctx.now() + ms);
    this.ctx.trace({ type: 'member.stalled', group: this.app.id, member: this.memberId, ms });
    if (this.idle) {
      this.leavePoll();
      this.resumeAt(this.stalledUntil);
    }
  }

  /** An idle consumer still polls, so auto-commit still happens on time. */
  private scheduleAutoCommitPoll(): void {
    // auto.commit.interval.ms=0 commits at every poll() (Kafka's timer is always expired); an idle
    // consumer's positions do not move, so no timed poll — one due now would loop at the same ms.
    if (this.autoCommitTimer || this.app.config.autoCommitIntervalMs <= 0) return;
    this.autoCommitTimer = true;
    const epoch = this.epoch;
    this.ctx.schedule(Math.max(this.nextAutoCommitAt, this.ctx.now()), () => {
      this.autoCommitTimer = false;
      if (epoch === this.epoch && this.idle) this.poll();
    });
  }

  private changedPositions(): Offset[] {
    return this.positionsSnapshot().filter((o) => this.lastCommitted.get(keyOf(o)) !== o.offset);
  }

  private commitPositions(mode: 'sync' | 'async', done: (error: ErrorCode) => void): void {
    const offsets = this.changedPositions();
    this.coordinator.commit(offsets, mode, (error) => {
      if (error === 'NONE') for (const o of offsets) this.lastCommitted.set(keyOf(o), o.offset);
      done(error);
    });
  }

  // ---- the subscription state, changed by the coordinator ----

  private revoke(
    tps: TopicPartitionRef[],
    reason: 'rebalance' | 'reassigned' | 'lost' | 'close',
  ): void {
    const gone = new Set(tps.map(keyOf));
    this.ctx.trace({
      type: 'group.revoke',
      group: this.app.id,
      member: this.memberId,
      generation: this.coordinator.generation,
      protocol: this.coordinator.rebalanceProtocol,
      reason,
      partitions: tps.map((tp) => ({ ...tp })),
    });
    this.assignment = this.assignment.filter((tp) => !gone.has(keyOf(tp)));
    for (const k of gone) {
      this.positions.delete(k);
      this.lastCommitted.delete(k);
      this.needsReset.delete(k);
      this.resetting.delete(k);
      this.resetBackoffUntil.delete(k);
      this.noOffset.delete(k);
      this.pendingRevocation.delete(k);
    }
    this.buffer = this.buffer.filter((f) => !gone.has(this.tpKey(f.topic, f.partition)));
  }

  private assign(generation: number, tps: TopicPartitionRef[]): void {
    const owned = new Set(this.assignment.map(keyOf));
    const added = tps.filter((tp) => !owned.has(keyOf(tp)));
    this.assignment = tps.map((tp) => ({ ...tp }));
    this.ctx.trace({
      type: 'member.assigned',
      group: this.app.id,
      member: this.memberId,
      generation,
      assignment: tps.map((tp) => ({ ...tp })),
      added: added.map((tp) => ({ ...tp })),
    });
    this.wake();
  }

  private assignedKeys(): NonNullable<KafkaConsumer['keyed']> {
    const a = this.assignment;
    if (this.keyed?.of !== a) {
      const keys = a.map((tp) => this.tpKey(tp.topic, tp.partition));
      this.keyed = {
        of: a,
        keys,
        set: new Set(keys),
        tps: a.map((tp) => ({ topic: tp.topic, partition: tp.partition })),
        entries: [],
      };
    }
    return this.keyed;
  }

  private tpKey(topic: string, partition: number): string {
    let byPartition = this.keys.get(topic);
    if (!byPartition) this.keys.set(topic, (byPartition = []));
    return (byPartition[partition] ??= `${topic}-${partition}`);
  }

  private isAssigned(topic: string, partition: number): boolean {
    return this.assignedKeys().set.has(this.tpKey(topic, partition));
  }

  // ---- positions: committed offset, else auto.offset.reset ----

  private updateFetchPositions(): void {
    const { keys } = this.assignedKeys();
    let need: TopicPartitionRef[] | null = null;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (
        !this.positions.has(k) &&
        !this.fetchingCommitted.has(k) &&
        !this.needsReset.has(k) &&
        !this.resetting.has(k) &&
        !this.noOffset.has(k)
      )
        (need ??= []).push(this.assignment[i]!);
    }
    if (need !== null) {
      const fetching = need;
      for (const tp of fetching) this.fetchingCommitted.add(keyOf(tp));
      const epoch = this.epoch;
      this.coordinator.fetchCommitted(fetching, (offsets) => {
        if (epoch !== this.epoch) return;
        for (const tp of fetching) this.fetchingCommitted.delete(keyOf(tp));
        if (!offsets) {
          const backoff = consumerRetryBackoff(this.app.config);
          const wait = backoff.backoff(this.offsetFetchAttempts++, this.ctx.random);
          this.wakeAt(this.ctx.now() + wait);
          return;
        }
        this.offsetFetchAttempts = 0;
        for (const o of offsets) {
          const k = this.tpKey(o.topic, o.partition);
          if (!this.isAssigned(o.topic, o.partition) || this.positions.has(k)) continue;
          if (o.offset < 0) {
            this.needsReset.add(k);
            continue;
          }
          this.positions.set(k, o.offset);
          this.lastCommitted.set(k, o.offset);
          this.ctx.trace({
            type: 'offset.fetch',
            group: this.app.id,
            member: this.memberId,
            topic: o.topic,
            partition: o.partition,
            offset: o.offset,
          });
        }
        this.wake();
      });
    }
    this.resetPositions();
  }

  /** auto.offset.reset for partitions without a committed offset: ask the leader (ListOffsets). */
  private resetPositions(): void {
    // Nothing waits for a reset (the common case): the walk below would do nothing.
    if (this.needsReset.size === 0) return;
    const policy = this.app.config.autoOffsetReset;
    const now = this.ctx.now();
    const byLeader = new Map<number, ListOffsetsRequest['partitions']>();
    let retryAt = Infinity;
    for (const tp of this.assignment) {
      const k = keyOf(tp);
      if (!this.needsReset.has(k) || this.resetting.has(k)) continue;
      const backoff = this.resetBackoffUntil.get(k) ?? -Infinity;
      if (backoff > now) {
        retryAt = Math.min(retryAt, backoff);
        continue;
      }
      if (policy === 'none') {
        this.needsReset.delete(k);
        this.noOffset.add(k);
        this.ctx.trace({
          type: 'offset.reset',
          group: this.app.id,
          member: this.memberId,
          ...tp,
          offset: -1,
          policy: 'none',
        });
        continue;
      }
      const leader = this.metadata.leaderFor(tp.topic, tp.partition);
      const retryBackoffMs = this.app.config.retryBackoffMs;
      if (leader === null) {
        // No known leader (OffsetFetcher.resetPositionsAsync): ask for metadata; look again
        // after the backoff rather than at every poll.
        this.metadata.requestUpdate();
        this.resetBackoffUntil.set(k, now + retryBackoffMs);
        retryAt = Math.min(retryAt, now + retryBackoffMs);
        continue;
      }
      if (this.connections.isBlackedOut(leader, now)) {
        // Its connection failed lately (OffsetFetcherUtils: client.isUnavailable): wait the
        // backoff rather than send a request that would fail before reaching the wire.
        const at = now + Math.max(retryBackoffMs, this.connections.connectionDelay(leader, now));
        this.resetBackoffUntil.set(k, at);
        retryAt = Math.min(retryAt, at);
        continue;
      }
      let list = byLeader.get(leader);
      if (!list) byLeader.set(leader, (list = []));
      list.push({
        ...tp,
        timestamp: policy === 'earliest' ? EARLIEST_TIMESTAMP : LATEST_TIMESTAMP,
      });
    }
    if (retryAt < Infinity) this.wakeAt(retryAt);
    for (const [leader, partitions] of byLeader) {
      const req: ListOffsetsRequest = { partitions };
      const msg = this.ctx.network.send(this.nodeId, `broker:${leader}`, 'ListOffsets', req);
      const sent = msg.correlationId;
      const keys = partitions.map((p) => this.tpKey(p.topic, p.partition));
      for (const k of keys) this.resetting.set(k, sent);
      this.listOffsetsInFlight.set(sent, { broker: leader, keys });
      const epoch = this.epoch;
      // No answer within request.timeout.ms: the lookup failed.
      this.ctx.schedule(now + REQUEST_TIMEOUT_MS, () => {
        if (epoch === this.epoch && this.listOffsetsInFlight.has(sent))
          this.listOffsetsFailed(sent);
      });
    }
  }

  /**
   * A lookup that failed (an error for the partition, a timeout, a disconnect) is retried after
   * retry.backoff.ms with fresh metadata, as OffsetFetcherUtils does for
   * NOT_LEADER_OR_FOLLOWER and the like: the leader the consumer asked may be stale.
   */
  private resetFailed(keys: string[]): void {
    const at = this.ctx.now() + this.app.config.retryBackoffMs;
    for (const k of keys) this.resetBackoffUntil.set(k, at);
    this.metadata.requestUpdate();
    this.wakeAt(at);
  }

  private listOffsetsFailed(correlationId: number): void {
    const req = this.listOffsetsInFlight.get(correlationId);
    if (!req) return;
    this.listOffsetsInFlight.delete(correlationId);
    const keys = req.keys.filter((k) => this.resetting.get(k) === correlationId);
    for (const k of keys) this.resetting.delete(k);
    if (keys.length > 0) this.resetFailed(keys);
  }

  private wakeAt(at: number): void {
    const epoch = this.epoch;
    this.ctx.schedule(at, () => {
      if (epoch === this.epoch) this.wake();
    });
  }

  private onListOffsets(msg: ResponseMessage<'ListOffsets'>): void {
    if (!this.listOffsetsInFlight.delete(msg.correlationId)) return;
    const retry: string[] = [];
    for (const p of msg.payload.partitions) {
      const k = this.tpKey(p.topic, p.partition);
      if (this.resetting.get(k) !== msg.correlationId) continue;
      this.resetting.delete(k);
      if (!this.isAssigned(p.topic, p.partition)) continue;
      if (p.error !== 'NONE') {
        retry.push(k);
        continue;
      }
      this.needsReset.delete(k);
      this.resetBackoffUntil.delete(k);
      this.positions.set(k, p.offset);
      this.ctx.trace({
        type: 'offset.reset',
        group: this.app.id,
        member: this.memberId,
        topic: p.topic,
        partition: p.partition,
        offset: p.offset,
        policy: this.app.config.autoOffsetReset,
      });
    }
    if (retry.length > 0) this.resetFailed(retry);
    this.wake();
  }

  // ---- fetching ----

  private sendFetches(): void {
    const cfg = this.app.config;
    const buffered =
      this.buffer.length > 0
        ? new Set(this.buffer.map((f) => this.tpKey(f.topic, f.partition)))
        : null;
    // The partitions by leader, in the order leaders come up: two arrays (few leaders), not a Map.
    const leaders: number[] = [];
    const byLeader: FetchPartitionData[][] = [];
    const now = this.ctx.now();
    let blackedOutUntil = Infinity;
    const { keys, tps, entries } = this.assignedKeys();
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const pos = this.positions.get(k);
      if (pos === undefined || buffered?.has(k) || this.pendingRevocation.has(k)) continue;
      const tp = this.assignment[i]!;
      const leader = this.metadata.leaderFor(tp.topic, tp.partition);
      if (leader === null) {
        // No leader known (AbstractFetch): ask for metadata — the refresh backs off while the
        // answers bring nothing new.
        this.metadata.requestUpdate();
        continue;
      }
      if (this.fetchesInFlight.has(leader)) continue;
      if (this.connections.isBlackedOut(leader, now)) {
        // AbstractFetch: a leader in reconnect backoff is skipped (the request would fail before
        // reaching the wire); fetch from it once the backoff is over.
        blackedOutUntil = Math.min(
          blackedOutUntil,
          now + this.connections.connectionDelay(leader, now),
        );
        continue;
      }
      let e = entries[i];
      if (!e || e.fetchOffset !== pos || e.partitionMaxBytes !== cfg.maxPartitionFetchBytes)
        entries[i] = e = {
          topic: tp.topic,
          partition: tp.partition,
          fetchOffset: pos,
          partitionMaxBytes: cfg.maxPartitionFetchBytes,
        };
      const at = leaders.indexOf(leader);
      if (at >= 0) byLeader[at]!.push(e);
      else {
        leaders.push(leader);
        byLeader.push([e]);
      }
    }
    const wakeAt = this.fetchWakeAt;
    if (
      blackedOutUntil < Infinity &&
      (wakeAt === null || wakeAt < now || blackedOutUntil < wakeAt)
    ) {
      this.fetchWakeAt = blackedOutUntil;
      this.wakeAt(blackedOutUntil);
    }
    for (let l = 0; l < leaders.length; l++) {
      const leader = leaders[l]!;
      const partitions = byLeader[l]!;
      // One builder for the request's partitions (traceLazy runs it at once, if at all), not a
      // closure per partition per fetch.
      let p = partitions[0]!;
      const build = (): TraceEventBody & { type: 'consumer.fetch' } => ({
        type: 'consumer.fetch',
        group: this.app.id,
        member: this.memberId,
        broker: leader,
        topic: p.topic,
        partition: p.partition,
        fetchOffset: p.fetchOffset,
      });
      for (p of partitions) this.ctx.traceLazy('consumer.fetch', build);
      const req: FetchRequest = {
        replicaId: -1,
        maxWaitMs: cfg.fetchMaxWaitMs,
        minBytes: cfg.fetchMinBytes,
        maxBytes: cfg.fetchMaxBytes,
        partitions,
      };
      const msg = this.ctx.network.send(this.nodeId, `broker:${leader}`, 'Fetch', req, {
        // For drawing: the whole assignment's list (shared, read only) when it is all fetched.
        partitions:
          partitions.length === tps.length
            ? tps
            : partitions.map((p) => ({ topic: p.topic, partition: p.partition })),
        ssl: cfg.securityProtocol === 'SSL',
      });
      this.fetchesInFlight.set(leader, msg.correlationId);
      const sent = msg.correlationId;
      const epoch = this.epoch;
      // No answer (dead leader): give up on this fetch after the request timeout.
      this.ctx.schedule(this.ctx.now() + REQUEST_TIMEOUT_MS, () => {
        if (epoch !== this.epoch || this.fetchesInFlight.get(leader) !== sent) return;
        this.fetchesInFlight.delete(leader);
        this.metadata.requestUpdate();
        this.wake();
      });
    }
  }

  private onFetch(msg: ResponseMessage<'Fetch'>): void {
    const leader = Number(msg.from.slice('broker:'.length));
    if (this.fetchesInFlight.get(leader) !== msg.correlationId) return;
    this.fetchesInFlight.delete(leader);
    let refresh = false;
    for (const pr of msg.payload.partitions) {
      const k = this.tpKey(pr.topic, pr.partition);
      const pos = this.positions.get(k);
      if (pos === undefined || !this.isAssigned(pr.topic, pr.partition)) continue;
      if (pr.error === 'OFFSET_OUT_OF_RANGE') {
        this.positions.delete(k); // reset by auto.offset.reset
        this.needsReset.add(k);
        continue;
      }
      if (pr.error !== 'NONE') {
        refresh = true;
        continue;
      }
      if (pr.batches.length > 0) this.bufferFetched(pr.topic, pr.partition, pr.batches, pos);
    }
    if (refresh) this.metadata.requestUpdate();
    this.wake();
  }

  /**
   * A partition's fetched batches, from `pos` on, into the buffer as runs in offset order: the
   * records the batches carry, and bare offsets for batches that came without them.
   */
  private bufferFetched(
    topic: string,
    partition: number,
    batches: readonly LogBatch[],
    pos: number,
  ): void {
    // Sized first (the records at or past the position): no array regrown record by record.
    let n = 0;
    for (const b of batches)
      if (b.records) n += Math.max(0, b.lastOffset + 1 - Math.max(b.baseOffset, pos));
    let records: LogRecord[] | null = null;
    let filled = 0;
    // Whether the records taken so far have the offsets first, first + 1, … (next: the one
    // after them), known from the batches' bounds without reading a record.
    let first = -1;
    let next = -1;
    let gapless = true;
    /** The run of bare offsets being gathered: [bareFirst, bareNext), none while -1. */
    let bareFirst = -1;
    let bareNext = -1;
    for (const b of batches) {
      const from = Math.max(b.baseOffset, pos);
      const recs = b.records;
      // Gaps (compacted): each record's offset says whether it is taken.
      const compacted = recs && recs.length !== b.lastOffset - b.baseOffset + 1;
      if (!compacted && from > b.lastOffset) continue;
      if (!recs) {
        if (records !== null) {
          this.bufferRecords(topic, partition, records, filled, gapless ? first : -1);
          n -= filled;
          records = null;
        }
        if (bareFirst >= 0 && from !== bareNext) {
          this.bufferOffsets(topic, partition, bareFirst, bareNext);
          bareFirst = -1;
        }
        if (bareFirst < 0) bareFirst = from;
        bareNext = b.lastOffset + 1;
        continue;
      }
      if (bareFirst >= 0) {
        this.bufferOffsets(topic, partition, bareFirst, bareNext);
        bareFirst = -1;
      }
      if (records === null) {
        records = new Array(n);
        filled = 0;
        first = next = -1;
        gapless = true;
      }
      if (compacted) {
        gapless = false;
        for (const r of recs) if (r.offset >= pos) records[filled++] = r;
        continue;
      }
      if (next >= 0 && from !== next) gapless = false;
      if (first < 0) first = from;
      next = b.lastOffset + 1;
      // Every offset from baseOffset to lastOffset, in order: record i has baseOffset + i.
      for (let i = from - b.baseOffset; i < recs.length; i++) records[filled++] = recs[i]!;
    }
    if (records !== null)
      this.bufferRecords(topic, partition, records, filled, gapless ? first : -1);
    if (bareFirst >= 0) this.bufferOffsets(topic, partition, bareFirst, bareNext);
  }

  /** The offsets [first, end) of batches without their records, as a run. */
  private bufferOffsets(topic: string, partition: number, first: number, end: number): void {
    this.buffer.push({ topic, partition, records: null, count: end - first, first });
  }

  /** The first `filled` of `records` (an array sized for more), as a run, unless none. */
  private bufferRecords(
    topic: string,
    partition: number,
    records: LogRecord[],
    filled: number,
    first: number,
  ): void {
    records.length = filled;
    if (filled > 0) this.buffer.push({ topic, partition, records, count: filled, first });
  }

  // ---- the network ----

  receive(msg: Message): void {
    if (!this.alive || !msg.response) return;
    // An answer: the connection to that broker works (its reconnect backoff starts over).
    if (msg.from.startsWith('broker:'))
      this.connections.ready(Number(msg.from.slice('broker:'.length)));
    if (msg.listener !== 'PLAINTEXT') return;
    if (!dispatchResponse(this.responseHandlers, msg)) this.coordinator.onResponse(msg);
  }

  /** Its own requests' answers; the group's go to its coordinator or membership manager. */
  private readonly responseHandlers: ResponseHandlers = {
    Metadata: (msg) => this.metadata.onResponse(msg),
    ListOffsets: (msg) => this.onListOffsets(msg),
    Fetch: (msg) => this.onFetch(msg),
  };

  onDisconnect(peer: string): void {
    if (!this.alive || !peer.startsWith('broker:')) return;
    const broker = Number(peer.slice('broker:'.length));
    // No new connection there before the reconnect backoff; then every user of it reacts.
    this.connections.disconnected(broker, this.ctx.now());
    this.metadata.onDisconnect(broker);
    this.coordinator.onDisconnect(broker);
    // Offsets being looked up there are asked again, of the next leader, after the backoff.
    for (const [correlationId, req] of [...this.listOffsetsInFlight])
      if (req.broker === broker) this.listOffsetsFailed(correlationId);
    if (this.fetchesInFlight.delete(broker)) {
      this.metadata.requestUpdate();
      this.wakeAt(this.ctx.now() + this.app.config.retryBackoffMs);
    }
  }

  // ---- the process ----

  /** close(): commit (auto-commit), give the partitions up, leave the group at once. */
  close(): void {
    if (!this.alive || this.closing) return;
    // The application closes between batches: the one it is processing is finished first.
    if (this.processing) {
      this.stopRequested = 'close';
      return;
    }
    this.closing = true;
    this.idle = false;
    this.epoch++;
    const finish = () => {
      if (this.assignment.length > 0) this.revoke(this.assignment, 'close');
      this.coordinator.sendLeaveGroup('leave');
      this.coordinator.stop();
      this.alive = false;
      this.ctx.network.unregister(this.nodeId);
    };
    if (this.app.config.enableAutoCommit && this.coordinator.isStable()) {
      const offsets = this.changedPositions();
      this.coordinator.commit(offsets, 'sync', finish);
    } else finish();
  }

  /**
   * The instance restarts (a new partition.assignment.strategy): like close() — commit, give
   * everything up, LeaveGroup — then it joins again as a new member of the group.
   */
  restart(): void {
    if (!this.alive || this.closing || this.restarting) return;
    if (this.processing) {
      this.stopRequested = 'restart';
      return;
    }
    // The application stops polling while it restarts.
    this.idle = false;
    this.restarting = true;
    const epoch = this.epoch;
    const rejoin = () => {
      if (epoch !== this.epoch) return;
      if (this.assignment.length > 0) this.revoke(this.assignment, 'close');
      this.coordinator.restart();
      this.restarting = false;
      this.poll();
    };
    if (this.app.config.enableAutoCommit && this.coordinator.isStable())
      this.coordinator.commit(this.changedPositions(), 'sync', rejoin);
    else rejoin();
  }

  /** The process dies: no commit, no LeaveGroup; the coordinator notices after session.timeout.ms. */
  crash(): void {
    this.alive = false;
    this.crashed = true;
    this.idle = false;
    this.epoch++;
    this.coordinator.stop();
  }
}
