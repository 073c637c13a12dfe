// The leader stores an uncompressed batch at the size the producer built it with (the bytes it
// sent), without sizing the records again: that size must be exactly what the records encode to.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../index';
import { runWithTrace } from '../test/scenarios';
import { encodeLogBatch } from './LogBatchCodec';
import { uncompressedBatchSize } from './batchSize';
import { assignOffsets, UNASSIGNED_OFFSET } from './LogValidator';
import type { LogRecord } from './RecordBatch';

function scenario(compression: string, producerCompression: string): Scenario {
  return {
    version: 1,
    seed: 7,
    cluster: { brokers: 3 },
    topics: [
      {
        name: 't',
        partitions: 3,
        replicationFactor: 3,
        config: { 'compression.type': compression },
      },
    ],
    producers: [
      {
        id: 'p1',
        // Non-ASCII keys (2- and 3-byte UTF-8, a surrogate pair) and values long enough that
        // record length varints take two bytes; linger so batches hold many records.
        config: { acks: 'all', 'linger.ms': 20, 'compression.type': producerCompression },
        workload: {
          topic: 't',
          ratePerSec: 2000,
          keys: ['a', 'é-key', '\u6ce8\u6587-42', '\ud83d\ude00', 'k'.repeat(70)],
          valueBytes: 130,
        },
      },
    ],
    consumerGroups: [],
    actions: [],
  };
}

describe('a batch stored uncompressed keeps the size the producer sent', () => {
  it.each([
    ['producer', 'none'],
    ['uncompressed', 'gzip'],
  ])('topic compression.type=%s, producer %s: every replica’s every batch', (c, pc) => {
    const { sim } = runWithTrace(scenario(c, pc), 3000);
    let batches = 0;
    for (const broker of sim.brokers.values())
      for (let partition = 0; partition < 3; partition++) {
        const log = broker.replicaManager.getPartition('t', partition)!.log;
        for (const seg of log.segments)
          for (const b of seg.batches) {
            expect(b.compression).toBe('none');
            const records = b.records!;
            expect(b.sizeBytes).toBe(uncompressedBatchSize(records, b.baseOffset, b.baseTimestamp));
            // And the bytes the encoder writes for it.
            expect(encodeLogBatch(b)!.length).toBe(b.sizeBytes);
            batches++;
          }
      }
    // Three replicas of about 6,000 records in batches of many records.
    expect(batches).toBeGreaterThan(100);
  });
});

describe('the leader keeps the producer’s records, not the producer’s array', () => {
  it('takes each record object as it is, in an array of its own, of the batch’s length', () => {
    const grown: LogRecord[] = [];
    // A producer batch's array grows by pushes: room for more than it holds.
    for (let i = 0; i < 4; i++)
      grown.push({ offset: UNASSIGNED_OFFSET, timestamp: 10 + i, key: `k${i}`, value: 'v', id: i });
    const batch = assignOffsets(
      grown,
      100,
      0,
      { producerId: -1, producerEpoch: -1, baseSequence: -1 },
      'none',
    );
    expect(batch.records).not.toBe(grown);
    expect(batch.records).toHaveLength(4);
    batch.records!.forEach((r, i) => {
      expect(r).toBe(grown[i]);
      expect(r.offset).toBe(100 + i);
    });
  });
});
