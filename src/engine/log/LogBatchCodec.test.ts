// Stored batch sizes are the real v2 encoding's: checked against kafkajs's encoder for several
// record shapes, and for compression against the real codec output of the same records.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulation, prepareCodecs, type Scenario } from '../index';
import { ofType } from '../test/scenarios';
import { kafkajsDecodeLog, kafkajsEncode } from '../test/kafkajs';
import { compress, type CompressionCodec } from '../record/CompressionType';
import { encodeRecords, decodeBatch } from '../record/DefaultRecordBatch';
import { utf8Bytes } from '../record/ByteUtils';
import type { ProduceRequest } from '../network/requests';
import type { LogBatch } from './RecordBatch';
import { batchSizeOf } from './LogBatchCodec';

beforeAll(async () => {
  await prepareCodecs();
});

type Produce = { at: number; key: string | null; value: string | null };

function oneBroker(
  topicConfig: Scenario['topics'][number]['config'],
  produce: Produce[],
): Scenario {
  return {
    version: 1,
    seed: 3,
    cluster: { brokers: 1 },
    topics: [{ name: 't', partitions: 1, replicationFactor: 1, config: topicConfig ?? {} }],
    producers: [{ id: 'p1', config: { acks: '1', 'linger.ms': 20 } }],
    consumerGroups: [],
    actions: produce.map((p) => ({ do: 'produce' as const, producer: 'p1', topic: 't', ...p })),
  };
}

/** Run, and return each stored batch (leader's log) with its records. */
function storedBatches(s: Scenario, until = 5000) {
  const sim = createSimulation(s);
  const trace: Parameters<Parameters<typeof sim.onTrace>[0]>[0][] = [];
  sim.onTrace((e) => trace.push(e));
  sim.advanceTo(until);
  const log = sim.replicaLog(1, 't', 0)!;
  const appends = ofType(trace, 'log.append').filter((e) => e.leader);
  return { sim, log, appends, batches: [...log.batches()] };
}

const shapes: Produce[] = [
  { at: 100, key: 'k', value: 'hello' },
  // many records in one batch (within linger.ms)
  ...Array.from({ length: 12 }, (_, i) => ({ at: 300, key: `restaurant-${i}`, value: `v${i}` })),
  { at: 600, key: null, value: 'no key' },
  { at: 900, key: 'deleted', value: null },
  { at: 1200, key: 'big', value: 'x'.repeat(20000) },
  { at: 1500, key: '\uC2DD\uB2F9-7', value: '\uB300\uAE30 3\uD300 😀' },
  { at: 1500, key: 'same-ms', value: '' },
];

