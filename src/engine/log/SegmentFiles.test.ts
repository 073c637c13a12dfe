// Real segment files: the .log bytes decode with kafkajs's decoder into the same records (CRCs
// valid); .index and .timeindex hold big-endian relative entries; nothing is invented once the
// payloads have left the payload window.
import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario } from '../index';
import { rawProducer } from '../test/rawClient';
import { kafkajsDecodeLog } from '../test/kafkajs';
import { decodeBatch, batchSizeAt } from '../record/DefaultRecordBatch';
import { DEFAULT_PAYLOAD_WINDOW } from './UnifiedLog';

function scenario(
  config: Record<string, number | string>,
  producers: Scenario['producers'] = [],
): Scenario {
  return {
    version: 1,
    seed: 6,
    cluster: { brokers: 1 },
    topics: [{ name: 't', partitions: 1, replicationFactor: 1, config }],
    producers,
    consumerGroups: [],
    actions: [],
  };
}

describe('segment files', () => {
  it('a whole .log decodes with kafkajs into the same records, every CRC valid', async () => {
    const sim = createSimulation(
      scenario({ 'segment.bytes': 4000, 'index.interval.bytes': 500 }, [
        {
          id: 'p1',
          config: { acks: '1', 'linger.ms': 25 },
          workload: {
            topic: 't',
            ratePerSec: 100,
            keys: ['a', 'b', null, '\uC2DD\uB2F9'],
            valueBytes: 30,
          },
        },
      ]),
    );
    sim.advanceTo(5000);
    const log = sim.replicaLog(1, 't', 0)!;
    expect(log.segments.length).toBeGreaterThan(2);
    for (const seg of log.segments) {
      const bytes = sim.segmentFile(1, 't', 0, seg.baseOffset, 'log')!;
      expect(bytes.length).toBe(seg.size);
      let pos = 0;
      while (pos < bytes.length) {
        expect(decodeBatch(bytes, pos).crcValid).toBe(true);
        pos += batchSizeAt(bytes, pos);
      }
      const decoded = await kafkajsDecodeLog(bytes);
      const records = decoded.flatMap((b) => b.records);
      const want = [...seg.batches].flatMap((b) => b.records!);
      expect(records.map((r) => Number(r.offset))).toEqual(want.map((r) => r.offset));
      expect(records.map((r) => (r.key === null ? null : r.key.toString('utf8')))).toEqual(
        want.map((r) => r.key),
      );
      expect(records.map((r) => r.value!.toString('utf8'))).toEqual(want.map((r) => r.value));
      expect(records.map((r) => Number(r.timestamp))).toEqual(want.map((r) => r.timestamp));
      expect(decoded.map((b) => Number(b.firstOffset))).toEqual(
        [...seg.batches].map((b) => b.baseOffset),
      );
    }
  });

  it('.index: (offset − base, position) as two int32; .timeindex: (timestamp int64, offset − base int32)', () => {
    const sim = createSimulation(scenario({ 'segment.bytes': 500, 'index.interval.bytes': 100 }));
    const c = rawProducer(sim);
    for (let i = 0; i < 7; i++)
      c.send(100 + i, 1, 't', 0, [{ key: 'k', value: 'x'.repeat(50), timestamp: 1000 + i }]);
    sim.advanceTo(1000);
    const idx = Buffer.from(sim.segmentFile(1, 't', 0, 4, 'index')!);
    // Segment 4: entries (5 → 119), (6 → 238): relative offsets 1 and 2.
    expect(idx.toString('hex')).toBe('00000001' + '00000077' + '00000002' + '000000ee');
    const tidx = Buffer.from(sim.segmentFile(1, 't', 0, 4, 'timeindex')!);
    expect(tidx.length).toBe(24);
    expect(tidx.readBigInt64BE(0)).toBe(1005n);
    expect(tidx.readInt32BE(8)).toBe(1);
    expect(tidx.readBigInt64BE(12)).toBe(1006n);
    expect(tidx.readInt32BE(20)).toBe(2);
    // The active segment's files are preallocated on disk; the bytes given are the entries.
    const active = sim
      .logDir(1, 't', 0)!
      .files.find((f) => f.name === '00000000000000000004.index')!;
    expect(active).toMatchObject({ active: true, sizeBytes: 10485760 });
  });

  it('says so instead of inventing bytes once a segment’s payloads left the payload window', () => {
    const sim = createSimulation(scenario({ 'segment.bytes': 5000 }));
    const c = rawProducer(sim);
    const perBatch = 100;
    const n = DEFAULT_PAYLOAD_WINDOW / perBatch + 10;
    for (let i = 0; i < n; i++)
      c.send(
        100 + i,
        1,
        't',
        0,
        Array.from({ length: perBatch }, (_, j) => ({
          key: `k${j}`,
          value: 'v',
          timestamp: 100 + i,
        })),
      );
    sim.advanceTo(n + 1000);
    const dir = sim.logDir(1, 't', 0)!;
    const first = dir.files.find((f) => f.name === '00000000000000000000.log')!;
    expect(first.bytesAvailable).toBe(false);
    expect(sim.segmentFile(1, 't', 0, 0, 'log')).toBeNull();
    expect(dir.segments.at(-1)!.bytesAvailable).toBe(true);
    // Sizes, offsets and indexes stay.
    expect(dir.segments[0]!.sizeBytes).toBeGreaterThan(0);
  });
});
