// Kafka's OffsetIndex: a sparse map from offset to the byte position of a batch in the .log.
// Entries are 8 bytes (4-byte offset relative to the segment's base offset, 4-byte position).

export const OFFSET_INDEX_ENTRY_SIZE = 8;

export class OffsetIndex {
  /** [absolute offset, position] pairs, increasing. */
  readonly entries: [number, number][] = [];

  constructor(
    readonly baseOffset: number,
    readonly maxIndexSize: number,
  ) {}

  get maxEntries(): number {
    return Math.floor(this.maxIndexSize / OFFSET_INDEX_ENTRY_SIZE);
  }

  isFull(): boolean {
    return this.entries.length >= this.maxEntries;
  }

  /** Bytes the file holds: preallocated to maxIndexSize while active, trimmed to its entries after a roll. */
  sizeInBytes(active: boolean): number {
    return active
      ? this.maxEntries * OFFSET_INDEX_ENTRY_SIZE
      : this.entries.length * OFFSET_INDEX_ENTRY_SIZE;
  }

  append(offset: number, position: number): void {
    const last = this.entries[this.entries.length - 1];
    if (last && offset <= last[0]) return; // Kafka refuses non-increasing offsets
    this.entries.push([offset, position]);
  }

  /** The greatest entry with offset ≤ target, or the segment start (base offset, position 0). */
  lookup(target: number): { offset: number; position: number; slot: number } {
    let lo = 0;
    let hi = this.entries.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.entries[mid]![0] <= target) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return { offset: this.baseOffset, position: 0, slot: -1 };
    const [offset, position] = this.entries[found]!;
    return { offset, position, slot: found };
  }
}
