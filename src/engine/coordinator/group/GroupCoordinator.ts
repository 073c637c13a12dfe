// Kafka's group coordinator (GroupCoordinator, with the classic-group logic of 4.x's
// GroupMetadataManager): on the broker leading a group's __consumer_offsets partition, it runs the
// classic protocol. JoinGroup requests are parked until every member has rejoined (or the
// rebalance timeout, max.poll.interval.ms, passes); a new group first waits
// group.initial.rebalance.delay.ms for more members; the leader member's SyncGroup carries the
// assignment, stored as a record before anyone gets it; heartbeats tell members to rejoin, and a
// member silent for session.timeout.ms is removed. Offsets are committed as records too.
//
// Simplification: members arrive with their ids (`<group>-<n>`), so the JoinGroup round trip
// answering MEMBER_ID_REQUIRED with a fresh id (KIP-394) is skipped; static membership is not modelled.
import type { SimContext } from '../../sim/SimContext';
import type { ApiMessages, RequestMessage } from '../../network/Network';
import type { BrokerApi, RequestHandlers } from '../../network/ApiMessages';
import type { MetadataImage } from '../../controller/MetadataImage';
import type { ReplicaManager } from '../../server/ReplicaManager';
import type {
  ErrorCode,
  FindCoordinatorRequest,
  FindCoordinatorResponse,
  GroupTopicPartition,
  HeartbeatRequest,
  JoinGroupRequest,
  JoinGroupResponse,
  LeaveGroupRequest,
  SyncGroupRequest,
  SyncGroupResponse,
} from '../../network/requests';
import { ClassicGroup, ClassicGroupMember } from './ClassicGroup';
import { GroupMetadataManager, type CoordinatorRegistry } from './GroupMetadataManager';
import { OffsetMetadataManager } from './OffsetMetadataManager';
import { ConsumerGroup, ConsumerGroupHeartbeat } from '../../sim/consumerGroupProtocol';
import { GROUP_METADATA_TOPIC_NAME, partitionFor } from './OffsetsTopic';
import type { ClassicGroupStateReason } from '../../trace/reasons';

/** group.classic.new.member.join.timeout.ms (internal): a new member's JoinGroup may wait this long. */
const NEW_MEMBER_JOIN_TIMEOUT_MS = 5 * 60 * 1000;

type Reply<R> = (payload: R) => void;

/** Answers a request with the response of its api. */
export type Respond = <K extends BrokerApi>(
  req: RequestMessage<K>,
  payload: ApiMessages[K]['response'],
) => void;

export class GroupCoordinator {
  readonly manager: GroupMetadataManager;
  private offsets: OffsetMetadataManager;
  /** Made at the first consumer-protocol heartbeat: a classic-only run never needs the protocol. */
  private cgh: ConsumerGroupHeartbeat | null = null;
  private active = false;

  constructor(
    private brokerId: number,
    private ctx: SimContext,
    replicaManager: ReplicaManager,
    /** This broker's metadata image (it may lag the controller's). */
    private image: () => MetadataImage,
    registry: CoordinatorRegistry,
  ) {
    this.manager = new GroupMetadataManager(
      brokerId,
      ctx,
      replicaManager,
      () => this.image().partitionCount(GROUP_METADATA_TOPIC_NAME),
      registry,
    );
    this.offsets = new OffsetMetadataManager(brokerId, ctx, this.manager, (g) => this.isLocal(g));
  }

  private get consumerGroupHeartbeat(): ConsumerGroupHeartbeat {
    return (this.cgh ??= new ConsumerGroupHeartbeat(
      this.brokerId,
      this.ctx,
      this.manager,
      this.image,
      (g) => this.isLocal(g),
    ));
  }

  startup(): void {
    this.active = true;
  }

  /** The broker stopped: every group it coordinated is gone from memory (the records stay). */
  shutdown(): void {
    this.active = false;
    for (const p of [...this.manager.ownedPartitions])
      for (const g of this.manager.unload(p)) this.cancelTimers(g);
  }

