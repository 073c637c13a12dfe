// Why a record went to its partition, as plain data the UI words (content/i18n/produce.ts).
// Keyed records: the same arithmetic as the Java client's BuiltInPartitioner.partitionForKey
// (murmur2 over the key's UTF-8 bytes, toPositive, modulo the partition count), from the engine's
// own functions. Keyless records: what the sticky (KIP-794) or round-robin partitioner knew
// before and after the send (KafkaProducer.partitionerState).
import { murmur2, toPositive, utf8 } from '../../common/utils/Utils';
import type { PartitionerChoice } from '../../config/types';

/** What a producer's partitioners know about one topic (KafkaProducer.partitionerState). */
export interface PartitionerState {
  topic: string;
  /** 'default' = the uniform sticky partitioner for keyless records, or 'round-robin'. */
  partitioner: PartitionerChoice;
  /** partitioner.ignore.keys: keyed records are partitioned as keyless ones. */
  ignoreKeys: boolean;
  batchSize: number;
  lingerMs: number;
  /** From the producer's metadata; null until it knows the topic. */
  numPartitions: number | null;
  availablePartitions: number[] | null;
  /** The sticky partition and the bytes sent to it since it was picked; null before the first. */
  sticky: { partition: number; producedBytes: number } | null;
  /** Adaptive partitioning's cumulative frequency table (null: uniform choice). */
  loadStats: { cumulativeFrequencyTable: number[]; partitionIds: number[] } | null;
  /** The round-robin counter the next record will use; null before the first. */
  roundRobinCounter: number | null;
}

export interface KeyPartitionExplanation {
  kind: 'key';
  key: string;
  /** murmur2 of the key's UTF-8 bytes, a signed 32-bit int as Java has it. */
  murmur2: number;
  /** The same 32 bits in hex, as `0x1a2b3c4d`. */
  hex: string;
  /** toPositive(murmur2): the sign bit cleared. */
  positive: number;
  numPartitions: number;
  partition: number;
}

/** toPositive(murmur2(utf8(key))) % numPartitions, step by step. */
export function explainKeyPartition(key: string, numPartitions: number): KeyPartitionExplanation {
  if (!Number.isInteger(numPartitions) || numPartitions <= 0)
    throw new RangeError(`numPartitions must be a positive integer: ${numPartitions}`);
  const hash = murmur2(utf8(key));
  const positive = toPositive(hash);
  return {
    kind: 'key',
    key,
    murmur2: hash,
    hex: `0x${(hash >>> 0).toString(16).padStart(8, '0')}`,
    positive,
    numPartitions,
    partition: positive % numPartitions,
  };
}

export type PartitionExplanation =
  | KeyPartitionExplanation
  | {
      /** The sticky partitioner picked a new partition for this record. */
      kind: 'sticky-new';
      partition: number;
      /** Weighted by batch queue lengths (adaptive partitioning) rather than uniform. */
      adaptive: boolean;
      producedBytes: number;
      batchSize: number;
      /** The record filled the partition's share: the next keyless record goes here. */
      next: number | null;
      /** partitioner.ignore.keys=true made a keyed record keyless. */
      ignoredKey: boolean;
    }
  | {
      /** The record stayed on the sticky partition. */
      kind: 'sticky-stay';
      partition: number;
      producedBytes: number;
      batchSize: number;
      next: number | null;
      ignoredKey: boolean;
    }
  | {
      kind: 'round-robin';
      partition: number;
      counter: number;
      available: number;
    }
  | { kind: 'other'; partition: number };

/**
 * Why `record` (as the trace's produce.record tells it) went to `partition`, from the partitioner
 * states just before and just after the send.
 */
export function explainPartitionChoice(
  record: { key: string | null; partition: number; sizeBytes: number },
  before: PartitionerState,
  after: PartitionerState,
): PartitionExplanation {
  const { key, partition } = record;
  const numPartitions = after.numPartitions ?? before.numPartitions;
  if (key !== null && !before.ignoreKeys && numPartitions !== null) {
    const keyed = explainKeyPartition(key, numPartitions);
    if (keyed.partition === partition) return keyed;
    return { kind: 'other', partition };
  }
  const ignoredKey = key !== null;
  if (before.partitioner === 'round-robin') {
    const counter = before.roundRobinCounter ?? 0;
    const available = before.availablePartitions?.length || (numPartitions ?? 1);
    return { kind: 'round-robin', partition, counter, available };
  }
  // A new StickyPartitionInfo starts at 0 bytes: the record filled its share and the
  // partitioner moved on (possibly to the same partition again).
  const switched = after.sticky !== null && after.sticky.producedBytes === 0;
  const stayed = before.sticky !== null && before.sticky.partition === partition;
  const producedBytes = switched
    ? (stayed ? before.sticky!.producedBytes : 0) + record.sizeBytes
    : (after.sticky?.producedBytes ?? record.sizeBytes);
  const next = switched ? after.sticky!.partition : null;
  if (!stayed)
    return {
      kind: 'sticky-new',
      partition,
      adaptive: after.loadStats !== null,
      producedBytes,
      batchSize: before.batchSize,
      next,
      ignoredKey,
    };
  return {
    kind: 'sticky-stay',
    partition,
    producedBytes,
    batchSize: before.batchSize,
    next,
    ignoredKey,
  };
}
