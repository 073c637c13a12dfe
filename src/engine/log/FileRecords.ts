// Kafka's FileRecords: a segment's .log file, its batches back to back. Every batch's header is
// in typed columns (BatchColumns) from its append, and the records the payload window still
// keeps in record columns beside them (RecordColumns). A batch and its records are built as
// objects when read (a fetch, a view): a log kept a LogBatch object, a records array and a
// record object per record inside the window, about 250 bytes a batch and 120 a record.
import { BatchColumns } from './BatchColumns';
import { RecordColumns } from './RecordColumns';
import type { LogBatch, LogRecord } from './RecordBatch';

/**
 * A batch stays the object it was appended as for a second of simulated time (while its records
 * are in the payload window), then its records move into the columns. Followers and consumers
 * at the end of the log read those batches next: built again for each reader they made more
 * garbage than the columns saved, and at high rates the window passes a batch before a second
 * (5,000 records a replica), so its records never need moving.
 */
const RECENT_MS = 1000;

export class FileRecords implements Iterable<LogBatch> {
  private readonly columns = new BatchColumns();
  private n = 0;
  /**
   * Batches [0, trimmed) have no records. Those in [trimmed, recentFrom) have theirs from `head`
   * on in `first` (the first record's number in `kept`) and `count` (-1: none kept, as behind
   * the window); those from `recentFrom` on are `recent`, as appended at `recentAt`, or null
   * once the window passed them.
   */
  private trimmed = 0;
  private first: number[] = [];
  private count: number[] = [];
  private head = 0;
  private kept: RecordColumns | null = null;
  private recentFrom = 0;
  private recent: (LogBatch | null)[] = [];
  private recentAt: number[] = [];

  get length(): number {
    return this.n;
  }

  /** Batches behind the payload window (the first ones with no records; a later one may have none too). */
  get trimmedCount(): number {
    return this.trimmed;
  }

  /** The i-th batch: as appended if recent, else built from the columns (records null behind the window). */
  get(i: number): LogBatch {
    if (i >= this.recentFrom) {
      const b = this.recent[i - this.recentFrom]!;
      if (b) return b;
    }
    return this.columns.batch(i, this.records(i));
  }

  baseOffset(i: number): number {
    return this.columns.baseOffset(i);
  }

  lastOffset(i: number): number {
    return this.columns.lastOffset(i);
  }

  position(i: number): number {
    return this.columns.position(i);
  }

  sizeBytes(i: number): number {
    return this.columns.sizeBytes(i);
  }

  maxTimestamp(i: number): number {
    return this.columns.maxTimestamp(i);
  }

  /** The i-th batch's records (as appended if recent, else built anew); null behind the payload window. */
  records(i: number): readonly LogRecord[] | null {
    if (i >= this.recentFrom) return this.recent[i - this.recentFrom]?.records ?? null;
    if (i < this.trimmed) return null;
    const j = this.head + i - this.trimmed;
    const count = this.count[j]!;
    return count < 0 ? null : this.kept!.build(this.first[j]!, count, this.columns.baseOffset(i));
  }

  /**
   * The id of the i-th batch's record at `offset` without building its records: undefined when
   * the batch holds no record there (compacted away), null when its records are gone.
   */
  recordIdAt(i: number, offset: number): number | null | undefined {
    if (i >= this.recentFrom) {
      const records = this.recent[i - this.recentFrom]?.records;
      if (!records) return null;
      // Records sit at offset − base unless compaction removed some.
      const direct = records[offset - this.columns.baseOffset(i)];
      const at = direct?.offset === offset ? direct : records.find((r) => r.offset === offset);
      return at?.id;
    }
    if (i < this.trimmed) return null;
    const j = this.head + i - this.trimmed;
    const count = this.count[j]!;
    if (count < 0) return null;
    const kept = this.kept!;
    const first = this.first[j]!;
    const delta = offset - this.columns.baseOffset(i);
    // Records sit at offset − base unless compaction removed some.
    if (delta >= 0 && delta < count && kept.offsetDelta(first + delta) === delta)
      return kept.id(first + delta);
    for (let k = 0; k < count; k++)
      if (kept.offsetDelta(first + k) === delta) return kept.id(first + k);
    return undefined;
  }

