/**
 * RoundRobinPartitioner — models Kafka's `org.apache.kafka.clients.producer.RoundRobinPartitioner`
 * (partitioner.class), and the keyless branch of the pre-2.4 DefaultPartitioner that many
 * tutorials still describe: every record goes to the next partition in turn, one per record
 * (no stickiness, so batches stay small).
 *
 * - A counter per topic; the counter's value modulo the number of *available* partitions (those
 *   with a leader) picks among them, so no record waits for a leaderless partition. If none has a
 *   leader, it falls back to all partitions.
 * - Kafka's RoundRobinPartitioner starts each counter at 0 and ignores keys. The pre-2.4
 *   DefaultPartitioner started it at a random int and hashed keyed records with murmur2
 *   (`partitionForKey` in common/utils/Utils): pass a Random to get that random start.
 * - Before Kafka 3.3 the producer could call partition() twice for a record that opened a new
 *   batch (KAFKA-9965), skipping partitions; that bug is not modelled.
 */
import type { Random } from '../../sim/Random';
import { toPositive } from '../../common/utils/Utils';
import type { TopicPartitionsInfo } from './BuiltInPartitioner';

export class RoundRobinPartitioner {
  private readonly topicCounterMap = new Map<string, number>();
  private readonly random: Random | undefined;

  /** @param random if given, each topic's counter starts at a random int (pre-2.4 style). */
  constructor(random?: Random) {
    this.random = random;
  }

  /** The partition for the next record of `topic`. */
  partition(topic: string, cluster: TopicPartitionsInfo): number {
    const nextValue = this.nextValue(topic);
    const available = cluster.availablePartitions;
    if (available.length > 0) {
      return available[toPositive(nextValue) % available.length]!;
    }
    if (cluster.numPartitions < 1) throw new RangeError(`topic ${topic} has no partitions`);
    return toPositive(nextValue) % cluster.numPartitions;
  }

  /** The counter the next record of `topic` will use (undefined before its first record). */
  peekCounter(topic: string): number | undefined {
    return this.topicCounterMap.get(topic);
  }

  /** Kafka's counter.getAndIncrement(): returns the value, then adds one, wrapping as a Java int. */
  private nextValue(topic: string): number {
    let counter = this.topicCounterMap.get(topic);
    if (counter === undefined) {
      counter = this.random ? this.random.nextUint32() | 0 : 0;
    }
    this.topicCounterMap.set(topic, (counter + 1) | 0);
    return counter;
  }
}
