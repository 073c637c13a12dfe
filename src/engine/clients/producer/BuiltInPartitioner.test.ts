import { describe, expect, it } from 'vitest';
import { Random } from '../../sim/Random';
import { partitionForKey, utf8 } from '../../common/utils/Utils';
import { BuiltInPartitioner, type TopicPartitionsInfo } from './BuiltInPartitioner';

const allUp = (n: number): TopicPartitionsInfo => ({
  numPartitions: n,
  availablePartitions: Array.from({ length: n }, (_, i) => i),
});

/** Appends `count` records of `bytes` each; returns the partition of each record. */
function produce(
  p: BuiltInPartitioner,
  cluster: TopicPartitionsInfo,
  count: number,
  bytes: number,
) {
  const partitions: number[] = [];
  for (let i = 0; i < count; i++) {
    const info = p.peekCurrentPartitionInfo(cluster);
    expect(p.isPartitionChanged(info)).toBe(false);
    partitions.push(info.partition());
    p.updatePartitionInfo(info, bytes, cluster);
  }
  return partitions;
}

/** Picks `switches` successive sticky partitions by producing exactly batch.size each time. */
function stickyChoices(p: BuiltInPartitioner, cluster: TopicPartitionsInfo, switches: number) {
  const chosen: number[] = [];
  for (let i = 0; i < switches; i++) {
    const info = p.peekCurrentPartitionInfo(cluster);
    chosen.push(info.partition());
    expect(p.updatePartitionInfo(info, p.stickyBatchSize, cluster)).toBe(true);
  }
  return chosen;
}

/** A Random whose nextUint32 returns the given values in turn (to check the exact mapping). */
function scriptedRandom(values: number[]): Random {
  let i = 0;
  return { nextUint32: () => values[i++]! } as unknown as Random;
}

