// Kafka's RangeAssignor ("range"): per topic, the subscribed members sorted by member id; each
// gets floor(P/M) consecutive partitions and the first (P mod M) members one more. Members beyond
// P get nothing. Topics are visited in the leader's HashMap order, which only orders each member's
// list. (Kafka 3.5+ also matches client.rack to replica racks; the simulated consumers set no rack.)
import { compareJavaStrings } from '../../common/utils/JavaHashMap';
import {
  partitionsOf,
  type Assignment,
  type ConsumerPartitionAssignor,
  type Subscription,
} from './ConsumerPartitionAssignor';

export class RangeAssignor implements ConsumerPartitionAssignor {
  readonly name = 'range' as const;
  readonly supportedProtocols = ['EAGER'] as const;

  assign(
    partitionsPerTopic: Map<string, number>,
    subscriptions: Map<string, Subscription>,
  ): Assignment {
    const consumersPerTopic = new Map<string, string[]>();
    for (const [memberId, sub] of subscriptions)
      for (const topic of sub.topics) {
        let list = consumersPerTopic.get(topic);
        if (!list) consumersPerTopic.set(topic, (list = []));
        list.push(memberId);
      }
    const assignment: Assignment = new Map([...subscriptions.keys()].map((m) => [m, []]));
    for (const [topic, numPartitions] of partitionsPerTopic) {
      const consumers = [...(consumersPerTopic.get(topic) ?? [])].sort(compareJavaStrings);
      if (consumers.length === 0) continue;
      const perConsumer = Math.floor(numPartitions / consumers.length);
      const withExtra = numPartitions % consumers.length;
      const partitions = partitionsOf(topic, numPartitions);
      consumers.forEach((consumer, i) => {
        const start = perConsumer * i + Math.min(i, withExtra);
        const length = perConsumer + (i + 1 > withExtra ? 0 : 1);
        assignment.get(consumer)!.push(...partitions.slice(start, start + length));
      });
    }
    return assignment;
  }
}