  /** After each metadata update: load the partitions this broker now leads, drop the others. */
  onMetadata(image: MetadataImage): void {
    if (!this.active) return;
    const t = image.topic(GROUP_METADATA_TOPIC_NAME);
    if (!t) return;
    t.partitions.forEach((reg, p) => {
      const owned = this.manager.ownedPartitions.has(p);
      if (reg.leader === this.brokerId && !owned)
        this.manager.load(
          p,
          (g, m) => this.rescheduleHeartbeat(g, m, m.sessionTimeoutMs),
          (g) => this.consumerGroupHeartbeat.onLoaded(g),
        );
      else if (reg.leader !== this.brokerId && owned)
        for (const g of this.manager.unload(p)) {
          this.cancelTimers(g);
          if (g instanceof ConsumerGroup) {
            g.dead = true;
            this.consumerGroupHeartbeat.traceState(g);
            continue;
          }
          for (const m of g.members.values()) {
            m.awaitingJoin?.(joinError(m.memberId, 'NOT_COORDINATOR'));
            m.awaitingSync?.(syncError('NOT_COORDINATOR'));
          }
          g.transitionTo('Dead', 'coordinator moved');
        }
    });
  }

  /** The group APIs, as KafkaApis hands them to the coordinator. */
  requestHandlers(respond: Respond): RequestHandlers {
    return {
      FindCoordinator: (msg) => respond(msg, this.findCoordinator(msg.payload)),
      JoinGroup: (msg) => this.join(msg.payload, (r) => respond(msg, r)),
      SyncGroup: (msg) => this.sync(msg.payload, (r) => respond(msg, r)),
      Heartbeat: (msg) => respond(msg, { error: this.heartbeat(msg.payload) }),
      LeaveGroup: (msg) => respond(msg, this.leave(msg.payload)),
      OffsetCommit: (msg) => this.offsets.commit(msg.payload, (r) => respond(msg, r)),
      OffsetFetch: (msg) => respond(msg, this.offsets.fetch(msg.payload)),
      ConsumerGroupHeartbeat: (msg) =>
        this.consumerGroupHeartbeat.handle(msg.payload, (r) => respond(msg, r)),
    };
  }

  /** Answered from this broker's image: the leader of the group's partition, if it is alive. */
  private findCoordinator(req: FindCoordinatorRequest): FindCoordinatorResponse {
    const image = this.image();
    const t = image.topic(GROUP_METADATA_TOPIC_NAME);
    if (!t) return { error: 'COORDINATOR_NOT_AVAILABLE', nodeId: -1 };
    const leader = t.partitions[partitionFor(req.key, t.partitions.length)]?.leader ?? null;
    if (leader === null || image.brokers.get(leader)?.fenced !== false)
      return { error: 'COORDINATOR_NOT_AVAILABLE', nodeId: -1 };
    return { error: 'NONE', nodeId: leader };
  }

  private isLocal(groupId: string): boolean {
    return this.active && this.manager.isGroupLocal(groupId);
  }

  // ---- JoinGroup ----

