// Kafka's RangeAssignor: per topic, members sorted by id; each gets floor(P/M) consecutive
// partitions and the first (P mod M) members one more. Members beyond P get nothing.
import type { TopicPartitionRef } from '../../snapshot/Snapshot';

export type Assignment = Map<string, TopicPartitionRef[]>;

export interface MemberSubscription {
  memberId: string;
  topics: string[];
}

export function rangeAssign(
  partitionsPerTopic: Map<string, number>,
  members: MemberSubscription[],
): Assignment {
  const out: Assignment = new Map(members.map((m) => [m.memberId, []]));
  const topics = [...partitionsPerTopic.keys()].sort();
  for (const topic of topics) {
    const subscribers = members
      .filter((m) => m.topics.includes(topic))
      .map((m) => m.memberId)
      .sort();
    const n = partitionsPerTopic.get(topic) ?? 0;
    if (subscribers.length === 0) continue;
    const per = Math.floor(n / subscribers.length);
    const extra = n % subscribers.length;
    subscribers.forEach((memberId, i) => {
      const start = per * i + Math.min(i, extra);
      const len = per + (i < extra ? 1 : 0);
      for (let p = start; p < start + len; p++) out.get(memberId)!.push({ topic, partition: p });
    });
  }
  return out;
}
