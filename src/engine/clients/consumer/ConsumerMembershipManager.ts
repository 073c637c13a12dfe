// The member side of the consumer group protocol (KIP-848, group.protocol=consumer): Kafka's
// ConsumerMembershipManager with its ConsumerHeartbeatRequestManager, in the AsyncKafkaConsumer's
// background thread. The member sends ConsumerGroupHeartbeat every heartbeat interval the broker
// gives it (at once while joining, acknowledging or leaving), with its epoch and what it owns. When
// an answer carries a new assignment it reconciles: commits what it consumed (auto-commit), stops
// consuming the partitions no longer in it and gives them up, takes the new ones, and acknowledges
// with the next heartbeat. Partitions it keeps are consumed throughout: there is no JoinGroup
// barrier and no pause for the whole group. With no ConsumerRebalanceListener (as here) none of
// this waits for the application thread.
//
// Like Kafka's HeartbeatState, a heartbeat carries the optional fields (rebalance timeout,
// subscription, server assignor, owned partitions) only when they changed since the last one
// sent; all of them when joining, and after any failed heartbeat (error, timeout, disconnect),
// since its answer — maybe carrying a new assignment — was never read. The coordinator answers a
// full request with the member's whole assignment.
import type { SimContext } from '../../sim/SimContext';
import type { Message } from '../../network/Network';
import type {
  ConsumerGroupHeartbeatRequest,
  ConsumerGroupHeartbeatResponse,
  ErrorCode,
} from '../../network/requests';
import { CommitRequestManager, type Offset } from './CommitRequestManager';
import {
  CoordinatorRequestManager,
  REQUEST_TIMEOUT_MS,
  consumerRetryBackoff,
  isCoordinatorError,
} from './CoordinatorRequestManager';
import { RequestState } from './RequestState';
import type { ConsumerHooks, GroupMembership } from './GroupMembership';
import { tpKey, type RebalanceProtocol, type TopicPartition } from './ConsumerPartitionAssignor';

/** org.apache.kafka.clients.consumer.internals.MemberState (the ones reached here). */
export type ConsumerMemberState =
  'UNSUBSCRIBED' | 'JOINING' | 'RECONCILING' | 'ACKNOWLEDGING' | 'STABLE' | 'STALE';

const JOIN_GROUP_MEMBER_EPOCH = 0;
const LEAVE_GROUP_MEMBER_EPOCH = -1;
/** A refusal Kafka's client treats as fatal (UNSUPPORTED_ASSIGNOR, a classic group): try again later. */
const FATAL_RETRY_MS = 1000;

/** ConsumerHeartbeatRequestManager.HeartbeatState.SentFields: what earlier heartbeats carried. */
interface SentFields {
  rebalanceTimeoutMs: number;
  subscribedTopicNames: string | null;
  serverAssignor: string | null;
  /** The local assignment (its local epoch and partitions) last reported. */
  localAssignment: string | null;
}

const noSentFields = (): SentFields => ({
  rebalanceTimeoutMs: -1,
  subscribedTopicNames: null,
  serverAssignor: null,
  localAssignment: null,
});

export class ConsumerMembershipManager implements GroupMembership {
  state: ConsumerMemberState = 'UNSUBSCRIBED';
  memberEpoch = JOIN_GROUP_MEMBER_EPOCH;
  /** KIP-848 reconciles incrementally: only what moves is revoked. */
  readonly rebalanceProtocol: RebalanceProtocol = 'COOPERATIVE';
  readonly groupProtocol = 'consumer';
  private requests: CoordinatorRequestManager;
  private commits: CommitRequestManager;
  private heartbeatIntervalMs = 0;
  private nextHeartbeatAt = 0;
  private heartbeatInFlight = false;
  /**
   * HeartbeatRequestState: after a failed heartbeat the next waits retry.backoff.ms, doubling per
   * failure up to retry.backoff.max.ms (a member whose coordinator died does not retry every
   * round trip); a joining or acknowledging member sends at once regardless.
   */
  private heartbeatState: RequestState;
  private timerAt: number | null = null;
  /** The latest assignment the coordinator sent, until reconciled. */
  private target: TopicPartition[] | null = null;
  private reconciling = false;
  private closed = false;
  /** Bumped when the member leaves or is fenced: work for the old membership is dropped. */
  private incarnation = 0;
  private sentFields: SentFields = noSentFields();
  /**
   * The local epoch of the current assignment (AbstractMembershipManager.LocalAssignment): a new
   * one with every reconciliation, -1 (NONE) outside the group. The owned partitions are
   * reported again whenever it moves.
   */
  private localEpoch = -1;
  private nextLocalEpoch = 0;

