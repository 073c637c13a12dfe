import { describe, expect, it } from 'vitest';
import { RecordColumns } from './RecordColumns';
import type { LogRecord } from './RecordBatch';

const rec = (offset: number, timestamp: number, id: number): LogRecord => ({
  offset,
  timestamp,
  key: `k${offset}`,
  value: offset % 2 ? null : `v${offset}`,
  id,
});

describe('RecordColumns', () => {
  it('holds timestamps and ids in 32 bits until one does not fit, then in 64 without loss', () => {
    const c = new RecordColumns(2);
    const a = [rec(10, 5, 1), rec(11, 6, 2), rec(12, 7, 3)];
    const b = [rec(13, 1_700_000_000_000, 3_000_000_000), rec(14, -1, 4)];
    expect(c.append(a, 10)).toBe(0);
    expect(c.append(b, 13)).toBe(3);
    expect(c.build(0, 3, 10)).toEqual(a);
    expect(c.build(3, 2, 13)).toEqual(b);
    expect(c.id(3)).toBe(3_000_000_000);
    // Dropped from the front and cut at the end: the numbers of the rest stay.
    c.dropBefore(1);
    c.truncate(4);
    expect(c.build(1, 2, 10)).toEqual([a[1], a[2]]);
    expect(c.build(3, 1, 13)).toEqual([b[0]]);
    expect(c.end).toBe(4);
  });
});
