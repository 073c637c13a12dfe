// Kafka's UnifiedLog (with its LocalLog): a partition replica's log as a list of segments, with
// the log start offset, the log end offset (LEO) and the high watermark. Appends roll the active
// segment by Kafka's rules; retention and the cleaner remove or rewrite whole segments, which
// first become `.deleted` files and disappear file.delete.delay.ms later.
import type { SegmentDeleteReason } from '../trace/TraceEvent';
import { LogSegment, type RollReason } from './LogSegment';
import { logBatch, type LogBatch } from './RecordBatch';
import type { CompressionType } from '../config/types';
import type { LogConfig } from './LogConfig';
import type { LogEnv } from './LogEnv';
import { LeaderEpochFileCache } from './LeaderEpochFileCache';
import {
  explainOffsetLookup,
  explainTimestampLookup,
  type OffsetLookupExplanation,
  type TimestampLookupExplanation,
} from './OffsetLookup';
import {
  assignOffsets,
  targetCompression,
  type IncomingRecord,
  type ProducerBatchInfo,
} from './LogValidator';
import { tpKey } from '../common/TopicPartition';

export type { ProducerBatchInfo } from './LogValidator';

/** One list of reasons, shared with the trace events that report deletions. */
export type SegmentDeletionReason = SegmentDeleteReason;

export type LogStartOffsetReason = 'segment.deletion' | 'leader.offset.incremented' | 'truncation';

/** A segment whose files were renamed `<name>.deleted`, waiting for file.delete.delay.ms. */
export interface DeletedSegment {
  segment: LogSegment;
  reason: SegmentDeletionReason;
  deletedAt: number;
  removeAt: number;
}

/** How many records per replica keep their payloads (keys, values) in memory. */
export const DEFAULT_PAYLOAD_WINDOW = 5000;

export class UnifiedLog {
  segments: LogSegment[] = [];
  /** Segments renamed `.deleted`, still on disk until their scheduled removal. */
  readonly deletedSegments: DeletedSegment[] = [];
  logStartOffset = 0;
  private hw = 0;
  /** The cleaner's checkpoint: offsets below it are clean (cleaner-offset-checkpoint); null = never cleaned. */
  cleanerCheckpoint: number | null = null;
  /** Why the cleaner gave up on this log (LogCleanerManager's uncleanable partitions), or null. */
  uncleanable: string | null = null;
  /** The leader-epoch-checkpoint of this log (UnifiedLog.leaderEpochCache in Kafka). */
  readonly leaderEpochCache = new LeaderEpochFileCache();
  /**
   * Counts changes that rewrite records already in the log — truncation, compaction — as opposed
   * to appends, retention and payload trimming. A reader that remembers what the log held (the
   * snapshot's count of acknowledged records lost) knows from it when to look again.
   */
  rewrites = 0;
  private payloadRecords = 0;
  /** Payloads of offsets below this have been dropped. */
  private payloadTrimOffset = 0;
  /**
   * The batch trimmed last (its segment's place in the list, the segment, the batch): while the
   * log keeps that shape the next one to trim is the batch after it, found without a search.
   */
  private readonly trimmed: { pos: number; seg: LogSegment | null; idx: number; rewrites: number } =
    { pos: -1, seg: null, idx: -1, rewrites: -1 };
  private end = 0;
  /** The snapshot generation this log last marked its partition changed in (DirtyPartitions). */
  private markedIn = -1;

  constructor(
    readonly topic: string,
    readonly partition: number,
    public config: LogConfig,
    readonly env: LogEnv,
    private payloadWindow = DEFAULT_PAYLOAD_WINDOW,
  ) {
    this.segments.push(this.openSegment(0));
    this.syncEnd();
  }

  get highWatermark(): number {
    return this.hw;
  }

  set highWatermark(hw: number) {
    if (hw !== this.hw) this.changed();
    this.hw = hw;
  }

  /** What the snapshot shows of this replica changed: its partition is rebuilt in the next one. */
  private changed(): void {
    const d = this.env.dirty;
    if (d !== undefined && this.markedIn !== d.generation)
      this.markedIn = d.mark(this.topic, this.partition);
  }

  get dirName(): string {
    return tpKey(this.topic, this.partition);
  }

  get activeSegment(): LogSegment {
    return this.segments[this.segments.length - 1]!;
  }

  /**
   * The active segment's next offset, kept here at every change to the segments (append, roll,
   * truncation, replacement, retention): it is read for every partition of every fetch, and at
   * 30,000 replicas going through the segment list to the active segment each time was a tenth of
   * the scale case's CPU.
   */
  get logEndOffset(): number {
    return this.end;
  }

