// RecordAccumulator.append runs for every record: its answer is one object, refilled.
import { describe, expect, it } from 'vitest';
import { RecordAccumulator } from './RecordAccumulator';
import { Random } from '../../sim/Random';
import type { ProducerConfig } from '../../config/types';

describe('RecordAccumulator.append', () => {
  it('answers with the same object each call (no allocation per record), refilled', () => {
    const config = { batchSize: 16_384, lingerMs: 5, retryBackoffMs: 100 } as ProducerConfig;
    const acc = new RecordAccumulator(config, new Random(1));
    const cluster = { numPartitions: 2, availablePartitions: [0, 1] };
    const rec = (id: number) => ({ id, key: 'k', value: 'v', timestamp: 0 });
    const a = acc.append('t', 0, rec(1), cluster, 0, 1, 1);
    expect(a).toMatchObject({ partition: 0, newBatchCreated: true, batchIsFull: false });
    const first = a.batch;
    const b = acc.append('t', 1, rec(2), cluster, 0, 1, 1);
    expect(b).toBe(a);
    expect(b).toMatchObject({ partition: 1, newBatchCreated: true });
    expect(b.batch).not.toBe(first);
    const c = acc.append('t', 0, rec(3), cluster, 0, 1, 1);
    expect(c).toBe(a);
    expect(c.batch).toBe(first);
    expect(c.newBatchCreated).toBe(false);
    expect(first.records.map((r) => r.id)).toEqual([1, 3]);
  });
});
