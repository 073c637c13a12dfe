// The indexes keep their entries in typed columns, as the files keep fixed-size slots: an array
// object per entry grew the heap by ~64 bytes per entry for the whole run.
import { describe, expect, it } from 'vitest';
import { OffsetIndex } from './OffsetIndex';
import { TimeIndex } from './TimeIndex';

function heldObjects(index: object): unknown[] {
  return Object.values(index).filter(
    (v) => typeof v === 'object' && v !== null && !ArrayBuffer.isView(v),
  );
}

describe('index entries', () => {
  it('live in typed arrays, not an object per entry', () => {
    const offsets = new OffsetIndex(0, 10 * 1024 * 1024);
    const times = new TimeIndex(0, 10 * 1024 * 1024);
    for (let i = 1; i <= 5000; i++) {
      offsets.append(i * 10, i * 4096);
      times.maybeAppend(i * 3, i * 10);
    }
    expect(heldObjects(offsets)).toEqual([]);
    expect(heldObjects(times)).toEqual([]);
    expect(offsets.size).toBe(5000);
    expect(offsets.lookup(12_345)).toEqual({ offset: 12_340, position: 1234 * 4096, slot: 1233 });
    expect(times.lookup(3001)).toEqual({ timestamp: 3000, offset: 10_000, slot: 999 });
    offsets.truncateTo(25);
    expect(offsets.pairs()).toEqual([
      [10, 4096],
      [20, 8192],
    ]);
  });
});
