// Kafka's Cleaner (log compaction), one cleaning round of one log:
//  1. buildOffsetMap: over the dirty section, the last offset of every key.
//  2. groupSegmentsBySize: every segment from the start up to the end of the dirty section, in
//     groups that fit one segment (segment.bytes, segment.index.bytes).
//  3. cleanInto: each group is rewritten into one new segment named by its first base offset.
//     A record stays if it is the latest for its key (or lies past the map); a tombstone stays
//     until its batch's delete horizon (set to now + delete.retention.ms the first time the
//     cleaner sees it, KIP-534). Batches keep their offsets (gaps appear) and last offset;
//     a batch with nothing left goes, unless it is a producer's last batch or ends the round.
//     Rewritten batches are re-encoded, so their sizes are the real ones.
//  4. The old segments become `.deleted`; the checkpoint moves to the end of the dirty section.
// Simplified: cleaning takes no simulated time; batches whose payload left the payload window
// are kept unchanged (their keys are no longer known).
import { LogSegment } from './LogSegment';
import type { LogBatch, LogRecord } from './RecordBatch';
import type { UnifiedLog } from './UnifiedLog';
import { logSegments, logToClean } from './LogCleanerManager';
import { batchSizeOf, type BatchHeader } from './LogBatchCodec';

const MAX_INT = 0x7fffffff;

export interface CleanResult {
  firstDirtyOffset: number;
  endOffset: number;
  groups: { baseOffsets: number[]; sizeBefore: number; sizeAfter: number }[];
  recordsBefore: number;
  recordsAfter: number;
  tombstonesRemoved: number;
}

/** Clean `log` once (the caller checked the dirty ratio). Returns null when there is nothing dirty. */
export function cleanLog(log: UnifiedLog, now: number): CleanResult | null {
  if (log.uncleanable !== null) return null;
  const ltc = logToClean(log, now);
  const upperBound = ltc.firstUncleanableOffset;
  const map = buildOffsetMap(log, ltc.firstDirtyOffset, upperBound);
  if (map.latestOffset < 0) return null;
  const endOffset = map.latestOffset + 1;
  const lastOffsetOfProducers = lastOffsetsOfActiveProducers(log);
  const groups = groupSegmentsBySize(
    logSegments(log, 0, endOffset),
    log.config.segmentBytes,
    log.config.segmentIndexBytes,
    upperBound,
  );
  const result: CleanResult = {
    firstDirtyOffset: ltc.firstDirtyOffset,
    endOffset,
    groups: [],
    recordsBefore: 0,
    recordsAfter: 0,
    tombstonesRemoved: 0,
  };
  const cleanedGroups: { group: LogSegment[]; cleaned: LogSegment }[] = [];
  try {
    for (const group of groups) {
      const cleaned = LogSegment.open(group[0]!.baseOffset, now, log.config);
      for (const source of group)
        cleanInto(
          source,
          cleaned,
          map,
          now,
          log.config.deleteRetentionMs,
          lastOffsetOfProducers,
          upperBound,
          result,
        );
      cleaned.onBecomeInactiveSegment();
      cleaned.lastModified = group[group.length - 1]!.lastModified;
      cleanedGroups.push({ group, cleaned });
    }
  } catch (e) {
    // A merged segment whose index overflows (a tiny segment.index.bytes): Kafka's cleaner fails
    // the same way and marks the partition uncleanable; the log stays as it was.
    log.uncleanable = e instanceof Error ? e.message : String(e);
    return null;
  }
  for (const { group, cleaned } of cleanedGroups) {
    result.groups.push({
      baseOffsets: group.map((s) => s.baseOffset),
      sizeBefore: group.reduce((n, s) => n + s.size, 0),
      sizeAfter: cleaned.size,
    });
    log.replaceSegments(group, [cleaned], 'compaction');
  }
  log.cleanerCheckpoint = endOffset;
  const sizeBefore = result.groups.reduce((n, g) => n + g.sizeBefore, 0);
  const sizeAfter = result.groups.reduce((n, g) => n + g.sizeAfter, 0);
  log.env.trace({
    type: 'log.compacted',
    broker: log.env.broker,
    topic: log.topic,
    partition: log.partition,
    firstDirtyOffset: result.firstDirtyOffset,
    cleanedUpTo: endOffset,
    dirtyRatio: ltc.cleanableRatio,
    groups: result.groups,
    sizeBefore,
    sizeAfter,
    recordsBefore: result.recordsBefore,
    recordsAfter: result.recordsAfter,
    tombstonesRemoved: result.tombstonesRemoved,
  });
  return result;
}

interface OffsetMap {
  offsets: Map<string, number>;
  /** The last offset of the last batch read (the map's updateLatestOffset). */
  latestOffset: number;
}

/** Cleaner.buildOffsetMap over [start, end): key → its last offset there. */
export function buildOffsetMap(log: UnifiedLog, start: number, end: number): OffsetMap {
  const map: OffsetMap = { offsets: new Map(), latestOffset: -1 };
  for (const seg of logSegments(log, start, end)) {
    for (const b of seg.batches) {
      if (b.records)
        for (const r of b.records)
          if (r.key !== null && r.offset >= start) map.offsets.set(r.key, r.offset);
      if (b.lastOffset >= start) map.latestOffset = Math.max(map.latestOffset, b.lastOffset);
    }
  }
  return map;
}

/** ProducerStateManager's last data offset of each producer with an id (idempotent producers). */
function lastOffsetsOfActiveProducers(log: UnifiedLog): Map<number, number> {
  const out = new Map<number, number>();
  for (const b of log.batches())
    if (b.producerId >= 0)
      out.set(b.producerId, Math.max(out.get(b.producerId) ?? -1, b.lastOffset));
  return out;
}

