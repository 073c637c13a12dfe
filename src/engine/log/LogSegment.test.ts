// Rolling and the sparse indexes, checked against hand-computed values and against an
// independent re-implementation of Kafka's rules (test/kafkaLogModel.ts) fed with the sizes.
import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type TraceEvent } from '../index';
import { ofType } from '../test/scenarios';
import { rawProducer, type RawRecord } from '../test/rawClient';
import { kafkaSegments } from '../test/kafkaLogModel';
import { kafkajsEncode } from '../test/kafkajs';

function single(config: Record<string, number | string>, extra: Partial<Scenario> = {}): Scenario {
  return {
    version: 1,
    seed: 9,
    cluster: { brokers: 1 },
    topics: [{ name: 't', partitions: 1, replicationFactor: 1, config }],
    producers: [],
    consumerGroups: [],
    actions: [],
    ...extra,
  };
}

function run(s: Scenario) {
  const sim = createSimulation(s);
  const trace: TraceEvent[] = [];
  sim.onTrace((e) => trace.push(e));
  return { sim, trace, client: rawProducer(sim) };
}

const segmentsOf = (sim: ReturnType<typeof createSimulation>) =>
  sim.snapshot().topics[0]!.partitions[0]!.replicaStates[0]!.segments;

/** key 'k', a 50-byte value: record 58 bytes, batch 61 + 58 = 119. */
const rec = (timestamp: number): RawRecord => ({ key: 'k', value: 'x'.repeat(50), timestamp });

