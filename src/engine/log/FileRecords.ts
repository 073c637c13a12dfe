// Kafka's FileRecords: a segment's .log file, its batches back to back. A batch whose records the
// payload window still keeps is its LogBatch object (fetches hand it out as it is, and dropping
// its payload later reaches every holder, as before). Behind the window only the header is left,
// and a log keeps those for the run: they move into typed columns, 61 bytes a batch instead of a
// 136-byte object and its array slot, and are built as LogBatch objects again when read.
import type { CompressionType } from '../config/types';
import type { LogBatch, LogRecord } from './RecordBatch';

/** Codecs by their id in a batch's attributes (Kafka's CompressionType ids). */
const CODECS: readonly CompressionType[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/** Float64 columns: base offset, producer id, base timestamp, max timestamp. */
const F = 4;
/** Int32 columns: last offset delta, position, size, leader epoch, producer epoch, base sequence, record count. */
const I = 7;

export class FileRecords implements Iterable<LogBatch> {
  /** Batches [0, cold) are in the columns; the ones after are `hot` from `head` on. */
  private cold = 0;
  private hot: LogBatch[] = [];
  private head = 0;
  private f64 = new Float64Array(0);
  private i32 = new Int32Array(0);
  private codec = new Uint8Array(0);
  /** deleteHorizonMs of the cold batches that have one (set by the cleaner, rare). */
  private horizons: Map<number, number> | null = null;
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
    if (i >= this.cold) return this.hot[this.head + i - this.cold]!;
    const f = i * F;
    const n = i * I;
    const base = this.f64[f]!;
    // The field order of logBatch (RecordBatch.ts): every batch object shares one hidden class.
    return {
      baseOffset: base,
      lastOffset: base + this.i32[n]!,
      partitionLeaderEpoch: this.i32[n + 3]!,
      producerId: this.f64[f + 1]!,
      producerEpoch: this.i32[n + 4]!,
      baseSequence: this.i32[n + 5]!,
      baseTimestamp: this.f64[f + 2]!,
      maxTimestamp: this.f64[f + 3]!,
      recordCount: this.i32[n + 6]!,
      compression: CODECS[this.codec[i]!]!,
      deleteHorizonMs: this.horizons?.get(i) ?? null,
      position: this.i32[n + 1]!,
      sizeBytes: this.i32[n + 2]!,
      records: null,
    };
  }

  baseOffset(i: number): number {
    return i < this.cold ? this.f64[i * F]! : this.hot[this.head + i - this.cold]!.baseOffset;
  }

  lastOffset(i: number): number {
    return i < this.cold
      ? this.f64[i * F]! + this.i32[i * I]!
      : this.hot[this.head + i - this.cold]!.lastOffset;
  }

  position(i: number): number {
    return i < this.cold ? this.i32[i * I + 1]! : this.hot[this.head + i - this.cold]!.position;
  }

  sizeBytes(i: number): number {
    return i < this.cold ? this.i32[i * I + 2]! : this.hot[this.head + i - this.cold]!.sizeBytes;
  }

  maxTimestamp(i: number): number {
    return i < this.cold ? this.f64[i * F + 3]! : this.hot[this.head + i - this.cold]!.maxTimestamp;
  }

  /** The i-th batch's records, null behind the payload window. */
  records(i: number): readonly LogRecord[] | null {
    return i < this.cold ? null : this.hot[this.head + i - this.cold]!.records;
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
    const b = this.hot[this.head + i - this.cold]!;
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
    if (this.horizons)
      for (const k of [...this.horizons.keys()]) if (k >= n) this.horizons.delete(k);
  }

  /** The segment became inactive: nothing is appended to it any more. */
  seal(): void {
    this.sealed = true;
    this.fit();
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
      this.store(this.cold, this.hot[this.head]!);
      this.cold++;
      this.head++;
    }
    if (this.head === this.hot.length) {
      this.hot = [];
      this.head = 0;
      this.fit();
    } else if (this.head > 64 && this.head >= this.hot.length >> 1) {
      this.hot = this.hot.slice(this.head);
      this.head = 0;
    }
  }

  private store(i: number, b: LogBatch): void {
    if (i >= this.codec.length) this.resize(Math.max(16, Math.ceil(this.codec.length * 1.5)));
    const f = i * F;
    const n = i * I;
    this.f64[f] = b.baseOffset;
    this.f64[f + 1] = b.producerId;
    this.f64[f + 2] = b.baseTimestamp;
    this.f64[f + 3] = b.maxTimestamp;
    this.i32[n] = b.lastOffset - b.baseOffset;
    this.i32[n + 1] = b.position;
    this.i32[n + 2] = b.sizeBytes;
    this.i32[n + 3] = b.partitionLeaderEpoch;
    this.i32[n + 4] = b.producerEpoch;
    this.i32[n + 5] = b.baseSequence;
    this.i32[n + 6] = b.recordCount;
    this.codec[i] = CODECS.indexOf(b.compression);
    if (b.deleteHorizonMs !== null) (this.horizons ??= new Map()).set(i, b.deleteHorizonMs);
  }

  /** A sealed segment with every batch in the columns: columns cut to their size. */
  private fit(): void {
    if (this.sealed && this.hot.length === 0 && this.codec.length > this.cold)
      this.resize(this.cold);
  }

  private resize(capacity: number): void {
    const f64 = new Float64Array(capacity * F);
    const i32 = new Int32Array(capacity * I);
    const codec = new Uint8Array(capacity);
    f64.set(this.f64.subarray(0, this.cold * F));
    i32.set(this.i32.subarray(0, this.cold * I));
    codec.set(this.codec.subarray(0, this.cold));
    this.f64 = f64;
    this.i32 = i32;
    this.codec = codec;
  }
}
