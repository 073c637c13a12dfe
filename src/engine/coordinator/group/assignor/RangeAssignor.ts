// Kafka's server-side RangeAssignor ("range", org.apache.kafka.coordinator.group.assignor), as
// rewritten by KAFKA-16944 (Kafka 3.9) and unchanged through 4.1. Unlike the original KIP-848
// version it is not sticky: it ignores the current assignment. Members are sorted (static members
// by group.instance.id first, then the others by member id); per topic, each subscriber in that
// order gets the next floor(P/M) consecutive partitions, the first P mod M one more. Topics with
// the same partition count and subscribers are thus co-partitioned: partition i of each goes to
// the same member, which is what joins need. Unlike the client-side RangeAssignor it does not
// match racks in 4.1.
import { compareJavaStrings } from '../../../common/utils/JavaHashMap';
import {
  PartitionAssignorException,
  sortedTopics,
  type GroupAssignment,
  type GroupSpec,
  type PartitionAssignor,
  type SubscribedTopicDescriber,
} from './PartitionAssignor';

/** A topic's range state: the next unassigned partition and the extras still to hand out. */
interface TopicRanges {
  numPartitions: number;
  numMembers: number;
  minQuota: number;
  extraPartitions: number;
  nextRange: number;
}

export class RangeAssignor implements PartitionAssignor {
  readonly name = 'range' as const;

  assign(spec: GroupSpec, topics: SubscribedTopicDescriber): GroupAssignment {
    if (spec.members.size === 0) return new Map();
    const memberIds = sortMemberIds(spec);
    // Homogeneous: every member takes the first one's subscription, as Kafka does.
    const subscriptionOf = (memberId: string): ReadonlySet<string> =>
      spec.members.get(spec.subscriptionType === 'HOMOGENEOUS' ? memberIds[0]! : memberId)!
        .subscribedTopics;

    // Subscribers per topic, counted before any range is cut.
    const ranges = new Map<string, TopicRanges>();
    for (const memberId of memberIds)
      for (const topic of subscriptionOf(memberId)) {
        let state = ranges.get(topic);
        if (!state) {
          const numPartitions = topics.numPartitions(topic);
          if (numPartitions === -1)
            throw new PartitionAssignorException('Member is subscribed to a non-existent topic');
          state = { numPartitions, numMembers: 0, minQuota: 0, extraPartitions: 0, nextRange: 0 };
          ranges.set(topic, state);
        }
        state.numMembers++;
      }
    for (const state of ranges.values()) {
      state.minQuota = Math.floor(state.numPartitions / state.numMembers);
      state.extraPartitions = state.numPartitions % state.numMembers;
    }

    const assignments = new Map<string, Map<string, Set<number>>>();
    for (const memberId of memberIds) {
      const assignment = new Map<string, Set<number>>();
      for (const topic of sortedTopics(subscriptionOf(memberId))) {
        const state = ranges.get(topic)!;
        let quota = state.minQuota;
        if (state.extraPartitions > 0) {
          quota++;
          state.extraPartitions--;
        }
        const start = state.nextRange;
        const end = Math.min(start + quota, state.numPartitions);
        state.nextRange = end;
        if (start < end)
          assignment.set(topic, new Set(Array.from({ length: end - start }, (_, i) => start + i)));
      }
      assignments.set(memberId, assignment);
    }

    // Every member, in the spec's order (Kafka returns a HashMap: order carries no meaning).
    const result: GroupAssignment = new Map();
    for (const memberId of spec.members.keys()) result.set(memberId, assignments.get(memberId)!);
    return result;
  }
}

/**
 * Static members first, by group.instance.id, so they keep their ranges across restarts; then
 * the dynamic ones by member id (String.compareTo).
 */
function sortMemberIds(spec: GroupSpec): string[] {
  const instanceIdOf = (memberId: string) => spec.members.get(memberId)!.instanceId ?? null;
  return [...spec.members.keys()].sort((a, b) => {
    const instanceA = instanceIdOf(a);
    const instanceB = instanceIdOf(b);
    if (instanceA !== null && instanceB !== null) return compareJavaStrings(instanceA, instanceB);
    if (instanceA !== null) return -1;
    if (instanceB !== null) return 1;
    return compareJavaStrings(a, b);
  });
}