describe('batch sizes (record batch format v2)', () => {
  it('equal kafkajs’s encoding, byte for byte, for one record, many, null keys, tombstones, large and non-ASCII values', async () => {
    const { sim, batches, appends } = storedBatches(oneBroker({}, shapes));
    expect(batches.length).toBe(6);
    expect(batches.map((b) => b.recordCount)).toEqual([1, 12, 1, 1, 1, 2]);
    const file = sim.segmentFile(1, 't', 0, 0, 'log')!;
    for (const b of batches) {
      const want = await kafkajsEncode({ ...b, records: b.records! });
      expect(b.sizeBytes).toBe(want.length);
      expect(Buffer.from(file.subarray(b.position, b.position + b.sizeBytes)).equals(want)).toBe(
        true,
      );
    }
    // The trace reports the same sizes and where each batch landed.
    expect(appends.map((a) => [a.sizeBytes, a.position, a.segment])).toEqual(
      batches.map((b) => [b.sizeBytes, b.position, 0]),
    );
  });

  it('count record headers (UTF-8 keys, nullable values) like kafkajs', async () => {
    const records = [
      {
        offset: 7,
        timestamp: 1000,
        key: 'k',
        value: 'v',
        headers: [{ key: 'trace-id', value: 'abc' }],
      },
      {
        offset: 8,
        timestamp: 1003,
        key: null,
        value: 'w',
        headers: [{ key: '\uC5B8\uC5B4', value: 'ko' }],
      },
    ];
    const header = {
      baseOffset: 7,
      lastOffset: 8,
      partitionLeaderEpoch: 2,
      producerId: 1000,
      producerEpoch: 0,
      baseSequence: 4,
      baseTimestamp: 1000,
      maxTimestamp: 1003,
      recordCount: 2,
      compression: 'none' as const,
      deleteHorizonMs: null,
      id: 0,
    };
    const withIds = records.map((r, i) => ({ ...r, id: i }));
    expect(batchSizeOf(header, withIds)).toBe((await kafkajsEncode({ ...header, records })).length);
  });

  const codecs: CompressionCodec[] = ['gzip', 'snappy', 'lz4', 'zstd'];
  it.each(codecs)(
    'with topic compression.type=%s: 61 + the real compressed size of the records section',
    (codec) => {
      const produce = Array.from({ length: 40 }, (_, i) => ({
        at: 200,
        key: `key-${i % 4}`,
        value: `order ${i} waiting `.repeat(5),
      }));
      const { sim, batches } = storedBatches(oneBroker({ 'compression.type': codec }, produce));
      expect(batches).toHaveLength(1);
      const b = batches[0]!;
      expect(b.compression).toBe(codec);
      // Independently: the records section as the client builds it, through the codec.
      const section = encodeRecords(
        b.records!.map((r, i) => ({
          offsetDelta: i,
          timestampDelta: r.timestamp - b.baseTimestamp,
          key: r.key === null ? null : utf8Bytes(r.key),
          value: r.value === null ? null : utf8Bytes(r.value),
          headers: [],
        })),
      );
      expect(b.sizeBytes).toBe(61 + compress(codec, section).length);
      expect(b.sizeBytes).toBeLessThan(61 + section.length / 3);
      // The stored bytes decode back to the records, CRC valid.
      const d = decodeBatch(sim.segmentFile(1, 't', 0, 0, 'log')!);
      expect(d.crcValid).toBe(true);
      expect(d.compression).toBe(codec);
      expect(d.records.map((r) => r.offsetDelta)).toEqual(produce.map((_, i) => i));
    },
  );

  it('gzip batches decode with kafkajs', async () => {
    const produce = Array.from({ length: 5 }, (_, i) => ({
      at: 200,
      key: `k${i}`,
      value: 'zzz'.repeat(30),
    }));
    const { sim } = storedBatches(oneBroker({ 'compression.type': 'gzip' }, produce));
    const [batch] = await kafkajsDecodeLog(sim.segmentFile(1, 't', 0, 0, 'log')!);
    expect(batch!.records.map((r) => r.key!.toString())).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
  });
});

describe('the produce request’s codec (LogValidator)', () => {
  /** Send one Produce straight to broker 1 as a client that compressed with `codec`. */
  function produceWith(topicCodec: string, codec: CompressionCodec): LogBatch {
    const sim = createSimulation(oneBroker({ 'compression.type': topicCodec }, []));
    sim.network.register({ nodeId: 'client:x', isUp: () => true, receive: () => {} });
    const req: ProduceRequest = {
      acks: 1,
      timeoutMs: 30000,
      producerId: -1,
      producerEpoch: -1,
      partitions: [
        {
          topic: 't',
          partition: 0,
          baseSequence: -1,
          compression: codec,
          records: Array.from({ length: 10 }, (_, i) => ({
            id: i,
            key: `k${i}`,
            value: 'abcdefgh'.repeat(10),
            timestamp: 50,
          })),
        },
      ],
    };
    sim.advanceTo(50);
    sim.network.send('client:x', 'broker:1', 'Produce', req);
    sim.advanceTo(1000);
    return [...sim.replicaLog(1, 't', 0)!.batches()][0]!;
  }

  it('compression.type=producer keeps the producer’s codec; another topic codec recompresses', () => {
    const kept = produceWith('producer', 'lz4');
    expect(kept.compression).toBe('lz4');
    const recompressed = produceWith('gzip', 'lz4');
    expect(recompressed.compression).toBe('gzip');
    const plain = produceWith('uncompressed', 'snappy');
    expect(plain.compression).toBe('none');
    expect(plain.sizeBytes).toBeGreaterThan(kept.sizeBytes);
    expect(recompressed.sizeBytes).not.toBe(kept.sizeBytes);
  });
});

describe('replicated batches', () => {
  it('followers share the leader’s record objects, with their own batch (position, payload window)', () => {
    const sim = createSimulation({
      ...oneBroker({}, shapes.slice(0, 5)),
      cluster: { brokers: 3 },
      topics: [{ name: 't', partitions: 1, replicationFactor: 3, assignment: [[1, 2, 3]] }],
    });
    sim.advanceTo(5000);
    const leader = [...sim.replicaLog(1, 't', 0)!.batches()];
    const follower = [...sim.replicaLog(2, 't', 0)!.batches()];
    expect(follower).toHaveLength(leader.length);
    leader.forEach((b, i) => {
      expect(follower[i]).not.toBe(b);
      expect(follower[i]!.records).toBe(b.records);
      expect(follower[i]!.sizeBytes).toBe(b.sizeBytes);
    });
  });
});
