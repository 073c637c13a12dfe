// Kafka's TimeIndex: sparse (timestamp → offset) entries of 12 bytes (8-byte timestamp,
// 4-byte relative offset), appended only when the timestamp grows.

export const TIME_INDEX_ENTRY_SIZE = 12;

export class TimeIndex {
  /** [timestamp, absolute offset] pairs, timestamps strictly increasing. */
  readonly entries: [number, number][] = [];

  constructor(
    readonly baseOffset: number,
    readonly maxIndexSize: number,
  ) {}

  get maxEntries(): number {
    return Math.floor(this.maxIndexSize / TIME_INDEX_ENTRY_SIZE);
  }

  isFull(): boolean {
    return this.entries.length >= this.maxEntries;
  }

  sizeInBytes(active: boolean): number {
    return active
      ? this.maxEntries * TIME_INDEX_ENTRY_SIZE
      : this.entries.length * TIME_INDEX_ENTRY_SIZE;
  }

  maybeAppend(timestamp: number, offset: number, skipFullCheck = false): void {
    if (!skipFullCheck && this.isFull()) return;
    const last = this.entries[this.entries.length - 1];
    if (last && timestamp <= last[0]) return;
    this.entries.push([timestamp, offset]);
  }

  /** The entry with the greatest timestamp ≤ target (or the segment start). */
  lookup(target: number): { timestamp: number; offset: number } {
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
    if (found < 0) return { timestamp: -1, offset: this.baseOffset };
    const [timestamp, offset] = this.entries[found]!;
    return { timestamp, offset };
  }
}