  *[Symbol.iterator](): Iterator<LogBatch> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }

  /** The batch (its position set) is appended at `now`. */
  push(batch: LogBatch, now: number): void {
    this.columns.store(this.n++, batch);
    this.recent.push(batch);
    this.recentAt.push(now);
    // The ones appended more than a second ago move into the columns.
    let k = 0;
    while (k < this.recent.length && this.recentAt[k]! < now - RECENT_MS) {
      const b = this.recent[k++];
      const records = b?.records ?? null;
      if (records === null) {
        // Where its records would start: a truncation at this batch cuts the records from there.
        this.first.push(this.kept?.end ?? 0);
        this.count.push(-1);
      } else {
        const kept = (this.kept ??= new RecordColumns());
        this.first.push(kept.append(records, b!.baseOffset));
        this.count.push(records.length);
      }
    }
    if (k > 0) {
      this.recent.splice(0, k);
      this.recentAt.splice(0, k);
      this.recentFrom += k;
    }
    this.retire();
  }

  /** The payload window passed the i-th batch: its records go. */
  dropRecords(i: number): number {
    if (i < this.trimmed) return 0;
    let n: number;
    if (i >= this.recentFrom) {
      n = this.recent[i - this.recentFrom]?.records?.length ?? 0;
      this.recent[i - this.recentFrom] = null;
    } else {
      const j = this.head + i - this.trimmed;
      n = Math.max(0, this.count[j]!);
      this.count[j] = -1;
    }
    this.retire();
    return n;
  }

  /** Keep the first `n` batches (truncation). */
  truncate(n: number): void {
    if (n >= this.n) return;
    this.n = n;
    if (n >= this.recentFrom) {
      this.recent.length = this.recentAt.length = n - this.recentFrom;
      return;
    }
    this.recentFrom = n;
    this.recent = [];
    this.recentAt = [];
    if (n >= this.trimmed) {
      const j = this.head + n - this.trimmed;
      this.kept?.truncate(this.first[j]!);
      this.first.length = j;
      this.count.length = j;
      return;
    }
    this.first = [];
    this.count = [];
    this.head = 0;
    this.kept = null;
    this.trimmed = n;
    this.columns.fit(n);
  }

  /** The segment became inactive: nothing is appended to it any more (until a truncation). */
  seal(): void {
    this.columns.fit(this.n);
    this.kept?.fit();
  }

  /** Records of the batches still holding theirs. */
  payloadRecords(): number {
    let n = 0;
    for (let j = this.head; j < this.count.length; j++) n += Math.max(0, this.count[j]!);
    for (const b of this.recent) n += b?.records?.length ?? 0;
    return n;
  }

  /** Leading batches whose records are gone leave the lists, and their records the columns. */
  private retire(): void {
    const from = this.head;
    while (this.head < this.count.length && this.count[this.head]! < 0) {
      this.trimmed++;
      this.head++;
    }
    if (this.head === this.count.length) {
      if (this.head > 0) {
        this.first = [];
        this.count = [];
        this.head = 0;
        this.kept = null;
      }
      // All the older ones are trimmed: so are the recent ones dropped already.
      let k = 0;
      while (k < this.recent.length && this.recent[k] === null) k++;
      if (k > 0) {
        this.recent.splice(0, k);
        this.recentAt.splice(0, k);
        this.recentFrom += k;
        this.trimmed += k;
      }
      return;
    }
    if (this.head === from) return;
    this.kept?.dropBefore(this.first[this.head]!);
    if (this.head > 64 && this.head >= this.count.length >> 1) {
      this.first = this.first.slice(this.head);
      this.count = this.count.slice(this.head);
      this.head = 0;
    }
  }
}