describe('segment roll', () => {
  it('segment.bytes: rolls before the batch that would pass it (119-byte batches, 500 bytes: 4 per segment)', () => {
    const { sim, trace, client } = run(
      single({ 'segment.bytes': 500, 'index.interval.bytes': 100 }),
    );
    for (let i = 0; i < 10; i++) client.send(100 + i * 10, 1, 't', 0, [rec(100 + i * 10)]);
    sim.advanceTo(2000);
    const segs = segmentsOf(sim);
    expect(segs.map((s) => [s.baseOffset, s.sizeBytes, s.nextOffset])).toEqual([
      [0, 476, 4],
      [4, 476, 8],
      [8, 238, 10],
    ]);
    // Index entry for a batch once more than 100 bytes were written since the last entry:
    // (batch's last offset → its position); the time index (max timestamp → its batch's offset).
    expect(segs[0]!.index).toEqual([
      [1, 119],
      [2, 238],
      [3, 357],
    ]);
    expect(segs[1]!.index).toEqual([
      [5, 119],
      [6, 238],
      [7, 357],
    ]);
    expect(segs[0]!.timeIndex).toEqual([
      [110, 1],
      [120, 2],
      [130, 3],
    ]);
    expect(segs[2]!.timeIndex).toEqual([[190, 9]]);
    const rolls = ofType(trace, 'segment.roll');
    expect(
      rolls.map((r) => [r.baseOffset, r.previousBaseOffset, r.previousSizeBytes, r.reason]),
    ).toEqual([
      [4, 0, 476, 'segment.bytes'],
      [8, 4, 476, 'segment.bytes'],
    ]);
  });

  it('segment.ms: rolls once a batch is more than segment.ms newer than the segment’s first batch', () => {
    const { sim, trace, client } = run(single({ 'segment.ms': 1000 }));
    for (const t of [1000, 1600, 2000, 2200, 3201]) client.send(t, 1, 't', 0, [rec(t)]);
    sim.advanceTo(5000);
    // 2000 − 1000 = 1000 is not more than 1000; 2200 − 1000 is; 3201 − 2200 = 1001 is.
    expect(segmentsOf(sim).map((s) => s.baseOffset)).toEqual([0, 3, 4]);
    expect(ofType(trace, 'segment.roll').map((r) => r.reason)).toEqual([
      'segment.ms',
      'segment.ms',
    ]);
  });

  it('segment.ms counts from the records’ timestamps, not from when they arrive', () => {
    const { sim, client } = run(single({ 'segment.ms': 1000 }));
    client.send(100, 1, 't', 0, [rec(5000)]);
    client.send(200, 1, 't', 0, [rec(6001)]); // 1001 ms newer by timestamp, 100 ms later in time
    sim.advanceTo(1000);
    expect(segmentsOf(sim).map((s) => s.baseOffset)).toEqual([0, 1]);
  });

  it('a full offset index rolls the segment (segment.index.bytes 48: 6 entries; equal timestamps keep the time index small)', () => {
    const { sim, trace, client } = run(
      single({ 'segment.index.bytes': 48, 'index.interval.bytes': 0 }),
    );
    for (let i = 0; i < 9; i++) client.send(100 + i, 1, 't', 0, [rec(50)]);
    sim.advanceTo(1000);
    const segs = segmentsOf(sim);
    // Entries for batches 1..6 (the first batch never gets one): the 8th batch rolls.
    expect(segs[0]!.index.map(([o]) => o)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(segs.map((s) => s.baseOffset)).toEqual([0, 7]);
    expect(ofType(trace, 'segment.roll')[0]!.reason).toBe('index.full');
    expect(segs[0]!.timeIndex).toEqual([[50, 0]]);
  });

  it('a full time index rolls first when timestamps grow (48 bytes: 4 slots, the last kept for the roll)', () => {
    const { sim, trace, client } = run(
      single({ 'segment.index.bytes': 48, 'index.interval.bytes': 0 }),
    );
    for (let i = 0; i < 9; i++) client.send(100 + i, 1, 't', 0, [rec(100 + i)]);
    sim.advanceTo(1000);
    const segs = segmentsOf(sim);
    expect(segs.map((s) => s.baseOffset)).toEqual([0, 4, 8]);
    expect(ofType(trace, 'segment.roll').map((r) => r.reason)).toEqual([
      'time.index.full',
      'time.index.full',
    ]);
    // onBecomeInactiveSegment wrote the segment's largest timestamp into the reserved slot.
    expect(segs[0]!.timeIndex).toEqual([
      [101, 1],
      [102, 2],
      [103, 3],
    ]);
  });

  it('index files are preallocated to segment.index.bytes (rounded down per entry size), trimmed on roll', () => {
    const { sim, client } = run(
      single({ 'segment.bytes': 500, 'segment.index.bytes': 1000, 'index.interval.bytes': 100 }),
    );
    for (let i = 0; i < 6; i++) client.send(100 + i * 10, 1, 't', 0, [rec(100 + i * 10)]);
    sim.advanceTo(1000);
    const dir = sim.logDir(1, 't', 0)!;
    expect(dir.dirName).toBe('t-0');
    expect(dir.files.map((f) => [f.name, f.sizeBytes, f.active])).toEqual([
      ['00000000000000000000.index', 3 * 8, false],
      ['00000000000000000000.log', 476, false],
      ['00000000000000000000.timeindex', 3 * 12, false],
      ['00000000000000000004.index', 1000, true], // 125 entries × 8
      ['00000000000000000004.log', 238, true],
      ['00000000000000000004.timeindex', 996, true], // 83 entries × 12
    ]);
  });
});

describe('every index entry of a run', () => {
  it('equals Kafka’s rules applied to the stored batch sizes (steady keyed workload, rolls by size)', async () => {
    const s = single(
      { 'segment.bytes': 2048, 'index.interval.bytes': 300, 'segment.index.bytes': 4096 },
      {
        producers: [
          {
            id: 'p1',
            config: { acks: '1', 'linger.ms': 30 },
            workload: {
              topic: 't',
              ratePerSec: 80,
              keys: ['a', 'bb', 'ccc', 'restaurant-42'],
              valueBytes: 40,
            },
          },
        ],
      },
    );
    const { sim, trace } = run(s);
    sim.advanceTo(20000);
    const log = sim.replicaLog(1, 't', 0)!;
    const batches = [...log.batches()];
    const appends = ofType(trace, 'log.append');
    expect(appends.map((a) => a.baseOffset)).toEqual(batches.map((b) => b.baseOffset));
    // The sizes are the real encoding's (kafkajs), the rest follows from them.
    for (const b of batches)
      expect(b.sizeBytes).toBe((await kafkajsEncode({ ...b, records: b.records! })).length);
    const model = kafkaSegments(batches, {
      segmentBytes: 2048,
      segmentMs: 604800000,
      indexIntervalBytes: 300,
      segmentIndexBytes: 4096,
    });
    expect(model.length).toBeGreaterThan(5);
    const got = segmentsOf(sim);
    expect(got.map((g) => ({ ...g }))).toEqual(
      model.map((m) => ({
        baseOffset: m.baseOffset,
        sizeBytes: m.sizeBytes,
        nextOffset: m.nextOffset,
        index: m.index,
        timeIndex: m.timeIndex,
      })),
    );
    expect(batches.map((b) => b.position)).toEqual(model.flatMap((m) => m.positions));
  });
});

describe('truncateTo', () => {
  it('cuts at the batch holding the offset, drops later index entries, regrows the index files, restarts the byte count', () => {
    const { sim, client } = run(single({ 'segment.bytes': 500, 'index.interval.bytes': 100 }));
    for (let i = 0; i < 7; i++) client.send(100 + i * 10, 1, 't', 0, [rec(100 + i * 10)]);
    sim.advanceTo(1000);
    const log = sim.replicaLog(1, 't', 0)!;
    expect(log.segments.map((s) => s.baseOffset)).toEqual([0, 4]);
    log.truncateTo(2);
    expect(log.segments.map((s) => s.baseOffset)).toEqual([0]);
    expect(log.logEndOffset).toBe(2);
    const seg = log.activeSegment;
    expect(seg.size).toBe(238);
    expect(seg.offsetIndex.pairs()).toEqual([[1, 119]]);
    expect(seg.timeIndex.pairs()).toEqual([[110, 1]]);
    expect(seg.offsetIndex.length).toBe(10485760);
    expect(seg.bytesSinceLastIndexEntry).toBe(0);
    expect(seg.maxTimestampSoFar).toBe(110);
    // The next batch is not indexed (nothing counted since the truncation).
    client.send(1100, 1, 't', 0, [rec(1100)]);
    sim.advanceTo(1500);
    expect(seg.offsetIndex.pairs()).toEqual([[1, 119]]);
    expect(
      sim
        .logDir(1, 't', 0)!
        .segments.filter((s) => s.deleted)
        .map((s) => s.deletedReason),
    ).toEqual(['truncation']);
  });
});
