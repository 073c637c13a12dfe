/**
 * BuiltInPartitioner — the producer's default partitioner for records without a key since
 * Kafka 3.3 (KIP-794, "uniform sticky"), modelled on Kafka's
 * `org.apache.kafka.clients.producer.internals.BuiltInPartitioner`. One instance per topic,
 * owned by the RecordAccumulator (it is not a pluggable `Partitioner`).
 *
 * Behaviour: keyless records all go to one "sticky" partition until `batch.size`
 * (stickyBatchSize) bytes have been appended there, then a new partition is picked:
 *  - adaptive (partitioner.adaptive.partitioning.enable=true, the default) and load stats known:
 *    random, weighted towards partitions with shorter batch queues (cumulative frequency table);
 *  - otherwise uniformly among partitions that have a leader, or among all partitions if none has.
 * Keyed records never come here: they use {@link partitionForKey} (murmur2).
 *
 * API, in the order the RecordAccumulator calls it (same names as Kafka):
 *  - `new BuiltInPartitioner(topic, stickyBatchSize, random, { enableAdaptivePartitioning })`
 *  - append path, per keyless record:
 *      1. `info = peekCurrentPartitionInfo(cluster)` → partition to append to (`info.partition()`)
 *      2. `isPartitionChanged(info)` — always false in our single-threaded engine; kept so the
 *         accumulator reads like Kafka's (which re-checks under the deque lock)
 *      3. append the record to that partition's open batch
 *      4. `updatePartitionInfo(info, appendedBytes, cluster, enableSwitch)` — counts the bytes and
 *         switches once ≥ stickyBatchSize (≥ 2× if `enableSwitch` is false; Kafka passes false
 *         while the partition's batch is not yet ready, to avoid small leftover batches).
 *         Returns true when it switched (our addition, for trace events).
 *  - ready path (RecordAccumulator.ready → partitionReady), per topic:
 *      `updatePartitionLoadStats(queueSizes, partitionIds, length)` where queueSizes[i] is the
 *      number of batches queued for partition partitionIds[i]. Include only partitions with a
 *      leader; arrays sized to the number of partitions tracked, `length` = entries filled.
 *      Pass `null` to disable adaptive choice. Kafka only sends stats once every partition of the
 *      topic has a deque; before that it passes null.
 *  - `BuiltInPartitioner.partitionForKey(keyBytes, numPartitions)` for keyed records.
 *
 * `cluster` is a {@link TopicPartitionsInfo}: the metadata view of this topic (Kafka's Cluster).
 * Randomness comes only from the injected seeded Random, so a run replays bit for bit.
 */
import type { Random } from '../../sim/Random';
import { murmur2, toPositive } from '../../common/utils/Utils';

/** What the partitioner needs from metadata (Kafka's Cluster, for one topic). */
export interface TopicPartitionsInfo {
  /** Number of partitions of the topic (Cluster.partitionsForTopic(topic).size()). */
  readonly numPartitions: number;
  /** Ids of the partitions that currently have a leader (Cluster.availablePartitionsForTopic). */
  readonly availablePartitions: readonly number[];
}

export interface BuiltInPartitionerOptions {
  /**
   * partitioner.adaptive.partitioning.enable (default true). In Kafka this flag lives in the
   * RecordAccumulator, which then passes null queue sizes; here the partitioner also honours it
   * so a caller cannot enable adaptive choice by accident.
   */
  readonly enableAdaptivePartitioning?: boolean;
}

/** The current sticky partition and how many bytes went to it (Kafka's StickyPartitionInfo). */
export class StickyPartitionInfo {
  producedBytes = 0;
  constructor(private readonly index: number) {}
  partition(): number {
    return this.index;
  }
}

/** Load stats as a cumulative frequency table of inverted queue sizes (Kafka's PartitionLoadStats). */
interface PartitionLoadStats {
  readonly cumulativeFrequencyTable: readonly number[];
  readonly partitionIds: readonly number[];
  readonly length: number;
}