  /** After any change to the segment list or the active segment's batches. */
  private syncEnd(): void {
    this.end = this.activeSegment.nextOffset;
    this.changed();
  }

  get sizeInBytes(): number {
    let s = 0;
    for (const seg of this.segments) s += seg.size;
    return s;
  }

  updateConfig(config: LogConfig): void {
    this.config = config;
    // index.interval.bytes applies to later appends; segment.index.bytes to segments opened later.
    for (const seg of this.segments) seg.setIndexIntervalBytes(config.indexIntervalBytes);
  }

  /** LogConfig.randomSegmentJitter: 0 unless segment.jitter.ms is set (no PRNG draw then). */
  private openSegment(baseOffset: number): LogSegment {
    const c = this.config;
    const jitter =
      c.segmentJitterMs > 0 ? this.env.randomInt(Math.min(c.segmentJitterMs, c.segmentMs)) : 0;
    return LogSegment.open(baseOffset, this.env.now(), c, jitter);
  }

  /**
   * The leader assigns offsets from the LEO and stores the batch in the topic's target codec.
   * Returns the batch as appended (no info object: every append of the run passes here).
   */
  appendAsLeader(
    records: readonly IncomingRecord[],
    leaderEpoch: number,
    producer: ProducerBatchInfo,
    sourceCompression: CompressionType = 'none',
    /** The batch's uncompressed size as sent, when the sender knows it. */
    uncompressedBytes?: number,
  ): LogBatch {
    const compression = targetCompression(this.config.compressionType, sourceCompression);
    const batch = assignOffsets(
      records,
      this.logEndOffset,
      leaderEpoch,
      producer,
      compression,
      uncompressedBytes,
    );
    return this.append(batch);
  }

  /**
   * A follower appends the leader's batch as it is, offsets included. Its own batch object (it
   * has its own position and payload window), but the same immutable records.
   */
  appendAsFollower(source: LogBatch): LogBatch {
    return this.append(logBatch(source, 0, source.sizeBytes, source.records));
  }

  private append(batch: LogBatch): LogBatch {
    this.maybeRoll(batch);
    const seg = this.activeSegment;
    seg.append(batch, this.env.now());
    this.syncEnd();
    // write(2) of the batch: it lands in the page cache as dirty pages (Kafka never fsyncs here).
    this.env.pageCache?.write(seg, batch.position, batch.sizeBytes, this.env.now());
    if (batch.records) this.payloadRecords += batch.records.length;
    this.trimPayloads();
    return batch;
  }

  /** UnifiedLog.maybeRoll: a new segment at the batch's base offset (v2 batches carry it). */
  private maybeRoll(batch: LogBatch): LogSegment | null {
    const reason = this.activeSegment.shouldRoll(
      this.config,
      batch.sizeBytes,
      batch.maxTimestamp,
      batch.lastOffset,
      this.env.now(),
    );
    return reason ? this.roll(reason, batch.baseOffset) : null;
  }

  /**
   * LocalLog.roll: the new segment starts at max(expected offset, LEO). If the active segment is
   * empty and already has that base offset (an index "full" at size 0), it is replaced.
   */
  roll(reason: RollReason | 'retention', expectedNextOffset = 0): LogSegment {
    const newOffset = Math.max(expectedNextOffset, this.logEndOffset);
    const prev = this.activeSegment;
    const seg = this.openSegment(newOffset);
    if (prev.baseOffset === newOffset && prev.size === 0) {
      this.segments[this.segments.length - 1] = seg;
      this.markDeleted([prev], 'roll');
    } else {
      prev.onBecomeInactiveSegment();
      this.segments.push(seg);
    }
    this.syncEnd();
    this.env.trace({
      type: 'segment.roll',
      broker: this.env.broker,
      topic: this.topic,
      partition: this.partition,
      baseOffset: seg.baseOffset,
      previousBaseOffset: prev.baseOffset,
      previousSizeBytes: prev.size,
      reason,
    });
    return seg;
  }

  /** Whole batches from the one holding `fetchOffset`, up to `maxBytes` (at least one batch), below `maxOffset`. */
  read(fetchOffset: number, maxBytes: number, maxOffset: number): LogBatch[] {
    const out: LogBatch[] = [];
    if (fetchOffset >= maxOffset) return out;
    let bytes = 0;
    const segIdx = this.segmentIndexFor(fetchOffset);
    if (segIdx < 0) return out;
    for (let s = segIdx; s < this.segments.length; s++) {
      const seg = this.segments[s]!;
      let b = s === segIdx ? seg.findBatchIndex(fetchOffset) : 0;
      if (b < 0) continue;
      for (; b < seg.batches.length; b++) {
        if (seg.batches.lastOffset(b) >= maxOffset) return out;
        const size = seg.batches.sizeBytes(b);
        if (out.length > 0 && bytes + size > maxBytes) return out;
        out.push(seg.batches.get(b));
        bytes += size;
      }
    }
    return out;
  }

