// Kafka's Partition (on one broker): the local replica's log and leader epochs, and — while
// this broker leads — what the leader knows of each follower (its LEO, learnt from its
// fetches; when it last caught up), the ISR with any change still awaiting the controller,
// and the high watermark.
import { tpKey } from '../common/TopicPartition';
import { UnifiedLog } from '../log/UnifiedLog';
import {
  type LeaderEpochFileCache,
  UNDEFINED_EPOCH,
  UNDEFINED_EPOCH_OFFSET,
} from '../log/LeaderEpochFileCache';
import { ProducerStateManager } from '../log/ProducerStateManager';
import { logConfigOf, type LogConfig } from '../log/LogConfig';
import type { LogEnv } from '../log/LogEnv';
import type { TopicConfig } from '../config/types';
import { isInternalTopic } from '../coordinator/group/OffsetsTopic';

export interface FollowerState {
  logEndOffset: number;
  lastCaughtUpTimeMs: number;
  lastFetchTimeMs: number;
  lastFetchLeaderLogEndOffset: number;
}

type LastFetchedEpochCheck =
  | { readonly kind: 'ok' }
  | { readonly kind: 'outOfRange' }
  | { kind: 'diverging'; epoch: number; endOffset: number };
/** Shared answers: the check runs for every partition of every follower fetch, up to 3 times. */
const OK_CHECK: LastFetchedEpochCheck = { kind: 'ok' };
const OUT_OF_RANGE_CHECK: LastFetchedEpochCheck = { kind: 'outOfRange' };

/** The topic configs the log reads (segments, indexes, retention, cleaning). */
export function segmentConfigOf(c: TopicConfig): LogConfig {
  return logConfigOf(c);
}

export class Partition {
  readonly log: UnifiedLog;
  /** Idempotence state, kept by leader and followers alike so a new leader knows the sequences. */
  readonly producerState = new ProducerStateManager();
  leaderEpoch = -1;
  partitionEpoch = -1;
  leader: number | null = null;
  replicas: number[] = [];
  /** The committed ISR, as the controller last confirmed it. */
  isr: number[] = [];
  /** An ISR change sent to the controller (AlterPartition) and not yet answered. */
  pendingIsr: number[] | null = null;
  /** The log end offset when this broker became leader of the current epoch. */
  leaderEpochStartOffset = 0;
  readonly followers = new Map<number, FollowerState>();
  /**
   * The same followers, ids and states in the map's order: the HW check walks them on every
   * follower fetch (a Map's entry iterator made two objects per follower each time).
   */
  private followerIds: number[] = [];
  private followerStates: FollowerState[] = [];

  /** `topic-partition` (tpKey), made once: fetchers key their state by it on every fetch. */
  readonly key: string;

  constructor(
    readonly brokerId: number,
    readonly topic: string,
    readonly partition: number,
    public config: TopicConfig,
    env: LogEnv,
  ) {
    this.key = tpKey(topic, partition);
    // A coordinator rebuilds groups from every record of __consumer_offsets, so its payloads stay.
    this.log = new UnifiedLog(
      topic,
      partition,
      segmentConfigOf(config),
      env,
      isInternalTopic(topic) ? Infinity : undefined,
    );
  }

  /** The log's leader-epoch cache (Kafka keeps it in UnifiedLog). */
  get epochCache(): LeaderEpochFileCache {
    return this.log.leaderEpochCache;
  }

  get isLeader(): boolean {
    return this.leader === this.brokerId;
  }

  /**
   * Kafka's Partition.checkCurrentLeaderEpoch (KIP-320), the first check of a fetch, before even
   * whether this replica leads: a fetcher on an older epoch is fenced (it must learn the new
   * leader from metadata); one on a newer epoch is ahead of this broker's own metadata, which will
   * catch up (it retries). No epoch in the request: no check.
   */
  checkCurrentLeaderEpoch(
    remoteLeaderEpoch: number | undefined,
  ): 'NONE' | 'FENCED_LEADER_EPOCH' | 'UNKNOWN_LEADER_EPOCH' {
    if (remoteLeaderEpoch === undefined) return 'NONE';
    if (this.leaderEpoch > remoteLeaderEpoch) return 'FENCED_LEADER_EPOCH';
    if (this.leaderEpoch < remoteLeaderEpoch) return 'UNKNOWN_LEADER_EPOCH';
    return 'NONE';
  }

  /** Kafka's maximal ISR: the committed ISR plus replicas a pending expansion adds. */
  maximalIsr(): number[] {
    if (!this.pendingIsr) return this.isr;
    return [...new Set([...this.isr, ...this.pendingIsr])];
  }

