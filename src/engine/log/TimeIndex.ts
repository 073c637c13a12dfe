// Kafka's TimeIndex: sparse (timestamp → offset) entries of 12 bytes (8-byte timestamp, 4-byte
// relative offset), appended only when the timestamp grows. An entry (T, O) means: the largest
// timestamp seen up to offset O is T, so any record with a timestamp above T comes after O.
// O is the last offset of the batch that holds T (Kafka's shallow offset of the max timestamp).
import { AbstractIndex } from './AbstractIndex';
import type { IndexProbe } from './IndexSearch';

export const TIME_INDEX_ENTRY_SIZE = 12;

export interface TimestampOffset {
  timestamp: number;
  offset: number;
  slot: number;
}

export class TimeIndex extends AbstractIndex {
  // Entries: key = timestamp (strictly increasing), value = absolute offset.
  constructor(baseOffset: number, maxIndexSize: number) {
    super(baseOffset, maxIndexSize, TIME_INDEX_ENTRY_SIZE);
  }

  /** Kafka keeps the last slot free for the entry onBecomeInactiveSegment writes. */
  override isFull(): boolean {
    return this.size >= this.maxEntries - 1;
  }

  /** The last entry, or (NO_TIMESTAMP, baseOffset) when empty. */
  lastEntry(): { timestamp: number; offset: number } {
    const n = this.size;
    return n > 0
      ? { timestamp: this.key(n - 1), offset: this.value(n - 1) }
      : { timestamp: -1, offset: this.baseOffset };
  }

  /** Append (timestamp, offset) only if the timestamp is greater than the last one. */
  maybeAppend(timestamp: number, offset: number, skipFullCheck = false): void {
    if (!skipFullCheck && this.isFull())
      throw new Error(`Attempt to append to a full time index (size = ${this.size}).`);
    // The last entry read in place (lastEntry's object was one per indexed append).
    const n = this.size;
    const lastOffset = n > 0 ? this.value(n - 1) : this.baseOffset;
    if (n > 0 && offset < lastOffset)
      throw new Error(`Attempt to append an offset (${offset}) below the last one (${lastOffset})`);
    if (timestamp > (n > 0 ? this.key(n - 1) : -1)) this.push(timestamp, offset);
  }

  /** The entry with the greatest timestamp ≤ target, or (NO_TIMESTAMP, baseOffset). */
  lookup(target: number, probes?: IndexProbe[]): TimestampOffset {
    const slot = this.slotFor(target, 'KEY', 'LARGEST_LOWER_BOUND', probes);
    if (slot < 0) return { timestamp: -1, offset: this.baseOffset, slot: -1 };
    return { timestamp: this.key(slot), offset: this.value(slot), slot };
  }

  /** Remove entries with offset ≥ `offset` (searched by value, as Kafka does). */
  truncateTo(offset: number): void {
    const slot = this.slotFor(offset, 'VALUE', 'LARGEST_LOWER_BOUND');
    if (slot < 0) this.truncateToEntries(0);
    else if (this.value(slot) === offset) this.truncateToEntries(slot);
    else this.truncateToEntries(slot + 1);
  }
}
