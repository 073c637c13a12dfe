// Acceptance (issue 3): with segment.bytes 1024, index.interval.bytes 256 and a steady keyed
// workload, the CLI snapshot's segments and index entries are exactly what Kafka's rules give
// for those records. The expectation is computed independently: batch boundaries from the CLI's
// trace, batch sizes by kafkajs's encoder from the CLI's records, segments and indexes by a plain
// re-implementation of Kafka's LogSegment rules (src/engine/test/kafkaLogModel.ts).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './sim';
import { kafkajsEncode } from '../engine/test/kafkajs';
import { kafkaSegments, type ModelBatch } from '../engine/test/kafkaLogModel';
import type { RecordSnapshot, Snapshot, TraceEvent } from '../engine';

const scenario = {
  version: 1,
  seed: 7,
  cluster: { brokers: 3 },
  topics: [
    {
      name: 'waiting-events',
      partitions: 2,
      replicationFactor: 3,
      config: { 'segment.bytes': 1024, 'index.interval.bytes': 256, 'min.insync.replicas': 2 },
    },
  ],
  producers: [
    {
      id: 'p1',
      config: { acks: 'all', 'linger.ms': 20 },
      workload: {
        topic: 'waiting-events',
        ratePerSec: 40,
        keys: ['restaurant-1', 'restaurant-2', 'restaurant-3', '식당-7'],
        valueBytes: 60,
      },
    },
  ],
  consumerGroups: [],
  actions: [],
};

async function cli(argv: string[]): Promise<string> {
  let out = '';
  await run(argv, (s) => (out += s));
  return out;
}

describe('CLI snapshot: segments and index entries as Kafka’s rules give them', () => {
  it('segment.bytes 1024, index.interval.bytes 256, a steady keyed workload', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ks-storage-'));
    const file = join(dir, 'scenario.json');
    writeFileSync(file, JSON.stringify(scenario));
    const until = '20000';
    const snap = JSON.parse(await cli([file, '--until', until, '--records'])) as Snapshot;
    const trace = (await cli([file, '--until', until, '--trace']))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as TraceEvent);

    for (const p of snap.topics[0]!.partitions) {
      const leaderAppends = trace.filter(
        (e): e is Extract<TraceEvent, { type: 'log.append' }> =>
          e.type === 'log.append' && e.leader && e.partition === p.partition,
      );
      const leaderState = p.replicaStates.find((r) => r.broker === p.leader)!;
      const records = new Map<number, RecordSnapshot>();
      for (const s of leaderState.segments) for (const r of s.records!) records.set(r.offset, r);
      // Each batch: its records from the snapshot, its size from kafkajs, its max timestamp.
      const batches: ModelBatch[] = [];
      for (const a of leaderAppends) {
        const recs = [];
        for (let o = a.baseOffset; o <= a.lastOffset; o++) recs.push(records.get(o)!);
        const bytes = await kafkajsEncode({
          baseOffset: a.baseOffset,
          partitionLeaderEpoch: 0,
          producerId: 1000,
          producerEpoch: 0,
          baseSequence: 0,
          records: recs,
        });
        batches.push({
          baseOffset: a.baseOffset,
          lastOffset: a.lastOffset,
          sizeBytes: bytes.length,
          maxTimestamp: Math.max(...recs.map((r) => r.timestamp)),
        });
      }
      expect(batches.length).toBeGreaterThan(50);
      const cfg = {
        segmentBytes: 1024,
        segmentMs: 604800000,
        indexIntervalBytes: 256,
        segmentIndexBytes: 10485760,
      };
      for (const replica of p.replicaStates) {
        const model = kafkaSegments(
          batches.filter((b) => b.lastOffset < replica.logEndOffset),
          cfg,
        );
        expect(model.length).toBeGreaterThan(5);
        expect(
          replica.segments.map(({ baseOffset, sizeBytes, nextOffset, index, timeIndex }) => ({
            baseOffset,
            sizeBytes,
            nextOffset,
            index,
            timeIndex,
          })),
        ).toEqual(
          model.map(({ baseOffset, sizeBytes, nextOffset, index, timeIndex }) => ({
            baseOffset,
            sizeBytes,
            nextOffset,
            index,
            timeIndex,
          })),
        );
      }
    }
  }, 30000);
});