  constructor(
    private ctx: SimContext,
    private c: ConsumerHooks,
  ) {
    this.requests = new CoordinatorRequestManager(ctx, c, () => this.maybeHeartbeat(), 'consumer');
    this.heartbeatState = new RequestState(ctx.random, () => consumerRetryBackoff(c.config()));
    this.commits = new CommitRequestManager(ctx, this.requests, c, {
      commitEpoch: () => (this.inGroup() ? this.memberEpoch : 'UNKNOWN_MEMBER_ID'),
      // The epoch moved under the commit: commitSync retries with the new one.
      onMemberError: (error) => (error === 'STALE_MEMBER_EPOCH' ? 'retry' : 'fail'),
      closed: () => this.closed,
    });
  }

  get generation(): number {
    return this.inGroup() ? this.memberEpoch : -1;
  }

  get coordinator(): number | null {
    return this.requests.coordinator;
  }

  private inGroup(): boolean {
    return (
      this.memberEpoch > 0 &&
      (this.state === 'RECONCILING' || this.state === 'ACKNOWLEDGING' || this.state === 'STABLE')
    );
  }

  isStable(): boolean {
    return this.inGroup();
  }

  stop(): void {
    this.closed = true;
    this.requests.stop();
  }

  /** The application's poll(): join on the first one, and again after a poll timeout. */
  poll(): void {
    if (this.closed) return;
    if (this.state === 'UNSUBSCRIBED' || this.state === 'STALE') this.transitionToJoining();
    this.maybeHeartbeat();
  }

  private transitionToJoining(): void {
    this.state = 'JOINING';
    this.memberEpoch = JOIN_GROUP_MEMBER_EPOCH;
    this.target = null;
    this.localEpoch = -1;
    this.maybeHeartbeat();
  }

  // ---- heartbeats ----

  /** Send a heartbeat if one is due (at once while joining, acknowledging or leaving). */
  private maybeHeartbeat(): void {
    if (this.closed || this.heartbeatInFlight) return;
    if (this.state === 'UNSUBSCRIBED' || this.state === 'STALE') return;
    if (!this.requests.ensureCoordinatorReady()) return; // onFound calls back
    const now = this.ctx.now();
    const urgent = this.state === 'JOINING' || this.state === 'ACKNOWLEDGING';
    if (urgent || now >= this.nextHeartbeatAt) this.sendHeartbeat();
    else this.armTimer(this.nextHeartbeatAt);
  }

  private armTimer(at: number): void {
    if (this.timerAt !== null && this.timerAt <= at) return;
    this.timerAt = at;
    this.ctx.schedule(at, () => {
      if (this.timerAt !== at) return;
      this.timerAt = null;
      this.maybeHeartbeat();
    });
  }

  /** HeartbeatState.buildRequestData: what changed since the last heartbeat, or all when joining. */
  private request(memberEpoch: number): ConsumerGroupHeartbeatRequest {
    const cfg = this.c.config();
    const sent = this.sentFields;
    const all = this.state === 'JOINING';
    const req: ConsumerGroupHeartbeatRequest = {
      groupId: this.c.groupId,
      memberId: this.c.memberId,
      memberEpoch,
      rebalanceTimeoutMs: -1,
      subscribedTopicNames: null,
      serverAssignor: null,
      topicPartitions: null,
    };
    if (all || sent.rebalanceTimeoutMs !== cfg.maxPollIntervalMs) {
      req.rebalanceTimeoutMs = cfg.maxPollIntervalMs;
      sent.rebalanceTimeoutMs = cfg.maxPollIntervalMs;
    }
    const topics = [...this.c.topics].sort().join(',');
    if (all || sent.subscribedTopicNames !== topics) {
      req.subscribedTopicNames = [...this.c.topics];
      sent.subscribedTopicNames = topics;
    }
    const assignor = cfg.groupRemoteAssignor ?? null;
    if (assignor !== null && (all || sent.serverAssignor !== assignor)) {
      req.serverAssignor = assignor;
      sent.serverAssignor = assignor;
    }
    const owned = this.c.owned();
    const local = `${this.localEpoch}:${owned.map(tpKey).sort().join(',')}`;
    if (all || sent.localAssignment !== local) {
      req.topicPartitions = owned.map((tp) => ({ ...tp }));
      sent.localAssignment = local;
    }
    return req;
  }

