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
});
