// The records a producer saw acknowledged, for the loss checks (snapshot `lost`, the fault
// property). The newest `window` are kept one by one — per record its id in a typed array and its
// key (a shared string); per batch its partition, base offset and first record's index in typed
// columns (an object per batch was 56 bytes: 5 MiB at one record a batch) — so the check can tell
// a record from another written at its offset. Older ones are kept as offset ranges per partition
// (a producer's batches to a partition follow each other, so a range grows instead of a list):
// memory is bounded by the window, not by the run (a 10-minute run at 10k records/s acknowledges
// six million).
import type { AckedRecordSnapshot } from '../../snapshot/Snapshot';

/**
 * Acknowledged records per producer checked record by record (id and key kept). The Replication
 * view's AcknowledgedRecordsLost hint states it (content/i18n/replication.ts, .ko.ts): keep both.
 */
export const ACKED_RECORD_WINDOW = 100_000;

export interface AckedRecord extends AckedRecordSnapshot {
  id: number;
}

/** A partition's acknowledged offsets beyond the window: [start, end) pairs, in acknowledgement order. */
export interface AckedRanges {
  topic: string;
  partition: number;
  ranges: number[];
}

export class AckedRecords implements Iterable<AckedRecord> {
  /** The window's batches from `head` to `count` (the ones before it left the window). */
  private head = 0;
  private count = 0;
  /** Per batch: its partition (an index into `parts`), base offset, first record's index. */
  private bPart = new Int32Array(256);
  private bBase = new Float64Array(256);
  private bStart = new Float64Array(256);
  /**
   * ids[i] and keys[i] belong to record `base + i`, for i below `held`. Both are sized ahead and
   * compacted in place: a keys array pushed to, then sliced, was regrown and copied (a new large
   * object, a megabyte at the window) about three times per window of records.
   */
  private base = 0;
  private held = 0;
  private ids = new Float64Array(1024);
  private keys: (string | null)[] = new Array<string | null>(1024).fill(null);
  private total = 0;
  /** Every partition acknowledged to, with its offsets beyond the window. */
  private readonly parts: AckedRanges[] = [];
  private readonly partIndex = new Map<string, number>();

  constructor(readonly window = ACKED_RECORD_WINDOW) {}

  /** Records acknowledged in the whole run. */
  get length(): number {
    return this.total;
  }

  /** Index of the first record still kept one by one (the ones before are in `olderRanges`). */
  get windowStart(): number {
    return this.head < this.count ? this.bStart[this.head]! : this.total;
  }

  /** Records held one by one (at most the window plus one batch, until the next compaction). */
  get kept(): number {
    return this.held;
  }

  /** A batch acknowledged at `baseOffset`: its records, in order, took the offsets after it. */
  addBatch(
    topic: string,
    partition: number,
    baseOffset: number,
    records: readonly { id: number; key: string | null }[],
  ): void {
    if (records.length === 0) return;
    const start = this.total;
    if (this.count === this.bStart.length) this.growBatches(this.count * 2);
    this.bPart[this.count] = this.partOf(topic, partition);
    this.bBase[this.count] = baseOffset;
    this.bStart[this.count] = start;
    this.count++;
    const at = start - this.base;
    if (at + records.length > this.ids.length) {
      const size = Math.max(this.ids.length * 2, at + records.length);
      const grown = new Float64Array(size);
      grown.set(this.ids.subarray(0, at));
      this.ids = grown;
      const keys = new Array<string | null>(size).fill(null);
      for (let i = 0; i < at; i++) keys[i] = this.keys[i]!;
      this.keys = keys;
    }
    for (let i = 0; i < records.length; i++) {
      this.ids[at + i] = records[i]!.id;
      this.keys[at + i] = records[i]!.key;
    }
    this.held = at + records.length;
    this.total += records.length;
    this.retire();
  }

  private partOf(topic: string, partition: number): number {
    const k = `${topic}\u0000${partition}`;
    let i = this.partIndex.get(k);
    if (i === undefined) {
      i = this.parts.push({ topic, partition, ranges: [] }) - 1;
      this.partIndex.set(k, i);
    }
    return i;
  }