  /** HeartbeatState.reset(): the next heartbeat is a full one. */
  private resetHeartbeatState(): void {
    this.sentFields = noSentFields();
  }

  private sendHeartbeat(): void {
    const epoch = this.state === 'JOINING' ? JOIN_GROUP_MEMBER_EPOCH : this.memberEpoch;
    const req = this.request(epoch);
    this.heartbeatInFlight = true;
    const incarnation = this.incarnation;
    // onHeartbeatRequestGenerated: the acknowledgement is on its way.
    if (this.state === 'ACKNOWLEDGING') this.state = this.reconciled() ? 'STABLE' : 'RECONCILING';
    this.requests.send(
      'ConsumerGroupHeartbeat',
      req,
      REQUEST_TIMEOUT_MS,
      (msg) => {
        this.heartbeatInFlight = false;
        if (incarnation !== this.incarnation || this.closed) return;
        this.onHeartbeatResponse(msg.payload);
      },
      () => {
        this.heartbeatInFlight = false;
        // No answer read (timeout, disconnect, coordinator lost): it may have carried a new
        // assignment, so send everything again (AbstractHeartbeatRequestManager.onFailure).
        this.resetHeartbeatState();
        if (incarnation !== this.incarnation) return;
        this.retryAfterBackoff();
      },
    );
  }

  /** A failed heartbeat: the next one after the (growing) retry backoff. */
  private retryAfterBackoff(): void {
    const now = this.ctx.now();
    this.heartbeatState.onFailedAttempt(now);
    this.retryAt(Math.max(now, this.heartbeatState.nextSendAt(now)));
  }

  private retryAt(at: number): void {
    this.nextHeartbeatAt = at;
    this.armTimer(at);
  }

  private onHeartbeatResponse(res: ConsumerGroupHeartbeatResponse): void {
    const now = this.ctx.now();
    if (res.error !== 'NONE') return this.onHeartbeatError(res.error);
    this.heartbeatState.onSuccessfulAttempt(now);
    this.memberEpoch = res.memberEpoch;
    this.heartbeatIntervalMs = res.heartbeatIntervalMs;
    this.nextHeartbeatAt = now + this.heartbeatIntervalMs;
    if (res.assignment !== null) {
      this.target = res.assignment.map((tp) => ({ ...tp }));
      if (!this.reconciled()) this.state = 'RECONCILING';
      else if (this.state === 'JOINING' || this.state === 'RECONCILING') this.state = 'STABLE';
    }
    this.maybeReconcile();
    this.maybeHeartbeat();
  }

  private onHeartbeatError(error: ErrorCode): void {
    this.resetHeartbeatState(); // onErrorResponse
    if (error === 'FENCED_MEMBER_EPOCH' || error === 'UNKNOWN_MEMBER_ID') {
      // transitionToFenced: the partitions may be someone else's already; drop them uncommitted.
      this.ctx.trace({
        type: 'member.fenced',
        group: this.c.groupId,
        member: this.c.memberId,
        error,
      });
      this.heartbeatState.reset(); // rejoin at once
      this.releaseAll('lost');
      this.transitionToJoining();
    } else if (error === 'COORDINATOR_LOAD_IN_PROGRESS') {
      this.retryAfterBackoff(); // the same coordinator, once it has loaded the group
    } else if (isCoordinatorError(error)) {
      // Heartbeat again as soon as the coordinator is found again, without the backoff.
      this.requests.markCoordinatorUnknown();
      this.heartbeatState.reset();
      this.retryAt(this.ctx.now());
    } else {
      // UNSUPPORTED_ASSIGNOR, GROUP_ID_NOT_FOUND (a classic group holds the id): fatal in Kafka.
      this.ctx.trace({
        type: 'member.fenced',
        group: this.c.groupId,
        member: this.c.memberId,
        error,
      });
      this.releaseAll('lost');
      this.state = 'JOINING';
      this.memberEpoch = JOIN_GROUP_MEMBER_EPOCH;
      this.retryAt(this.ctx.now() + FATAL_RETRY_MS);
    }
  }

