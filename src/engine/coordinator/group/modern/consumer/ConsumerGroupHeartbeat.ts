// The consumer group protocol (KIP-848) at the coordinator: Kafka's
// GroupMetadataManager.consumerGroupHeartbeat and its timers. One RPC does everything. A member
// joins with epoch 0, leaves with -1, and otherwise heartbeats with its epoch and the partitions
// it owns — the optional fields only when they changed (null/-1: as before), all of them in a
// full request (joining, or after a failed heartbeat). Each heartbeat (1) records the member's subscription, bumping the group epoch if
// anything the assignor looks at changed, (2) runs the server-side assignor when the group epoch
// is ahead of the target assignment, (3) moves this member one reconciliation step towards its
// target (CurrentAssignmentBuilder). Members never wait for each other: a member only gives up
// what moves, and picks up a partition as soon as its previous owner has released it.
//
// Every change is written to __consumer_offsets first; the member hears the answer once those
// records are replicated. The in-memory state changes at once (Kafka keeps uncommitted state in
// timeline structures and rolls it back on a failed write; here a failed write only fails the
// answer, and the coordinator is losing the partition anyway).
import type { SimContext } from '../../../../sim/SimContext';
import type { MetadataImage } from '../../../../controller/MetadataImage';
import type {
  ConsumerGroupHeartbeatRequest,
  ConsumerGroupHeartbeatResponse,
  ErrorCode,
} from '../../../../network/requests';
import type { GroupMetadataManager } from '../../GroupMetadataManager';
import { serverAssignorFor } from '../../assignor/serverAssignors';
import { buildTargetAssignment } from '../TargetAssignmentBuilder';
import {
  contains,
  equalAssignments,
  toList,
  toTopicPartitions,
  type TopicPartitions,
} from '../Assignment';
import type { ConsumerGroup, ConsumerGroupState } from './ConsumerGroup';
import {
  hasSubscriptionChanged,
  isReconciledTo,
  newMember,
  sameCurrentAssignment,
  type ConsumerGroupMember,
} from './ConsumerGroupMember';
import { reconcile } from './CurrentAssignmentBuilder';
import {
  currentAssignmentRecord,
  groupEpochRecord,
  memberSubscriptionRecord,
  memberTombstones,
  targetAssignmentEpochRecord,
  targetAssignmentRecord,
  type KeyValue,
} from './ConsumerGroupRecords';

const LEAVE_GROUP_MEMBER_EPOCH = -1;

type Reply = (r: ConsumerGroupHeartbeatResponse) => void;

export class ConsumerGroupHeartbeat {
  /** The state each group was last traced in, to trace only changes. */
  private lastState = new WeakMap<ConsumerGroup, ConsumerGroupState>();

  constructor(
    private brokerId: number,
    private ctx: SimContext,
    private manager: GroupMetadataManager,
    private image: () => MetadataImage,
    private isLocal: (groupId: string) => boolean,
  ) {}