  /**
   * Apply the controller's registration. Returns what happened to this replica, so the broker
   * can start or stop fetching (Kafka's makeLeader / makeFollower).
   */
  applyRegistration(
    leader: number | null,
    leaderEpoch: number,
    partitionEpoch: number,
    replicas: number[],
    isr: number[],
    now: number,
  ): 'becameLeader' | 'becameFollower' | 'isrChanged' | 'unchanged' {
    const newEpoch = leaderEpoch !== this.leaderEpoch;
    const wasLeader = this.isLeader;
    this.replicas = [...replicas];
    let isrChanged = false;
    if (partitionEpoch > this.partitionEpoch) {
      isrChanged = true;
      this.isr = [...isr];
      this.partitionEpoch = partitionEpoch;
      this.pendingIsr = null;
    }
    if (!newEpoch && leader === this.leader) return isrChanged ? 'isrChanged' : 'unchanged';
    this.leader = leader;
    this.leaderEpoch = leaderEpoch;
    if (leader === this.brokerId) {
      // makeLeader: the new epoch starts at the LEO; followers start as unknown but caught up now.
      this.leaderEpochStartOffset = this.log.logEndOffset;
      this.epochCache.assign(leaderEpoch, this.log.logEndOffset);
      this.clearFollowers();
      for (const r of replicas) {
        if (r === this.brokerId) continue;
        // As Kafka's resetReplicaState: ISR followers count as caught up now, others not at all.
        const inSync = this.isr.includes(r);
        const st: FollowerState = {
          logEndOffset: -1,
          lastCaughtUpTimeMs: inSync ? now : -Infinity,
          lastFetchTimeMs: -Infinity,
          lastFetchLeaderLogEndOffset: -1,
        };
        this.followers.set(r, st);
        this.followerIds.push(r);
        this.followerStates.push(st);
      }
      return 'becameLeader';
    }
    this.clearFollowers();
    this.pendingIsr = null;
    return wasLeader || newEpoch ? 'becameFollower' : 'unchanged';
  }

  private clearFollowers(): void {
    this.followers.clear();
    this.followerIds = [];
    this.followerStates = [];
  }

  /**
   * The leader learns a follower's LEO from its fetch offset (Kafka's Replica.updateFetchState).
   * Returns whether that LEO changed: only then may the HW move (Kafka's
   * Partition.updateFollowerFetchState checks maybeIncrementLeaderHW only when
   * prevFollowerEndOffset differs).
   */
  updateFollowerFetchState(follower: number, fetchOffset: number, now: number): boolean {
    const st = this.followers.get(follower);
    if (!st) return false;
    const leaderLeo = this.log.logEndOffset;
    if (fetchOffset >= leaderLeo) st.lastCaughtUpTimeMs = Math.max(st.lastCaughtUpTimeMs, now);
    else if (fetchOffset >= st.lastFetchLeaderLogEndOffset)
      st.lastCaughtUpTimeMs = Math.max(st.lastCaughtUpTimeMs, st.lastFetchTimeMs);
    const moved = st.logEndOffset !== fetchOffset;
    st.logEndOffset = fetchOffset;
    st.lastFetchLeaderLogEndOffset = leaderLeo;
    st.lastFetchTimeMs = now;
    return moved;
  }

  isCaughtUp(st: FollowerState, now: number, lagMaxMs: number): boolean {
    return st.logEndOffset >= this.log.logEndOffset || now - st.lastCaughtUpTimeMs <= lagMaxMs;
  }

  /** ISR members that have not caught up for replica.lag.time.max.ms (Kafka's getOutOfSyncReplicas). */
  outOfSyncReplicas(now: number, lagMaxMs: number): number[] {
    return this.isr.filter((id) => {
      if (id === this.brokerId) return false;
      const st = this.followers.get(id);
      return !st || now - st.lastCaughtUpTimeMs > lagMaxMs;
    });
  }

  /** A follower outside the ISR may join once it reached the HW in this leader's epoch. */
  canJoinIsr(follower: number): boolean {
    if (this.isr.includes(follower)) return false;
    const st = this.followers.get(follower);
    return (
      !!st &&
      st.logEndOffset >= this.log.highWatermark &&
      st.logEndOffset >= this.leaderEpochStartOffset
    );
  }

