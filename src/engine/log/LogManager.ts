// Kafka's LogManager background work on one broker: the retention task ("kafka-log-retention",
// first run 30 s after startup, then every log.retention.check.interval.ms) for logs that are not
// compacted, and the log cleaner thread (every log.cleaner.backoff.ms) for those that are.
import type { BrokerConfig } from '../config/types';
import type { UnifiedLog } from './UnifiedLog';
import { compacts } from './LogConfig';
import { deleteOldSegments } from './LogDeletion';
import { cleanLog } from './logCleaner';
import { logToClean } from './LogCleanerManager';

/** LogManager's InitialTaskDelayMs (log.initial.task.delay.ms, 30 s). */
export const INITIAL_TASK_DELAY_MS = 30000;

export interface LogManagerHost {
  now(): number;
  schedule(at: number, fire: () => void): unknown;
  brokerConfig: BrokerConfig;
}

export class LogManager {
  private generation = 0;

  constructor(
    private host: LogManagerHost,
    private logs: () => Iterable<UnifiedLog>,
    private isUp: () => boolean,
  ) {}

  /** Start (or restart, after the broker came back) the retention task and the cleaner. */
  startup(): void {
    const gen = ++this.generation;
    const now = this.host.now();
    const retention = () => {
      if (gen !== this.generation) return;
      if (this.isUp()) this.cleanupLogs();
      this.host.schedule(
        this.host.now() + this.host.brokerConfig.logRetentionCheckIntervalMs,
        retention,
      );
    };
    this.host.schedule(now + INITIAL_TASK_DELAY_MS, retention);
    if (!this.host.brokerConfig.logCleanerEnable) return;
    const cleaner = () => {
      if (gen !== this.generation) return;
      if (this.isUp()) this.runCleaner();
      this.host.schedule(
        this.host.now() + Math.max(1, this.host.brokerConfig.logCleanerBackoffMs),
        cleaner,
      );
    };
    this.host.schedule(now + Math.max(1, this.host.brokerConfig.logCleanerBackoffMs), cleaner);
  }

  /** LogManager.cleanupLogs: retention for every log the cleaner does not own. */
  cleanupLogs(): number {
    let n = 0;
    for (const log of this.logs()) if (!compacts(log.config)) n += deleteOldSegments(log);
    return n;
  }

  /**
   * One pass of the cleaner thread: clean each compacted log whose dirty ratio exceeds
   * min.cleanable.dirty.ratio (filthiest first), then run retention on compacted logs
   * (compact,delete: full retention; compact: only what is below the log start offset).
   */
  runCleaner(): void {
    const now = this.host.now();
    const candidates: { log: UnifiedLog; ratio: number }[] = [];
    for (const log of this.logs()) {
      if (!compacts(log.config)) continue;
      const ltc = logToClean(log, now);
      if (ltc.totalBytes > 0 && ltc.cleanableRatio > log.config.minCleanableDirtyRatio)
        candidates.push({ log, ratio: ltc.cleanableRatio });
    }
    candidates.sort((a, b) => b.ratio - a.ratio);
    for (const c of candidates) cleanLog(c.log, now);
    for (const log of this.logs()) if (compacts(log.config)) deleteOldSegments(log);
  }
}
