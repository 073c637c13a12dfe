// Kafka's RoundRobinAssignor ("roundrobin"): every subscribed topic-partition, topics in name
// order, dealt in turn to the members sorted by id, skipping a member not subscribed to the topic.
import { compareJavaStrings } from '../../common/utils/JavaHashMap';
import {
  partitionsOf,
  type Assignment,
  type ConsumerPartitionAssignor,
  type Subscription,
  type TopicPartition,
} from './ConsumerPartitionAssignor';

export class RoundRobinAssignor implements ConsumerPartitionAssignor {
  readonly name = 'roundrobin' as const;
  readonly supportedProtocols = ['EAGER'] as const;

  assign(
    partitionsPerTopic: Map<string, number>,
    subscriptions: Map<string, Subscription>,
  ): Assignment {
    const assignment: Assignment = new Map([...subscriptions.keys()].map((m) => [m, []]));
    const members = [...subscriptions.keys()].sort(compareJavaStrings);
    if (members.length === 0) return assignment;
    let next = 0; // Kafka's CircularIterator over the sorted members
    for (const tp of allPartitionsSorted(partitionsPerTopic, subscriptions)) {
      while (!subscriptions.get(members[next]!)!.topics.includes(tp.topic))
        next = (next + 1) % members.length;
      assignment.get(members[next]!)!.push(tp);
      next = (next + 1) % members.length;
    }
    return assignment;
  }
}

function allPartitionsSorted(
  partitionsPerTopic: Map<string, number>,
  subscriptions: Map<string, Subscription>,
): TopicPartition[] {
  const topics = new Set<string>();
  for (const sub of subscriptions.values()) for (const t of sub.topics) topics.add(t);
  const out: TopicPartition[] = [];
  for (const topic of [...topics].sort(compareJavaStrings)) {
    const n = partitionsPerTopic.get(topic);
    if (n !== undefined) out.push(...partitionsOf(topic, n));
  }
  return out;
}
