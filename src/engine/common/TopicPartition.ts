// A topic name and partition number, as Kafka's org.apache.kafka.common.TopicPartition.

export interface TopicPartition {
  topic: string;
  partition: number;
}

/**
 * `topic-partition`, as TopicPartition.toString(): the one map key for a partition (and a log
 * directory's name). Takes a TopicPartition or its topic and partition.
 */
export function tpKey(tp: TopicPartition): string;
export function tpKey(topic: string, partition: number): string;
export function tpKey(tpOrTopic: TopicPartition | string, partition?: number): string {
  return typeof tpOrTopic === 'string'
    ? `${tpOrTopic}-${partition}`
    : `${tpOrTopic.topic}-${tpOrTopic.partition}`;
}
