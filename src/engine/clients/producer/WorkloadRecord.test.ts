// A workload's record builds its value when read: the same string the workload used to keep.
import { describe, expect, it } from 'vitest';
import { assignOffsets, UNASSIGNED_OFFSET } from '../../log/LogValidator';
import { WorkloadRecord, workloadValue } from './WorkloadRecord';

describe('WorkloadRecord', () => {
  it('reads as "#<n> xxx…" of exactly the bytes asked, cut short when the number fills them', () => {
    expect(workloadValue(12, 10)).toBe('#12 xxxxxx');
    expect(workloadValue(7, 3)).toBe('#7 ');
    expect(workloadValue(12345, 4)).toBe('#123');
    expect(workloadValue(1, 0)).toBe('');
    for (const [n, b] of [
      [1, 100],
      [99999, 100],
      [5, 1],
      [1234567, 8],
    ] as const)
      expect(workloadValue(n, b)).toHaveLength(b);
  });

  it('becomes the leader’s record itself, its offset set; a second append copies it', () => {
    const r = new WorkloadRecord(40, 'k', 9, 3, 12);
    expect(r.offset).toBe(UNASSIGNED_OFFSET);
    const producer = { producerId: -1, producerEpoch: -1, baseSequence: -1 };
    const first = assignOffsets([r], 5, 0, producer, 'none', 100);
    expect(first.records![0]).toBe(r);
    expect(r.offset).toBe(5);
    const again = assignOffsets([r], 8, 0, producer, 'none', 100);
    expect(again.records![0]).not.toBe(r);
    expect(again.records![0]).toEqual({
      offset: 8,
      timestamp: 40,
      key: 'k',
      value: '#3 xxxxxxxxx',
      id: 9,
    });
    expect(r.offset).toBe(5);
  });
});
