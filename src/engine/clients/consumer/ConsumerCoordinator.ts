// Kafka's ConsumerCoordinator (with AbstractCoordinator and its heartbeat thread), one per
// member: finds the group coordinator (FindCoordinator), joins the group (JoinGroup → SyncGroup),
// runs the assignor when it is the leader, heartbeats every heartbeat.interval.ms, leaves the
// group when poll() has not been called for max.poll.interval.ms, and commits offsets.
//
// As in Kafka, JoinGroup is sent from poll() (after onJoinPrepare: the auto-commit, then the
// revocation — all owned partitions under EAGER), and the assignment is applied in the next
// poll() (onJoinComplete); heartbeats and the leader's assignment happen on their own.
import type { SimContext } from '../../sim/SimContext';
import type { ApiMessages, Message, ResponseMessage } from '../../network/Network';
import type {
  ErrorCode,
  JoinGroupProtocol,
  JoinGroupRequest,
  JoinGroupResponse,
} from '../../network/requests';
import {
  CoordinatorRequestManager,
  REQUEST_TIMEOUT_MS,
  RETRY_BACKOFF_MS,
  isCoordinatorError,
} from './CoordinatorRequestManager';
import { CommitRequestManager, type Offset } from './CommitRequestManager';
import type { ConsumerHooks, GroupMembership } from './GroupMembership';
import { javaHashMapOrder } from '../../common/utils/JavaHashMap';
import { assignorFor, rebalanceProtocolOf } from './assignors';
import type { RebalanceProtocol, Subscription, TopicPartition } from './ConsumerPartitionAssignor';
import { tpKey } from './ConsumerPartitionAssignor';

/** AbstractCoordinator.MemberState. */
export type MemberState = 'UNJOINED' | 'PREPARING_REBALANCE' | 'COMPLETING_REBALANCE' | 'STABLE';

export class ConsumerCoordinator implements GroupMembership {
  readonly groupProtocol = 'classic';
  state: MemberState = 'UNJOINED';
  generation = -1;
  protocol: string | null = null;
  leader: string | null = null;
  private rejoinNeeded = true;
  private needsJoinPrepare = true;
  private joinPrepareInFlight = false;
  private joining = false;
  private requests: CoordinatorRequestManager;
  private commits: CommitRequestManager;
  /** The SyncGroup result, applied by the next poll() (onJoinComplete). */
  private pendingAssignment: { generation: number; assignment: TopicPartition[] } | null = null;
  /** StickyAssignor's memory of its last assignment, sent back as userData. */
  private stickyUserData: Subscription['userData'] = null;
  /** The partition counts the leader assigned with: a change makes it rejoin. */
  private assignmentSnapshot: Map<string, number> | null = null;
  private heartbeatInFlight = false;
  private lastHeartbeatReceive = 0;
  private heartbeatTimerOn = false;
  private closed = false;
  /** Bumped when the member restarts: answers to its earlier JoinGroup/SyncGroup are dropped. */
  private incarnation = 0;

  constructor(
    private ctx: SimContext,
    private c: ConsumerHooks,
  ) {
    // Heartbeat.resetSessionTimeout(): the session clock restarts with a new coordinator.
    this.requests = new CoordinatorRequestManager(
      ctx,
      c,
      () => (this.lastHeartbeatReceive = this.ctx.now()),
      'classic',
    );
    this.commits = new CommitRequestManager(ctx, this.requests, c, {
      commitEpoch: () =>
        this.isStable()
          ? this.generation
          : this.state === 'UNJOINED'
            ? 'UNKNOWN_MEMBER_ID'
            : 'REBALANCE_IN_PROGRESS',
      onMemberError: (error) => {
        if (error === 'UNKNOWN_MEMBER_ID' || error === 'ILLEGAL_GENERATION') {
          this.resetGeneration();
          this.c.wake();
        }
        return 'fail';
      },
      closed: () => this.closed,
    });
  }

  /** The coordinator broker, null while unknown. */
  get coordinator(): number | null {
    return this.requests.coordinator;
  }

  get rebalanceProtocol(): RebalanceProtocol {
    return rebalanceProtocolOf(this.c.config().partitionAssignmentStrategy);
  }

  /** generationIfStable(): commits need a member of a stable generation. */
  isStable(): boolean {
    return this.state === 'STABLE' && this.generation >= 0;
  }

