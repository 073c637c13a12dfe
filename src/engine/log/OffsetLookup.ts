// How Kafka finds things in a log, step by step, for the engine (ListOffsets by timestamp) and
// for the storage view, which replays the steps: the segment (the greatest base offset ≤ the
// target: LogSegments.floorSegment), the binary search over the sparse index
// (AbstractIndex.indexSlotRangeFor), then the forward scan of the .log from the position found
// (FileRecords.searchForOffsetFromPosition / searchForTimestamp).
import type { IndexProbe } from './IndexSearch';
import type { LogSegment } from './LogSegment';
import type { LogBatch } from './RecordBatch';
import type { UnifiedLog } from './UnifiedLog';

export interface ScannedBatch {
  position: number;
  baseOffset: number;
  lastOffset: number;
  sizeBytes: number;
  maxTimestamp: number;
}

/** The lookup inside one segment: index search, start position, batches read. */
export interface SegmentRead {
  segmentBaseOffset: number;
  /** What was searched in the offset index (the target, or for a timestamp lookup the time index's offset). */
  indexTarget: number;
  indexProbes: IndexProbe[];
  /** The entry the search landed on; slot -1 = none ≤ target, so (baseOffset, 0). */
  indexEntry: { slot: number; offset: number; position: number };
  startPosition: number;
  scanned: ScannedBatch[];
  found: ScannedBatch | null;
}

export interface OffsetLookupExplanation {
  target: number;
  logStartOffset: number;
  logEndOffset: number;
  /** out-of-range: below the log start offset or at/after the log end offset (OFFSET_OUT_OF_RANGE, or nothing yet at the LEO). */
  outcome: 'found' | 'out-of-range';
  /** The base offsets of the segments, and the one chosen (greatest ≤ target). */
  segmentBaseOffsets: number[];
  chosenSegment: number | null;
  /** The chosen segment, then later ones when it held nothing ≥ target (compaction gaps). */
  reads: SegmentRead[];
  found: (ScannedBatch & { segmentBaseOffset: number }) | null;
}

export interface TimestampLookupExplanation {
  target: number;
  /** Offsets below this are not returned (the log start offset). */
  startingOffset: number;
  /** Segments checked in order until one has a largest timestamp ≥ target. */
  segmentsChecked: { baseOffset: number; largestTimestamp: number; matches: boolean }[];
  chosenSegment: number | null;
  timeIndexProbes: IndexProbe[];
  timeIndexEntry: { slot: number; timestamp: number; offset: number } | null;
  /** Then the offset index, for max(time index entry's offset, startingOffset). */
  read: SegmentRead | null;
  /** The first record with timestamp ≥ target and offset ≥ startingOffset. */
  result: { offset: number; timestamp: number; segmentBaseOffset: number; position: number } | null;
  /** True when the batch's records left the payload window: the offset comes from its header only. */
  approximate: boolean;
}

function scanned(b: LogBatch): ScannedBatch {
  return {
    position: b.position,
    baseOffset: b.baseOffset,
    lastOffset: b.lastOffset,
    sizeBytes: b.sizeBytes,
    maxTimestamp: b.maxTimestamp,
  };
}

/** The offset-index step in one segment: where the .log is read from. */
function indexStep(seg: LogSegment, indexTarget: number): SegmentRead {
  const indexProbes: IndexProbe[] = [];
  const entry = seg.offsetIndex.lookup(indexTarget, indexProbes);
  return {
    segmentBaseOffset: seg.baseOffset,
    indexTarget,
    indexProbes,
    indexEntry: { slot: entry.slot, offset: entry.offset, position: entry.position },
    startPosition: entry.position,
    scanned: [],
    found: null,
  };
}

/** The batches of `seg` from the read's start position on. */
function* batchesFrom(seg: LogSegment, position: number): Iterable<LogBatch> {
  for (let i = seg.batchIndexAtPosition(position); i < seg.batches.length; i++) {
    if (seg.batches.position(i) >= position) yield seg.batches.get(i);
  }
}

