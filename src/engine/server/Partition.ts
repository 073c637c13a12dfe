// Kafka's Partition (on one broker): the local replica's log, and — while this broker leads —
// what the leader knows of each follower (its LEO from its fetches) and the high watermark.
import { UnifiedLog } from '../log/UnifiedLog';
import { logConfigOf, type LogConfig } from '../log/LogConfig';
import type { LogEnv } from '../log/LogEnv';
import type { TopicConfig } from '../config/types';

export interface FollowerState {
  logEndOffset: number;
  lastCaughtUpTimeMs: number;
  lastFetchTimeMs: number;
  lastFetchLeaderLogEndOffset: number;
}

/** The topic configs the log reads (segments, indexes, retention, cleaning). */
export function segmentConfigOf(c: TopicConfig): LogConfig {
  return logConfigOf(c);
}

export class Partition {
  readonly log: UnifiedLog;
  leaderEpoch = -1;
  leader: number | null = null;
  replicas: number[] = [];
  isr: number[] = [];
  readonly followers = new Map<number, FollowerState>();

  constructor(
    readonly brokerId: number,
    readonly topic: string,
    readonly partition: number,
    public config: TopicConfig,
    env: LogEnv,
  ) {
    this.log = new UnifiedLog(topic, partition, segmentConfigOf(config), env);
  }

  get isLeader(): boolean {
    return this.leader === this.brokerId;
  }

  /** Become leader (or follower) as the controller's metadata says. */
  applyRegistration(
    leader: number | null,
    leaderEpoch: number,
    replicas: number[],
    isr: number[],
    now: number,
  ): void {
    const becameLeader =
      leader === this.brokerId &&
      (this.leader !== this.brokerId || leaderEpoch !== this.leaderEpoch);
    this.leader = leader;
    this.leaderEpoch = leaderEpoch;
    this.replicas = replicas;
    this.isr = isr;
    if (becameLeader) {
      this.followers.clear();
      for (const r of replicas) {
        if (r === this.brokerId) continue;
        this.followers.set(r, {
          logEndOffset: -1,
          lastCaughtUpTimeMs: now,
          lastFetchTimeMs: now,
          lastFetchLeaderLogEndOffset: -1,
        });
      }
    }
  }

  /** The leader learns a follower's LEO from its fetch offset (Kafka's Replica.updateFetchState). */
  updateFollowerFetchState(follower: number, fetchOffset: number, now: number): void {
    const st = this.followers.get(follower);
    if (!st) return;
    const leaderLeo = this.log.logEndOffset;
    if (fetchOffset >= leaderLeo) st.lastCaughtUpTimeMs = Math.max(st.lastCaughtUpTimeMs, now);
    else if (fetchOffset >= st.lastFetchLeaderLogEndOffset)
      st.lastCaughtUpTimeMs = Math.max(st.lastCaughtUpTimeMs, st.lastFetchTimeMs);
    st.logEndOffset = fetchOffset;
    st.lastFetchLeaderLogEndOffset = leaderLeo;
    st.lastFetchTimeMs = now;
  }

  /** HW = the smallest LEO among ISR members (the leader's own included). Returns the old HW if it moved. */
  maybeIncrementLeaderHW(): { from: number; to: number } | null {
    let min = this.log.logEndOffset;
    for (const id of this.isr) {
      if (id === this.brokerId) continue;
      const st = this.followers.get(id);
      if (!st) continue;
      min = Math.min(min, Math.max(st.logEndOffset, 0));
    }
    if (min > this.log.highWatermark) {
      const from = this.log.highWatermark;
      this.log.highWatermark = min;
      return { from, to: min };
    }
    return null;
  }

  /** A follower's HW: the leader's, capped by its own LEO. */
  updateFollowerHighWatermark(leaderHw: number): { from: number; to: number } | null {
    const hw = Math.min(leaderHw, this.log.logEndOffset);
    if (hw > this.log.highWatermark) {
      const from = this.log.highWatermark;
      this.log.highWatermark = hw;
      return { from, to: hw };
    }
    return null;
  }
}