export class BuiltInPartitioner {
  readonly topic: string;
  readonly stickyBatchSize: number;
  readonly enableAdaptivePartitioning: boolean;
  private readonly random: Random;
  private partitionLoadStats: PartitionLoadStats | null = null;
  private stickyPartitionInfo: StickyPartitionInfo | null = null;

  /** @param stickyBatchSize how many bytes to produce to a partition before switching (batch.size). */
  constructor(
    topic: string,
    stickyBatchSize: number,
    random: Random,
    options: BuiltInPartitionerOptions = {},
  ) {
    if (!Number.isInteger(stickyBatchSize) || stickyBatchSize < 1) {
      throw new RangeError(`stickyBatchSize must be >= 1 but got ${stickyBatchSize}`);
    }
    this.topic = topic;
    this.stickyBatchSize = stickyBatchSize;
    this.random = random;
    this.enableAdaptivePartitioning = options.enableAdaptivePartitioning ?? true;
  }

  /** Default partition of a keyed record: toPositive(murmur2(keyBytes)) % numPartitions. */
  static partitionForKey(serializedKey: Uint8Array, numPartitions: number): number {
    return toPositive(murmur2(serializedKey)) % numPartitions;
  }

  /** The sticky partition to append to; picks one on first use (Kafka: step 1 of the append). */
  peekCurrentPartitionInfo(cluster: TopicPartitionsInfo): StickyPartitionInfo {
    this.stickyPartitionInfo ??= new StickyPartitionInfo(this.nextPartition(cluster));
    return this.stickyPartitionInfo;
  }

  /** True if the sticky partition changed since `partitionInfo` was peeked (a race in Kafka). */
  isPartitionChanged(partitionInfo: StickyPartitionInfo | null): boolean {
    return partitionInfo !== null && this.stickyPartitionInfo !== partitionInfo;
  }

  /**
   * Records `appendedBytes` appended to the sticky partition and switches to a new one once
   * stickyBatchSize bytes went there — or, when `enableSwitch` is false (the batch is not ready
   * yet), only at 2× stickyBatchSize, so switches line up with batch boundaries.
   * @returns true if the sticky partition was switched.
   */
  updatePartitionInfo(
    partitionInfo: StickyPartitionInfo | null,
    appendedBytes: number,
    cluster: TopicPartitionsInfo,
    enableSwitch = true,
  ): boolean {
    // null: the record did not use the built-in partitioner (keyed or explicit partition).
    if (partitionInfo === null) return false;
    if (partitionInfo !== this.stickyPartitionInfo) {
      throw new Error(`stale StickyPartitionInfo for topic ${this.topic}`);
    }
    partitionInfo.producedBytes += appendedBytes;
    const producedBytes = partitionInfo.producedBytes;
    if (
      (producedBytes >= this.stickyBatchSize && enableSwitch) ||
      producedBytes >= this.stickyBatchSize * 2
    ) {
      // Enough went to this partition: move on. The new partition may be the same id again.
      this.stickyPartitionInfo = new StickyPartitionInfo(this.nextPartition(cluster));
      return true;
    }
    return false;
  }