  rebalanceInProgress(): boolean {
    return this.rejoinNeeded || this.joining || this.pendingAssignment !== null;
  }

  requestRejoin(): void {
    this.rejoinNeeded = true;
    this.c.wake();
  }

  stop(): void {
    this.closed = true;
    this.requests.stop();
  }

  // ---- poll(): called from the application's poll ----

  poll(): void {
    if (this.closed) return;
    this.ensureCoordinatorReady();
    if (this.pendingAssignment) {
      const { generation, assignment } = this.pendingAssignment;
      this.pendingAssignment = null;
      this.onJoinComplete(generation, assignment);
    }
    if (!this.rejoinNeeded || this.joining || this.joinPrepareInFlight) return;
    if (!this.ensureCoordinatorReady()) return;
    if (this.needsJoinPrepare) {
      this.joinPrepareInFlight = true;
      this.onJoinPrepare(() => {
        this.joinPrepareInFlight = false;
        this.needsJoinPrepare = false;
        this.c.wake();
      });
      return;
    }
    this.sendJoinGroup();
  }

  /** Before rejoining: commit what was consumed (auto-commit), then give partitions up. */
  private onJoinPrepare(done: () => void): void {
    const cfg = this.c.config();
    const finish = () => {
      const owned = this.c.owned();
      if (this.generation < 0) {
        // Kicked out meanwhile: these may already belong to others; drop them without a commit.
        if (owned.length > 0) this.c.revoke(owned, 'lost');
      } else if (this.rebalanceProtocol === 'EAGER' && owned.length > 0) {
        this.c.revoke(owned, 'rebalance');
      }
      done();
    };
    // EAGER: from now on poll() returns nothing of what is about to go (KAFKA-14224), so the
    // commit below covers everything this member will have processed.
    if (this.rebalanceProtocol === 'EAGER') this.c.markPendingRevocation(this.c.owned());
    if (cfg.enableAutoCommit && this.isStable()) this.commit(this.c.consumed(), 'async', finish);
    else finish();
  }

  private subscription(name: string): Subscription {
    const cooperative = this.rebalanceProtocol === 'COOPERATIVE';
    return {
      topics: [...this.c.topics],
      ownedPartitions: cooperative ? this.c.owned().map((tp) => ({ ...tp })) : [],
      generationId: this.generation,
      userData: name === 'sticky' ? this.stickyUserData : null,
    };
  }

  private sendJoinGroup(): void {
    const cfg = this.c.config();
    this.joining = true;
    this.state = 'PREPARING_REBALANCE';
    const protocols: JoinGroupProtocol[] = cfg.partitionAssignmentStrategy.map((name) => ({
      name,
      metadata: this.subscription(name),
    }));
    const req: JoinGroupRequest = {
      groupId: this.c.groupId,
      memberId: this.c.memberId,
      sessionTimeoutMs: cfg.sessionTimeoutMs,
      rebalanceTimeoutMs: cfg.maxPollIntervalMs,
      protocols,
      reason: this.generation < 0 ? 'joining' : 'rebalance',
    };
    // The JoinGroup waits for the whole join phase: rebalance timeout + 5 s (AbstractCoordinator).
    const timeout = Math.max(REQUEST_TIMEOUT_MS, cfg.maxPollIntervalMs + 5000);
    const incarnation = this.incarnation;
    this.send(
      'JoinGroup',
      req,
      timeout,
      (msg) => {
        if (incarnation !== this.incarnation) return;
        const res = msg.payload;
        if (res.error !== 'NONE') return this.joinFailed(res.error);
        this.generation = res.generationId;
        this.protocol = res.protocolName;
        this.leader = res.leader;
        this.state = 'COMPLETING_REBALANCE';
        this.startHeartbeats();
        if (res.leader === this.c.memberId) this.onJoinLeader(res);
        else this.sendSyncGroup([]);
      },
      (error) => {
        if (incarnation === this.incarnation) this.joinFailed(error);
      },
    );
  }