  handle(req: ConsumerGroupHeartbeatRequest, reply: Reply): void {
    // An answer without an assignment: an error, or a leave acknowledged (epoch -1 either way).
    const answer = (error: ErrorCode) =>
      reply({
        error,
        memberId: req.memberId,
        memberEpoch: LEAVE_GROUP_MEMBER_EPOCH,
        heartbeatIntervalMs: 0,
        assignment: null,
      });
    if (!this.isLocal(req.groupId)) return answer('NOT_COORDINATOR');
    const cfg = this.ctx.brokerConfig;
    const offered: readonly string[] = cfg.consumerGroupAssignors;
    if (req.serverAssignor !== null && !offered.includes(req.serverAssignor))
      return answer('UNSUPPORTED_ASSIGNOR');
    const group = this.manager.getOrMaybeCreateConsumerGroup(req.groupId, req.memberEpoch === 0);
    // Kafka's migration between protocols is not modelled: only an empty group changes kind.
    if (group === 'classic') return answer('GROUP_ID_NOT_FOUND');
    if (group === null)
      return answer(req.memberEpoch === LEAVE_GROUP_MEMBER_EPOCH ? 'NONE' : 'GROUP_ID_NOT_FOUND');
    if (req.memberEpoch === LEAVE_GROUP_MEMBER_EPOCH)
      return this.leave(group, req.memberId, answer);

    const records: KeyValue[] = [];
    let member = group.members.get(req.memberId);
    if (req.memberEpoch === 0) {
      // Joining (again): a member still known under this id starts over.
      if (member) this.fenceMember(group, member, 'rejoined', records, false);
      member = newMember(req.memberId);
    } else {
      if (!member) return answer('UNKNOWN_MEMBER_ID');
      const error = validateMemberEpoch(member, req);
      if (error) return answer(error);
    }
    const joining = req.memberEpoch === 0;

    // 1. The member's subscription; the group epoch moves if the assignor's input changed. A
    // field left out (null, -1) keeps its value (ConsumerGroupMember.Builder.maybeUpdate…).
    const updated: ConsumerGroupMember = {
      ...member,
      rebalanceTimeoutMs:
        req.rebalanceTimeoutMs !== -1 ? req.rebalanceTimeoutMs : member.rebalanceTimeoutMs,
      subscribedTopicNames:
        req.subscribedTopicNames !== null
          ? [...req.subscribedTopicNames].sort()
          : member.subscribedTopicNames,
      serverAssignorName: req.serverAssignor ?? member.serverAssignorName,
    };
    const subscriptionChanged = joining || hasSubscriptionChanged(member, updated);
    if (subscriptionChanged) records.push(memberSubscriptionRecord(group.groupId, updated));
    let bump = group.groupEpoch === 0 || subscriptionChanged;
    group.updateMember(updated);
    const metadata = this.subscriptionMetadata(group);
    if (metadata !== group.subscriptionMetadata) bump = true;
    if (bump) {
      group.groupEpoch++;
      group.subscriptionMetadata = metadata;
      records.push(groupEpochRecord(group));
      this.ctx.trace({
        type: 'group.epoch',
        group: group.groupId,
        coordinator: this.brokerId,
        epoch: group.groupEpoch,
        reason: joining ? `member ${req.memberId} joined` : 'subscription or topics changed',
      });
    }

    // 2. A new target assignment for the new group epoch.
    if (group.groupEpoch > group.assignmentEpoch) this.updateTargetAssignment(group, records);

    // 3. One reconciliation step for this member.
    const before = group.members.get(req.memberId)!;
    const next = this.maybeReconcile(
      group,
      before,
      req.topicPartitions !== null ? toTopicPartitions(req.topicPartitions) : null,
      records,
    );
    this.scheduleSessionTimeout(group, req.memberId);
    this.traceState(group);

    // As Kafka's GroupMetadataManager.consumerGroupHeartbeat: the assignment goes back when it
    // changed in this call, or when the member sent a full request — joining, or resending all
    // its state after a failed or timed-out heartbeat, whose answer (with the assignment) it
    // may never have read. Without the latter a lost answer leaves the coordinator believing
    // the member has partitions it never heard of.
    const assignmentChanged = !equalAssignments(member.assignedPartitions, next.assignedPartitions);
    const fullRequest =
      joining ||
      (req.rebalanceTimeoutMs !== -1 &&
        req.subscribedTopicNames !== null &&
        req.topicPartitions !== null);
    const response: ConsumerGroupHeartbeatResponse = {
      error: 'NONE',
      memberId: next.memberId,
      memberEpoch: next.memberEpoch,
      heartbeatIntervalMs: cfg.consumerGroupHeartbeatIntervalMs,
      assignment: fullRequest || assignmentChanged ? toList(next.assignedPartitions) : null,
    };
    this.manager.storeConsumerGroupRecords(group.groupId, records, (error) =>
      error === 'NONE' ? reply(response) : answer(error),
    );
  }

  /** The subscribed topics and their partition counts: a change (more partitions) moves the epoch. */
  private subscriptionMetadata(group: ConsumerGroup): string {
    const image = this.image();
    return group
      .subscribedTopics()
      .map((t) => `${t}:${image.partitionCount(t)}`)
      .join(',');
  }

