// A consumer that lags past the leader's payload window reads batches that come without their
// records: it processes their offsets (id -1, null key) without building a record for each, in
// order with the records that follow, and max.poll.records cuts such runs as it cuts records.
import { describe, expect, it } from 'vitest';
import { ofType, runWithTrace } from '../../test/scenarios';

describe('fetched runs past the payload window', () => {
  it('consumes every offset once, in order, bare offsets first', () => {
    const { trace } = runWithTrace(
      {
        version: 1,
        seed: 5,
        cluster: { brokers: 1 },
        topics: [{ name: 't', partitions: 1, replicationFactor: 1 }],
        producers: [
          {
            id: 'p1',
            config: { acks: '1', 'linger.ms': 5 },
            workload: { topic: 't', ratePerSec: 2500, keys: ['a', 'b'], valueBytes: 20 },
          },
        ],
        // Joins after seconds of records: it starts behind the window (5,000 records), then
        // catches up and reads the batches that still carry their records.
        consumerGroups: [
          {
            id: 'g',
            topics: ['t'],
            members: 1,
            config: { 'auto.offset.reset': 'earliest', 'max.poll.records': 300 },
            processingMsPerRecord: 0,
          },
        ],
        actions: [],
      },
      12_000,
    );
    const consumed = ofType(trace, 'consume.record');
    expect(consumed.length).toBeGreaterThan(5000);
    const start = consumed[0]!.record.offset!;
    consumed.forEach((c, i) => expect(c.record.offset).toBe(start + i));
    const bare = consumed.filter((c) => c.record.id === -1);
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.length).toBeLessThan(consumed.length);
    // The window is the log's newest records: the bare offsets are the first ones read.
    expect(consumed.findLastIndex((c) => c.record.id === -1)).toBe(bare.length - 1);
    for (const c of bare) expect(c.record.key).toBeNull();
    const produced = new Map(
      ofType(trace, 'produce.record').map((p) => [p.record.id, p.record.key] as const),
    );
    for (const c of consumed.filter((x) => x.record.id !== -1))
      expect(c.record.key).toBe(produced.get(c.record.id));
  });
});
