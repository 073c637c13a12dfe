// Kafka's AbstractIndex: a memory-mapped file of fixed-size entries. A new index file is
// preallocated to segment.index.bytes rounded down to a multiple of the entry size; maxEntries is
// the file length / entry size; rolling trims the file to its entries (trimToValidSize), and
// truncation back into an old segment re-grows it (resize(maxIndexSize)).
import {
  indexSlotRangeFor,
  type IndexProbe,
  type IndexSearchType,
  type SearchResultType,
} from './IndexSearch';

export abstract class AbstractIndex {
  /** Entries in file order; what each pair means is up to the subclass. */
  readonly entries: [number, number][] = [];
  /** The file's current length in bytes (preallocated while active, trimmed after). */
  length: number;

  constructor(
    readonly baseOffset: number,
    readonly maxIndexSize: number,
    readonly entrySize: number,
  ) {
    this.length = roundDownToExactMultiple(maxIndexSize, entrySize);
  }

  get maxEntries(): number {
    return Math.floor(this.length / this.entrySize);
  }

  isFull(): boolean {
    return this.entries.length >= this.maxEntries;
  }

  /** Bytes actually used by entries (Kafka's sizeInBytes). */
  sizeInBytes(): number {
    return this.entries.length * this.entrySize;
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

  protected slotFor(
    target: number,
    type: IndexSearchType,
    result: SearchResultType,
    probes?: IndexProbe[],
  ): number {
    return indexSlotRangeFor(this.entries, target, type, result, this.entrySize, probes);
  }

  /** Drop entries from `n` on (Kafka's truncateToEntries). */
  protected truncateToEntries(n: number): void {
    this.entries.length = Math.min(this.entries.length, n);
  }
}

/** roundDownToExactMultiple(67, 8) == 64. */
export function roundDownToExactMultiple(n: number, factor: number): number {
  return factor * Math.floor(n / factor);
}
