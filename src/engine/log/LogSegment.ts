// Kafka's LogSegment: one .log file with its .index and .timeindex, named by base offset.
import { OffsetIndex } from './OffsetIndex';
import { TimeIndex } from './TimeIndex';
import type { LogBatch } from './RecordBatch';

export interface SegmentConfig {
  segmentBytes: number;
  segmentMs: number;
  indexIntervalBytes: number;
  segmentIndexBytes: number;
}

/** `00000000000000001000` — Kafka's file-name form of an offset. */
export function filenamePrefixFromOffset(offset: number): string {
  return String(offset).padStart(20, '0');
}

export class LogSegment {
  readonly batches: LogBatch[] = [];
  readonly offsetIndex: OffsetIndex;
  readonly timeIndex: TimeIndex;
  size = 0;
  private bytesSinceLastIndexEntry = 0;
  /** Largest timestamp so far and the offset of the batch holding it (Kafka's maxTimestampAndOffsetSoFar). */
  maxTimestampSoFar = -1;
  offsetOfMaxTimestampSoFar = -1;
  /** Timestamp of the first batch: segment.ms counts from it (Kafka's rollingBasedTimestamp). */
  rollingBasedTimestamp: number | null = null;
  active = true;

  constructor(
    readonly baseOffset: number,
    readonly createdAt: number,
    private config: SegmentConfig,
  ) {
    this.offsetIndex = new OffsetIndex(baseOffset, config.segmentIndexBytes);
    this.timeIndex = new TimeIndex(baseOffset, config.segmentIndexBytes);
  }

  get name(): string {
    return filenamePrefixFromOffset(this.baseOffset);
  }

  get nextOffset(): number {
    const last = this.batches[this.batches.length - 1];
    return last ? last.lastOffset + 1 : this.baseOffset;
  }

  /** Kafka's LogSegment.shouldRoll, checked before appending a batch of `batchSize` bytes. */
  shouldRoll(
    batchSize: number,
    maxTimestampInBatch: number,
    maxOffsetInBatch: number,
    now: number,
  ): string | null {
    if (this.size > this.config.segmentBytes - batchSize) return 'segment.bytes';
    const waited =
      this.rollingBasedTimestamp !== null && this.rollingBasedTimestamp >= 0
        ? maxTimestampInBatch - this.rollingBasedTimestamp
        : now - this.createdAt;
    if (this.size > 0 && waited > this.config.segmentMs) return 'segment.ms';
    if (this.offsetIndex.isFull()) return 'index full';
    if (this.timeIndex.isFull()) return 'time index full';
    if (maxOffsetInBatch - this.baseOffset > 0x7fffffff) return 'relative offset overflow';
    return null;
  }

  /** Kafka's LogSegment.append: index entry first when enough bytes passed since the last one. */
  append(batch: LogBatch): void {
    batch.position = this.size;
    if (this.rollingBasedTimestamp === null) this.rollingBasedTimestamp = batch.maxTimestamp;
    if (batch.maxTimestamp > this.maxTimestampSoFar) {
      this.maxTimestampSoFar = batch.maxTimestamp;
      this.offsetOfMaxTimestampSoFar = batch.lastOffset;
    }
    if (this.bytesSinceLastIndexEntry > this.config.indexIntervalBytes) {
      this.offsetIndex.append(batch.lastOffset, batch.position);
      this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar);
      this.bytesSinceLastIndexEntry = 0;
    }
    this.bytesSinceLastIndexEntry += batch.sizeBytes;
    this.batches.push(batch);
    this.size += batch.sizeBytes;
  }

  /** Called when the segment stops being active: last time-index entry, index files trimmed. */
  onBecomeInactiveSegment(): void {
    if (this.maxTimestampSoFar >= 0) {
      this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar, true);
    }
    this.active = false;
  }

  /** Index of the first batch whose last offset ≥ target: index lookup, then a forward scan. */
  findBatchIndex(target: number): number {
    const { position } = this.offsetIndex.lookup(target);
    let lo = 0;
    let hi = this.batches.length - 1;
    let start = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.batches[mid]!.position <= position) {
        start = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = start; i < this.batches.length; i++) {
      if (this.batches[i]!.lastOffset >= target) return i;
    }
    return -1;
  }

  /** Drop every batch from `offset` on (used by truncation). */
  truncateTo(offset: number): void {
    let i = this.batches.length;
    while (i > 0 && this.batches[i - 1]!.baseOffset >= offset) i--;
    this.batches.length = i;
    this.size = i > 0 ? this.batches[i - 1]!.position + this.batches[i - 1]!.sizeBytes : 0;
    while (this.offsetIndex.entries.length && this.offsetIndex.entries.at(-1)![1] >= this.size)
      this.offsetIndex.entries.pop();
    while (this.timeIndex.entries.length && this.timeIndex.entries.at(-1)![1] >= offset)
      this.timeIndex.entries.pop();
  }
}