  /**
   * Kafka's maybeIncrementLeaderHW: the smallest LEO among the maximal ISR and any caught-up
   * eligible follower about to join it. Returns the HW it moved from (the new one is the log's),
   * or -1 when it did not move: no object per move.
   */
  maybeIncrementLeaderHW(now: number, lagMaxMs: number, eligible: (id: number) => boolean): number {
    let min = this.log.logEndOffset;
    const maximal = this.maximalIsr();
    const ids = this.followerIds;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const st = this.followerStates[i]!;
      const counts = maximal.includes(id) || (this.isCaughtUp(st, now, lagMaxMs) && eligible(id));
      if (counts && st.logEndOffset < min) min = Math.max(st.logEndOffset, 0);
    }
    if (min > this.log.highWatermark) {
      const from = this.log.highWatermark;
      this.log.highWatermark = min;
      return from;
    }
    return -1;
  }

  /**
   * Kafka's UnifiedLog.endOffsetForEpoch: where `epoch` (or the largest epoch below it) ends in
   * this replica's log, by its leader-epoch cache; null when the cache cannot say.
   */
  endOffsetForEpoch(epoch: number): { epoch: number; endOffset: number } | null {
    const found = this.epochCache.endOffsetFor(epoch, this.log.logEndOffset);
    return found.endOffset === UNDEFINED_EPOCH_OFFSET ? null : found;
  }

  /**
   * The leader's check of a fetch that names the epoch of the follower's last batch, before it
   * reads anything (Kafka's Partition.readRecords, KIP-320 / truncation on fetch). In Kafka's
   * order: an epoch the leader cannot place, or a fetch offset below the log start offset, is
   * OFFSET_OUT_OF_RANGE; an epoch that ended here before the fetch offset (or a smaller epoch
   * answered) is a diverging epoch — no error, so the follower truncates at once, even when its
   * fetch offset is past this log's end.
   */
  validateLastFetchedEpoch(fetchOffset: number, lastFetchedEpoch: number): LastFetchedEpochCheck {
    const log = this.log;
    // The usual case, without building endOffsetFor's answer: the follower's last epoch is the
    // latest here, which ends at the log end offset.
    if (
      lastFetchedEpoch !== UNDEFINED_EPOCH &&
      this.epochCache.latestEpoch() === lastFetchedEpoch
    ) {
      if (fetchOffset < log.logStartOffset) return OUT_OF_RANGE_CHECK;
      const leo = log.logEndOffset;
      if (leo < fetchOffset) return { kind: 'diverging', epoch: lastFetchedEpoch, endOffset: leo };
      return OK_CHECK;
    }
    const end = this.endOffsetForEpoch(lastFetchedEpoch);
    if (!end || end.epoch === UNDEFINED_EPOCH) return OUT_OF_RANGE_CHECK;
    if (fetchOffset < log.logStartOffset) return OUT_OF_RANGE_CHECK;
    if (end.epoch < lastFetchedEpoch || end.endOffset < fetchOffset)
      return { kind: 'diverging', epoch: end.epoch, endOffset: end.endOffset };
    return OK_CHECK;
  }

  /**
   * Kafka's Partition.truncateTo → UnifiedLog.truncateTo: cut the log to end before `offset`,
   * with the leader-epoch cache and the producer state. Past the log end it is a no-op for the
   * log, but the epoch cache is still cut at the log end: this replica may have started an epoch
   * as leader and written nothing in it. Returns whether the log changed.
   */
  truncateTo(offset: number): boolean {
    const log = this.log;
    if (offset >= log.logEndOffset) {
      this.epochCache.truncateFromEnd(log.logEndOffset);
      return false;
    }
    // Below the first segment UnifiedLog.truncateTo empties the log (truncateFullyAndStartAt).
    const full = log.segments[0]!.baseOffset > offset;
    log.truncateTo(offset);
    if (full) this.epochCache.clear();
    else this.epochCache.truncateFromEnd(offset);
    this.producerState.rebuild(log.batches());
    return true;
  }

  /** Kafka's UnifiedLog.truncateFullyAndStartAt: an empty log at `offset`, no epochs, no producers. */
  truncateFullyAndStartAt(offset: number): void {
    this.log.truncateFullyAndStartAt(offset);
    this.epochCache.clear();
    this.producerState.rebuild([]);
  }

  /** A follower's HW: the leader's, capped by its own LEO. Returns the HW it moved from, or -1. */
  updateFollowerHighWatermark(leaderHw: number): number {
    const hw = Math.min(leaderHw, this.log.logEndOffset);
    if (hw > this.log.highWatermark) {
      const from = this.log.highWatermark;
      this.log.highWatermark = hw;
      return from;
    }
    return -1;
  }
}
