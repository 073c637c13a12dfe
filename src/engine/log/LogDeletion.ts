// UnifiedLog.deleteOldSegments: retention removes whole segments from the oldest on, stopping at
// the first one that must stay. A segment may go only when the high watermark has passed its end
// (so the log start offset never overtakes it). The active segment counts too: when it is due, the
// log rolls first and the (now inactive) segment goes — Kafka's deleteSegments does the same.
import type { LogSegment } from './LogSegment';
import type { SegmentDeletionReason, UnifiedLog } from './UnifiedLog';
import { deletes } from './LogConfig';
import { TOPIC_CONFIGS } from '../config/tables/topic';

type DeletionCondition = (segment: LogSegment, next: LogSegment | undefined) => boolean;

/** Retention for one log; returns how many segments went. */
export function deleteOldSegments(log: UnifiedLog): number {
  if (deletes(log.config))
    return (
      deleteLogStartOffsetBreachedSegments(log) +
      deleteRetentionSizeBreachedSegments(log) +
      deleteRetentionMsBreachedSegments(log)
    );
  // cleanup.policy=compact: only what lies below the log start offset.
  return deleteLogStartOffsetBreachedSegments(log);
}

/** retention.ms: the segment's largest timestamp is more than retention.ms old. */
export function deleteRetentionMsBreachedSegments(log: UnifiedLog): number {
  const retentionMs = log.config.retentionMs;
  if (retentionMs < 0) return 0;
  const now = log.env.now();
  return deleteSegmentsWhile(
    log,
    (seg) => now - seg.largestTimestamp > retentionMs,
    TOPIC_CONFIGS.retentionMs.name,
  );
}

/** retention.bytes: drop the oldest while the log stays at or above retention.bytes without it. */
export function deleteRetentionSizeBreachedSegments(log: UnifiedLog): number {
  const retentionBytes = log.config.retentionBytes;
  const size = log.sizeInBytes;
  if (retentionBytes < 0 || size < retentionBytes) return 0;
  let diff = size - retentionBytes;
  return deleteSegmentsWhile(
    log,
    (seg) => {
      if (diff - seg.size < 0) return false;
      diff -= seg.size;
      return true;
    },
    TOPIC_CONFIGS.retentionBytes.name,
  );
}

/** Segments wholly below the log start offset (moved up by a leader, or DeleteRecords). */
export function deleteLogStartOffsetBreachedSegments(log: UnifiedLog): number {
  return deleteSegmentsWhile(
    log,
    (_seg, next) => next !== undefined && next.baseOffset <= log.logStartOffset,
    'log.start.offset',
  );
}

function deleteSegmentsWhile(
  log: UnifiedLog,
  predicate: DeletionCondition,
  reason: SegmentDeletionReason,
): number {
  const deletable = deletableSegments(log, predicate);
  if (deletable.length === 0) return 0;
  // There must always be a segment: deleting them all rolls a new (empty) active one first.
  if (deletable.length === log.segments.length) log.roll('retention');
  log.removeOldestSegments(deletable.length, reason);
  return deletable.length;
}

/** UnifiedLog.deletableSegments: oldest first, until the predicate fails; never an empty last segment. */
export function deletableSegments(log: UnifiedLog, predicate: DeletionCondition): LogSegment[] {
  const out: LogSegment[] = [];
  const segs = log.segments;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const next = segs[i + 1];
    const isLastSegmentAndEmpty = next === undefined && seg.size === 0;
    const upperBoundOffset = next ? next.baseOffset : log.logEndOffset;
    const ok = log.highWatermark >= upperBoundOffset && predicate(seg, next);
    if (!ok || isLastSegmentAndEmpty) break;
    out.push(seg);
  }
  return out;
}