  private join(req: JoinGroupRequest, reply: Reply<JoinGroupResponse>): void {
    if (!this.isLocal(req.groupId)) return reply(joinError(req.memberId, 'NOT_COORDINATOR'));
    const group = this.manager.getOrCreateGroup(req.groupId);
    // The id belongs to a consumer-protocol group with members (migration is not modelled).
    if (!group) return reply(joinError(req.memberId, 'INCONSISTENT_GROUP_PROTOCOL'));
    this.ctx.trace({
      type: 'group.join',
      group: group.groupId,
      member: req.memberId,
      coordinator: this.brokerId,
      generation: group.generationId,
      reason: req.reason,
    });
    const member = group.members.get(req.memberId);
    // A member must offer an assignor every current member supports.
    if (!group.supportsProtocols(req.protocols))
      return reply(joinError(req.memberId, 'INCONSISTENT_GROUP_PROTOCOL'));
    if (!member) {
      if (group.state === 'Dead')
        return reply(joinError(req.memberId, 'COORDINATOR_NOT_AVAILABLE'));
      this.addMemberThenRebalanceOrCompleteJoin(group, req, reply);
      return;
    }
    const current = () => reply(this.joinResponse(group, member));
    switch (group.state) {
      case 'PreparingRebalance':
        this.updateMemberThenRebalanceOrCompleteJoin(group, member, req, reply);
        break;
      case 'CompletingRebalance':
        // Same metadata: it missed its JoinGroup response; answer with the current generation.
        if (member.matches(req.protocols)) current();
        else this.updateMemberThenRebalanceOrCompleteJoin(group, member, req, reply);
        break;
      case 'Stable':
        // The leader rejoining, or a member whose subscription changed (a cooperative member
        // that revoked partitions), starts a rebalance; anyone else just gets the generation.
        if (group.isLeader(member.memberId) || !member.matches(req.protocols))
          this.updateMemberThenRebalanceOrCompleteJoin(group, member, req, reply);
        else current();
        break;
      default:
        reply(joinError(req.memberId, 'UNKNOWN_MEMBER_ID'));
    }
  }

  private addMemberThenRebalanceOrCompleteJoin(
    group: ClassicGroup,
    req: JoinGroupRequest,
    reply: Reply<JoinGroupResponse>,
  ): void {
    const member = new ClassicGroupMember(
      req.memberId,
      req.sessionTimeoutMs,
      req.rebalanceTimeoutMs,
      req.protocols,
    );
    // A member joining during the initial delay extends it.
    if (group.state === 'PreparingRebalance' && group.previousState === 'Empty')
      group.newMemberAdded = true;
    group.add(member);
    member.awaitingJoin = reply;
    this.rescheduleHeartbeat(group, member, NEW_MEMBER_JOIN_TIMEOUT_MS);
    this.maybePrepareRebalanceOrCompleteJoin(group, `adding new member ${member.memberId}`);
  }

  private updateMemberThenRebalanceOrCompleteJoin(
    group: ClassicGroup,
    member: ClassicGroupMember,
    req: JoinGroupRequest,
    reply: Reply<JoinGroupResponse>,
  ): void {
    member.protocols = req.protocols;
    member.sessionTimeoutMs = req.sessionTimeoutMs;
    member.rebalanceTimeoutMs = req.rebalanceTimeoutMs;
    member.awaitingJoin = reply;
    this.maybePrepareRebalanceOrCompleteJoin(
      group,
      `member ${member.memberId} rejoining (${req.reason})`,
    );
  }

  private maybePrepareRebalanceOrCompleteJoin(
    group: ClassicGroup,
    reason: ClassicGroupStateReason,
  ): void {
    if (group.canRebalance()) this.prepareRebalance(group, reason);
    else this.maybeCompleteJoinPhase(group);
  }

  private maybeCompleteJoinPhase(group: ClassicGroup): void {
    if (
      group.state === 'PreparingRebalance' &&
      group.hasAllMembersJoined() &&
      group.previousState !== 'Empty'
    )
      this.completeJoin(group);
  }

  private prepareRebalance(group: ClassicGroup, reason: ClassicGroupStateReason): void {
    // Members waiting for their assignment must rejoin instead.
    if (group.state === 'CompletingRebalance')
      this.propagateAssignmentError(group, 'REBALANCE_IN_PROGRESS');
    group.syncTimer?.cancel();
    group.syncTimer = null;
    const initial = group.state === 'Empty';
    if (initial) {
      // A new group: give the other members time to join before the first assignment.
      const delay = this.ctx.brokerConfig.groupInitialRebalanceDelayMs;
      this.scheduleInitialJoin(group, delay, Math.max(group.rebalanceTimeoutMs() - delay, 0));
    }
    group.transitionTo('PreparingRebalance', reason);
    if (initial) return;
    if (group.hasAllMembersJoined()) this.completeJoin(group);
    else this.scheduleJoin(group, group.rebalanceTimeoutMs());
  }