  /** The segment whose range holds `offset` (greatest base offset ≤ offset), or -1. */
  segmentIndexFor(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.segments[mid]!.baseOffset <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * offsetsForTimes (ListOffsets with a timestamp): the first record with a timestamp ≥ `timestamp`
   * at or above the log start offset, or null when there is none.
   */
  fetchOffsetByTimestamp(timestamp: number): { offset: number; timestamp: number } | null {
    const r = explainTimestampLookup(this, timestamp).result;
    return r ? { offset: r.offset, timestamp: r.timestamp } : null;
  }

  /** Every step of finding `offset`: segment, offset-index binary search, .log scan. */
  explainOffsetLookup(offset: number): OffsetLookupExplanation {
    return explainOffsetLookup(this, offset);
  }

  /** Every step of finding the first record at or after `timestamp` (time index, then offset index, then scan). */
  explainTimestampLookup(timestamp: number): TimestampLookupExplanation {
    return explainTimestampLookup(this, timestamp);
  }

  /** The batch holding `offset` (or the first after it), or undefined. */
  batchAt(offset: number): LogBatch | undefined {
    const s = this.segmentIndexFor(offset);
    for (let i = Math.max(s, 0); i < this.segments.length; i++) {
      const seg = this.segments[i]!;
      const b = i === s ? seg.findBatchIndex(offset) : 0;
      if (b >= 0 && b < seg.batches.length) return seg.batches.get(b);
    }
    return undefined;
  }

  /**
   * maybeIncrementLogStartOffset: never past the high watermark (the log start offset is shown in
   * fetch responses). Segments wholly below it go at the next retention check.
   */
  maybeIncrementLogStartOffset(newLogStartOffset: number, reason: LogStartOffsetReason): boolean {
    const to = Math.min(newLogStartOffset, this.highWatermark);
    if (to <= this.logStartOffset) return false;
    const from = this.logStartOffset;
    this.logStartOffset = to;
    this.changed();
    // As Kafka's UnifiedLog.maybeIncrementLogStartOffset: epochs wholly below the new log start
    // go, so the first epoch starts at it (what the leader answers for an older epoch).
    this.leaderEpochCache.truncateFromStart(to);
    this.env.trace({
      type: 'log.start.offset',
      broker: this.env.broker,
      topic: this.topic,
      partition: this.partition,
      from,
      to,
      reason,
    });
    return true;
  }

  /**
   * Take segments out of the log: their files become `.deleted` now and are removed after
   * file.delete.delay.ms (LocalLog.deleteSegmentFiles with asyncDelete).
   */
  markDeleted(segments: readonly LogSegment[], reason: SegmentDeletionReason): void {
    const now = this.env.now();
    const removeAt = now + this.config.fileDeleteDelayMs;
    for (const segment of segments) {
      const entry: DeletedSegment = { segment, reason, deletedAt: now, removeAt };
      this.deletedSegments.push(entry);
      this.env.trace({
        type: 'segment.deleted',
        broker: this.env.broker,
        topic: this.topic,
        partition: this.partition,
        baseOffset: segment.baseOffset,
        sizeBytes: segment.size,
        reason,
        removeAt,
      });
      this.env.schedule(removeAt, () => this.removeDeleted(entry));
    }
  }

  private removeDeleted(entry: DeletedSegment): void {
    const i = this.deletedSegments.indexOf(entry);
    if (i < 0) return;
    this.deletedSegments.splice(i, 1);
    // The file is unlinked: its pages leave the page cache.
    this.env.pageCache?.dropFile(entry.segment);
    this.env.trace({
      type: 'segment.removed',
      broker: this.env.broker,
      topic: this.topic,
      partition: this.partition,
      baseOffset: entry.segment.baseOffset,
      reason: entry.reason,
    });
  }

  /**
   * LocalLog.replaceSegments: swap `replacement` in for `old` (contiguous, oldest first); every
   * old segment's files become `.deleted`, even the one the new segment shares a base offset with.
   */
  replaceSegments(
    old: readonly LogSegment[],
    replacement: readonly LogSegment[],
    reason: SegmentDeletionReason,
  ): void {
    const first = this.segments.indexOf(old[0]!);
    this.segments.splice(first, old.length, ...replacement);
    this.syncEnd();
    // The cleaner read the old files and wrote the new ones, through the page cache.
    const cache = this.env.pageCache;
    if (cache) {
      const now = this.env.now();
      for (const s of old) cache.read(s, 0, s.size, now);
      for (const s of replacement) cache.write(s, 0, s.size, now);
    }
    this.rewrites++;
    this.markDeleted(old, reason);
    this.recountPayloads();
  }

  /** Remove the oldest segments (retention): the log start offset moves to the next segment. */
  removeOldestSegments(count: number, reason: SegmentDeletionReason): void {
    const gone = this.segments.slice(0, count);
    const next = this.segments[count]!;
    this.maybeIncrementLogStartOffset(next.baseOffset, 'segment.deletion');
    this.segments = this.segments.slice(count);
    this.syncEnd();
    this.markDeleted(gone, reason);
    this.recountPayloads();
  }

  /**
   * UnifiedLog.truncateTo: the log ends before `targetOffset` (a follower rejoining after a leader
   * change). Segments above it become `.deleted`; the one holding it is cut.
   */
  truncateTo(targetOffset: number): boolean {
    if (targetOffset >= this.logEndOffset) return false;
    if (this.segments[0]!.baseOffset > targetOffset) {
      this.truncateFullyAndStartAt(targetOffset);
      return true;
    }
    this.rewrites++;
    const keep = this.segments.filter((s) => s.baseOffset <= targetOffset);
    const drop = this.segments.filter((s) => s.baseOffset > targetOffset);
    this.segments = keep;
    this.markDeleted(drop, 'truncation');
    this.activeSegment.truncateTo(targetOffset, this.env.now(), this.config.segmentIndexBytes);
    this.syncEnd();
    this.env.pageCache?.truncate(this.activeSegment, this.activeSegment.size);
    this.recountPayloads();
    this.highWatermark = Math.min(this.highWatermark, this.logEndOffset);
    if (this.logStartOffset > this.logEndOffset) this.logStartOffset = this.logEndOffset;
    // LogCleanerManager.maybeTruncateCheckpoint: what was cut is no longer clean.
    if (this.cleanerCheckpoint !== null && this.cleanerCheckpoint > targetOffset)
      this.cleanerCheckpoint = targetOffset;
    return true;
  }

  /** Delete everything and start again at `offset` (a follower far behind the leader's log start). */
  truncateFullyAndStartAt(offset: number): void {
    const old = this.segments;
    this.rewrites++;
    this.segments = [this.openSegment(offset)];
    this.syncEnd();
    this.markDeleted(old, 'truncation');
    // The cleaner starts again from the new log start (its checkpoint can't be past the log).
    if (this.cleanerCheckpoint !== null) this.cleanerCheckpoint = offset;
    this.payloadRecords = 0;
    this.payloadTrimOffset = offset;
    const from = this.logStartOffset;
    this.logStartOffset = offset;
    this.highWatermark = offset;
    if (from !== offset)
      this.env.trace({
        type: 'log.start.offset',
        broker: this.env.broker,
        topic: this.topic,
        partition: this.partition,
        from,
        to: offset,
        reason: 'truncation',
      });
  }

  /** Drop payloads of the oldest batches beyond the window; offsets and sizes stay. */
  private trimPayloads(): void {
    const m = this.trimmed;
    while (this.payloadRecords > this.payloadWindow) {
      let pos = -1;
      let b = -1;
      if (
        m.rewrites === this.rewrites &&
        this.segments[m.pos] === m.seg &&
        m.idx + 1 < m.seg.batches.length &&
        m.seg.batches.lastOffset(m.idx) + 1 === this.payloadTrimOffset
      ) {
        // The batch after the last one trimmed is the first at or after the trim offset.
        pos = m.pos;
        b = m.idx + 1;
      } else {
        // The batch holding the trim offset, or the first after it (batchAt without building it).
        const s = this.segmentIndexFor(this.payloadTrimOffset);
        for (let i = Math.max(s, 0); i < this.segments.length && b < 0; i++) {
          const seg = this.segments[i]!;
          b = i === s ? seg.findBatchIndex(this.payloadTrimOffset) : 0;
          if (b >= seg.batches.length) b = -1;
          pos = i;
        }
        if (b < 0) return;
      }
      const batches = this.segments[pos]!.batches;
      const lastOffset = batches.lastOffset(b);
      this.payloadRecords -= batches.dropRecords(b);
      this.payloadTrimOffset = lastOffset + 1;
      m.pos = pos;
      m.seg = this.segments[pos]!;
      m.idx = b;
      m.rewrites = this.rewrites;
    }
  }

  /** After segments leave the log (retention, truncation, compaction). */
  recountPayloads(): void {
    let n = 0;
    for (const seg of this.segments) n += seg.batches.payloadRecords();
    this.payloadRecords = n;
  }

  /** All batches, oldest first. */
  *batches(): Iterable<LogBatch> {
    for (const seg of this.segments) yield* seg.batches;
  }
}
