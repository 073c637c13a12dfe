// What the failover comparison runs and what each run reports: plain data shared by the view, the
// worker and the runner (failoverRun.ts).

export type FailoverMode = 'kraft' | 'zookeeper';

export const FAILOVER_MODES: readonly FailoverMode[] = ['kraft', 'zookeeper'];
/** Partition counts compared, at RF 1: the controller's work grows with partitions, and the runs stay short. */
export const FAILOVER_PARTITIONS: readonly number[] = [100, 1000, 3000, 10_000];
/**
 * Each point is run once per seed: KRaft's randomized election timeouts make one run a sample.
 * The n-th run also kills FAILOVER_KILL_SPREAD_MS × n later, so the runs meet the failure at
 * different moments of the heartbeat cycles (a ZooKeeper session pings every 6 s).
 */
export const FAILOVER_SEEDS: readonly number[] = [1, 2, 3];
export const FAILOVER_KILL_SPREAD_MS = 2000;
/** The cluster every run uses: brokers, and controllers (KRaft) or ZooKeeper servers. */
export const FAILOVER_BROKERS = 3;
export const FAILOVER_QUORUM = 3;
/** The cap on the partitions of one topic (SCENARIO_LIMITS.maxPartitionsPerTopic). */
export const FAILOVER_TOPIC_PARTITIONS = 1000;
/** The controller is killed no sooner than this (simulated ms), once every partition has a leader. */
export const FAILOVER_WARMUP_MS = 5000;
/** How long a run may take to settle, and a new controller to become active, in simulated ms. */
export const FAILOVER_SETTLE_CAP_MS = 300_000;
export const FAILOVER_RECOVERY_CAP_MS = 300_000;

export interface FailoverRequest {
  modes: readonly FailoverMode[];
  partitions: readonly number[];
  seeds: readonly number[];
}

/** One run: the active controller killed once the cluster settled, and what followed. */
export interface FailoverSample {
  mode: FailoverMode;
  partitions: number;
  seed: number;
  /** The controller killed (a controller node id in KRaft, a broker id in ZooKeeper mode). */
  killed: number;
  /** Simulated ms at the kill. */
  killedAt: number;
  /** The controller that became active after it, or null if none did within the cap. */
  next: number | null;
  /** The new controller's epoch. */
  epoch: number | null;
  /** Simulated ms from the kill to the new controller's `controller.active`; null past the cap. */
  recoveryMs: number | null;
}

/** One point of a series: every seed's sample for a mode and partition count. */
export interface FailoverPoint {
  mode: FailoverMode;
  partitions: number;
  samples: FailoverSample[];
  /** Over the samples that recovered; null if none did. */
  medianMs: number | null;
  minMs: number | null;
  maxMs: number | null;
}

export const DEFAULT_FAILOVER_REQUEST: FailoverRequest = {
  modes: FAILOVER_MODES,
  partitions: FAILOVER_PARTITIONS,
  seeds: FAILOVER_SEEDS,
};