  private scheduleJoin(group: ClassicGroup, delayMs: number): void {
    group.joinTimer?.cancel();
    group.joinDeadline = { at: this.ctx.now() + delayMs, wait: 'rebalanceTimeout' };
    group.joinTimer = this.ctx.schedule(this.ctx.now() + delayMs, () => {
      if (this.isCurrent(group) && group.state === 'PreparingRebalance') this.completeJoin(group);
    });
  }

  /** InitialDelayedJoin: complete after the delay, or wait another delay if someone joined. */
  private scheduleInitialJoin(group: ClassicGroup, delayMs: number, remainingMs: number): void {
    group.joinTimer?.cancel();
    group.joinDeadline = { at: this.ctx.now() + delayMs, wait: 'initialDelay' };
    group.joinTimer = this.ctx.schedule(this.ctx.now() + delayMs, () => {
      if (!this.isCurrent(group) || group.state !== 'PreparingRebalance') return;
      if (group.newMemberAdded && remainingMs !== 0) {
        group.newMemberAdded = false;
        const initialDelay = this.ctx.brokerConfig.groupInitialRebalanceDelayMs;
        this.scheduleInitialJoin(
          group,
          Math.min(initialDelay, remainingMs),
          Math.max(remainingMs - delayMs, 0),
        );
      } else this.completeJoin(group);
    });
  }

  /** The join phase ends: drop members that did not rejoin, start the next generation. */
  private completeJoin(group: ClassicGroup): void {
    group.joinTimer?.cancel();
    group.joinTimer = null;
    group.joinDeadline = null;
    if (group.state === 'Dead') return;
    for (const m of group.allMembers())
      if (m.awaitingJoin === null) {
        this.ctx.trace({
          type: 'member.left',
          group: group.groupId,
          member: m.memberId,
          reason: 'max.poll.interval',
        });
        group.remove(m.memberId);
      }
    if (!group.maybeElectNewJoinedLeader() && group.members.size > 0) {
      this.scheduleJoin(group, group.rebalanceTimeoutMs());
      return;
    }
    group.initNextGeneration();
    if (group.state === 'Empty') {
      this.manager.storeGroup(group, () => {});
      this.traceAssign(group);
      return;
    }
    for (const m of group.allMembers()) {
      const respond = m.awaitingJoin!;
      m.awaitingJoin = null;
      m.isNew = false;
      respond(this.joinResponse(group, m));
      this.rescheduleHeartbeat(group, m, m.sessionTimeoutMs);
      group.pendingSyncMembers.add(m.memberId);
    }
    const generation = group.generationId;
    group.syncTimer = this.ctx.schedule(this.ctx.now() + group.rebalanceTimeoutMs(), () =>
      this.expirePendingSync(group, generation),
    );
  }

  private joinResponse(group: ClassicGroup, member: ClassicGroupMember): JoinGroupResponse {
    const leader = group.isLeader(member.memberId);
    return {
      error: 'NONE',
      generationId: group.generationId,
      protocolName: group.protocolName,
      leader: group.leaderId,
      memberId: member.memberId,
      members: leader
        ? group.allMembers().map((m) => ({
            memberId: m.memberId,
            metadata: m.metadata(group.protocolName ?? '')!,
          }))
        : [],
    };
  }

  /** Members that never sent SyncGroup within the rebalance timeout are removed. */
  private expirePendingSync(group: ClassicGroup, generation: number): void {
    if (!this.isCurrent(group) || group.generationId !== generation) return;
    if (group.state !== 'CompletingRebalance' && group.state !== 'Stable') return;
    if (group.pendingSyncMembers.size === 0) return;
    for (const id of [...group.pendingSyncMembers]) {
      this.ctx.trace({
        type: 'member.left',
        group: group.groupId,
        member: id,
        reason: 'max.poll.interval',
      });
      group.remove(id);
    }
    this.prepareRebalance(group, 'members did not send SyncGroup in time');
  }

