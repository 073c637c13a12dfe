// The lookup steps replay what the engine explains: the segment, each index probe, the entry,
// the batches scanned, and a result at the position of the batch that holds the target.
import { describe, expect, it } from 'vitest';
import { createSimulation, offsetLookup, queryLogDir, timestampLookup } from '../../engine';
import scenario from '../../content/scenarios/log-segments.json';
import { fileName, offsetLookupRun, timestampLookupRun } from './lookupSteps';

function run() {
  const sim = createSimulation(scenario);
  // 25 s: every segment of partition 0 then has index entries to probe (records reach it at the
  // pace the seeded run gives it).
  sim.advanceTo(25_000);
  const part = sim.snapshot().topics.find((t) => t.name === 'waiting-events')!.partitions[0]!;
  const broker = part.leader!;
  // The same plain-data queries the store hands the views.
  return {
    dir: queryLogDir(sim, broker, 'waiting-events', 0)!,
    offsetLookup: (offset: number) => offsetLookup(sim, broker, 'waiting-events', 0, offset)!,
    timestampLookup: (ts: number) => timestampLookup(sim, broker, 'waiting-events', 0, ts)!,
  };
}

describe('offsetLookupRun', () => {
  it('ends at the batch holding the target, at its position', () => {
    const { dir, offsetLookup } = run();
    for (let target = dir.logStartOffset; target < dir.logEndOffset; target++) {
      const r = offsetLookupRun(offsetLookup(target));
      const seg = dir.segments.find((s) => s.baseOffset <= target && target < s.nextOffset)!;
      const b = seg.batches.find((x) => x.baseOffset <= target && target <= x.lastOffset)!;
      expect(r.result).toEqual({
        offset: target,
        segment: seg.baseOffset,
        position: b.position,
        batchBaseOffset: b.baseOffset,
        batchLastOffset: b.lastOffset,
      });
      const steps = r.steps;
      expect(steps[0]!.msg).toBe('storage.step.segment');
      expect(steps[0]!.params.file).toBe(fileName(seg.baseOffset, 'log'));
      expect(steps.at(-1)!.final).toBe(true);
      expect(steps.filter((s) => s.probe).length).toBeGreaterThan(0);
      // The scan starts at the index entry's position and reads forward to the batch found.
      const start = steps.find((s) => s.startPosition !== undefined)!.startPosition!;
      const scanned = steps.filter((s) => s.batchPosition !== undefined && !s.final);
      expect(scanned[0]!.batchPosition).toBe(start);
      expect(scanned.at(-1)!.batchPosition).toBe(b.position);
      expect(scanned.at(-1)!.found).toBe(true);
    }
  });

  it('says out of range beyond the log end offset', () => {
    const { dir, offsetLookup } = run();
    const r = offsetLookupRun(offsetLookup(dir.logEndOffset + 5));
    expect(r.result).toBeNull();
    expect(r.steps).toHaveLength(1);
    expect(r.steps[0]!.msg).toBe('storage.step.outOfRange');
  });
});

describe('timestampLookupRun', () => {
  it('finds the first record at or after the timestamp', () => {
    const { timestampLookup } = run();
    const x = timestampLookup(9_000);
    const r = timestampLookupRun(x);
    expect(r.result?.offset).toBe(x.result?.offset);
    expect(r.result?.position).toBe(x.result?.position);
    expect(r.result!.timestamp).toBeGreaterThanOrEqual(9_000);
    expect(r.steps.at(-1)!.msg).toBe('storage.step.time.result');
  });
});
