// Kafka's FileRecords: a segment's .log file, its batches back to back. Every batch's header is
// in typed columns (BatchColumns) from its append; a batch whose records the payload window
// still keeps has its records array beside it. A batch is built as a LogBatch object when read
// (a fetch, a view), as it was before for the batches behind the window: a log kept one object
// per batch (about 250 bytes with its boxed number fields), now 61 bytes of columns.
import { BatchColumns } from './BatchColumns';
import type { LogBatch, LogRecord } from './RecordBatch';

export class FileRecords implements Iterable<LogBatch> {
  private readonly columns = new BatchColumns();
  private n = 0;
  /** Batches [0, trimmed) have no records; the ones after have theirs in `recs` from `head` on. */
  private trimmed = 0;
  private recs: (readonly LogRecord[] | null)[] = [];
  private head = 0;
  /** No more appends (the segment rolled): the columns are cut to size. */
  private sealed = false;

  get length(): number {
    return this.n;
  }

  /** Batches behind the payload window (the first ones with no records; a later one may have none too). */
  get trimmedCount(): number {
    return this.trimmed;
  }

  /** The i-th batch, built from the columns with its records (null behind the payload window). */
  get(i: number): LogBatch {
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

  /** The i-th batch's records, null behind the payload window. */
  records(i: number): readonly LogRecord[] | null {
    return i < this.trimmed ? null : this.recs[this.head + i - this.trimmed]!;
  }

  *[Symbol.iterator](): Iterator<LogBatch> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }

  push(batch: LogBatch): void {
    this.columns.store(this.n++, batch);
    this.recs.push(batch.records);
    this.retire();
  }

  /** The payload window passed the i-th batch: its records go. */
  dropRecords(i: number): number {
    if (i < this.trimmed) return 0;
    const j = this.head + i - this.trimmed;
    const n = this.recs[j]?.length ?? 0;
    this.recs[j] = null;
    this.retire();
    return n;
  }

  /** Keep the first `n` batches (truncation). */
  truncate(n: number): void {
    // The segment is the active one again (LogSegment.truncateTo).
    this.sealed = false;
    if (n >= this.n) return;
    this.n = n;
    if (n >= this.trimmed) {
      this.recs.length = this.head + n - this.trimmed;
      return;
    }
    this.recs = [];
    this.head = 0;
    this.trimmed = n;
    this.columns.fit(n);
  }

  /** The segment became inactive: nothing is appended to it any more. */
  seal(): void {
    this.sealed = true;
    this.columns.fit(this.n);
  }

  /** Records of the batches still holding theirs. */
  payloadRecords(): number {
    let n = 0;
    for (let j = this.head; j < this.recs.length; j++) n += this.recs[j]?.length ?? 0;
    return n;
  }

  /** Leading batches whose records are gone leave the records list. */
  private retire(): void {
    while (this.head < this.recs.length && this.recs[this.head] === null) {
      this.trimmed++;
      this.head++;
    }
    if (this.head === this.recs.length) {
      this.recs = [];
      this.head = 0;
    } else if (this.head > 64 && this.head >= this.recs.length >> 1) {
      this.recs = this.recs.slice(this.head);
      this.head = 0;
    }
  }
}