  // ---- SyncGroup ----

  private sync(req: SyncGroupRequest, reply: Reply<SyncGroupResponse>): void {
    if (!this.isLocal(req.groupId)) return reply(syncError('NOT_COORDINATOR'));
    const group = this.manager.groups.get(req.groupId);
    const member = group?.members.get(req.memberId);
    if (!group || !member) return reply(syncError('UNKNOWN_MEMBER_ID'));
    if (req.generationId !== group.generationId) return reply(syncError('ILLEGAL_GENERATION'));
    this.ctx.trace({
      type: 'group.sync',
      group: group.groupId,
      member: member.memberId,
      coordinator: this.brokerId,
      generation: req.generationId,
      leader: group.isLeader(member.memberId),
    });
    switch (group.state) {
      case 'Empty':
        return reply(syncError('UNKNOWN_MEMBER_ID'));
      case 'PreparingRebalance':
        return reply(syncError('REBALANCE_IN_PROGRESS'));
      case 'Dead':
        return reply(syncError('COORDINATOR_NOT_AVAILABLE'));
      case 'Stable':
        group.pendingSyncMembers.delete(member.memberId);
        this.rescheduleHeartbeat(group, member, member.sessionTimeoutMs);
        return reply({
          error: 'NONE',
          protocolName: group.protocolName,
          assignment: member.assignment,
        });
      case 'CompletingRebalance':
        break;
    }
    member.awaitingSync = reply;
    group.pendingSyncMembers.delete(member.memberId);
    this.rescheduleHeartbeat(group, member, member.sessionTimeoutMs);
    if (!group.isLeader(member.memberId)) return;
    const assignment = new Map<string, GroupTopicPartition[]>(
      req.assignments.map((a) => [a.memberId, a.assignment]),
    );
    for (const m of group.members.values()) m.assignment = assignment.get(m.memberId) ?? [];
    const generation = group.generationId;
    // The assignment counts only once it is stored (replicated) in __consumer_offsets.
    this.manager.storeGroup(group, (error) => {
      if (!this.isCurrent(group) || group.state !== 'CompletingRebalance') return;
      if (group.generationId !== generation) return;
      if (error !== 'NONE') {
        this.propagateAssignmentError(group, error);
        this.maybePrepareRebalanceOrCompleteJoin(group, `storing the assignment failed: ${error}`);
        return;
      }
      for (const m of group.allMembers()) {
        m.awaitingSync?.({
          error: 'NONE',
          protocolName: group.protocolName,
          assignment: m.assignment,
        });
        m.awaitingSync = null;
        this.rescheduleHeartbeat(group, m, m.sessionTimeoutMs);
      }
      group.transitionTo('Stable', 'assignment stored');
      this.traceAssign(group);
    });
  }

  private propagateAssignmentError(group: ClassicGroup, error: ErrorCode): void {
    for (const m of group.members.values()) {
      m.assignment = [];
      m.awaitingSync?.(syncError(error));
      m.awaitingSync = null;
    }
  }

  private traceAssign(group: ClassicGroup): void {
    const assignment: Record<string, GroupTopicPartition[]> = {};
    for (const m of group.allMembers())
      assignment[m.memberId] = m.assignment.map((tp) => ({ ...tp }));
    this.ctx.trace({
      type: 'group.assign',
      group: group.groupId,
      generation: group.generationId,
      strategy: group.protocolName ?? '',
      assignment,
      coordinator: this.brokerId,
    });
  }

  // ---- Heartbeat, LeaveGroup, session expiry ----

