// The payload window moves one batch at a time, oldest first: the batch to trim next is the one
// after the last trimmed, not an index search per append.
import { describe, expect, it, vi } from 'vitest';
import { createSimulation } from '../index';
import { rawProducer } from '../test/rawClient';
import { DEFAULT_PAYLOAD_WINDOW } from './UnifiedLog';
import { LogSegment } from './LogSegment';

describe('payload window', () => {
  it('trims past the window without searching the segment for each batch', () => {
    const sim = createSimulation({
      version: 1,
      seed: 3,
      cluster: { brokers: 1 },
      topics: [{ name: 't', partitions: 1, replicationFactor: 1 }],
      producers: [],
      consumerGroups: [],
      actions: [],
    });
    const client = rawProducer(sim);
    const searches = vi.spyOn(LogSegment.prototype, 'findBatchIndex');
    const batches = DEFAULT_PAYLOAD_WINDOW + 2000;
    for (let i = 0; i < batches; i++)
      client.send(10 + i, 1, 't', 0, [{ key: 'k', value: 'v', timestamp: 10 + i }]);
    sim.advanceTo(10 + batches + 1000);
    const seg = sim.replicaLog(1, 't', 0)!.segments[0]!;
    expect(seg.batches.length).toBe(batches);
    expect(seg.batches.columnCount).toBe(2000);
    // One search to find where trimming starts; without the memo, one per trimmed batch (2,000).
    expect(searches.mock.calls.length).toBeLessThan(10);
    searches.mockRestore();
  });
});
