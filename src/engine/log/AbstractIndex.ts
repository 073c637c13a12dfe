// Kafka's AbstractIndex: a memory-mapped file of fixed-size entries. A new index file is
// preallocated to segment.index.bytes rounded down to a multiple of the entry size; maxEntries is
// the file length / entry size; rolling trims the file to its entries (trimToValidSize), and
// truncation back into an old segment re-grows it (resize(maxIndexSize)).
// The entries live in two typed columns, as the file keeps them in fixed-size slots: a pair
// array per entry cost ~64 bytes of heap each (a 10-minute run at 10k records/s keeps millions).
import {
  indexSlotRangeFor,
  type IndexEntries,
  type IndexProbe,
  type IndexSearchType,
  type SearchResultType,
} from './IndexSearch';

const INITIAL_CAPACITY = 16;

export abstract class AbstractIndex implements IndexEntries {
  /** The entries' first fields (offset / timestamp) and second fields, in file order. */
  private keys = new Float64Array(INITIAL_CAPACITY);
  private values = new Float64Array(INITIAL_CAPACITY);
  private count = 0;
  /** The file's current length in bytes (preallocated while active, trimmed after). */
  length: number;

  constructor(
    readonly baseOffset: number,
    readonly maxIndexSize: number,
    readonly entrySize: number,
  ) {
    this.length = roundDownToExactMultiple(maxIndexSize, entrySize);
  }

  /** Entries written (Kafka's `entries`). */
  get size(): number {
    return this.count;
  }

  key(slot: number): number {
    return this.keys[slot]!;
  }

  value(slot: number): number {
    return this.values[slot]!;
  }

  /** The entries as pairs (a copy). */
  pairs(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.count; i++) out.push([this.keys[i]!, this.values[i]!]);
    return out;
  }

  get maxEntries(): number {
    return Math.floor(this.length / this.entrySize);
  }

  isFull(): boolean {
    return this.count >= this.maxEntries;
  }

  /** Bytes actually used by entries (Kafka's sizeInBytes). */
  sizeInBytes(): number {
    return this.count * this.entrySize;
  }

  resize(newSize: number): void {
    this.length = roundDownToExactMultiple(newSize, this.entrySize);
  }

  trimToValidSize(): void {
    this.resize(this.sizeInBytes());
  }

  /** Offsets inside the segment must fit an int relative to the base offset. */
  canAppendOffset(offset: number): boolean {
    const rel = offset - this.baseOffset;
    return rel >= 0 && rel <= 0x7fffffff;
  }

  protected push(key: number, value: number): void {
    if (this.count === this.keys.length) {
      const keys = new Float64Array(this.count * 2);
      const values = new Float64Array(this.count * 2);
      keys.set(this.keys);
      values.set(this.values);
      this.keys = keys;
      this.values = values;
    }
    this.keys[this.count] = key;
    this.values[this.count] = value;
    this.count++;
  }

  protected slotFor(
    target: number,
    type: IndexSearchType,
    result: SearchResultType,
    probes?: IndexProbe[],
  ): number {
    return indexSlotRangeFor(this, target, type, result, this.entrySize, probes);
  }

  /** Drop entries from `n` on (Kafka's truncateToEntries). */
  protected truncateToEntries(n: number): void {
    this.count = Math.min(this.count, n);
  }
}

/** roundDownToExactMultiple(67, 8) == 64. */
export function roundDownToExactMultiple(n: number, factor: number): number {
  return factor * Math.floor(n / factor);
}
