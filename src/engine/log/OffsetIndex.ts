// Kafka's OffsetIndex: a sparse map from offset to the byte position of a batch in the .log.
// Entries are 8 bytes: 4-byte offset relative to the segment's base offset, 4-byte position.
import { AbstractIndex } from './AbstractIndex';
import type { IndexProbe } from './IndexSearch';

export const OFFSET_INDEX_ENTRY_SIZE = 8;

export interface OffsetPosition {
  offset: number;
  position: number;
  /** The entry's slot, or -1 for the implicit (baseOffset, 0). */
  slot: number;
}

export class OffsetIndex extends AbstractIndex {
  // Entries: key = absolute offset (strictly increasing), value = position.
  constructor(baseOffset: number, maxIndexSize: number) {
    super(baseOffset, maxIndexSize, OFFSET_INDEX_ENTRY_SIZE);
  }

  get lastOffset(): number {
    return this.size > 0 ? this.key(this.size - 1) : this.baseOffset;
  }

  /** Kafka refuses an append to a full index or one whose offset does not grow. */
  append(offset: number, position: number): void {
    if (this.isFull()) throw new Error(`Attempt to append to a full index (size = ${this.size}).`);
    if (this.size > 0 && offset <= this.lastOffset)
      throw new Error(
        `Attempt to append an offset ${offset} no larger than the last offset appended (${this.lastOffset})`,
      );
    this.push(offset, position);
  }

  /** The greatest entry with offset ≤ target, or (baseOffset, 0). */
  lookup(target: number, probes?: IndexProbe[]): OffsetPosition {
    const slot = this.slotFor(target, 'KEY', 'LARGEST_LOWER_BOUND', probes);
    if (slot < 0) return { offset: this.baseOffset, position: 0, slot: -1 };
    return { offset: this.key(slot), position: this.value(slot), slot };
  }

  /** Remove entries with offset ≥ `offset`. */
  truncateTo(offset: number): void {
    const slot = this.slotFor(offset, 'KEY', 'LARGEST_LOWER_BOUND');
    if (slot < 0) this.truncateToEntries(0);
    else if (this.key(slot) === offset) this.truncateToEntries(slot);
    else this.truncateToEntries(slot + 1);
  }
}