  /** The leader runs the chosen assignor over every member's subscription. */
  private onJoinLeader(res: JoinGroupResponse): void {
    const assignor = assignorFor(res.protocolName as never);
    const subscriptions = new Map<string, Subscription>();
    const byId = new Map(res.members.map((m) => [m.memberId, m.metadata]));
    for (const id of javaHashMapOrder(res.members.map((m) => m.memberId)))
      subscriptions.set(id, byId.get(id)!);
    const topics = javaHashMapOrder([...subscriptions.values()].flatMap((s) => s.topics));
    const partitionsPerTopic = new Map<string, number>();
    for (const t of topics) {
      const n = this.c.topicView(t).numPartitions;
      if (n > 0) partitionsPerTopic.set(t, n);
    }
    if (partitionsPerTopic.size < topics.length) {
      // Metadata for a subscribed topic is still on its way: assign once it is here.
      this.c.requestMetadata();
      const generation = this.generation;
      this.ctx.schedule(this.ctx.now() + RETRY_BACKOFF_MS, () => {
        if (!this.closed && this.generation === generation && this.state === 'COMPLETING_REBALANCE')
          this.onJoinLeader(res);
      });
      return;
    }
    this.assignmentSnapshot = partitionsPerTopic;
    const assignment = assignor.assign(partitionsPerTopic, subscriptions);
    this.sendSyncGroup([...assignment].map(([memberId, tps]) => ({ memberId, assignment: tps })));
  }

  private sendSyncGroup(assignments: { memberId: string; assignment: TopicPartition[] }[]): void {
    const generation = this.generation;
    const req = {
      groupId: this.c.groupId,
      generationId: generation,
      memberId: this.c.memberId,
      assignments,
    };
    const incarnation = this.incarnation;
    this.send(
      'SyncGroup',
      req,
      REQUEST_TIMEOUT_MS,
      (msg) => {
        if (incarnation !== this.incarnation) return;
        const res = msg.payload;
        if (res.error !== 'NONE') return this.joinFailed(res.error);
        this.joining = false;
        this.rejoinNeeded = false;
        this.state = 'STABLE';
        this.pendingAssignment = { generation, assignment: res.assignment };
        this.c.wake();
      },
      (error) => {
        if (incarnation === this.incarnation) this.joinFailed(error);
      },
    );
  }

  private joinFailed(error: ErrorCode): void {
    this.joining = false;
    if (error === 'UNKNOWN_MEMBER_ID' || error === 'ILLEGAL_GENERATION') this.resetGeneration();
    else if (isCoordinatorError(error)) this.markCoordinatorUnknown();
    this.rejoinNeeded = true;
    // INCONSISTENT_GROUP_PROTOCOL (no assignor in common with the members): fatal in Kafka's
    // client; here the member tries again a second later, once the others have left.
    // joinGroupIfNeeded sleeps retry.backoff.ms (not the exponential backoff) after a failed join.
    const backoff = error === 'INCONSISTENT_GROUP_PROTOCOL' ? 1000 : this.c.config().retryBackoffMs;
    this.ctx.schedule(this.ctx.now() + backoff, () => this.c.wake());
  }

  /** onJoinComplete: take the new assignment; cooperative members give up only what moved. */
  private onJoinComplete(generation: number, assignment: TopicPartition[]): void {
    if (this.protocol === 'sticky') this.stickyUserData = { partitions: assignment, generation };
    const assigned = new Set(assignment.map(tpKey));
    const revoked = this.c.owned().filter((tp) => !assigned.has(tpKey(tp)));
    if (revoked.length > 0) {
      this.c.revoke(revoked, 'reassigned');
      // They go to another member in a follow-up rebalance, once we no longer own them.
      if (this.rebalanceProtocol === 'COOPERATIVE') this.rejoinNeeded = true;
    }
    this.c.assign(generation, assignment);
    this.needsJoinPrepare = true;
  }

  /** The member is out of the group (or never was): next join starts from scratch. */
  private resetGeneration(): void {
    this.generation = -1;
    this.protocol = null;
    this.leader = null;
    this.state = 'UNJOINED';
    this.rejoinNeeded = true;
    this.pendingAssignment = null;
  }

  // ---- the heartbeat thread ----

  private startHeartbeats(): void {
    this.lastHeartbeatReceive = this.ctx.now();
    if (this.heartbeatTimerOn) return;
    this.heartbeatTimerOn = true;
    this.heartbeatTick();
  }

