// The records a segment keeps inside the payload window, in columns: per record its offset
// (from its batch's base offset), timestamp and id in typed arrays, its key and value as the
// strings they were (shared with the producer's, not copied), headers aside (rare). A record
// object with its boxed timestamp and a records array per batch cost about 100 bytes more a
// record; reads build them again (FileRecords.records), as fetches and views need them.
// Records are numbered in append order from the segment's first; the oldest leave first.
import type { LogRecord, LogRecordHeader } from './RecordBatch';

export class RecordColumns {
  /** Record number `base + j` is at index j. */
  private base = 0;
  private len = 0;
  private delta: Int32Array;
  private ts: Float64Array;
  private ids: Float64Array;
  private keys: (string | null)[] = [];
  private values: (string | null)[] = [];
  /** Headers of the records that have them, by record number. */
  private headers: Map<number, readonly LogRecordHeader[]> | null = null;

  constructor(capacity = 8) {
    this.delta = new Int32Array(capacity);
    this.ts = new Float64Array(capacity);
    this.ids = new Float64Array(capacity);
  }

  /** The number the next record appended gets. */
  get end(): number {
    return this.base + this.len;
  }

  /** Records held (the dropped ones not yet given back included). */
  get size(): number {
    return this.len;
  }

  /** A batch's records (at `baseOffset`): returns the first one's number. */
  append(records: readonly LogRecord[], baseOffset: number): number {
    const first = this.end;
    const need = this.len + records.length;
    if (need > this.ids.length) this.resize(Math.max(need, this.ids.length * 2));
    let j = this.len;
    for (const r of records) {
      this.delta[j] = r.offset - baseOffset;
      this.ts[j] = r.timestamp;
      this.ids[j] = r.id;
      this.keys.push(r.key);
      this.values.push(r.value);
      if (r.headers) (this.headers ??= new Map()).set(this.base + j, r.headers);
      j++;
    }
    this.len = need;
    return first;
  }

  /** Records `first` .. `first + count - 1` of the batch at `baseOffset`, as objects. */
  build(first: number, count: number, baseOffset: number): LogRecord[] {
    const out: LogRecord[] = new Array(count);
    for (let k = 0; k < count; k++) {
      const j = first - this.base + k;
      // The field order of LogValidator's records: one hidden class for all.
      const r: { -readonly [K in keyof LogRecord]: LogRecord[K] } = {
        offset: baseOffset + this.delta[j]!,
        timestamp: this.ts[j]!,
        key: this.keys[j]!,
        value: this.values[j]!,
        id: this.ids[j]!,
      };
      const h = this.headers?.get(first + k);
      if (h) r.headers = h;
      out[k] = r;
    }
    return out;
  }

  /** The offset (less the batch's base offset) and id of record number `n`. */
  offsetDelta(n: number): number {
    return this.delta[n - this.base]!;
  }

  id(n: number): number {
    return this.ids[n - this.base]!;
  }

  /** Records numbered below `n` are no longer needed: their room is given back in halves. */
  dropBefore(n: number): void {
    const dead = n - this.base;
    if (dead <= 0) return;
    if (dead >= this.len) {
      this.base = n;
      this.len = 0;
      this.keys = [];
      this.values = [];
      this.headers = null;
      return;
    }
    if (dead < 64 || dead < this.len >> 1) return;
    const live = this.len - dead;
    this.delta.copyWithin(0, dead, this.len);
    this.ts.copyWithin(0, dead, this.len);
    this.ids.copyWithin(0, dead, this.len);
    this.keys = this.keys.slice(dead);
    this.values = this.values.slice(dead);
    if (this.headers) for (const k of [...this.headers.keys()]) if (k < n) this.headers.delete(k);
    this.base = n;
    this.len = live;
    if (live * 4 < this.ids.length) this.resize(Math.max(8, live * 2));
  }

  /** Records numbered `n` and after go (a truncation). */
  truncate(n: number): void {
    const keep = Math.max(0, n - this.base);
    if (keep >= this.len) return;
    this.len = keep;
    this.keys.length = keep;
    this.values.length = keep;
    if (this.headers) for (const k of [...this.headers.keys()]) if (k >= n) this.headers.delete(k);
  }

  /** Room for exactly the records held (the segment takes no more). */
  fit(): void {
    if (this.ids.length > this.len) this.resize(this.len);
  }

  private resize(capacity: number): void {
    const grow = <T extends Int32Array | Float64Array>(a: T, b: T): T => {
      b.set(a.subarray(0, this.len));
      return b;
    };
    this.delta = grow(this.delta, new Int32Array(capacity));
    this.ts = grow(this.ts, new Float64Array(capacity));
    this.ids = grow(this.ids, new Float64Array(capacity));
  }
}