  private updateTargetAssignment(group: ConsumerGroup, records: KeyValue[]): void {
    const cfg = this.ctx.brokerConfig;
    const name = group.preferredServerAssignor(cfg.consumerGroupAssignors[0]!);
    const assignor = serverAssignorFor(name) ?? serverAssignorFor(cfg.consumerGroupAssignors[0]!)!;
    const image = this.image();
    const target = buildTargetAssignment(group, assignor, {
      numPartitions: (topic) => {
        const n = image.partitionCount(topic);
        return n > 0 ? n : -1;
      },
    });
    // Only members whose share changed get a new record (Kafka writes the delta).
    for (const [id, tp] of target) {
      const old = group.targetAssignment.get(id);
      if (!old || !equalAssignments(old, tp))
        records.push(targetAssignmentRecord(group.groupId, id, tp));
      group.targetAssignment.set(id, tp);
    }
    group.assignmentEpoch = group.groupEpoch;
    records.push(targetAssignmentEpochRecord(group.groupId, group.assignmentEpoch));
    const assignment: Record<string, { topic: string; partition: number }[]> = {};
    for (const [id, tp] of target) assignment[id] = toList(tp);
    this.ctx.trace({
      type: 'group.target',
      group: group.groupId,
      coordinator: this.brokerId,
      epoch: group.assignmentEpoch,
      assignor: name,
      assignment,
    });
  }

  private maybeReconcile(
    group: ConsumerGroup,
    member: ConsumerGroupMember,
    owned: TopicPartitions | null,
    records: KeyValue[],
  ): ConsumerGroupMember {
    if (isReconciledTo(member, group.assignmentEpoch)) return member;
    const next = reconcile(member, {
      targetAssignmentEpoch: group.assignmentEpoch,
      targetAssignment: group.targetFor(member.memberId),
      currentPartitionEpoch: (t, p) => group.currentPartitionEpoch(t, p),
      ownedTopicPartitions: owned,
    });
    if (sameCurrentAssignment(member, next)) return member;
    group.updateMember(next);
    records.push(currentAssignmentRecord(group.groupId, next));
    this.ctx.trace({
      type: 'member.reconcile',
      group: group.groupId,
      coordinator: this.brokerId,
      member: next.memberId,
      epoch: next.memberEpoch,
      state: next.state,
      assigned: toList(next.assignedPartitions),
      pendingRevocation: toList(next.partitionsPendingRevocation),
    });
    // A member asked to revoke has its rebalance timeout (max.poll.interval.ms) to do it.
    if (next.state === 'UNREVOKED_PARTITIONS') this.scheduleRebalanceTimeout(group, next);
    else {
      group.rebalanceTimers.get(next.memberId)?.cancel();
      group.rebalanceTimers.delete(next.memberId);
    }
    return next;
  }

  private leave(group: ConsumerGroup, memberId: string, answer: (error: ErrorCode) => void): void {
    const member = group.members.get(memberId);
    if (!member) return answer('UNKNOWN_MEMBER_ID');
    const records: KeyValue[] = [];
    this.fenceMember(group, member, 'leave', records);
    this.manager.storeConsumerGroupRecords(group.groupId, records, () => answer('NONE'));
  }

  /**
   * The member is out (it left, went silent, did not revoke in time): its partitions are free at
   * once, and the group epoch moves so the others get a new target at their next heartbeat.
   */
  private fenceMember(
    group: ConsumerGroup,
    member: ConsumerGroupMember,
    reason: 'leave' | 'session.timeout' | 'rebalance.timeout' | 'rejoined',
    records: KeyValue[],
    trace = true,
  ): void {
    group.removeMember(member.memberId);
    records.push(...memberTombstones(group.groupId, member.memberId));
    group.groupEpoch++;
    records.push(groupEpochRecord(group));
    if (trace && reason !== 'rejoined')
      this.ctx.trace({
        type: 'member.left',
        group: group.groupId,
        member: member.memberId,
        reason,
      });
    this.ctx.trace({
      type: 'group.epoch',
      group: group.groupId,
      coordinator: this.brokerId,
      epoch: group.groupEpoch,
      reason:
        reason === 'leave'
          ? `member ${member.memberId} left`
          : reason === 'rejoined'
            ? `member ${member.memberId} rejoined`
            : `member ${member.memberId} removed (${reason})`,
    });
    this.traceState(group);
  }

