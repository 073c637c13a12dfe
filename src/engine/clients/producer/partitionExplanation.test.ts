// The produce form's explanation of a partition choice: the keyed arithmetic matches kafkajs's
// DefaultPartitioner (an independent implementation of the Java client's), and the keyless
// explanations follow what the running producer's partitioners did.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type TraceEvent } from '../../index';
import { explainKeyPartition, explainPartitionChoice } from './partitionExplanation';
import { partitionerState } from '../../sim/queries';
import { kafkajsPartition } from '../../test/kafkajs';

const require = createRequire(import.meta.url);
const kjsMurmur2 = require('kafkajs/src/producer/partitioners/default/murmur2') as (
  key: string | Buffer,
) => number;

const KEYS = [
  'restaurant-42',
  'restaurant-1',
  'restaurant-2',
  'k',
  '',
  'order:2024-06-01/7',
  '\ud55c\uae00 \ud0a4', // Hangul, escaped: the engine's files hold none
  'ключ',
  '🍜 ramen',
  'x'.repeat(300),
];

describe('explainKeyPartition', () => {
  it.each(KEYS)('%s: the same hash and partition as kafkajs, for 1 to 12 partitions', (key) => {
    const hash = kjsMurmur2(key);
    for (let n = 1; n <= 12; n++) {
      const e = explainKeyPartition(key, n);
      expect(e.murmur2 | 0).toBe(hash | 0);
      expect(e.hex).toBe(`0x${(hash >>> 0).toString(16).padStart(8, '0')}`);
      expect(e.positive).toBe(hash & 0x7fffffff);
      expect(e.partition).toBe(kafkajsPartition(key, n));
    }
  });

  it('refuses a partition count that is not a positive integer', () => {
    expect(() => explainKeyPartition('k', 0)).toThrow(RangeError);
  });
});

function scenario(partitioner: 'default' | 'round-robin'): Scenario {
  return {
    version: 1,
    seed: 7,
    cluster: { brokers: 3 },
    topics: [{ name: 'orders', partitions: 3, replicationFactor: 3 }],
    producers: [{ id: 'p1', config: { partitioner, 'batch.size': 200, 'linger.ms': 50 } }],
  } as unknown as Scenario;
}

/** A producer with no workload learns the topic's partitions on its first send. */
function started(partitioner: 'default' | 'round-robin') {
  const sim = createSimulation(scenario(partitioner));
  sim.apply({
    at: 1000,
    do: 'produce',
    producer: 'p1',
    topic: 'orders',
    key: 'warm-up',
    value: 'v',
  });
  sim.advanceTo(3000);
  return sim;
}

/** Produce one record now; its produce.record event and the partitioner states around it. */
function produce(sim: ReturnType<typeof createSimulation>, key: string | null) {
  const before = partitionerState(sim, 'p1', 'orders')!;
  let record: Extract<TraceEvent, { type: 'produce.record' }> | undefined;
  const off = sim.onTrace((e) => {
    if (e.type === 'produce.record' && !record) record = e;
  });
  sim.apply({ do: 'produce', producer: 'p1', topic: 'orders', key, value: 'v'.repeat(20) });
  off();
  const after = partitionerState(sim, 'p1', 'orders')!;
  expect(record).toBeDefined();
  return {
    record: record!,
    explanation: explainPartitionChoice(
      { key, partition: record!.partition, sizeBytes: record!.sizeBytes },
      before,
      after,
    ),
  };
}

describe('explainPartitionChoice on a running producer', () => {
  it('a keyed record: the murmur2 partition the producer used', () => {
    const sim = started('default');
    const { record, explanation } = produce(sim, 'restaurant-42');
    expect(explanation).toMatchObject({ kind: 'key', partition: record.partition });
    expect(record.partition).toBe(kafkajsPartition('restaurant-42', 3));
  });

  it('keyless records: the sticky partition is picked, kept, then left once batch.size is sent', () => {
    const sim = started('default');
    const first = produce(sim, null);
    expect(first.explanation).toMatchObject({
      kind: 'sticky-new',
      partition: first.record.partition,
      batchSize: 200,
      producedBytes: first.record.sizeBytes,
      next: null,
    });
    const second = produce(sim, null);
    expect(second.record.partition).toBe(first.record.partition);
    expect(second.explanation).toMatchObject({
      kind: 'sticky-stay',
      partition: first.record.partition,
      producedBytes: first.record.sizeBytes + second.record.sizeBytes,
    });
    // Keep producing on the same batch: the partitioner moves on once its share is sent.
    let last = second;
    for (
      let i = 0;
      i < 40 &&
      last.explanation.kind !== 'key' &&
      !('next' in last.explanation && last.explanation.next !== null);
      i++
    )
      last = produce(sim, null);
    expect(last.explanation).toMatchObject({ partition: first.record.partition });
    const next = (last.explanation as { next: number | null }).next;
    expect(next).not.toBeNull();
    const after = produce(sim, null);
    expect(after.record.partition).toBe(next);
  });

  it('round-robin: the counter picks the next partition for each record', () => {
    const sim = started('round-robin');
    const partitions = [0, 1, 2, 3].map((i) => {
      const { record, explanation } = produce(sim, null);
      expect(explanation).toEqual({
        kind: 'round-robin',
        partition: record.partition,
        counter: i,
        available: 3,
      });
      return record.partition;
    });
    expect(partitions).toEqual([0, 1, 2, 0]);
  });
});
