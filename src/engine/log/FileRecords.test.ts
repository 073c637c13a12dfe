import { describe, expect, it } from 'vitest';
import { BatchColumns } from './BatchColumns';
import { FileRecords } from './FileRecords';
import { logBatch, type LogBatch } from './RecordBatch';

/** Batch i: offsets 10i..10i+2, 100 bytes at 100i, fields that differ from batch to batch. */
function batch(i: number): LogBatch {
  return logBatch(
    {
      baseOffset: 10 * i,
      lastOffset: 10 * i + 2,
      partitionLeaderEpoch: i % 3,
      producerId: i % 2 === 0 ? -1 : 4_000_000_000 + i,
      producerEpoch: i % 2 === 0 ? -1 : 7,
      baseSequence: i % 2 === 0 ? -1 : 3 * i,
      baseTimestamp: 1_700_000_000_000 + i,
      maxTimestamp: 1_700_000_000_005 + i,
      recordCount: 3,
      compression: (['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const)[i % 5]!,
      deleteHorizonMs: i === 4 ? 86_400_000 + i : null,
    },
    100 * i,
    100,
    [0, 1, 2].map((k) => ({
      offset: 10 * i + k,
      timestamp: 1_700_000_000_000 + i + k,
      key: null,
      value: 'v',
      id: 3 * i + k,
    })),
  );
}

describe('FileRecords', () => {
  it('moves batches behind the payload window into columns and gives them back field for field', () => {
    const file = new FileRecords();
    const want = Array.from({ length: 40 }, (_, i) => batch(i));
    for (const b of want) file.push(b);
    // Payloads go oldest first: those batches leave their objects for the columns.
    for (let i = 0; i < 30; i++) expect(file.dropRecords(i)).toBe(3);
    expect(file.columnCount).toBe(30);
    expect(file.length).toBe(40);
    expect(file.dropRecords(3)).toBe(0);
    const got = [...file];
    got.forEach((b, i) => expect(b).toEqual({ ...want[i]!, records: i < 30 ? null : b.records }));
    // The kept batches are the objects themselves (a fetch hands them out as they are).
    expect(file.get(35)).toBe(want[35]);
    for (let i = 0; i < 40; i++) {
      expect(file.baseOffset(i)).toBe(10 * i);
      expect(file.lastOffset(i)).toBe(10 * i + 2);
      expect(file.position(i)).toBe(100 * i);
      expect(file.sizeBytes(i)).toBe(100);
      expect(file.maxTimestamp(i)).toBe(1_700_000_000_005 + i);
      expect(file.records(i)).toBe(i < 30 ? null : want[i]!.records);
    }
    expect(file.payloadRecords()).toBe(30);
  });

  it('a batch kept whole waits for the ones before it; truncation cuts columns and objects', () => {
    const file = new FileRecords();
    for (let i = 0; i < 10; i++) file.push(batch(i));
    file.dropRecords(5);
    expect(file.columnCount).toBe(0);
    for (let i = 0; i < 5; i++) file.dropRecords(i);
    expect(file.columnCount).toBe(6);
    file.truncate(8);
    expect(file.length).toBe(8);
    expect(file.columnCount).toBe(6);
    file.truncate(3);
    expect([...file].map((b) => b.baseOffset)).toEqual([0, 10, 20]);
    expect(file.columnCount).toBe(3);
    // Appends go on after the cut, from index 3; the cut batch 4's delete horizon is gone with it.
    file.push({ ...batch(4), records: null });
    expect(file.get(3)).toEqual({ ...batch(4), records: null });
    file.truncate(3);
    file.push({ ...batch(5), records: null });
    expect(file.get(3).deleteHorizonMs).toBeNull();
    file.seal();
    expect(file.lastOffset(3)).toBe(52);
  });
});

describe('BatchColumns', () => {
  it('grows by chunks with at most one chunk of room unused, and gives room back when fitted', () => {
    const columns = new BatchColumns();
    for (let i = 0; i < 3000; i++) {
      columns.store(i, { ...batch(i), records: null });
      // Room for the next ones: at most a chunk (1,024 batches) past those held, never a copy of all.
      expect(columns.capacity()).toBeGreaterThan(i);
      expect(columns.capacity()).toBeLessThanOrEqual(Math.max(16, i + 1024));
    }
    columns.fit(2500);
    expect(columns.capacity()).toBe(2500);
    columns.store(2500, { ...batch(2500), records: null });
    for (const i of [0, 15, 16, 1023, 1024, 2047, 2048, 2499, 2500])
      expect(columns.batch(i)).toEqual({ ...batch(i), records: null });
    expect(columns.batch(4).deleteHorizonMs).toBe(86_400_004);
    columns.fit(3);
    expect(columns.capacity()).toBe(3);
    columns.store(3, { ...batch(5), records: null });
    columns.store(4, { ...batch(4), records: null });
    expect(columns.batch(3).deleteHorizonMs).toBeNull();
    expect(columns.lastOffset(4)).toBe(42);
  });
});
