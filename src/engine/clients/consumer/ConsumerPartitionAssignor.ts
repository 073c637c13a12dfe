// Kafka's ConsumerPartitionAssignor: the group leader (a member, not the broker) runs one to turn
// every member's Subscription into an Assignment, in the classic group protocol. The assignors are
// pure functions here; what a member remembers between rebalances (the StickyAssignor's last
// assignment) travels in its subscription, as in Kafka.
import type { AssignmentStrategy } from '../../config/types';
import type { TopicPartitionRef } from '../../snapshot/Snapshot';

export type TopicPartition = TopicPartitionRef;

/** RebalanceProtocol: EAGER revokes everything before each rebalance, COOPERATIVE only what moves. */
export type RebalanceProtocol = 'EAGER' | 'COOPERATIVE';

/** What a member sends in its JoinGroup (ConsumerProtocolSubscription). */
export interface Subscription {
  topics: string[];
  /** Partitions the member still owns (empty under EAGER: it revoked them before joining). */
  ownedPartitions: TopicPartition[];
  /** The member's generation, or -1 when it has none (ConsumerProtocolSubscription v2). */
  generationId: number;
  /** StickyAssignor's userData: its previous assignment and that assignment's generation. */
  userData: { partitions: TopicPartition[]; generation: number } | null;
}

/** memberId → partitions. */
export type Assignment = Map<string, TopicPartition[]>;

export interface ConsumerPartitionAssignor {
  readonly name: AssignmentStrategy;
  readonly supportedProtocols: readonly RebalanceProtocol[];
  /**
   * `subscriptions` iterates in the order of the leader's java.util.HashMap (javaHashMapOrder);
   * `partitionsPerTopic` holds the subscribed topics the leader's metadata knows.
   */
  assign(
    partitionsPerTopic: Map<string, number>,
    subscriptions: Map<string, Subscription>,
  ): Assignment;
}

export { tpKey } from '../../common/TopicPartition';

export function sameTopicPartition(a: TopicPartition, b: TopicPartition): boolean {
  return a.topic === b.topic && a.partition === b.partition;
}

/** AbstractPartitionAssignor.partitions(topic, n). */
export function partitionsOf(topic: string, n: number): TopicPartition[] {
  return Array.from({ length: n }, (_, partition) => ({ topic, partition }));
}
