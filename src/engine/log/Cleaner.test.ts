// Log compaction (Kafka's LogCleaner / Cleaner), run through the simulation: which offsets
// remain, the segments rewritten and grouped, sizes re-encoded, tombstones kept with a delete
// horizon and removed once it has passed.
import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type TraceEvent } from '../index';
import { baseScenario, ofType } from '../test/scenarios';
import { rawProducer } from '../test/rawClient';
import { kafkajsEncode } from '../test/kafkajs';

function compacted(): Scenario {
  return {
    version: 1,
    seed: 8,
    cluster: { brokers: 1 },
    topics: [
      {
        name: 't',
        partitions: 1,
        replicationFactor: 1,
        // 119-byte batches (one-letter key, 50-byte value): 4 per 500-byte segment.
        config: {
          'cleanup.policy': 'compact',
          'segment.bytes': 500,
          'delete.retention.ms': 20000,
          'file.delete.delay.ms': 1000,
        },
      },
    ],
    producers: [],
    consumerGroups: [],
    actions: [],
  };
}

const v = 'x'.repeat(50);

describe('compaction', () => {
  it('keeps the latest record per key in non-active segments, keeps offsets, drops emptied batches', () => {
    const sim = createSimulation(compacted());
    const trace: TraceEvent[] = [];
    sim.onTrace((e) => trace.push(e));
    const c = rawProducer(sim);
    const log = sim.replicaLog(1, 't', 0)!;
    const offsets = () => [...log.batches()].flatMap((b) => b.records!.map((r) => r.offset));
    const layout = () => log.segments.map((s) => [s.baseOffset, s.size]);

    // Round 1 (cleaner at 15000): offsets 0..11 = a b c d a b c d a b c d; segment 8 is active.
    'abcdabcdabcd'
      .split('')
      .forEach((k, i) => c.send(100 + i, 1, 't', 0, [{ key: k, value: v, timestamp: 100 + i }]));
    sim.advanceTo(14999);
    expect(ofType(trace, 'log.compacted')).toHaveLength(0);
    sim.advanceTo(15000);
    // Dirty: [0, 8) (the active segment never); ratio 952 / 952 = 1 > 0.5.
    const r1 = ofType(trace, 'log.compacted')[0]!;
    expect(r1).toMatchObject({
      firstDirtyOffset: 0,
      cleanedUpTo: 8,
      dirtyRatio: 1,
      tombstonesRemoved: 0,
    });
    // groupSegmentsBySize: 476 + 476 > segment.bytes, so each segment is its own group.
    expect(r1.groups).toEqual([
      { baseOffsets: [0], sizeBefore: 476, sizeAfter: 0 },
      { baseOffsets: [4], sizeBefore: 476, sizeAfter: 476 },
    ]);
    expect(offsets()).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(layout()).toEqual([
      [0, 0],
      [4, 476],
      [8, 476],
    ]);
    // The replaced files are .deleted, then removed file.delete.delay.ms later.
    const del = ofType(trace, 'segment.deleted');
    expect(del.map((d) => [d.baseOffset, d.reason])).toEqual([
      [0, 'compaction'],
      [4, 'compaction'],
    ]);
    sim.advanceTo(16000);
    expect(ofType(trace, 'segment.removed')).toHaveLength(2);

    // Round 2 (30000): a tombstone for a at 12 (its segment rolls at 16), then b c d.
    c.send(16000, 1, 't', 0, [{ key: 'a', value: null, timestamp: 16000 }]);
    'bcde'
      .split('')
      .forEach((k, i) =>
        c.send(16001 + i, 1, 't', 0, [{ key: k, value: v, timestamp: 16001 + i }]),
      );
    sim.advanceTo(30000);
    const r2 = ofType(trace, 'log.compacted')[1]!;
    // clean = 0 + 476 (below the checkpoint 8), dirty = 476 + 426: ratio 902 / 1378.
    expect(r2).toMatchObject({ firstDirtyOffset: 8, cleanedUpTo: 16, tombstonesRemoved: 0 });
    expect(r2.dirtyRatio).toBeCloseTo(902 / 1378, 10);
    expect(r2.groups.map((g) => g.baseOffsets)).toEqual([[0, 4], [8], [12]]);
    expect(offsets()).toEqual([12, 13, 14, 15, 16]);
    // The tombstone stays, its batch stamped with the delete horizon (now + delete.retention.ms)
    // as base timestamp: its timestamp delta becomes −34000 (3 varint bytes), the batch 71 bytes.
    const tomb = log.batchAt(12)!;
    expect(tomb.deleteHorizonMs).toBe(50000);
    expect(tomb.baseTimestamp).toBe(50000);
    expect(tomb.sizeBytes).toBe(71);
    expect(layout()).toEqual([
      [0, 0],
      [8, 0],
      [12, 71 + 3 * 119],
      [16, 119],
    ]);
    // Round 3 at 45000: nothing new is dirty. Then z × 8 from 50001 makes the log dirty again.
    sim.advanceTo(45000);
    expect(ofType(trace, 'log.compacted')).toHaveLength(2);
    for (let i = 0; i < 8; i++)
      c.send(50001 + i, 1, 't', 0, [{ key: 'z', value: v, timestamp: 50001 + i }]);
    sim.advanceTo(60000);
    const r3 = ofType(trace, 'log.compacted')[2]!;
    // 60000 ≥ the delete horizon 50000: the tombstone goes (and its now-empty batch).
    expect(r3.tombstonesRemoved).toBe(1);
    expect(offsets()).toEqual([13, 14, 15, 16, 23, 24]);
  });

  it('rewritten batches have their real sizes (re-encoded), identical to kafkajs for kept ones', async () => {
    const sim = createSimulation(compacted());
    const c = rawProducer(sim);
    // Two records per batch: compaction removes one of them, so the batch is rebuilt.
    for (let i = 0; i < 8; i++)
      c.send(100 + i, 1, 't', 0, [
        { key: `k${i % 2}`, value: v, timestamp: 100 + i },
        { key: `u${i}`, value: 'y', timestamp: 100 + i },
      ]);
    sim.advanceTo(15000);
    const batches = [...sim.replicaLog(1, 't', 0)!.batches()];
    expect(batches.some((b) => b.recordCount === 1)).toBe(true);
    for (const b of batches) {
      const oracle = await kafkajsEncode({ ...b, records: b.records! });
      expect(b.sizeBytes).toBe(oracle.length);
      // Offsets kept: the batch still ends at its original last offset.
      expect(b.lastOffset - b.baseOffset).toBe(1);
    }
  });

  it('a compacted topic refuses records without a key (INVALID_RECORD)', () => {
    const s = baseScenario({
      topics: [
        { name: 'c', partitions: 1, replicationFactor: 1, config: { 'cleanup.policy': 'compact' } },
      ],
      actions: [{ at: 100, do: 'produce', producer: 'p1', topic: 'c', key: null, value: 'v' }],
    });
    const sim = createSimulation(s);
    const trace: TraceEvent[] = [];
    sim.onTrace((e) => trace.push(e));
    sim.advanceTo(2000);
    expect(ofType(trace, 'produce.failed').map((f) => [f.error, f.retriable])).toEqual([
      ['INVALID_RECORD', false],
    ]);
  });
});
