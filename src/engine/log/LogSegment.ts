// Kafka's LogSegment: one .log file with its .index and .timeindex, named by base offset.
// The .log holds batches back to back (FileRecords: their fields, see RecordBatch.ts, and
// positions); this class maintains the two sparse indexes exactly as LogSegment.append does.
import { OffsetIndex } from './OffsetIndex';
import { TimeIndex } from './TimeIndex';
import type { LogBatch } from './RecordBatch';
import { FileRecords } from './FileRecords';
import type { LogConfig } from './LogConfig';
import { TOPIC_CONFIGS } from '../config/tables/topic';

/** `00000000000000001000` — Kafka's file-name form of an offset (LogFileUtils.filenamePrefixFromOffset). */
export function filenamePrefixFromOffset(offset: number): string {
  return String(offset).padStart(20, '0');
}

/** Why a segment rolled: the topic config that was reached (its name), or an index limit. */
export type RollReason =
  | typeof TOPIC_CONFIGS.segmentBytes.name
  | typeof TOPIC_CONFIGS.segmentMs.name
  | 'index.full'
  | 'time.index.full'
  | 'offset.overflow';

export class LogSegment {
  readonly batches = new FileRecords();
  /**
   * nextOffset, kept as batches are appended and cut (the only two changes to `batches`): the log
   * end offset is read for every partition of every fetch.
   */
  private next: number;
  readonly offsetIndex: OffsetIndex;
  readonly timeIndex: TimeIndex;
  size = 0;
  bytesSinceLastIndexEntry = 0;
  /** Largest timestamp so far and the last offset of the batch holding it (maxTimestampAndOffsetSoFar). */
  maxTimestampSoFar = -1;
  offsetOfMaxTimestampSoFar = -1;
  /** The first batch's max timestamp: segment.ms counts from it (Kafka's rollingBasedTimestamp). */
  rollingBasedTimestamp: number | null = null;
  /** When the segment was opened (Kafka's `created`), for segment.ms when no batch has a timestamp. */
  created: number;
  /** The .log file's modification time: the last append (or what the cleaner set). */
  lastModified: number;

  constructor(
    readonly baseOffset: number,
    now: number,
    private indexIntervalBytes: number,
    maxIndexSize: number,
    /** segment.jitter.ms drawn for this segment (LogConfig.randomSegmentJitter); 0 by default. */
    readonly rollJitterMs = 0,
  ) {
    this.next = baseOffset;
    this.created = now;
    this.lastModified = now;
    this.offsetIndex = new OffsetIndex(baseOffset, maxIndexSize);
    this.timeIndex = new TimeIndex(baseOffset, maxIndexSize);
  }

  static open(baseOffset: number, now: number, config: LogConfig, jitterMs = 0): LogSegment {
    return new LogSegment(
      baseOffset,
      now,
      config.indexIntervalBytes,
      config.segmentIndexBytes,
      jitterMs,
    );
  }

  get name(): string {
    return filenamePrefixFromOffset(this.baseOffset);
  }

  /** The offset after the last batch (the base offset when empty): the log end offset reads it. */
  get nextOffset(): number {
    return this.next;
  }

  /** largestTimestamp: the max timestamp, or the file's mtime when no batch had one. */
  get largestTimestamp(): number {
    return this.maxTimestampSoFar >= 0 ? this.maxTimestampSoFar : this.lastModified;
  }

  setIndexIntervalBytes(bytes: number): void {
    this.indexIntervalBytes = bytes;
  }

  /** LogSegment.timeWaitedForRoll: from the first batch's timestamp, else from creation. */
  timeWaitedForRoll(now: number, messageTimestamp: number): number {
    const ts = this.rollingBasedTimestamp ?? -1;
    return ts >= 0 ? messageTimestamp - ts : now - this.created;
  }

  /** Kafka's LogSegment.shouldRoll, checked before appending `batchSize` bytes; the first reason that holds. */
  shouldRoll(
    config: Pick<LogConfig, 'segmentBytes' | 'segmentMs'>,
    batchSize: number,
    maxTimestampInBatch: number,
    maxOffsetInBatch: number,
    now: number,
  ): RollReason | null {
    const reachedRollMs =
      this.timeWaitedForRoll(now, maxTimestampInBatch) > config.segmentMs - this.rollJitterMs;
    if (this.size > config.segmentBytes - batchSize) return TOPIC_CONFIGS.segmentBytes.name;
    if (this.size > 0 && reachedRollMs) return TOPIC_CONFIGS.segmentMs.name;
    if (this.offsetIndex.isFull()) return 'index.full';
    if (this.timeIndex.isFull()) return 'time.index.full';
    if (!this.offsetIndex.canAppendOffset(maxOffsetInBatch)) return 'offset.overflow';
    return null;
  }

