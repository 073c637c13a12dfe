import { describe, expect, it } from 'vitest';
import { Random } from '../../sim/Random';
import { RoundRobinPartitioner } from './RoundRobinPartitioner';

describe('RoundRobinPartitioner', () => {
  it('cycles through partitions from 0, one record each, per topic', () => {
    const p = new RoundRobinPartitioner();
    const cluster = { numPartitions: 3, availablePartitions: [0, 1, 2] };
    const a = Array.from({ length: 7 }, () => p.partition('a', cluster));
    expect(a).toEqual([0, 1, 2, 0, 1, 2, 0]);
    expect(p.partition('b', cluster)).toBe(0); // separate counter per topic
  });

  it('skips partitions without a leader, falls back to all when none has one', () => {
    const p = new RoundRobinPartitioner();
    const some = { numPartitions: 4, availablePartitions: [1, 3] };
    expect(Array.from({ length: 4 }, () => p.partition('t', some))).toEqual([1, 3, 1, 3]);
    const none = { numPartitions: 4, availablePartitions: [] };
    expect(Array.from({ length: 4 }, () => p.partition('t', none))).toEqual([0, 1, 2, 3]);
  });

  it('with a Random starts at a seeded random offset (pre-2.4 DefaultPartitioner)', () => {
    const cluster = { numPartitions: 5, availablePartitions: [0, 1, 2, 3, 4] };
    const run = () => {
      const p = new RoundRobinPartitioner(new Random(3));
      return Array.from({ length: 10 }, () => p.partition('t', cluster));
    };
    const first = run();
    expect(run()).toEqual(first);
    for (let i = 1; i < first.length; i++) expect(first[i]).toBe((first[i - 1]! + 1) % 5);
  });
});
