// The producer's compression.type reaches the log: the leader stores the batch as the producer
// compressed it (topic compression.type=producer), with the real codec's size.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../index';

function logBytes(codec: string): { size: number; codecs: Set<string> } {
  const sim = createSimulation({
    version: 1,
    seed: 3,
    cluster: { brokers: 1 },
    topics: [{ name: 't', partitions: 1, replicationFactor: 1 }],
    producers: [
      {
        id: 'p',
        config: { 'compression.type': codec, 'linger.ms': 50 },
        workload: { topic: 't', ratePerSec: 200, keys: ['a', 'b'], valueBytes: 200 },
      },
    ],
  });
  sim.advanceTo(3000);
  const log = sim.brokers.get(1)!.replicaManager.getPartition('t', 0)!.log;
  const codecs = new Set([...log.batches()].map((b) => b.compression));
  return { size: log.sizeInBytes, codecs };
}

describe('producer compression.type', () => {
  it.each(['gzip', 'snappy', 'lz4'])('%s batches are stored compressed and smaller', (codec) => {
    const plain = logBytes('none');
    const packed = logBytes(codec);
    expect(plain.codecs).toEqual(new Set(['none']));
    expect(packed.codecs).toEqual(new Set([codec]));
    expect(packed.size).toBeLessThan(plain.size / 3);
  });
});