  private heartbeatTick(): void {
    if (this.closed) return;
    const cfg = this.c.config();
    if (this.state !== 'COMPLETING_REBALANCE' && this.state !== 'STABLE') {
      this.heartbeatTimerOn = false;
      return;
    }
    const now = this.ctx.now();
    if (this.coordinator === null) this.ensureCoordinatorReady();
    else if (now - this.lastHeartbeatReceive > cfg.sessionTimeoutMs)
      this.markCoordinatorUnknown(); // no answer for a whole session: look for the coordinator again
    else if (!this.heartbeatInFlight) this.sendHeartbeat();
    // heartbeat.interval.ms=0: heartbeat whenever none is in flight, checked every ms (not in a loop at one ms).
    this.ctx.schedule(now + Math.max(1, cfg.heartbeatIntervalMs), () => this.heartbeatTick());
  }

  private sendHeartbeat(): void {
    this.heartbeatInFlight = true;
    const generation = this.generation;
    const req = { groupId: this.c.groupId, generationId: generation, memberId: this.c.memberId };
    this.send(
      'Heartbeat',
      req,
      REQUEST_TIMEOUT_MS,
      (msg) => {
        this.heartbeatInFlight = false;
        const { error } = msg.payload;
        if (error === 'NONE') this.lastHeartbeatReceive = this.ctx.now();
        else if (error === 'REBALANCE_IN_PROGRESS') {
          this.lastHeartbeatReceive = this.ctx.now();
          if (this.state === 'STABLE') this.requestRejoin();
        } else if (error === 'UNKNOWN_MEMBER_ID' || error === 'ILLEGAL_GENERATION') {
          if (this.generation === generation) {
            this.resetGeneration();
            this.c.wake();
          }
        } else if (isCoordinatorError(error)) this.markCoordinatorUnknown();
      },
      () => {
        this.heartbeatInFlight = false;
      },
    );
  }

  /**
   * The instance restarts (with a new partition.assignment.strategy): it leaves the group and
   * joins again from scratch. Its partitions must have been given up already.
   */
  restart(): void {
    if (this.closed) return;
    this.sendLeaveGroup('leave');
    this.incarnation++;
    this.resetGeneration();
    this.joining = false;
    this.joinPrepareInFlight = false;
    this.needsJoinPrepare = true;
    this.assignmentSnapshot = null;
    this.c.wake();
  }

  /** max.poll.interval.ms passed without poll(): leave, so the others can take the partitions. */
  onPollTimeout(): void {
    if (this.closed || this.state === 'UNJOINED') return;
    this.sendLeaveGroup('max.poll.interval');
    this.resetGeneration();
  }

  sendLeaveGroup(reason: 'leave' | 'max.poll.interval'): boolean {
    if (this.state === 'UNJOINED') return false;
    const req = { groupId: this.c.groupId, members: [{ memberId: this.c.memberId, reason }] };
    return this.requests.sendOneWay('LeaveGroup', req);
  }

  // ---- offsets and the coordinator ----

  commit(offsets: Offset[], mode: 'sync' | 'async', done: (error: ErrorCode) => void): void {
    this.commits.commit(offsets, mode, done);
  }

  fetchCommitted(partitions: TopicPartition[], done: (offsets: Offset[] | null) => void): void {
    this.commits.fetchCommitted(partitions, done);
  }

  ensureCoordinatorReady(): boolean {
    return this.requests.ensureCoordinatorReady();
  }

  markCoordinatorUnknown(): void {
    this.requests.markCoordinatorUnknown();
  }

  private send<K extends 'JoinGroup' | 'SyncGroup' | 'Heartbeat'>(
    api: K,
    payload: ApiMessages[K]['request'],
    timeoutMs: number,
    onResponse: (msg: ResponseMessage<K>) => void,
    onFail: (error: ErrorCode) => void,
  ): void {
    this.requests.send(api, payload, timeoutMs, onResponse, onFail);
  }

  onResponse(msg: Message): void {
    this.requests.onResponse(msg);
  }

  onDisconnect(broker: number): void {
    this.requests.onDisconnect(broker);
  }

  /** The leader rejoins when a subscribed topic's partition count changed since it assigned. */
  onMetadataUpdate(): void {
    if (!this.assignmentSnapshot || this.leader !== this.c.memberId) return;
    for (const [topic, n] of this.assignmentSnapshot)
      if (this.c.topicView(topic).numPartitions !== n) {
        this.assignmentSnapshot = null;
        this.requestRejoin();
        return;
      }
  }
}
