// A topic name and partition number, as Kafka's org.apache.kafka.common.TopicPartition.

export interface TopicPartition {
  topic: string;
  partition: number;
}

/** `topic-partition`, as TopicPartition.toString(): a map key for a partition. */
export const tpKey = (tp: TopicPartition): string => `${tp.topic}-${tp.partition}`;