  /**
   * LogSegment.append for one batch: the index check comes before this batch's bytes are counted,
   * so an entry (batch's last offset → batch's start position) is added once more than
   * index.interval.bytes were written since the last entry; the time index gets (max timestamp
   * so far → last offset of the batch that holds it).
   */
  append(batch: LogBatch, now: number): void {
    batch.position = this.size;
    if (this.size === 0) this.rollingBasedTimestamp = batch.maxTimestamp;
    if (batch.maxTimestamp > this.maxTimestampSoFar) {
      this.maxTimestampSoFar = batch.maxTimestamp;
      this.offsetOfMaxTimestampSoFar = batch.lastOffset;
    }
    if (this.bytesSinceLastIndexEntry > this.indexIntervalBytes) {
      this.offsetIndex.append(batch.lastOffset, batch.position);
      this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar);
      this.bytesSinceLastIndexEntry = 0;
    }
    this.bytesSinceLastIndexEntry += batch.sizeBytes;
    this.batches.push(batch);
    this.next = batch.lastOffset + 1;
    this.size += batch.sizeBytes;
    this.lastModified = now;
  }

  /**
   * onBecomeInactiveSegment: the largest timestamp goes into the time index (its reserved last
   * slot; retention by time reads it), and both index files are trimmed to their entries.
   */
  onBecomeInactiveSegment(): void {
    if (this.maxTimestampSoFar >= 0)
      this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar, true);
    this.offsetIndex.trimToValidSize();
    this.timeIndex.trimToValidSize();
    this.batches.seal();
  }

  /** Index of the first batch whose last offset ≥ target, from the index's start position (translateOffset). */
  findBatchIndex(target: number): number {
    const start = this.batchIndexAtPosition(this.offsetIndex.lookup(target).position);
    for (let i = start; i < this.batches.length; i++) {
      if (this.batches.lastOffset(i) >= target) return i;
    }
    return -1;
  }

  /** The batch that starts at byte `position` (the .log is read from there). */
  batchIndexAtPosition(position: number): number {
    let lo = 0;
    let hi = this.batches.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.batches.position(mid) <= position) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * LogSegment.truncateTo: drop the batch holding `offset` and everything after; indexes lose
   * their entries from `offset` on and grow back to full size (this segment becomes active
   * again); the byte counter restarts; the max timestamp is re-read. Returns bytes removed.
   */
  truncateTo(offset: number, now: number, maxIndexSize: number): number {
    const idx = this.findBatchIndex(offset);
    this.offsetIndex.truncateTo(offset);
    this.timeIndex.truncateTo(offset);
    this.offsetIndex.resize(maxIndexSize);
    this.timeIndex.resize(maxIndexSize);
    let removed = 0;
    if (idx >= 0) {
      const cut = this.batches.position(idx);
      removed = this.size - cut;
      this.batches.truncate(idx);
      this.next = idx > 0 ? this.batches.lastOffset(idx - 1) + 1 : this.baseOffset;
      this.size = cut;
    }
    if (this.size === 0) {
      this.created = now;
      this.rollingBasedTimestamp = null;
    }
    this.bytesSinceLastIndexEntry = 0;
    if (this.maxTimestampSoFar >= 0) this.readLargestTimestamp();
    return removed;
  }

  /** The last time-index entry, unless a batch after its indexed position has a larger timestamp. */
  private readLargestTimestamp(): void {
    const last = this.timeIndex.lastEntry();
    let ts = last.timestamp;
    let off = last.offset;
    const from = this.batchIndexAtPosition(this.offsetIndex.lookup(last.offset).position);
    for (let i = from; i < this.batches.length; i++) {
      const max = this.batches.maxTimestamp(i);
      if (max > ts) {
        ts = max;
        off = this.batches.lastOffset(i);
      }
    }
    this.maxTimestampSoFar = ts;
    this.offsetOfMaxTimestampSoFar = ts >= 0 ? off : -1;
  }
}