describe('BuiltInPartitioner (KIP-794 uniform sticky)', () => {
  it('sticks to one partition until batch.size bytes, then switches', () => {
    const cluster = allUp(6);
    const p = new BuiltInPartitioner('t', 1000, new Random(1));
    for (let round = 0; round < 20; round++) {
      const info = p.peekCurrentPartitionInfo(cluster);
      for (let i = 1; i <= 10; i++) {
        expect(p.peekCurrentPartitionInfo(cluster)).toBe(info);
        // 100 bytes each: the 10th append reaches 1000 = batch.size and switches.
        expect(p.updatePartitionInfo(info, 100, cluster)).toBe(i === 10);
      }
      expect(info.producedBytes).toBe(1000);
      expect(p.isPartitionChanged(info)).toBe(true);
    }
  });

  it('spreads sticky runs over all partitions', () => {
    const p = new BuiltInPartitioner('t', 500, new Random(2));
    const records = produce(p, allUp(6), 6000, 50); // 10 records per sticky run
    expect(new Set(records)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
  });

  it('with enableSwitch=false waits until 2 x batch.size', () => {
    const cluster = allUp(4);
    const p = new BuiltInPartitioner('t', 1000, new Random(3));
    const info = p.peekCurrentPartitionInfo(cluster);
    expect(p.updatePartitionInfo(info, 1500, cluster, false)).toBe(false);
    expect(p.peekCurrentPartitionInfo(cluster)).toBe(info);
    expect(p.updatePartitionInfo(info, 499, cluster, false)).toBe(false);
    expect(p.updatePartitionInfo(info, 1, cluster, false)).toBe(true); // 2000 bytes
    expect(p.peekCurrentPartitionInfo(cluster)).not.toBe(info);
  });

  it('ignores a null partition info (keyed record) and rejects a stale one', () => {
    const cluster = allUp(3);
    const p = new BuiltInPartitioner('t', 10, new Random(4));
    expect(p.updatePartitionInfo(null, 100, cluster)).toBe(false);
    expect(p.isPartitionChanged(null)).toBe(false);
    const info = p.peekCurrentPartitionInfo(cluster);
    p.updatePartitionInfo(info, 10, cluster);
    expect(() => p.updatePartitionInfo(info, 1, cluster)).toThrow(/stale/);
  });

  it('never picks a partition without a leader when some have one', () => {
    const cluster: TopicPartitionsInfo = { numPartitions: 6, availablePartitions: [1, 3, 4] };
    const p = new BuiltInPartitioner('t', 100, new Random(5));
    const chosen = stickyChoices(p, cluster, 3000);
    expect(new Set(chosen)).toEqual(new Set([1, 3, 4]));
  });

  it('falls back to all partitions when none has a leader', () => {
    const cluster: TopicPartitionsInfo = { numPartitions: 5, availablePartitions: [] };
    const p = new BuiltInPartitioner('t', 100, new Random(6));
    expect(new Set(stickyChoices(p, cluster, 500))).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it("builds Kafka's cumulative frequency table: queues 0 3 1 -> 4 5 8", () => {
    const p = new BuiltInPartitioner('t', 100, new Random(7));
    p.updatePartitionLoadStats([0, 3, 1], [0, 1, 2]);
    expect(p.loadStatsRangeEnd()).toBe(8);
    expect(p.currentLoadStats()).toEqual({
      cumulativeFrequencyTable: [4, 5, 8],
      partitionIds: [0, 1, 2],
    });
  });

  it('maps draws 0-3 to p0, 4 to p1, 5-7 to p2, as in Kafka', () => {
    // toPositive(draw) % 8: draws 0..7, then 0x80000004 (sign bit cleared -> 4).
    const draws = [0, 1, 2, 3, 4, 5, 6, 7, 0x80000004];
    const p = new BuiltInPartitioner('t', 1, scriptedRandom(draws));
    const cluster = allUp(3);
    p.updatePartitionLoadStats([0, 3, 1], [0, 1, 2]);
    expect(stickyChoices(p, cluster, draws.length)).toEqual([0, 0, 0, 0, 1, 2, 2, 2, 1]);
  });

  it('favours partitions with shorter queues', () => {
    const cluster = allUp(3);
    const p = new BuiltInPartitioner('t', 100, new Random(8));
    p.updatePartitionLoadStats([0, 3, 1], [0, 1, 2]);
    const n = 40000;
    const counts = [0, 0, 0];
    for (const partition of stickyChoices(p, cluster, n)) counts[partition]!++;
    // Expected 4/8, 1/8, 3/8.
    expect(counts[0]! / n).toBeCloseTo(0.5, 1);
    expect(counts[1]! / n).toBeCloseTo(0.125, 1);
    expect(counts[2]! / n).toBeCloseTo(0.375, 1);
    expect(counts[0]!).toBeGreaterThan(counts[2]!);
    expect(counts[2]!).toBeGreaterThan(counts[1]!);
  });

  it('only uses the partitions in the stats (leaderless ones are left out by the caller)', () => {
    const cluster: TopicPartitionsInfo = { numPartitions: 4, availablePartitions: [0, 2, 3] };
    const p = new BuiltInPartitioner('t', 100, new Random(9));
    // Arrays sized for 4 partitions; 3 filled (partition 1 has no leader).
    p.updatePartitionLoadStats([5, 0, 2, 0], [0, 2, 3, 0], 3);
    expect(p.currentLoadStats()).toEqual({
      cumulativeFrequencyTable: [1, 7, 11],
      partitionIds: [0, 2, 3],
    });
    expect(new Set(stickyChoices(p, cluster, 2000))).toEqual(new Set([0, 2, 3]));
  });

  it('uses uniform choice when queues are equal, there are < 2 partitions, or stats are null', () => {
    const p = new BuiltInPartitioner('t', 100, new Random(10));
    p.updatePartitionLoadStats([2, 2, 2], [0, 1, 2]);
    expect(p.currentLoadStats()).toBeNull();
    p.updatePartitionLoadStats([7], [0]);
    expect(p.currentLoadStats()).toBeNull();
    p.updatePartitionLoadStats([0, 5], [0, 1]);
    expect(p.currentLoadStats()).not.toBeNull();
    p.updatePartitionLoadStats(null, []);
    expect(p.currentLoadStats()).toBeNull();
    // Equal queues but one partition excluded: still adaptive (over the remaining one).
    p.updatePartitionLoadStats([2, 2, 2], [0, 1, 2], 2);
    expect(p.currentLoadStats()).toEqual({
      cumulativeFrequencyTable: [1, 2],
      partitionIds: [0, 1],
    });
  });

  it('ignores load stats when partitioner.adaptive.partitioning.enable=false', () => {
    const p = new BuiltInPartitioner('t', 100, new Random(11), {
      enableAdaptivePartitioning: false,
    });
    p.updatePartitionLoadStats([0, 100, 100], [0, 1, 2]);
    expect(p.currentLoadStats()).toBeNull();
    const counts = [0, 0, 0];
    for (const partition of stickyChoices(p, allUp(3), 30000)) counts[partition]!++;
    for (const c of counts) expect(c / 30000).toBeCloseTo(1 / 3, 1);
  });

  it('does not modify the caller arrays', () => {
    const p = new BuiltInPartitioner('t', 100, new Random(12));
    const queueSizes = [0, 3, 1];
    p.updatePartitionLoadStats(queueSizes, [0, 1, 2]);
    expect(queueSizes).toEqual([0, 3, 1]);
  });

  it('is deterministic for a seed', () => {
    const run = (seed: number) => {
      const p = new BuiltInPartitioner('t', 300, new Random(seed));
      const cluster = allUp(10);
      const out = produce(p, cluster, 1000, 70);
      p.updatePartitionLoadStats([3, 0, 1, 4, 2, 0, 0, 9, 1, 1], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      return out.concat(produce(p, cluster, 1000, 70));
    };
    expect(run(99)).toEqual(run(99));
    expect(run(99)).not.toEqual(run(100));
  });

  it('validates stickyBatchSize and exposes partitionForKey', () => {
    expect(() => new BuiltInPartitioner('t', 0, new Random(1))).toThrow(
      'stickyBatchSize must be >= 1 but got 0',
    );
    for (const key of ['restaurant-1', '\uB300\uAE30\uC5F4', '']) {
      expect(BuiltInPartitioner.partitionForKey(utf8(key), 7)).toBe(partitionForKey(key, 7));
    }
  });
});
