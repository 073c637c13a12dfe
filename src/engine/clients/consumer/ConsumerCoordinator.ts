// Kafka's ConsumerCoordinator (with AbstractCoordinator and its heartbeat thread), one per
// member: finds the group coordinator (FindCoordinator), joins the group (JoinGroup → SyncGroup),
// runs the assignor when it is the leader, heartbeats every heartbeat.interval.ms, leaves the
// group when poll() has not been called for max.poll.interval.ms, and commits offsets.
//
// As in Kafka, JoinGroup is sent from poll() (after onJoinPrepare: the auto-commit, then the
// revocation — all owned partitions under EAGER), and the assignment is applied in the next
// poll() (onJoinComplete); heartbeats and the leader's assignment happen on their own.
import type { SimContext } from '../../sim/SimContext';
import type { Message } from '../../network/Network';
import type { ConsumerConfig } from '../../config/types';
import type {
  ErrorCode,
  FindCoordinatorResponse,
  HeartbeatResponse,
  JoinGroupProtocol,
  JoinGroupRequest,
  JoinGroupResponse,
  OffsetCommitResponse,
  OffsetFetchResponse,
  SyncGroupResponse,
} from '../../network/requests';
import { javaHashMapOrder } from '../../common/utils/JavaHashMap';
import { assignorFor, rebalanceProtocolOf } from './assignors';
import type { RebalanceProtocol, Subscription, TopicPartition } from './ConsumerPartitionAssignor';
import { tpKey } from './ConsumerPartitionAssignor';
import type { TopicPartitionsView } from '../Metadata';

/** request.timeout.ms, retry.backoff.ms and default.api.timeout.ms (commitSync's limit). */
export const REQUEST_TIMEOUT_MS = 30000;
export const RETRY_BACKOFF_MS = 100;
const DEFAULT_API_TIMEOUT_MS = 60000;

/** AbstractCoordinator.MemberState. */
export type MemberState = 'UNJOINED' | 'PREPARING_REBALANCE' | 'COMPLETING_REBALANCE' | 'STABLE';

export interface Offset {
  topic: string;
  partition: number;
  offset: number;
}

/** What the coordinator needs from its consumer (the subscription state and the app). */
export interface ConsumerHooks {
  readonly groupId: string;
  readonly memberId: string;
  readonly nodeId: string;
  readonly topics: string[];
  config(): ConsumerConfig;
  /** Partitions owned now (SubscriptionState.assignedPartitions). */
  owned(): TopicPartition[];
  /** Their positions, to commit (SubscriptionState.allConsumed). */
  consumed(): Offset[];
  topicView(topic: string): TopicPartitionsView;
  requestMetadata(): void;
  bootstrapBrokers(): number[];
  revoke(partitions: TopicPartition[], reason: 'rebalance' | 'reassigned' | 'lost' | 'close'): void;
  /** Stop returning and fetching records of these: they are about to be revoked. */
  markPendingRevocation(partitions: TopicPartition[]): void;
  assign(generation: number, assignment: TopicPartition[]): void;
  /** Something changed that poll() should see (run it if the app is waiting in poll). */
  wake(): void;
}

interface Pending {
  onResponse: (msg: Message) => void;
  onFail: (error: ErrorCode) => void;
}

