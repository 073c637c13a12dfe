// Lookups as Kafka does them: by offset (segment, offset-index binary search, .log scan) and by
// timestamp (offsetsForTimes: segment by largest timestamp, time index, offset index, scan),
// with the step-by-step explanations the storage view replays, and ListOffsets by timestamp.
import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario } from '../index';
import { rawProducer, type RawRecord } from '../test/rawClient';
import { indexSlotRangeFor, pairEntries, type IndexProbe } from './IndexSearch';
import type { ListOffsetsRequest, ListOffsetsResponse } from '../network/requests';
import type { Message } from '../network/Network';
import { isResponseTo } from '../network/ApiMessages';

const rec = (timestamp: number): RawRecord => ({ key: 'k', value: 'x'.repeat(50), timestamp });

function single(config: Record<string, number | string> = {}): Scenario {
  return {
    version: 1,
    seed: 2,
    cluster: { brokers: 1 },
    topics: [{ name: 't', partitions: 1, replicationFactor: 1, config }],
    producers: [],
    consumerGroups: [],
    actions: [],
  };
}

/** 10 batches of 119 bytes, timestamps 1000, 1100, …: segments 0 [0-3], 4 [4-7], 8 [8-9]. */
function tenBatches() {
  const sim = createSimulation(single({ 'segment.bytes': 500, 'index.interval.bytes': 100 }));
  const c = rawProducer(sim);
  for (let i = 0; i < 10; i++) c.send(100 + i * 10, 1, 't', 0, [rec(1000 + i * 100)]);
  sim.advanceTo(2000);
  return { sim, log: sim.replicaLog(1, 't', 0)! };
}

describe('AbstractIndex binary search (indexSlotRangeFor)', () => {
  const e = (o: number): [number, number] => [o, o * 10];
  it('checks the warm section, then halves with the upper middle', () => {
    const probes: IndexProbe[] = [];
    const slot = indexSlotRangeFor(
      pairEntries([10, 20, 30, 40, 50].map(e)),
      35,
      'KEY',
      'LARGEST_LOWER_BOUND',
      8,
      probes,
    );
    expect(slot).toBe(2);
    expect(probes.map((p) => [p.step, p.slot, p.comparison])).toEqual([
      ['warm-section', 0, -1],
      ['binary-search', 2, -1],
      ['binary-search', 3, 1],
    ]);
  });

  it('a target below the warm section goes to the cold part (8192 bytes = 1024 offset entries)', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => e(i * 2));
    const probes: IndexProbe[] = [];
    expect(
      indexSlotRangeFor(pairEntries(entries), 101, 'KEY', 'LARGEST_LOWER_BOUND', 8, probes),
    ).toBe(50);
    expect(probes[0]).toMatchObject({ step: 'warm-section', slot: 2000 - 1 - 1024, comparison: 1 });
    expect(probes[1]).toMatchObject({ step: 'first-entry', slot: 0, comparison: -1 });
    expect(probes.slice(2).every((p) => p.step === 'binary-search')).toBe(true);
    expect(indexSlotRangeFor(pairEntries(entries), -1, 'KEY', 'LARGEST_LOWER_BOUND', 8)).toBe(-1);
  });
});

describe('lookup by offset', () => {
  it('explains: the segment, the index probes, the start position, every batch scanned', () => {
    const { log } = tenBatches();
    // Segment 4's index: (5 → 119), (6 → 238), (7 → 357).
    const x = log.explainOffsetLookup(6);
    expect(x.segmentBaseOffsets).toEqual([0, 4, 8]);
    expect(x.chosenSegment).toBe(4);
    const r = x.reads[0]!;
    expect(r.indexProbes.map((p) => [p.step, p.slot, p.entry, p.comparison])).toEqual([
      ['warm-section', 0, [5, 119], -1],
      ['binary-search', 1, [6, 238], 0],
    ]);
    expect(r.indexEntry).toEqual({ slot: 1, offset: 6, position: 238 });
    expect(r.scanned.map((b) => [b.position, b.baseOffset])).toEqual([[238, 6]]);
    expect(x.found).toMatchObject({
      segmentBaseOffset: 4,
      position: 238,
      baseOffset: 6,
      sizeBytes: 119,
    });
    // Offset 4 is below the first entry: (base offset, position 0), then a scan from the start.
    const y = log.explainOffsetLookup(4).reads[0]!;
    expect(y.indexEntry).toEqual({ slot: -1, offset: 4, position: 0 });
    expect(y.scanned.map((b) => b.baseOffset)).toEqual([4]);
  });

  it('agrees with the fetch path, and is out of range outside [log start, log end)', () => {
    const { log } = tenBatches();
    for (let o = 0; o < 10; o++) {
      const x = log.explainOffsetLookup(o);
      const [first] = log.read(o, 1, 100);
      expect(x.found!.baseOffset).toBe(first!.baseOffset);
      expect(x.found!.position).toBe(first!.position);
    }
    expect(log.explainOffsetLookup(10).outcome).toBe('out-of-range');
    expect(log.explainOffsetLookup(-1).outcome).toBe('out-of-range');
  });
});

describe('lookup by timestamp (offsetsForTimes)', () => {
  it('finds the first record at or after the timestamp through the time index', () => {
    const { log } = tenBatches();
    expect(log.fetchOffsetByTimestamp(0)).toEqual({ offset: 0, timestamp: 1000 });
    expect(log.fetchOffsetByTimestamp(1550)).toEqual({ offset: 6, timestamp: 1600 });
    expect(log.fetchOffsetByTimestamp(1600)).toEqual({ offset: 6, timestamp: 1600 });
    expect(log.fetchOffsetByTimestamp(1901)).toBeNull();
    const x = log.explainTimestampLookup(1550);
    // Segment 0's largest timestamp is 1300 < 1550; segment 4's (1700) reaches it.
    expect(x.segmentsChecked).toEqual([
      { baseOffset: 0, largestTimestamp: 1300, matches: false },
      { baseOffset: 4, largestTimestamp: 1700, matches: true },
    ]);
    // Time index of segment 4: (1500 → 5), (1600 → 6), (1700 → 7): the entry ≤ 1550 is (1500, 5).
    expect(x.timeIndexEntry).toEqual({ slot: 0, timestamp: 1500, offset: 5 });
    expect(x.read!.indexEntry).toEqual({ slot: 0, offset: 5, position: 119 });
    expect(x.read!.scanned.map((b) => b.baseOffset)).toEqual([5, 6]);
    expect(x.result).toEqual({ offset: 6, timestamp: 1600, segmentBaseOffset: 4, position: 238 });
  });

  it('ListOffsets with a timestamp answers with that offset (only below the high watermark), -1 when none', () => {
    const { sim } = tenBatches();
    const got: ListOffsetsResponse[] = [];
    sim.network.register({
      nodeId: 'client:lo',
      isUp: () => true,
      receive: (m: Message) => {
        if (isResponseTo(m, 'ListOffsets')) got.push(m.payload);
      },
    });
    const req: ListOffsetsRequest = {
      partitions: [1250, 1900, 5000, -2, -1].map((timestamp) => ({
        topic: 't',
        partition: 0,
        timestamp,
      })),
    };
    sim.network.send('client:lo', 'broker:1', 'ListOffsets', req);
    sim.advanceTo(3000);
    expect(got[0]!.partitions.map((p) => [p.offset, p.timestamp])).toEqual([
      [3, 1300],
      [9, 1900],
      [-1, -1],
      [0, -1],
      [10, -1],
    ]);
  });
});
