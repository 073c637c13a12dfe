// Kafka's TargetAssignmentBuilder: runs the group's server-side assignor over every member's
// subscription and current target, for a new group epoch. buildGroupSpec hands the members over
// in the order of Kafka's HashMap of member ids, since the assignor's choices follow that order.
import {
  buildGroupSpec,
  type MemberSubscriptionAndAssignment,
  type PartitionAssignor,
  type SubscribedTopicDescriber,
} from '../assignor/PartitionAssignor';
import type { TopicPartitions } from './Assignment';
import type { ConsumerGroup } from './consumer/ConsumerGroup';

export function buildTargetAssignment(
  group: ConsumerGroup,
  assignor: PartitionAssignor,
  topics: SubscribedTopicDescriber,
): Map<string, TopicPartitions> {
  const members: [string, MemberSubscriptionAndAssignment][] = [...group.members.values()].map(
    (m) => [
      m.memberId,
      {
        subscribedTopics: new Set(m.subscribedTopicNames),
        assignment: group.targetFor(m.memberId),
        rackId: null,
      },
    ],
  );
  const result = assignor.assign(buildGroupSpec(members, topics), topics);
  const target = new Map<string, TopicPartitions>();
  for (const [id] of members) target.set(id, result.get(id) ?? new Map());
  return target;
}