/** Index search for `target`, then the scan to the first batch with lastOffset ≥ target. */
function readSegment(seg: LogSegment, target: number): SegmentRead {
  const read = indexStep(seg, target);
  for (const b of batchesFrom(seg, read.startPosition)) {
    const s = scanned(b);
    read.scanned.push(s);
    if (b.lastOffset >= target) {
      read.found = s;
      break;
    }
  }
  return read;
}

export function explainOffsetLookup(log: UnifiedLog, target: number): OffsetLookupExplanation {
  const out: OffsetLookupExplanation = {
    target,
    logStartOffset: log.logStartOffset,
    logEndOffset: log.logEndOffset,
    outcome: 'out-of-range',
    segmentBaseOffsets: log.segments.map((s) => s.baseOffset),
    chosenSegment: null,
    reads: [],
    found: null,
  };
  if (target < log.logStartOffset || target >= log.logEndOffset) return out;
  const idx = log.segmentIndexFor(target);
  if (idx < 0) return out;
  out.chosenSegment = log.segments[idx]!.baseOffset;
  for (let i = idx; i < log.segments.length && !out.found; i++) {
    const read = readSegment(log.segments[i]!, target);
    out.reads.push(read);
    if (read.found) {
      out.found = { ...read.found, segmentBaseOffset: read.segmentBaseOffset };
      out.outcome = 'found';
    }
  }
  return out;
}

/**
 * UnifiedLog.fetchOffsetByTimestamp for a real timestamp (searchOffsetInLocalLog): the first
 * segment whose largest timestamp reaches the target; its time index gives an offset; the offset
 * index turns that into a position; the scan returns the first record at or after the target.
 */
export function explainTimestampLookup(
  log: UnifiedLog,
  target: number,
  startingOffset = log.logStartOffset,
): TimestampLookupExplanation {
  const out: TimestampLookupExplanation = {
    target,
    startingOffset,
    segmentsChecked: [],
    chosenSegment: null,
    timeIndexProbes: [],
    timeIndexEntry: null,
    read: null,
    result: null,
    approximate: false,
  };
  const seg = log.segments.find((s) => {
    const matches = s.largestTimestamp >= target;
    out.segmentsChecked.push({
      baseOffset: s.baseOffset,
      largestTimestamp: s.largestTimestamp,
      matches,
    });
    return matches;
  });
  if (!seg) return out;
  out.chosenSegment = seg.baseOffset;
  const t = seg.timeIndex.lookup(target, out.timeIndexProbes);
  out.timeIndexEntry = { slot: t.slot, timestamp: t.timestamp, offset: t.offset };
  const read = indexStep(seg, Math.max(t.offset, startingOffset));
  out.read = read;
  // searchForTimestamp: read on to a batch whose max timestamp reaches the target.
  for (const b of batchesFrom(seg, read.startPosition)) {
    read.scanned.push(scanned(b));
    if (b.maxTimestamp < target) continue;
    const hit = firstRecordAtOrAfter(b, target, startingOffset);
    if (hit) {
      read.found = scanned(b);
      out.result = { ...hit, segmentBaseOffset: seg.baseOffset, position: b.position };
      out.approximate = b.records === null;
      break;
    }
  }
  return out;
}

function firstRecordAtOrAfter(
  b: LogBatch,
  target: number,
  startingOffset: number,
): { offset: number; timestamp: number } | null {
  if (b.records) {
    for (const r of b.records)
      if (r.timestamp >= target && r.offset >= startingOffset)
        return { offset: r.offset, timestamp: r.timestamp };
    return null;
  }
  // Payload gone: only the header is known. The batch's first offset if its first record
  // (baseTimestamp) already reaches the target, else its last record (maxTimestamp ≥ target).
  if (b.recordCount === 0) return null;
  if (b.deleteHorizonMs === null && b.baseTimestamp >= target)
    return { offset: Math.max(b.baseOffset, startingOffset), timestamp: b.baseTimestamp };
  return b.lastOffset >= startingOffset
    ? { offset: b.lastOffset, timestamp: b.maxTimestamp }
    : null;
}
