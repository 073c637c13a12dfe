// Kafka's UnifiedLog: a partition replica's log as a list of segments, with the log start
// offset, the log end offset (LEO) and the high watermark.
import { LogSegment, type SegmentConfig } from './LogSegment';
import type { LogBatch, LogRecord } from './RecordBatch';
import type { CompressionType } from '../config/types';
import { batchSizeInBytes } from './batchSize';

export interface AppendInfo {
  batch: LogBatch;
  rolled: LogSegment | null;
}

export interface ProducerBatchInfo {
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
}

/** How many records per replica keep their payloads (keys, values) in memory. */
export const DEFAULT_PAYLOAD_WINDOW = 5000;

export class UnifiedLog {
  readonly segments: LogSegment[] = [];
  logStartOffset = 0;
  highWatermark = 0;
  private payloadRecords = 0;
  private payloadTrimIndex = { segment: 0, batch: 0 };

  constructor(
    readonly topic: string,
    readonly partition: number,
    private config: SegmentConfig,
    now: number,
    private payloadWindow = DEFAULT_PAYLOAD_WINDOW,
  ) {
    this.segments.push(new LogSegment(0, now, config));
  }

  get dirName(): string {
    return `${this.topic}-${this.partition}`;
  }

  get activeSegment(): LogSegment {
    return this.segments[this.segments.length - 1]!;
  }

  get logEndOffset(): number {
    return this.activeSegment.nextOffset;
  }

  get sizeInBytes(): number {
    let s = 0;
    for (const seg of this.segments) s += seg.size;
    return s;
  }

  updateConfig(config: SegmentConfig): void {
    this.config = config;
  }

  /** The leader assigns offsets from the LEO; returns the stored batch and any roll. */
  appendAsLeader(
    records: { key: string | null; value: string | null; timestamp: number; id: number }[],
    leaderEpoch: number,
    producer: ProducerBatchInfo,
    compression: CompressionType,
    now: number,
  ): AppendInfo {
    const baseOffset = this.logEndOffset;
    const logRecords: LogRecord[] = records.map((r, i) => ({ ...r, offset: baseOffset + i }));
    const batch = makeBatch(baseOffset, logRecords, leaderEpoch, producer, compression);
    return this.append(batch, now);
  }

  /** A follower appends the leader's batch as it is, offsets included. */
  appendAsFollower(source: LogBatch, now: number): AppendInfo {
    const copy: LogBatch = {
      ...source,
      records: source.records ? source.records.map((r) => ({ ...r })) : null,
    };
    return this.append(copy, now);
  }

  private append(batch: LogBatch, now: number): AppendInfo {
    let rolled: LogSegment | null = null;
    if (this.activeSegment.shouldRoll(batch.sizeBytes, batch.maxTimestamp, batch.lastOffset, now)) {
      rolled = this.roll(now);
    }
    this.activeSegment.append(batch);
    this.payloadRecords += batch.recordCount;
    this.trimPayloads();
    return { batch, rolled };
  }

  /** Close the active segment and open a new one at the LEO. */
  roll(now: number): LogSegment {
    const next = this.logEndOffset;
    this.activeSegment.onBecomeInactiveSegment();
    const seg = new LogSegment(next, now, this.config);
    this.segments.push(seg);
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
        const batch = seg.batches[b]!;
        if (batch.lastOffset >= maxOffset) return out;
        if (out.length > 0 && bytes + batch.sizeBytes > maxBytes) return out;
        out.push(batch);
        bytes += batch.sizeBytes;
      }
    }
    return out;
  }

  /** The segment whose range holds `offset` (greatest base offset ≤ offset). */
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

  /** Drop payloads of the oldest batches beyond the window; offsets and sizes stay. */
  private trimPayloads(): void {
    while (this.payloadRecords > this.payloadWindow) {
      const seg = this.segments[this.payloadTrimIndex.segment];
      if (!seg) return;
      const batch = seg.batches[this.payloadTrimIndex.batch];
      if (!batch) {
        if (this.payloadTrimIndex.segment >= this.segments.length - 1) return;
        this.payloadTrimIndex = { segment: this.payloadTrimIndex.segment + 1, batch: 0 };
        continue;
      }
      if (batch.records) {
        this.payloadRecords -= batch.recordCount;
        batch.records = null;
      }
      this.payloadTrimIndex.batch++;
    }
  }

  /** All batches, oldest first. */
  *batches(): Iterable<LogBatch> {
    for (const seg of this.segments) yield* seg.batches;
  }
}

function makeBatch(
  baseOffset: number,
  records: LogRecord[],
  leaderEpoch: number,
  producer: ProducerBatchInfo,
  compression: CompressionType,
): LogBatch {
  const baseTimestamp = records[0]!.timestamp;
  let maxTimestamp = baseTimestamp;
  for (const r of records) if (r.timestamp > maxTimestamp) maxTimestamp = r.timestamp;
  return {
    baseOffset,
    lastOffset: baseOffset + records.length - 1,
    position: 0,
    sizeBytes: batchSizeInBytes(records, baseTimestamp, compression),
    partitionLeaderEpoch: leaderEpoch,
    producerId: producer.producerId,
    producerEpoch: producer.producerEpoch,
    baseSequence: producer.baseSequence,
    baseTimestamp,
    maxTimestamp,
    recordCount: records.length,
    compression,
    records,
  };
}