function cleanInto(
  source: LogSegment,
  dest: LogSegment,
  map: OffsetMap,
  now: number,
  deleteRetentionMs: number,
  lastOffsetOfProducers: Map<number, number>,
  upperBoundOffsetOfCleaningRound: number,
  stats: CleanResult,
): void {
  for (const batch of source.batches) {
    stats.recordsBefore += batch.recordCount;
    if (batch.records === null) {
      dest.append({ ...batch, position: 0 }, dest.lastModified);
      stats.recordsAfter += batch.recordCount;
      continue;
    }
    const retainEmpty =
      (batch.producerId >= 0 && lastOffsetOfProducers.get(batch.producerId) === batch.lastOffset) ||
      batch.lastOffset + 1 === upperBoundOffsetOfCleaningRound;
    const retained: LogRecord[] = [];
    let containsTombstones = false;
    for (const r of batch.records) {
      if (shouldRetainRecord(map, batch, r, now)) {
        retained.push(r);
        if (r.value === null) containsTombstones = true;
      } else if (r.value === null) stats.tombstonesRemoved++;
    }
    const out = filteredBatch(
      batch,
      retained,
      containsTombstones,
      retainEmpty,
      now,
      deleteRetentionMs,
    );
    if (out) {
      dest.append(out, dest.lastModified);
      stats.recordsAfter += out.recordCount;
    }
  }
}

/** Cleaner.shouldRetainRecord. */
function shouldRetainRecord(map: OffsetMap, batch: LogBatch, r: LogRecord, now: number): boolean {
  if (r.offset > map.latestOffset) return true;
  if (r.key === null) return false; // a compacted log has no use for keyless records
  const found = map.offsets.get(r.key) ?? -1;
  const retainDeletes = batch.deleteHorizonMs === null || now < batch.deleteHorizonMs;
  return r.offset >= found && (r.value !== null || retainDeletes);
}

/** MemoryRecords.filterTo for one batch: the original batch, a rebuilt one, a header, or nothing. */
function filteredBatch(
  batch: LogBatch,
  retained: LogRecord[],
  containsTombstones: boolean,
  retainEmpty: boolean,
  now: number,
  deleteRetentionMs: number,
): LogBatch | null {
  if (retained.length === 0) {
    if (!retainEmpty) return null;
    // DefaultRecordBatch.writeEmptyHeader: no records, no base timestamp, uncompressed.
    const header: BatchHeader = {
      ...headerOf(batch),
      baseTimestamp: -1,
      recordCount: 0,
      compression: 'none',
      deleteHorizonMs: null,
    };
    return { ...header, position: 0, sizeBytes: batchSizeOf(header, []), records: [] };
  }
  const needToSetDeleteHorizon = containsTombstones && batch.deleteHorizonMs === null;
  if (retained.length === batch.records!.length && !needToSetDeleteHorizon)
    return { ...batch, position: 0 };
  const deleteHorizonMs = needToSetDeleteHorizon ? now + deleteRetentionMs : batch.deleteHorizonMs;
  let maxTimestamp = -1;
  for (const r of retained) if (r.timestamp > maxTimestamp) maxTimestamp = r.timestamp;
  const header: BatchHeader = {
    ...headerOf(batch),
    // With a delete horizon the base timestamp holds it; record deltas count from it.
    baseTimestamp: deleteHorizonMs ?? retained[0]!.timestamp,
    maxTimestamp,
    recordCount: retained.length,
    deleteHorizonMs,
  };
  return { ...header, position: 0, sizeBytes: batchSizeOf(header, retained), records: retained };
}

function headerOf(b: LogBatch): BatchHeader {
  return {
    baseOffset: b.baseOffset,
    lastOffset: b.lastOffset,
    partitionLeaderEpoch: b.partitionLeaderEpoch,
    producerId: b.producerId,
    producerEpoch: b.producerEpoch,
    baseSequence: b.baseSequence,
    baseTimestamp: b.baseTimestamp,
    maxTimestamp: b.maxTimestamp,
    recordCount: b.recordCount,
    compression: b.compression,
    deleteHorizonMs: b.deleteHorizonMs,
  };
}

/** Cleaner.groupSegmentsBySize. */
export function groupSegmentsBySize(
  segments: readonly LogSegment[],
  maxSize: number,
  maxIndexSize: number,
  firstUncleanableOffset: number,
): LogSegment[][] {
  const grouped: LogSegment[][] = [];
  let rest = segments.slice();
  while (rest.length > 0) {
    const group = [rest[0]!];
    let logSize = rest[0]!.size;
    let indexSize = rest[0]!.offsetIndex.sizeInBytes();
    let timeIndexSize = rest[0]!.timeIndex.sizeInBytes();
    rest = rest.slice(1);
    while (
      rest.length > 0 &&
      logSize + rest[0]!.size <= maxSize &&
      indexSize + rest[0]!.offsetIndex.sizeInBytes() <= maxIndexSize &&
      timeIndexSize + rest[0]!.timeIndex.sizeInBytes() <= maxIndexSize &&
      (rest[0]!.size === 0 ||
        lastOffsetForFirstSegment(rest, firstUncleanableOffset) - group[0]!.baseOffset <= MAX_INT)
    ) {
      group.push(rest[0]!);
      logSize += rest[0]!.size;
      indexSize += rest[0]!.offsetIndex.sizeInBytes();
      timeIndexSize += rest[0]!.timeIndex.sizeInBytes();
      rest = rest.slice(1);
    }
    grouped.push(group);
  }
  return grouped;
}

function lastOffsetForFirstSegment(
  segs: readonly LogSegment[],
  firstUncleanableOffset: number,
): number {
  return segs.length > 1 ? segs[1]!.baseOffset - 1 : firstUncleanableOffset - 1;
}
