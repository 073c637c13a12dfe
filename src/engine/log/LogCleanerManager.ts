// Kafka's LogCleanerManager.cleanableOffsets and LogToClean: which part of a compacted log is
// dirty (written since the last cleaning, from the cleaner checkpoint) and may be cleaned now
// (never the active segment, nothing at or above the high watermark, nothing younger than
// min.compaction.lag.ms), and the dirty ratio cleanable / (clean + cleanable) bytes.
import type { LogSegment } from './LogSegment';
import type { UnifiedLog } from './UnifiedLog';

export interface LogToClean {
  firstDirtyOffset: number;
  /** Segment-aligned: the base offset of the first segment that may not be cleaned. */
  firstUncleanableOffset: number;
  cleanBytes: number;
  cleanableBytes: number;
  totalBytes: number;
  cleanableRatio: number;
}

/** LogSegments.values(from, to): the segment holding `from` and every later one starting below `to`. */
export function logSegments(log: UnifiedLog, from: number, to: number): LogSegment[] {
  if (from >= to) return [];
  const floor = Math.max(0, log.segmentIndexFor(from));
  const out: LogSegment[] = [];
  for (let i = floor; i < log.segments.length; i++) {
    const s = log.segments[i]!;
    if (s.baseOffset >= to) break;
    out.push(s);
  }
  return out;
}

export function cleanableOffsets(
  log: UnifiedLog,
  now: number,
): { firstDirtyOffset: number; firstUncleanableDirtyOffset: number } {
  const checkpoint = log.cleanerCheckpoint ?? log.logStartOffset;
  // A checkpoint below the log start or past the end is reset to the log start offset.
  const firstDirtyOffset =
    checkpoint < log.logStartOffset || checkpoint > log.logEndOffset
      ? log.logStartOffset
      : checkpoint;
  // The last stable offset is the high watermark here (no transactions).
  let uncleanable = Math.min(log.highWatermark, log.activeSegment.baseOffset);
  const lag = log.config.minCompactionLagMs;
  if (lag > 0) {
    const from = Math.max(0, log.segmentIndexFor(firstDirtyOffset));
    for (let i = from; i < log.segments.length - 1; i++) {
      const s = log.segments[i]!;
      if (s.largestTimestamp > now - lag) {
        uncleanable = Math.min(uncleanable, s.baseOffset);
        break;
      }
    }
  }
  return {
    firstDirtyOffset,
    firstUncleanableDirtyOffset: Math.max(firstDirtyOffset, uncleanable),
  };
}

export function logToClean(log: UnifiedLog, now: number): LogToClean {
  const { firstDirtyOffset, firstUncleanableDirtyOffset } = cleanableOffsets(log, now);
  let cleanBytes = 0;
  for (const s of log.segments) if (s.baseOffset < firstDirtyOffset) cleanBytes += s.size;
  // calculateCleanableBytes: round the uncleanable offset down to its (non-active) segment.
  const idx = log.segmentIndexFor(firstUncleanableDirtyOffset);
  const firstUncleanableSegment =
    idx >= 0 && idx < log.segments.length - 1 ? log.segments[idx]! : log.activeSegment;
  const firstUncleanableOffset = firstUncleanableSegment.baseOffset;
  let cleanableBytes = 0;
  for (const s of logSegments(
    log,
    Math.min(firstDirtyOffset, firstUncleanableOffset),
    firstUncleanableOffset,
  ))
    cleanableBytes += s.size;
  const totalBytes = cleanBytes + cleanableBytes;
  return {
    firstDirtyOffset,
    firstUncleanableOffset,
    cleanBytes,
    cleanableBytes,
    totalBytes,
    cleanableRatio: totalBytes > 0 ? cleanableBytes / totalBytes : 0,
  };
}