  /**
   * Builds the cumulative frequency table used to pick the next partition, from the number of
   * batches queued per partition. A partition's weight is (maxQueue + 1 − its queue), so a
   * shorter queue (a faster broker) is more likely to be picked. Kafka's example: queues 0 3 1 →
   * weights 4 1 3 → CFT 4 5 8; a random r in [0, 8) picks the first entry strictly greater.
   *
   * @param queueSizes batches queued per partition, only partitions with a leader; null = no stats
   * @param partitionIds partition ids for queueSizes
   * @param length entries of the arrays in use (Kafka drops slow partitions by shortening it)
   */
  updatePartitionLoadStats(
    queueSizes: readonly number[] | null,
    partitionIds: readonly number[],
    length: number = queueSizes?.length ?? 0,
  ): void {
    if (queueSizes === null || !this.enableAdaptivePartitioning) {
      this.partitionLoadStats = null;
      return;
    }
    if (queueSizes.length !== partitionIds.length || length > queueSizes.length) {
      throw new RangeError('queueSizes and partitionIds must have the same length >= length');
    }
    // Fewer than 2 partitions in all: nothing to balance. (With some excluded we still balance.)
    if (length < 1 || queueSizes.length < 2) {
      this.partitionLoadStats = null;
      return;
    }

    let maxSizePlus1 = queueSizes[0]!;
    let allEqual = true;
    for (let i = 1; i < length; i++) {
      const q = queueSizes[i]!;
      if (q !== maxSizePlus1) allEqual = false;
      if (q > maxSizePlus1) maxSizePlus1 = q;
    }
    maxSizePlus1++;

    // Equal queues and nothing excluded: uniform choice does the same, more cheaply.
    if (allEqual && length === queueSizes.length) {
      this.partitionLoadStats = null;
      return;
    }

    // Invert and fold into a running sum (Kafka does this in place; we copy the caller's array).
    const cft = new Array<number>(length);
    cft[0] = maxSizePlus1 - queueSizes[0]!;
    for (let i = 1; i < length; i++) {
      cft[i] = maxSizePlus1 - queueSizes[i]! + cft[i - 1]!;
    }
    this.partitionLoadStats = {
      cumulativeFrequencyTable: cft,
      partitionIds: partitionIds.slice(0, length),
      length,
    };
  }

  /** The sticky partition and the bytes sent to it since it was picked; null before the first. */
  currentStickyPartition(): { partition: number; producedBytes: number } | null {
    const info = this.stickyPartitionInfo;
    return info ? { partition: info.partition(), producedBytes: info.producedBytes } : null;
  }

  /** Upper bound (exclusive) of the weighted random draw, when load stats are set (for tests/UI). */
  loadStatsRangeEnd(): number {
    const stats = this.partitionLoadStats;
    if (stats === null) throw new Error('no partition load stats');
    return stats.cumulativeFrequencyTable[stats.length - 1]!;
  }

  /** The current cumulative frequency table and its partition ids, or null if choice is uniform. */
  currentLoadStats(): { cumulativeFrequencyTable: number[]; partitionIds: number[] } | null {
    const stats = this.partitionLoadStats;
    if (stats === null) return null;
    return {
      cumulativeFrequencyTable: stats.cumulativeFrequencyTable.slice(),
      partitionIds: stats.partitionIds.slice(),
    };
  }

  /** Picks the next sticky partition (Kafka's nextPartition). */
  private nextPartition(cluster: TopicPartitionsInfo): number {
    const random = this.randomPartition();
    const stats = this.partitionLoadStats;

    if (stats === null) {
      // No stats (or adaptive disabled): uniform among partitions with a leader.
      const available = cluster.availablePartitions;
      if (available.length > 0) return available[random % available.length]!;
      // No partition has a leader: pick any; the batch waits in the accumulator until one does.
      if (cluster.numPartitions < 1) {
        throw new RangeError(`topic ${this.topic} has no partitions`);
      }
      return random % cluster.numPartitions;
    }

    // Weighted choice: the first CFT entry strictly greater than the draw. Partitions without a
    // leader were left out of the stats by the caller. Same result as Kafka's binarySearch + 1.
    const cft = stats.cumulativeFrequencyTable;
    const weightedRandom = random % cft[stats.length - 1]!;
    let lo = 0;
    let hi = stats.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cft[mid]! > weightedRandom) hi = mid;
      else lo = mid + 1;
    }
    return stats.partitionIds[lo]!;
  }

  /** A non-negative int like Kafka's toPositive(ThreadLocalRandom.nextInt()), from the seeded PRNG. */
  private randomPartition(): number {
    return toPositive(this.random.nextUint32());
  }
}
