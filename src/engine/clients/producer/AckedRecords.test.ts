import { describe, expect, it } from 'vitest';
import { AckedRecords } from './AckedRecords';

describe('AckedRecords', () => {
  it('gives back every record of every batch, with its offset, key and id, by index and in order', () => {
    const acked = new AckedRecords();
    acked.addBatch('t', 0, 10, [
      { id: 1, key: 'a' },
      { id: 4, key: null },
    ]);
    acked.addBatch('t', 1, 0, []);
    acked.addBatch('u', 2, 7, [{ id: 9, key: 'c' }]);
    // Many records: the typed array grows past its first size.
    acked.addBatch(
      'v',
      0,
      100,
      Array.from({ length: 3000 }, (_, i) => ({ id: 100 + i, key: `k${i}` })),
    );
    expect(acked.length).toBe(3003);
    expect(acked.at(0)).toEqual({ topic: 't', partition: 0, offset: 10, key: 'a', id: 1 });
    expect(acked.at(1)).toEqual({ topic: 't', partition: 0, offset: 11, key: null, id: 4 });
    expect(acked.at(2)).toEqual({ topic: 'u', partition: 2, offset: 7, key: 'c', id: 9 });
    expect(acked.at(3002)).toEqual({
      topic: 'v',
      partition: 0,
      offset: 3099,
      key: 'k2999',
      id: 3099,
    });
    expect(() => acked.at(3003)).toThrow(RangeError);
    const all = [...acked];
    expect(all).toHaveLength(3003);
    all.forEach((r, i) => expect(r).toEqual(acked.at(i)));
    expect([...acked.from(2)].map((r) => r.id).slice(0, 2)).toEqual([9, 100]);
    expect([...acked.from(3003)]).toEqual([]);
  });

  it('keeps at most its window one by one, the older records as merged offset ranges', () => {
    const acked = new AckedRecords(1000);
    // 12 partitions, batches of 5, each partition's offsets following on: 600k records.
    const next = new Array<number>(12).fill(0);
    for (let b = 0; b < 120_000; b++) {
      const p = b % 12;
      const records = Array.from({ length: 5 }, (_, i) => ({ id: b * 5 + i, key: `k${p}` }));
      acked.addBatch('t', p, next[p]!, records);
      next[p]! += 5;
      // Bounded by the window, not by the run (without the window: b·5 + 5 kept).
      expect(acked.kept).toBeLessThanOrEqual(2 * 1000 + 5);
    }
    expect(acked.length).toBe(600_000);
    expect(acked.windowStart).toBeGreaterThanOrEqual(600_000 - 1005);
    expect([...acked].length).toBe(600_000 - acked.windowStart);
    expect(acked.at(599_999)).toEqual({
      topic: 't',
      partition: 11,
      offset: 49_999,
      key: 'k11',
      id: 599_999,
    });
    expect(() => acked.at(0)).toThrow(RangeError);
    // One range per partition: 0 up to where the window begins.
    const ranges = [...acked.olderRanges()];
    expect(ranges).toHaveLength(12);
    for (const r of ranges) expect(r.ranges).toHaveLength(2);
    const older = ranges.reduce((s, r) => s + r.ranges[1]! - r.ranges[0]!, 0);
    expect(older).toBe(acked.windowStart);
    // Lost beyond the window: what lies at or above the holders' log end.
    expect(acked.olderLost(() => Infinity)).toBe(0);
    expect(acked.olderLost(() => 0)).toBe(older);
    const end = (_t: string, p: number) => (p === 3 ? 100 : Infinity);
    expect(acked.olderLost(end)).toBe(ranges.find((r) => r.partition === 3)!.ranges[1]! - 100);
  });
});