  private heartbeat(req: HeartbeatRequest): ErrorCode {
    if (!this.isLocal(req.groupId)) return 'NOT_COORDINATOR';
    const group = this.manager.groups.get(req.groupId);
    const member = group?.members.get(req.memberId);
    if (!group || group.state === 'Dead') return 'COORDINATOR_NOT_AVAILABLE';
    if (!member) return 'UNKNOWN_MEMBER_ID';
    if (req.generationId !== group.generationId) return 'ILLEGAL_GENERATION';
    switch (group.state) {
      case 'Empty':
        return 'UNKNOWN_MEMBER_ID';
      case 'PreparingRebalance':
        this.rescheduleHeartbeat(group, member, member.sessionTimeoutMs);
        return 'REBALANCE_IN_PROGRESS';
      default:
        this.rescheduleHeartbeat(group, member, member.sessionTimeoutMs);
        return 'NONE';
    }
  }

  private leave(req: LeaveGroupRequest) {
    if (!this.isLocal(req.groupId)) return { error: 'NOT_COORDINATOR' as ErrorCode, members: [] };
    const group = this.manager.groups.get(req.groupId);
    const members = req.members.map(({ memberId, reason }) => {
      const member = group?.members.get(memberId);
      if (!group || !member) return { memberId, error: 'UNKNOWN_MEMBER_ID' as ErrorCode };
      this.ctx.trace({
        type: 'member.left',
        group: group.groupId,
        member: memberId,
        reason: reason === 'max.poll.interval' ? 'max.poll.interval' : 'leave',
      });
      this.removeMemberAndUpdateGroup(group, member, `member ${memberId} left (${reason})`);
      return { memberId, error: 'NONE' as ErrorCode };
    });
    return { error: 'NONE' as ErrorCode, members };
  }

  private removeMemberAndUpdateGroup(
    group: ClassicGroup,
    member: ClassicGroupMember,
    reason: ClassicGroupStateReason,
  ): void {
    member.awaitingJoin?.(joinError(member.memberId, 'UNKNOWN_MEMBER_ID'));
    member.awaitingJoin = null;
    group.remove(member.memberId);
    if (group.state === 'Stable' || group.state === 'CompletingRebalance')
      this.maybePrepareRebalanceOrCompleteJoin(group, reason);
    else if (group.state === 'PreparingRebalance' && group.hasAllMembersJoined())
      this.completeJoin(group);
  }

  /** A member's session: expires session.timeout.ms after its last heartbeat, join or sync. */
  private rescheduleHeartbeat(
    group: ClassicGroup,
    member: ClassicGroupMember,
    timeoutMs: number,
  ): void {
    member.heartbeatTimer?.cancel();
    member.heartbeatTimer = this.ctx.schedule(this.ctx.now() + timeoutMs, () => {
      if (!this.isCurrent(group) || group.members.get(member.memberId) !== member) return;
      if (member.hasSatisfiedHeartbeat()) return;
      this.ctx.trace({
        type: 'member.left',
        group: group.groupId,
        member: member.memberId,
        reason: 'session.timeout',
      });
      this.removeMemberAndUpdateGroup(group, member, `member ${member.memberId} session expired`);
    });
  }

  private isCurrent(group: ClassicGroup): boolean {
    return this.active && this.manager.groups.get(group.groupId) === group;
  }

  private cancelTimers(group: ClassicGroup | ConsumerGroup): void {
    if (group instanceof ConsumerGroup) return this.consumerGroupHeartbeat.cancelTimers(group);
    group.joinTimer?.cancel();
    group.syncTimer?.cancel();
    for (const m of group.members.values()) m.heartbeatTimer?.cancel();
  }
}

function joinError(memberId: string, error: ErrorCode): JoinGroupResponse {
  return { error, generationId: -1, protocolName: null, leader: null, memberId, members: [] };
}

function syncError(error: ErrorCode): SyncGroupResponse {
  return { error, protocolName: null, assignment: [] };
}
