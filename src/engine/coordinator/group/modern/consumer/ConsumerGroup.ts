// Kafka's ConsumerGroup (KIP-848, group.protocol=consumer), as its coordinator keeps it: the
// group epoch (bumped whenever membership, subscriptions or the subscribed topics change), the
// target assignment and its epoch (the server-side assignor's answer for that group epoch), the
// members with their current assignments, and which member epoch owns each partition now. Its
// state is derived: Empty, Assigning (a new epoch without its target yet), Reconciling (some
// member not at the target), Stable.
import type { Cancellable } from '../../../../sim/SimContext';
import type { TopicPartitions } from '../Assignment';
import { javaHashMapOrder } from '../../../../common/utils/JavaHashMap';
import { isReconciledTo, type ConsumerGroupMember } from './ConsumerGroupMember';
import { tpKey } from '../../../../common/TopicPartition';

export type ConsumerGroupState = 'Empty' | 'Assigning' | 'Reconciling' | 'Stable' | 'Dead';

export class ConsumerGroup {
  groupEpoch = 0;
  assignmentEpoch = 0;
  readonly members = new Map<string, ConsumerGroupMember>();
  readonly targetAssignment = new Map<string, TopicPartitions>();
  /** The subscribed topics' partition counts the last target was computed with. */
  subscriptionMetadata = '';
  /** Set once the coordinator unloads the group. */
  dead = false;
  readonly sessionTimers = new Map<string, Cancellable>();
  readonly rebalanceTimers = new Map<string, Cancellable>();
  /** `topic-partition` → epoch of the member owning it (assigned or still to revoke). */
  private partitionEpochs = new Map<string, number>();

  constructor(readonly groupId: string) {}

  get state(): ConsumerGroupState {
    if (this.dead) return 'Dead';
    if (this.members.size === 0) return 'Empty';
    if (this.groupEpoch > this.assignmentEpoch) return 'Assigning';
    for (const m of this.members.values())
      if (!isReconciledTo(m, this.assignmentEpoch)) return 'Reconciling';
    return 'Stable';
  }

  currentPartitionEpoch(topic: string, partition: number): number {
    return this.partitionEpochs.get(tpKey(topic, partition)) ?? -1;
  }

  targetFor(memberId: string): TopicPartitions {
    return this.targetAssignment.get(memberId) ?? new Map();
  }

  /** Put the member's new state, moving partition ownership with it. */
  updateMember(member: ConsumerGroupMember): void {
    const old = this.members.get(member.memberId);
    if (old) this.releasePartitions(old);
    this.members.set(member.memberId, member);
    for (const tp of [member.assignedPartitions, member.partitionsPendingRevocation])
      for (const [topic, ps] of tp)
        for (const p of ps) this.partitionEpochs.set(tpKey(topic, p), member.memberEpoch);
  }

  removeMember(memberId: string): void {
    const old = this.members.get(memberId);
    if (!old) return;
    this.releasePartitions(old);
    this.members.delete(memberId);
    this.targetAssignment.delete(memberId);
    this.sessionTimers.get(memberId)?.cancel();
    this.sessionTimers.delete(memberId);
    this.rebalanceTimers.get(memberId)?.cancel();
    this.rebalanceTimers.delete(memberId);
  }

  private releasePartitions(m: ConsumerGroupMember): void {
    for (const tp of [m.assignedPartitions, m.partitionsPendingRevocation])
      for (const [topic, ps] of tp)
        for (const p of ps) {
          const k = tpKey(topic, p);
          if (this.partitionEpochs.get(k) === m.memberEpoch) this.partitionEpochs.delete(k);
        }
  }

  /**
   * ConsumerGroup.computePreferredServerAssignor: the assignor most members ask for (ties go to
   * the first in Java's HashMap order, as Stream.max keeps), else the broker's default — the
   * first of group.consumer.assignors.
   */
  preferredServerAssignor(defaultAssignor: string): string {
    const votes = new Map<string, number>();
    for (const m of this.members.values())
      if (m.serverAssignorName !== null)
        votes.set(m.serverAssignorName, (votes.get(m.serverAssignorName) ?? 0) + 1);
    let best: string | null = null;
    for (const name of javaHashMapOrder(votes.keys()))
      if (best === null || votes.get(name)! > votes.get(best)!) best = name;
    return best ?? defaultAssignor;
  }

  subscribedTopics(): string[] {
    const all = new Set<string>();
    for (const m of this.members.values()) for (const t of m.subscribedTopicNames) all.add(t);
    return [...all].sort();
  }
}
