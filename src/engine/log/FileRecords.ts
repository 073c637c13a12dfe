// Kafka's FileRecords: a segment's .log file, its batches back to back. A batch whose records the
// payload window still keeps is its LogBatch object (fetches hand it out as it is, and dropping
// its payload later reaches every holder, as before). Behind the window only the header is left,
// and a log keeps those for the run: they move into typed columns (BatchColumns) and are built
// as LogBatch objects again when read.
import { BatchColumns } from './BatchColumns';
import type { LogBatch, LogRecord } from './RecordBatch';

export class FileRecords implements Iterable<LogBatch> {
  /** Batches [0, cold) are in the columns; the ones after are `hot` from `head` on. */
  private cold = 0;
  private readonly columns = new BatchColumns();
  private hot: LogBatch[] = [];
  private head = 0;
  /** No more appends (the segment rolled): the columns are cut to size once all are cold. */
  private sealed = false;

  get length(): number {
    return this.cold + this.hot.length - this.head;
  }

  /** Batches held in the columns (behind the payload window). */
  get columnCount(): number {
    return this.cold;
  }

  /** The i-th batch: the kept object, or one built from the columns (records null). */
  get(i: number): LogBatch {
    return i < this.cold ? this.columns.batch(i) : this.hotAt(i);
  }

  /** The kept object of the i-th batch (i at or past `cold`). */
  private hotAt(i: number): LogBatch {
    return this.hot[this.head + i - this.cold]!;
  }

  baseOffset(i: number): number {
    return i < this.cold ? this.columns.baseOffset(i) : this.hotAt(i).baseOffset;
  }

  lastOffset(i: number): number {
    return i < this.cold ? this.columns.lastOffset(i) : this.hotAt(i).lastOffset;
  }

  position(i: number): number {
    return i < this.cold ? this.columns.position(i) : this.hotAt(i).position;
  }

  sizeBytes(i: number): number {
    return i < this.cold ? this.columns.sizeBytes(i) : this.hotAt(i).sizeBytes;
  }

  maxTimestamp(i: number): number {
    return i < this.cold ? this.columns.maxTimestamp(i) : this.hotAt(i).maxTimestamp;
  }

  /** The i-th batch's records, null behind the payload window. */
  records(i: number): readonly LogRecord[] | null {
    return i < this.cold ? null : this.hotAt(i).records;
  }

  *[Symbol.iterator](): Iterator<LogBatch> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }

  push(batch: LogBatch): void {
    this.hot.push(batch);
    this.retire();
  }

  /** The payload window passed the i-th batch: its records go (from the object every holder shares). */
  dropRecords(i: number): number {
    if (i < this.cold) return 0;
    const b = this.hotAt(i);
    const n = b.records?.length ?? 0;
    b.records = null;
    this.retire();
    return n;
  }

  /** Keep the first `n` batches (truncation). */
  truncate(n: number): void {
    // The segment is the active one again (LogSegment.truncateTo).
    this.sealed = false;
    if (n >= this.length) return;
    if (n >= this.cold) {
      this.hot.length = this.head + n - this.cold;
      return;
    }
    this.hot = [];
    this.head = 0;
    this.cold = n;
    this.columns.fit(n);
  }

  /** The segment became inactive: nothing is appended to it any more. */
  seal(): void {
    this.sealed = true;
    if (this.hot.length === 0) this.columns.fit(this.cold);
  }

  /** Records of the batches still holding theirs. */
  payloadRecords(): number {
    let n = 0;
    for (let j = this.head; j < this.hot.length; j++) n += this.hot[j]!.records?.length ?? 0;
    return n;
  }

  /** Hot batches whose records are gone move into the columns, oldest first. */
  private retire(): void {
    while (this.head < this.hot.length && this.hot[this.head]!.records === null) {
      this.columns.store(this.cold, this.hot[this.head]!);
      this.cold++;
      this.head++;
    }
    if (this.head === this.hot.length) {
      this.hot = [];
      this.head = 0;
      if (this.sealed) this.columns.fit(this.cold);
    } else if (this.head > 64 && this.head >= this.hot.length >> 1) {
      this.hot = this.hot.slice(this.head);
      this.head = 0;
    }
  }
}
