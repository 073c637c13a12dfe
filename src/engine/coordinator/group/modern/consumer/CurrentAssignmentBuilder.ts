// Kafka's CurrentAssignmentBuilder: the reconciliation engine of the consumer group protocol.
// Given a member, the target assignment and what the member says it owns, it moves the member one
// step towards the target: first it asks the member to revoke what it must give up (the member
// keeps its epoch, UNREVOKED_PARTITIONS); once the member no longer reports them, it moves to the
// target epoch and gets the new partitions that their previous owners have released (those still
// owned elsewhere wait: UNRELEASED_PARTITIONS). No member ever waits for the whole group.
import type { TopicPartitions } from '../Assignment';
import { contains } from '../Assignment';
import { withEpoch, type ConsumerGroupMember, type MemberState } from './ConsumerGroupMember';

export interface ReconcileInput {
  targetAssignmentEpoch: number;
  targetAssignment: TopicPartitions;
  /** The epoch of the member owning a partition now, -1 when free. */
  currentPartitionEpoch: (topic: string, partition: number) => number;
  /** What the member reported owning in this heartbeat (null: not reported). */
  ownedTopicPartitions: TopicPartitions | null;
}

export function reconcile(member: ConsumerGroupMember, input: ReconcileInput): ConsumerGroupMember {
  switch (member.state) {
    case 'STABLE':
      if (member.memberEpoch !== input.targetAssignmentEpoch)
        return computeNextAssignment(member, member.memberEpoch, input);
      return member;
    case 'UNREVOKED_PARTITIONS':
      // Still reporting a partition it must give up: nothing moves until it lets go.
      if (ownsRevokedPartitions(input.ownedTopicPartitions, member.partitionsPendingRevocation))
        return member;
      return computeNextAssignment(
        member,
        Math.min(member.memberEpoch + 1, input.targetAssignmentEpoch),
        input,
      );
    case 'UNRELEASED_PARTITIONS':
      // Hand over whichever of the awaited partitions their previous owners have released.
      return computeNextAssignment(member, member.memberEpoch, input);
  }
}

function ownsRevokedPartitions(
  owned: TopicPartitions | null,
  pendingRevocation: TopicPartitions,
): boolean {
  if (owned === null) return true;
  for (const [topic, partitions] of owned)
    for (const p of partitions) if (contains(pendingRevocation, topic, p)) return true;
  return false;
}

function computeNextAssignment(
  member: ConsumerGroupMember,
  memberEpoch: number,
  input: ReconcileInput,
): ConsumerGroupMember {
  const subscribed = new Set(member.subscribedTopicNames);
  let hasUnreleasedPartitions = false;
  const newAssigned: TopicPartitions = new Map();
  const newPendingRevocation: TopicPartitions = new Map();
  const newPendingAssignment: TopicPartitions = new Map();
  const topics = new Set([...input.targetAssignment.keys(), ...member.assignedPartitions.keys()]);

  for (const topic of topics) {
    const target = subscribed.has(topic)
      ? (input.targetAssignment.get(topic) ?? new Set<number>())
      : new Set<number>();
    const current = member.assignedPartitions.get(topic) ?? new Set<number>();
    // Kept = current ∩ target; to revoke = current − kept; to assign = target − kept − unreleased.
    const assigned = new Set([...current].filter((p) => target.has(p)));
    const revoke = new Set([...current].filter((p) => !assigned.has(p)));
    const pendingAssignment = new Set<number>();
    for (const p of target) {
      if (assigned.has(p)) continue;
      const ownedElsewhere =
        input.currentPartitionEpoch(topic, p) !== -1 &&
        // The member's own partitions pending revocation are not "owned by someone else".
        !contains(member.partitionsPendingRevocation, topic, p);
      if (ownedElsewhere) hasUnreleasedPartitions = true;
      else pendingAssignment.add(p);
    }
    if (assigned.size > 0) newAssigned.set(topic, assigned);
    if (revoke.size > 0) newPendingRevocation.set(topic, revoke);
    if (pendingAssignment.size > 0) newPendingAssignment.set(topic, pendingAssignment);
  }

  const next = (
    state: MemberState,
    epoch: number,
    pendingRevocation: TopicPartitions,
  ): ConsumerGroupMember => ({
    ...withEpoch(member, epoch),
    state,
    assignedPartitions: newAssigned,
    partitionsPendingRevocation: pendingRevocation,
  });

  if (
    newPendingRevocation.size > 0 &&
    ownsRevokedPartitions(input.ownedTopicPartitions, newPendingRevocation)
  )
    // Revoke first, keeping the epoch; the new partitions come at the next epoch.
    return next('UNREVOKED_PARTITIONS', memberEpoch, newPendingRevocation);
  for (const [topic, ps] of newPendingAssignment) {
    let s = newAssigned.get(topic);
    if (!s) newAssigned.set(topic, (s = new Set()));
    for (const p of ps) s.add(p);
  }
  const state: MemberState = hasUnreleasedPartitions ? 'UNRELEASED_PARTITIONS' : 'STABLE';
  return next(state, input.targetAssignmentEpoch, new Map());
}