export class ConsumerCoordinator {
  state: MemberState = 'UNJOINED';
  coordinator: number | null = null;
  generation = -1;
  protocol: string | null = null;
  leader: string | null = null;
  private rejoinNeeded = true;
  private needsJoinPrepare = true;
  private joinPrepareInFlight = false;
  private joining = false;
  private findInFlight = false;
  /** The FindCoordinator in flight: where to, and its correlation id. */
  private findTo: { broker: number; correlationId: number } | null = null;
  private pending = new Map<number, Pending>();
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
  ) {}

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
    this.pending.clear();
    this.waiters = [];
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
        const res = msg.payload as JoinGroupResponse;
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
        const res = msg.payload as SyncGroupResponse;
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
    const backoff = error === 'INCONSISTENT_GROUP_PROTOCOL' ? 1000 : RETRY_BACKOFF_MS;
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
    this.ctx.schedule(now + cfg.heartbeatIntervalMs, () => this.heartbeatTick());
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
        const { error } = msg.payload as HeartbeatResponse;
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
    if (this.coordinator === null || this.state === 'UNJOINED') return false;
    const req = { groupId: this.c.groupId, members: [{ memberId: this.c.memberId, reason }] };
    this.ctx.network.send(this.c.nodeId, `broker:${this.coordinator}`, 'LeaveGroup', false, req);
    return true;
  }

  // ---- offsets ----

  /**
   * Commit `offsets`. 'sync' retries retriable errors (commitSync, up to default.api.timeout.ms);
   * 'async' tries once (auto-commit). `done` gets NONE or the error.
   */
  commit(offsets: Offset[], mode: 'sync' | 'async', done: (error: ErrorCode) => void): void {
    if (offsets.length === 0) return done('NONE');
    const deadline = this.ctx.now() + DEFAULT_API_TIMEOUT_MS;
    const attempt = () => {
      if (this.closed) return;
      const fail = (error: ErrorCode) => {
        const retriable = isCoordinatorError(error) || error === 'REQUEST_TIMED_OUT';
        if (retriable && mode === 'sync' && this.ctx.now() < deadline) {
          this.ctx.schedule(this.ctx.now() + RETRY_BACKOFF_MS, attempt);
          return;
        }
        this.ctx.trace({
          type: 'offset.commit.failed',
          group: this.c.groupId,
          member: this.c.memberId,
          offsets,
          error,
        });
        done(error);
      };
      // Not a member of a stable generation: CommitFailedException / RebalanceInProgressException.
      if (!this.isStable())
        return fail(this.state === 'UNJOINED' ? 'UNKNOWN_MEMBER_ID' : 'REBALANCE_IN_PROGRESS');
      if (!this.ensureCoordinatorReady()) {
        this.whenCoordinatorKnown(attempt, deadline, () => fail('COORDINATOR_NOT_AVAILABLE'));
        return;
      }
      const req = {
        groupId: this.c.groupId,
        generationId: this.generation,
        memberId: this.c.memberId,
        offsets,
      };
      this.send(
        'OffsetCommit',
        req,
        REQUEST_TIMEOUT_MS,
        (msg) => {
          const res = msg.payload as OffsetCommitResponse;
          const error = res.partitions.find((p) => p.error !== 'NONE')?.error ?? 'NONE';
          if (error === 'NONE') return done('NONE');
          if (error === 'UNKNOWN_MEMBER_ID' || error === 'ILLEGAL_GENERATION') {
            this.resetGeneration();
            this.c.wake();
          } else if (isCoordinatorError(error) || error === 'REQUEST_TIMED_OUT') {
            // The write never reached the replicas (a coordinator cut off): look for another.
            this.markCoordinatorUnknown();
          }
          fail(error);
        },
        fail,
      );
    };
    attempt();
  }

  /** OffsetFetch: the committed offsets of `partitions` (-1 where none), or an error. */
  fetchCommitted(partitions: TopicPartition[], done: (offsets: Offset[] | null) => void): void {
    if (!this.ensureCoordinatorReady()) return done(null);
    const req = { groupId: this.c.groupId, partitions };
    this.send(
      'OffsetFetch',
      req,
      REQUEST_TIMEOUT_MS,
      (msg) => {
        const res = msg.payload as OffsetFetchResponse;
        if (res.error !== 'NONE') {
          if (isCoordinatorError(res.error)) this.markCoordinatorUnknown();
          return done(null);
        }
        done(res.partitions);
      },
      () => done(null),
    );
  }

  // ---- the coordinator and requests to it ----

  private waiters: { run: () => void; deadline: number; expire: () => void }[] = [];

  private whenCoordinatorKnown(run: () => void, deadline: number, expire: () => void): void {
    this.waiters.push({ run, deadline, expire });
    this.ctx.schedule(deadline, () => {
      const i = this.waiters.findIndex((w) => w.run === run);
      if (i < 0) return;
      this.waiters.splice(i, 1);
      expire();
    });
  }

  /** True if the coordinator is known; otherwise start looking for it (FindCoordinator). */
  ensureCoordinatorReady(): boolean {
    if (this.coordinator !== null) return true;
    if (this.findInFlight || this.closed) return false;
    const brokers = this.c.bootstrapBrokers();
    if (brokers.length === 0) return false;
    const broker = brokers[this.ctx.random.nextInt(brokers.length)]!;
    this.findInFlight = true;
    const msg = this.ctx.network.send(this.c.nodeId, `broker:${broker}`, 'FindCoordinator', false, {
      key: this.c.groupId,
    });
    const sent = msg.correlationId;
    this.findTo = { broker, correlationId: sent };
    const retry = () => {
      this.findInFlight = false;
      this.findTo = null;
      this.ctx.schedule(this.ctx.now() + RETRY_BACKOFF_MS, () => {
        this.ensureCoordinatorReady();
      });
    };
    this.pending.set(sent, {
      onResponse: (m) => {
        const res = m.payload as FindCoordinatorResponse;
        if (res.error !== 'NONE') return retry();
        this.findInFlight = false;
        this.findTo = null;
        this.coordinator = res.nodeId;
        // Heartbeat.resetSessionTimeout(): the session clock restarts with the new coordinator.
        this.lastHeartbeatReceive = this.ctx.now();
        const waiters = this.waiters;
        this.waiters = [];
        for (const w of waiters) w.run();
        this.c.wake();
      },
      onFail: retry,
    });
    this.ctx.schedule(this.ctx.now() + REQUEST_TIMEOUT_MS, () => {
      if (this.pending.delete(sent)) retry();
    });
    return false;
  }

  /** Forget the coordinator: its requests in flight fail, and the next need looks it up again. */
  markCoordinatorUnknown(): void {
    if (this.coordinator === null) return;
    this.coordinator = null;
    const failed = [...this.pending.values()];
    this.pending.clear();
    this.findInFlight = false;
    this.findTo = null;
    for (const p of failed) p.onFail('COORDINATOR_NOT_AVAILABLE');
    // The heartbeat thread looks it up again after retry.backoff.ms.
    this.ctx.schedule(this.ctx.now() + RETRY_BACKOFF_MS, () => this.ensureCoordinatorReady());
    this.c.wake();
  }

  private send(
    api: 'JoinGroup' | 'SyncGroup' | 'Heartbeat' | 'OffsetCommit' | 'OffsetFetch',
    payload: unknown,
    timeoutMs: number,
    onResponse: (msg: Message) => void,
    onFail: (error: ErrorCode) => void,
  ): void {
    if (this.coordinator === null) return onFail('COORDINATOR_NOT_AVAILABLE');
    const msg = this.ctx.network.send(
      this.c.nodeId,
      `broker:${this.coordinator}`,
      api,
      false,
      payload,
    );
    const sent = msg.correlationId;
    this.pending.set(sent, { onResponse, onFail });
    this.ctx.schedule(this.ctx.now() + timeoutMs, () => {
      if (this.pending.has(sent)) this.markCoordinatorUnknown(); // fails this one too
    });
  }

  onResponse(msg: Message): void {
    const p = this.pending.get(msg.correlationId);
    if (!p) return;
    this.pending.delete(msg.correlationId);
    p.onResponse(msg);
  }

  /** A broker's connection was reset. */
  onDisconnect(broker: number): void {
    if (broker === this.coordinator) this.markCoordinatorUnknown();
    else if (this.findTo?.broker === broker) {
      // The FindCoordinator sent there is lost: ask another broker.
      const p = this.pending.get(this.findTo.correlationId);
      this.pending.delete(this.findTo.correlationId);
      p?.onFail('NETWORK_EXCEPTION');
    }
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

function isCoordinatorError(e: ErrorCode): boolean {
  return (
    e === 'NOT_COORDINATOR' ||
    e === 'COORDINATOR_NOT_AVAILABLE' ||
    e === 'COORDINATOR_LOAD_IN_PROGRESS' ||
    e === 'NETWORK_EXCEPTION'
  );
}