  /** A member silent for group.consumer.session.timeout.ms is removed. */
  scheduleSessionTimeout(group: ConsumerGroup, memberId: string): void {
    group.sessionTimers.get(memberId)?.cancel();
    const timeout = this.ctx.brokerConfig.consumerGroupSessionTimeoutMs;
    group.sessionTimers.set(
      memberId,
      this.ctx.schedule(this.ctx.now() + timeout, () => {
        const m = group.members.get(memberId);
        if (!m || !this.isCurrent(group)) return;
        const records: KeyValue[] = [];
        this.fenceMember(group, m, 'session.timeout', records);
        this.manager.storeConsumerGroupRecords(group.groupId, records, () => {});
      }),
    );
  }

  private scheduleRebalanceTimeout(group: ConsumerGroup, member: ConsumerGroupMember): void {
    group.rebalanceTimers.get(member.memberId)?.cancel();
    const epoch = member.memberEpoch;
    group.rebalanceTimers.set(
      member.memberId,
      this.ctx.schedule(this.ctx.now() + member.rebalanceTimeoutMs, () => {
        const m = group.members.get(member.memberId);
        if (!m || !this.isCurrent(group)) return;
        if (m.state !== 'UNREVOKED_PARTITIONS' || m.memberEpoch !== epoch) return;
        const records: KeyValue[] = [];
        this.fenceMember(group, m, 'rebalance.timeout', records);
        this.manager.storeConsumerGroupRecords(group.groupId, records, () => {});
      }),
    );
  }

  /** A group loaded from its records (a new coordinator): every member's session starts now. */
  onLoaded(group: ConsumerGroup): void {
    for (const id of group.members.keys()) this.scheduleSessionTimeout(group, id);
    this.lastState.set(group, group.state);
  }

  cancelTimers(group: ConsumerGroup): void {
    for (const t of group.sessionTimers.values()) t.cancel();
    for (const t of group.rebalanceTimers.values()) t.cancel();
    group.sessionTimers.clear();
    group.rebalanceTimers.clear();
  }

  /** The group's state is derived; trace it when it changes. */
  traceState(group: ConsumerGroup): void {
    const from = this.lastState.get(group) ?? 'Empty';
    const to = group.state;
    if (from === to) return;
    this.lastState.set(group, to);
    this.ctx.trace({
      type: 'group.state',
      group: group.groupId,
      coordinator: this.brokerId,
      from,
      to,
      generation: group.groupEpoch,
      reason:
        to === 'Assigning'
          ? 'group epoch ahead of the target assignment'
          : to === 'Reconciling'
            ? 'members moving to the target assignment'
            : to === 'Stable'
              ? 'every member at the target assignment'
              : to === 'Empty'
                ? 'no members'
                : 'coordinator moved',
    });
  }

  private isCurrent(group: ConsumerGroup): boolean {
    return this.manager.consumerGroups.get(group.groupId) === group && this.isLocal(group.groupId);
  }
}

/**
 * throwIfConsumerGroupMemberEpochIsInvalid: a member ahead of the coordinator, or behind it by
 * more than a lost answer explains, is fenced and must rejoin.
 */
function validateMemberEpoch(
  member: ConsumerGroupMember,
  req: ConsumerGroupHeartbeatRequest,
): ErrorCode | null {
  if (req.memberEpoch > member.memberEpoch) return 'FENCED_MEMBER_EPOCH';
  if (req.memberEpoch < member.memberEpoch) {
    // isSubset: a request without its owned partitions cannot prove the answer was lost.
    const owned = req.topicPartitions !== null ? toTopicPartitions(req.topicPartitions) : null;
    const subset =
      owned !== null &&
      [...owned].every(([t, ps]) =>
        [...ps].every((p) => contains(member.assignedPartitions, t, p)),
      );
    if (req.memberEpoch !== member.previousMemberEpoch || !subset) return 'FENCED_MEMBER_EPOCH';
  }
  return null;
}