  private growBatches(size: number): void {
    const grow = <T extends Int32Array | Float64Array>(a: T, b: T): T => {
      b.set(a.subarray(this.head, this.count));
      return b;
    };
    this.bPart = grow(this.bPart, new Int32Array(size));
    this.bBase = grow(this.bBase, new Float64Array(size));
    this.bStart = grow(this.bStart, new Float64Array(size));
    this.count -= this.head;
    this.head = 0;
  }

  /** Whole batches leave the window, oldest first, while the rest still fill it. */
  private retire(): void {
    while (this.head < this.count - 1) {
      const next = this.bStart[this.head + 1]!;
      if (this.total - next < this.window) break;
      const h = this.head;
      const base = this.bBase[h]!;
      this.addRange(this.parts[this.bPart[h]!]!, base, base + (next - this.bStart[h]!));
      this.head++;
    }
    // Drop what left, once it is as much as what stays (amortised: each record moves once).
    const gone = this.windowStart - this.base;
    if (gone > 0 && gone >= this.held - gone) {
      this.ids.copyWithin(0, gone, this.held);
      this.keys.copyWithin(0, gone, this.held);
      this.keys.fill(null, this.held - gone, this.held); // no key kept past its record
      this.held -= gone;
      this.base += gone;
    }
    if (this.head > 0 && this.head >= this.count - this.head) this.growBatches(this.bStart.length);
  }

  private addRange(r: AckedRanges, start: number, end: number): void {
    const n = r.ranges.length;
    if (n > 0 && r.ranges[n - 1] === start) r.ranges[n - 1] = end;
    else r.ranges.push(start, end);
  }

  /** Acknowledged offsets beyond the window, per partition. */
  olderRanges(): Iterable<AckedRanges> {
    return this.parts.filter((r) => r.ranges.length > 0);
  }

  /**
   * Records beyond the window that are lost: at or above `logEndOffset(topic, partition)` (the
   * furthest log end among the partition's holders, 0 when none holds it). Beyond the window only
   * offsets are kept, as the log keeps only offsets beyond its payload window: such a record is
   * lost only when the log no longer reaches its offset.
   */
  olderLost(logEndOffset: (topic: string, partition: number) => number): number {
    let lost = 0;
    for (const r of this.parts) {
      const leo = logEndOffset(r.topic, r.partition);
      for (let i = 0; i < r.ranges.length; i += 2)
        lost += Math.max(0, r.ranges[i + 1]! - Math.max(r.ranges[i]!, leo));
    }
    return lost;
  }

  /** The i-th acknowledged record of the run (built on demand), from `windowStart` on. */
  at(i: number): AckedRecord {
    if (i < this.windowStart || i >= this.total)
      throw new RangeError(`no acknowledged record ${i} kept`);
    return this.record(this.batchOf(i), i);
  }

  /** The records from the `start`-th (at least `windowStart`) on, in order. */
  *from(start: number): Generator<AckedRecord> {
    start = Math.max(start, this.windowStart);
    if (start >= this.total) return;
    for (let b = this.batchOf(start); b < this.count; b++) {
      const end = b + 1 < this.count ? this.bStart[b + 1]! : this.total;
      for (let i = Math.max(this.bStart[b]!, start); i < end; i++) yield this.record(b, i);
    }
  }

  /** The records in the window, oldest first. */
  [Symbol.iterator](): Iterator<AckedRecord> {
    return this.from(0);
  }

  /** The last window batch starting at or before record i. */
  private batchOf(i: number): number {
    let lo = this.head;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.bStart[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private record(b: number, i: number): AckedRecord {
    const p = this.parts[this.bPart[b]!]!;
    return {
      topic: p.topic,
      partition: p.partition,
      offset: this.bBase[b]! + (i - this.bStart[b]!),
      key: this.keys[i - this.base]!,
      id: this.ids[i - this.base]!,
    };
  }
}