  private reconciled(): boolean {
    if (this.target === null) return true;
    const owned = new Set(this.c.owned().map(tpKey));
    return this.target.length === owned.size && this.target.every((tp) => owned.has(tpKey(tp)));
  }

  // ---- reconciliation ----

  /** Move the owned partitions to the target: commit, revoke what goes, assign what comes, ack. */
  private maybeReconcile(): void {
    if (this.reconciling || this.state !== 'RECONCILING' || this.target === null) return;
    const target = this.target;
    const wanted = new Set(target.map(tpKey));
    const revoked = this.c.owned().filter((tp) => !wanted.has(tpKey(tp)));
    this.reconciling = true;
    const incarnation = this.incarnation;
    // Stop fetching and returning what goes, so the commit below covers all of it.
    if (revoked.length > 0) this.c.markPendingRevocation(revoked);
    const revokeAndAssign = () => {
      this.reconciling = false;
      if (incarnation !== this.incarnation || this.closed) return;
      if (revoked.length > 0) this.c.revoke(revoked, 'reassigned');
      this.c.assign(this.memberEpoch, target);
      this.localEpoch = this.nextLocalEpoch++;
      this.state = 'ACKNOWLEDGING';
      this.maybeHeartbeat();
    };
    // maybeAutoCommitSyncBeforeRebalance; a failed commit does not stop the reconciliation.
    if (this.c.config().enableAutoCommit) this.commit(this.c.consumed(), 'sync', revokeAndAssign);
    else revokeAndAssign();
  }

  private releaseAll(reason: 'lost' | 'close'): void {
    this.incarnation++;
    this.reconciling = false;
    this.target = null;
    this.localEpoch = -1;
    const owned = this.c.owned();
    if (owned.length > 0) this.c.revoke(owned, reason);
  }

  // ---- leaving ----

  sendLeaveGroup(reason: 'leave' | 'max.poll.interval'): boolean {
    if (this.state === 'UNSUBSCRIBED' || this.state === 'STALE') return false;
    const req = this.request(LEAVE_GROUP_MEMBER_EPOCH);
    const sent = this.requests.sendOneWay('ConsumerGroupHeartbeat', req);
    this.resetHeartbeatState();
    this.incarnation++;
    this.memberEpoch = JOIN_GROUP_MEMBER_EPOCH;
    this.target = null;
    this.state = reason === 'max.poll.interval' ? 'STALE' : 'UNSUBSCRIBED';
    return sent;
  }

  /** Poll timer expired: leave (partitions lost, not committed) and rejoin at the next poll(). */
  onPollTimeout(): void {
    if (this.closed || this.state === 'UNSUBSCRIBED' || this.state === 'STALE') return;
    this.releaseAll('lost');
    this.sendLeaveGroup('max.poll.interval');
  }

  restart(): void {
    if (this.closed) return;
    this.sendLeaveGroup('leave');
    this.transitionToJoining();
  }

  // ---- offsets and the coordinator ----

  commit(offsets: Offset[], mode: 'sync' | 'async', done: (error: ErrorCode) => void): void {
    this.commits.commit(offsets, mode, done);
  }

  fetchCommitted(partitions: TopicPartition[], done: (offsets: Offset[] | null) => void): void {
    this.commits.fetchCommitted(partitions, done);
  }

  onResponse(msg: Message): void {
    this.requests.onResponse(msg);
  }

  onDisconnect(broker: number): void {
    this.requests.onDisconnect(broker);
  }

  /** The coordinator notices partition changes itself (on the next heartbeat). */
  onMetadataUpdate(): void {}
}
