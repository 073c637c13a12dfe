// Partitions by topic, as the KIP-848 coordinator keeps them (Kafka's Map<Uuid, Set<Integer>>,
// keyed by topic name here), with the few set operations reconciliation needs.
import type { TopicPartitionRef } from '../../../snapshot/Snapshot';

export type TopicPartitions = Map<string, Set<number>>;

export function toTopicPartitions(list: readonly TopicPartitionRef[]): TopicPartitions {
  const m: TopicPartitions = new Map();
  for (const { topic, partition } of list) {
    let s = m.get(topic);
    if (!s) m.set(topic, (s = new Set()));
    s.add(partition);
  }
  return m;
}

/** Sorted by topic, then partition: the order the snapshot and traces show. */
export function toList(tp: TopicPartitions): TopicPartitionRef[] {
  return [...tp.keys()]
    .sort()
    .flatMap((topic) =>
      [...tp.get(topic)!].sort((a, b) => a - b).map((partition) => ({ topic, partition })),
    );
}

export function size(tp: TopicPartitions): number {
  let n = 0;
  for (const s of tp.values()) n += s.size;
  return n;
}

export function contains(tp: TopicPartitions, topic: string, partition: number): boolean {
  return tp.get(topic)?.has(partition) === true;
}

export function equalAssignments(a: TopicPartitions, b: TopicPartitions): boolean {
  if (size(a) !== size(b)) return false;
  for (const [topic, s] of a) for (const p of s) if (!contains(b, topic, p)) return false;
  return true;
}

/** A deep copy without empty topics. */
export function copy(tp: TopicPartitions): TopicPartitions {
  const m: TopicPartitions = new Map();
  for (const [topic, s] of tp) if (s.size > 0) m.set(topic, new Set(s));
  return m;
}
