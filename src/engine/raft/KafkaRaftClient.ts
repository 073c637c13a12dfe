// Kafka's KafkaRaftClient (KIP-595): one node's side of the KRaft quorum that replicates
// __cluster_metadata. A voter (a controller) runs elections — randomized election timeouts, Vote
// with its log's last epoch and offset, BeginQuorumEpoch from the winner — and follows the leader
// by fetching (pull, long-poll); the leader's high watermark is the offset a majority of voters
// has fetched. A broker runs the same client as an observer: it fetches the log from the leader
// it learns of, never votes, and counts for no majority. Entries below the high watermark are
// handed to the listener, in order, exactly once per run of the process.
import type { SimContext } from '../sim/SimContext';
import type { ControllerRequestMessage, ControllerResponseMessage } from '../network/Network';
import type {
  LeaderAndEpoch,
  MetadataFetchResponse,
  RaftError,
  VoteResponse,
} from '../network/controllerRequests';
import type { MetadataLogEntry, MetadataRecord } from '../controller/MetadataRecord';
import type { RaftTransitionReason, VoteReason } from '../trace/reasons';
import { ReplicatedLog } from './ReplicatedLog';
import { QuorumState } from './QuorumState';
import { CandidateState } from './CandidateState';
import { FollowerState } from './FollowerState';
import { LeaderState } from './LeaderState';
import { VotedState } from './VotedState';

export const METADATA_TOPIC = '__cluster_metadata';
/** KafkaRaftClient's MAX_FETCH_WAIT_MS: how long the leader parks a fetch with nothing new. */
export const FETCH_MAX_WAIT_MS = 500;
/** KafkaRaftClient's RETRY_BACKOFF_BASE_MS: the unit of the election backoff. */
const ELECTION_BACKOFF_BASE_MS = 100;

export interface RaftListener {
  /** Committed entries, in offset order, each once. */
  handleCommit(entries: readonly MetadataLogEntry[]): void;
  /** The known leader changed; for the leader itself only once its epoch's start is committed. */
  handleLeaderChange(leader: LeaderAndEpoch): void;
  /** An observer's fetch was answered by its leader: its image is current. */
  handleFetched?(): void;
}

interface ParkedFetch {
  msg: ControllerRequestMessage<'Fetch'>;
  fetchOffset: number;
}

export function controllerNodeId(id: number): string {
  return `controller:${id}`;
}

export class KafkaRaftClient {
  readonly log = new ReplicatedLog();
  readonly quorum: QuorumState;
  highWatermark = 0;
  /** Entries handed to the listener so far (below the high watermark). */
  private delivered = 0;
  private running = false;
  /** Bumped at each state change and stop: a timer of an older state does nothing. */
  private generation = 0;
  private fetchInFlight: number | null = null;
  private parked: ParkedFetch[] = [];
  /** When this node last fetched from its leader successfully. */
  private lastFetchOkAt = 0;
  /** The leader an observer lost (its process died): a voter's stale hint naming it is ignored. */
  private lostLeader: LeaderAndEpoch | null = null;
  /** Whom an observer that knows no leader asks next (it tries the voters in turn). */
  private bootstrapIndex = 0;

  constructor(
    private ctx: SimContext,
    readonly localId: number,
    readonly nodeId: string,
    voters: readonly number[],
    private listener: RaftListener,
  ) {
    this.quorum = new QuorumState(localId, voters);
  }

  get isVoter(): boolean {
    return this.quorum.isVoter;
  }

  get isRunning(): boolean {
    return this.running;
  }

  private get cfg() {
    return this.ctx.brokerConfig;
  }

  /**
   * The quorum as formed at bootstrap: `leader` leads `epoch`, and the log holds `entries`, all
   * committed. Used once, before the first start.
   */
  bootstrap(entries: readonly MetadataLogEntry[], epoch: number, leader: number): void {
    this.log.appendFetched(entries);
    this.highWatermark = this.log.endOffset;
    this.delivered = this.highWatermark;
    if (leader === this.localId) {
      const c = this.quorum.transitionToCandidate(0);
      for (const v of this.quorum.voters) c.granted.add(v);
      const s = this.quorum.transitionToLeader(this.log.endOffset - 1, this.highWatermark, 0);
      for (const v of this.quorum.voters) s.voterEndOffsets.set(v, this.log.endOffset);
    } else this.quorum.transitionToFollower(epoch, leader);
  }

  start(): void {
    this.running = true;
    this.fetchInFlight = null;
    this.enterState();
  }

  /** The process stops (crash or shutdown); its log and its epoch and vote survive on disk. */
  stop(): void {
    this.running = false;
    this.generation++;
    this.fetchInFlight = null;
    this.parked = [];
    // What the listener has applied survives (Kafka's loader restarts from its snapshot).
  }

  /** A stopped voter starts again in its persisted epoch, with no leader. */
  restart(): void {
    if (this.isVoter) {
      this.quorum.restarted();
      this.traceState('restarted');
    } else if (this.quorum.leaderId !== null) this.quorum.transitionToUnattached(this.quorum.epoch);
    this.start();
  }

  /** The leader appends a record in its epoch; null when this node is not the leader. */
  append(record: MetadataRecord): number | null {
    const s = this.quorum.state;
    if (!this.running || !(s instanceof LeaderState)) return null;
    const offset = this.log.append(record, s.epoch);
    this.leaderProgress(s, this.localId, this.log.endOffset);
    this.completeParked();
    return offset;
  }

  // ---- state changes ----

  /** Starts what the current state does: its timers, and fetching if it follows a leader. */
  private enterState(): void {
    const gen = ++this.generation;
    const s = this.quorum.state;
    if (s instanceof LeaderState) {
      this.checkQuorumLater(gen);
      this.sendBeginQuorumEpoch(gen);
      if (this.highWatermark > s.epochStartOffset)
        this.listener.handleLeaderChange({ leaderId: this.localId, epoch: s.epoch });
    } else if (s instanceof CandidateState) {
      this.sendVotes(s);
      this.after(this.randomElectionTimeoutMs(), gen, () => this.backOff(s));
    } else if (s instanceof FollowerState) {
      this.lastFetchOkAt = this.ctx.now();
      this.fetchTimer(gen);
      this.fetch();
    } else if (this.isVoter) {
      this.after(this.randomElectionTimeoutMs(), gen, () =>
        this.becomeCandidate('election timeout'),
      );
    } else this.fetch();
    if (!(s instanceof LeaderState))
      this.listener.handleLeaderChange({ leaderId: this.quorum.leaderId, epoch: s.epoch });
  }

  private after(ms: number, gen: number, fire: () => void): void {
    this.ctx.schedule(this.ctx.now() + ms, () => {
      if (this.running && gen === this.generation) fire();
    });
  }

  /** Kafka's randomized election timeout: the configured timeout plus up to as much again. */
  private randomElectionTimeoutMs(): number {
    const t = this.cfg.controllerQuorumElectionTimeoutMs;
    return t + this.ctx.random.nextInt(t);
  }

  private becomeCandidate(reason: RaftTransitionReason, retries = 0): void {
    const s = this.quorum.transitionToCandidate(retries);
    this.failParked();
    this.traceState(reason);
    if (s.isVoteGranted()) this.becomeLeader();
    else this.enterState();
  }

  /** A lost or undecided election: wait a random, growing backoff, then try the next epoch. */
  private backOff(s: CandidateState): void {
    const retries = s.retries + 1;
    const bound = 2 << Math.min(20, retries - 1);
    const ms = Math.min(
      ELECTION_BACKOFF_BASE_MS * this.ctx.random.nextInt(bound),
      this.cfg.controllerQuorumElectionBackoffMaxMs,
    );
    const gen = ++this.generation;
    this.after(ms, gen, () => this.becomeCandidate('election timeout', retries));
  }

  private becomeLeader(): void {
    // The LeaderChange record starts the epoch; committing it commits everything before it.
    const s = this.quorum.transitionToLeader(
      this.log.endOffset,
      this.highWatermark,
      this.ctx.now(),
    );
    this.traceState('won the vote');
    this.log.append({ type: 'LeaderChange', leader: this.localId, voters: [...s.voters] }, s.epoch);
    this.enterState();
    this.leaderProgress(s, this.localId, this.log.endOffset);
  }

  /** A newer epoch seen in a request or response: follow its leader if named, else unattached. */
  private onNewerEpoch(epoch: number, leaderId: number | null, reason: RaftTransitionReason): void {
    this.failParked();
    if (leaderId !== null && leaderId !== this.localId)
      this.quorum.transitionToFollower(epoch, leaderId);
    else this.quorum.transitionToUnattached(epoch);
    this.traceState(reason);
    this.enterState();
  }

  /**
   * What a response or request says of the leader: a newer epoch, or a leader of this epoch this
   * node did not know. True when this node's state changed.
   */
  private learnLeader(l: LeaderAndEpoch, reason: RaftTransitionReason): boolean {
    if (l.epoch > this.quorum.epoch) {
      this.onNewerEpoch(l.epoch, l.leaderId, reason);
      return true;
    }
    const s = this.quorum.state;
    const lost = this.lostLeader;
    if (lost && lost.epoch === l.epoch && lost.leaderId === l.leaderId) return false;
    if (
      l.epoch === this.quorum.epoch &&
      l.leaderId !== null &&
      l.leaderId !== this.localId &&
      !(s instanceof FollowerState) &&
      !(s instanceof LeaderState)
    ) {
      this.failParked();
      this.quorum.transitionToFollower(l.epoch, l.leaderId);
      this.traceState(reason);
      this.enterState();
      return true;
    }
    return false;
  }

  private traceState(reason: RaftTransitionReason): void {
    if (!this.isVoter) return;
    const s = this.quorum.state;
    this.ctx.trace({
      type: 'raft.state',
      node: this.localId,
      state: s.kind,
      epoch: s.epoch,
      leader: this.quorum.leaderId,
      reason,
    });
  }

  // ---- the leader ----

  /** Check quorum: a leader that heard from no majority for 1.5 fetch timeouts resigns. */
  private checkQuorumLater(gen: number): void {
    const window = Math.floor(this.cfg.controllerQuorumFetchTimeoutMs * 1.5);
    this.after(window, gen, () => {
      const s = this.quorum.state;
      if (!(s instanceof LeaderState)) return;
      if (s.heardFromMajority(this.ctx.now(), window)) return this.checkQuorumLater(gen);
      this.failParked();
      this.quorum.transitionToResigned();
      this.traceState('check quorum');
      this.listener.handleLeaderChange({ leaderId: null, epoch: s.epoch });
      this.enterState();
    });
  }

  /** BeginQuorumEpoch to the voters that have not acknowledged the epoch, again every half fetch timeout. */
  private sendBeginQuorumEpoch(gen: number): void {
    const s = this.quorum.state;
    if (!(s instanceof LeaderState)) return;
    for (const v of s.voters)
      if (!s.acknowledged.has(v))
        this.ctx.network.sendToController(this.nodeId, controllerNodeId(v), 'BeginQuorumEpoch', {
          leaderId: this.localId,
          leaderEpoch: s.epoch,
        });
    if (s.acknowledged.size < s.voters.length)
      this.after(Math.floor(this.cfg.controllerQuorumFetchTimeoutMs / 2), gen, () =>
        this.sendBeginQuorumEpoch(gen),
      );
  }

  /** A voter's progress: the high watermark may move, committing entries. */
  private leaderProgress(s: LeaderState, voter: number, endOffset: number): boolean {
    const hw = s.updateEndOffset(voter, endOffset);
    if (hw === null) return false;
    const first = this.highWatermark <= s.epochStartOffset;
    this.setHighWatermark(hw);
    this.ctx.traceLazy('raft.hw', () => ({
      type: 'raft.hw',
      node: this.localId,
      epoch: s.epoch,
      highWatermark: hw,
    }));
    // The epoch's LeaderChange record is committed: this node now leads with every committed record.
    if (first) this.listener.handleLeaderChange({ leaderId: this.localId, epoch: s.epoch });
    this.completeParked();
    return true;
  }

  private setHighWatermark(hw: number): void {
    const to = Math.min(hw, this.log.endOffset);
    if (to <= this.highWatermark) return;
    this.highWatermark = to;
    if (this.delivered < to) {
      const entries = this.log.entries.slice(this.delivered, to);
      this.delivered = to;
      this.listener.handleCommit(entries);
    }
  }

  // ---- requests this node answers ----

  onVote(msg: ControllerRequestMessage<'Vote'>): void {
    const req = msg.payload;
    if (req.candidateEpoch > this.quorum.epoch)
      this.onNewerEpoch(req.candidateEpoch, null, 'higher epoch');
    const s = this.quorum.state;
    let reason: VoteReason = 'granted';
    if (req.candidateEpoch < this.quorum.epoch) reason = 'stale epoch';
    else if (this.quorum.leaderId !== null) reason = 'leader known';
    else if (s instanceof VotedState)
      reason = s.votedId === req.candidateId ? 'granted' : 'already voted';
    else if (this.quorum.votedId !== null) reason = 'already voted';
    else {
      const myEpoch = this.log.lastEpoch;
      const upToDate =
        req.lastOffsetEpoch > myEpoch ||
        (req.lastOffsetEpoch === myEpoch && req.lastOffset >= this.log.endOffset);
      if (!upToDate) reason = 'log behind';
    }
    const granted = reason === 'granted';
    if (granted && !(s instanceof VotedState)) {
      this.quorum.transitionToVoted(req.candidateEpoch, req.candidateId);
      this.traceState('vote cast');
      this.enterState();
    }
    this.ctx.trace({
      type: 'raft.vote',
      voter: this.localId,
      candidate: req.candidateId,
      epoch: req.candidateEpoch,
      granted,
      reason,
    });
    const res: VoteResponse = {
      error: reason === 'stale epoch' ? 'FENCED_LEADER_EPOCH' : 'NONE',
      voterId: this.localId,
      voteGranted: granted,
      currentLeader: this.leaderAndEpoch(),
    };
    this.ctx.network.respondFromController(this.nodeId, msg, res);
  }

  onBeginQuorumEpoch(msg: ControllerRequestMessage<'BeginQuorumEpoch'>): void {
    const req = msg.payload;
    let error: RaftError = 'NONE';
    if (req.leaderEpoch < this.quorum.epoch) error = 'FENCED_LEADER_EPOCH';
    else this.learnLeader({ leaderId: req.leaderId, epoch: req.leaderEpoch }, 'leader announced');
    this.ctx.network.respondFromController(this.nodeId, msg, {
      error,
      voterId: this.localId,
      currentLeader: this.leaderAndEpoch(),
    });
  }

  onFetch(msg: ControllerRequestMessage<'Fetch'>): void {
    const req = msg.payload;
    const s = this.quorum.state;
    const refuse = (error: RaftError) => this.respondFetch(msg, this.fetchError(error));
    if (req.currentLeaderEpoch < this.quorum.epoch) return refuse('FENCED_LEADER_EPOCH');
    if (req.currentLeaderEpoch > this.quorum.epoch) return refuse('UNKNOWN_LEADER_EPOCH');
    if (!(s instanceof LeaderState)) return refuse('NOT_LEADER_OR_FOLLOWER');
    if (req.fetchOffset > 0) {
      const end = this.log.endOffsetForEpoch(req.lastFetchedEpoch);
      if (end.epoch !== req.lastFetchedEpoch || end.endOffset < req.fetchOffset)
        return this.respondFetch(msg, { ...this.fetchError('NONE'), divergingEpoch: end });
    }
    let moved = false;
    if (s.voterEndOffsets.has(req.replicaId)) {
      s.lastFetchAt.set(req.replicaId, this.ctx.now());
      s.acknowledged.add(req.replicaId);
      moved = this.leaderProgress(s, req.replicaId, req.fetchOffset);
    }
    const behind = req.highWatermark < this.highWatermark;
    if (req.fetchOffset < this.log.endOffset || req.maxWaitMs <= 0 || moved || behind)
      return this.respondFetch(msg, this.readFrom(req.fetchOffset));
    // Long poll: answered when the log grows or the high watermark moves, or after maxWaitMs.
    const parked: ParkedFetch = { msg, fetchOffset: req.fetchOffset };
    this.parked.push(parked);
    const gen = this.generation;
    this.after(req.maxWaitMs, gen, () => {
      if (!this.parked.includes(parked)) return;
      this.parked = this.parked.filter((p) => p !== parked);
      this.respondFetch(msg, this.readFrom(parked.fetchOffset));
    });
  }

  private leaderAndEpoch(): LeaderAndEpoch {
    return { leaderId: this.quorum.leaderId, epoch: this.quorum.epoch };
  }

  private fetchError(error: RaftError): MetadataFetchResponse {
    return {
      error,
      currentLeader: this.leaderAndEpoch(),
      highWatermark: this.highWatermark,
      entries: [],
    };
  }

  private readFrom(offset: number): MetadataFetchResponse {
    return { ...this.fetchError('NONE'), entries: this.log.read(offset) };
  }

  private respondFetch(msg: ControllerRequestMessage<'Fetch'>, res: MetadataFetchResponse): void {
    if (!this.running) return;
    this.ctx.network.respondFromController(this.nodeId, msg, res, { topic: METADATA_TOPIC });
  }

  /** New entries or a new high watermark: answer the parked fetches. */
  private completeParked(): void {
    if (this.parked.length === 0) return;
    const ready = this.parked;
    this.parked = [];
    for (const p of ready) this.respondFetch(p.msg, this.readFrom(p.fetchOffset));
  }

  /** Leadership lost: the parked fetches learn it now rather than at their timeout. */
  private failParked(): void {
    const parked = this.parked;
    this.parked = [];
    for (const p of parked) this.respondFetch(p.msg, this.fetchError('NOT_LEADER_OR_FOLLOWER'));
  }

  // ---- requests this node sends ----

  private sendVotes(s: CandidateState): void {
    for (const v of s.unrecorded())
      this.ctx.network.sendToController(this.nodeId, controllerNodeId(v), 'Vote', {
        candidateId: this.localId,
        candidateEpoch: s.epoch,
        lastOffsetEpoch: this.log.lastEpoch,
        lastOffset: this.log.endOffset,
      });
  }

  onVoteResponse(msg: ControllerResponseMessage<'Vote'>): void {
    const r = msg.payload;
    if (this.learnLeader(r.currentLeader, 'higher epoch')) return;
    const s = this.quorum.state;
    if (!(s instanceof CandidateState) || r.currentLeader.epoch !== s.epoch) return;
    if (r.voteGranted) s.granted.add(r.voterId);
    else s.rejected.add(r.voterId);
    if (s.isVoteGranted()) this.becomeLeader();
    else if (s.isVoteRejected()) this.backOff(s);
  }

  onBeginQuorumEpochResponse(msg: ControllerResponseMessage<'BeginQuorumEpoch'>): void {
    const r = msg.payload;
    if (this.learnLeader(r.currentLeader, 'higher epoch')) return;
    const s = this.quorum.state;
    if (s instanceof LeaderState && r.error === 'NONE' && r.currentLeader.epoch === s.epoch)
      s.acknowledged.add(r.voterId);
  }

  /** The leader to fetch from: the known one, or (an observer without one) the next voter. */
  private fetchTarget(): number | null {
    const leader = this.quorum.leaderId;
    if (leader !== null) return leader;
    if (this.isVoter) return null;
    const voters = this.quorum.voters;
    return voters[this.bootstrapIndex++ % voters.length]!;
  }

  private fetch(): void {
    if (!this.running || this.fetchInFlight !== null) return;
    const target = this.fetchTarget();
    if (target === null || target === this.localId) return;
    const msg = this.ctx.network.sendToController(
      this.nodeId,
      controllerNodeId(target),
      'Fetch',
      {
        replicaId: this.localId,
        currentLeaderEpoch: this.quorum.epoch,
        fetchOffset: this.log.endOffset,
        lastFetchedEpoch: this.log.lastEpoch,
        maxWaitMs: FETCH_MAX_WAIT_MS,
        highWatermark: this.highWatermark,
      },
      { topic: METADATA_TOPIC },
    );
    const sent = msg.correlationId;
    this.fetchInFlight = sent;
    // Unanswered (the leader unreachable): give up on it and fetch again.
    this.ctx.schedule(
      this.ctx.now() + FETCH_MAX_WAIT_MS + this.cfg.controllerQuorumRequestTimeoutMs,
      () => {
        if (this.running && this.fetchInFlight === sent) {
          this.fetchInFlight = null;
          this.fetch();
        }
      },
    );
  }

  /**
   * A follower (or observer) that has not fetched successfully for the fetch timeout. One timer
   * per check, not per fetch: it looks again at the last success when it fires.
   */
  private fetchTimer(gen: number): void {
    const timeout = this.cfg.controllerQuorumFetchTimeoutMs;
    this.after(Math.max(1, this.lastFetchOkAt + timeout - this.ctx.now()), gen, () => {
      if (this.ctx.now() - this.lastFetchOkAt < timeout) return this.fetchTimer(gen);
      if (this.isVoter) this.becomeCandidate('fetch timeout');
      else {
        this.quorum.transitionToUnattached(this.quorum.epoch);
        this.enterState();
      }
    });
  }

  onFetchResponse(msg: ControllerResponseMessage<'Fetch'>): void {
    if (msg.correlationId !== this.fetchInFlight) return;
    this.fetchInFlight = null;
    const r = msg.payload;
    if (this.learnLeader(r.currentLeader, 'higher epoch')) return;
    const s = this.quorum.state;
    const from = Number(msg.from.slice('controller:'.length));
    if (r.error !== 'NONE' || !(s instanceof FollowerState) || s.leaderId !== from) {
      this.retryFetchLater();
      return;
    }
    // A successful fetch from the leader: the fetch timeout starts again.
    this.lastFetchOkAt = this.ctx.now();
    if (r.divergingEpoch) {
      const mine = this.log.endOffsetForEpoch(r.divergingEpoch.epoch);
      const to = Math.max(this.highWatermark, Math.min(r.divergingEpoch.endOffset, mine.endOffset));
      const from = this.log.endOffset;
      this.log.truncateTo(to);
      if (this.isVoter) this.ctx.trace({ type: 'raft.truncate', node: this.localId, from, to });
    } else {
      this.log.appendFetched(r.entries);
      this.setHighWatermark(r.highWatermark);
      this.listener.handleFetched?.();
    }
    this.fetch();
  }

  private retryFetchLater(): void {
    const gen = this.generation;
    this.after(this.cfg.controllerQuorumRetryBackoffMs, gen, () => this.fetch());
  }

  /** The connection to a controller was reset (it died): fetch again, elsewhere if need be. */
  onDisconnect(peer: string): void {
    if (!this.running || !peer.startsWith('controller:')) return;
    if (this.fetchInFlight === null) return;
    if (Number(peer.slice('controller:'.length)) !== this.quorum.leaderId && this.isVoter) return;
    this.fetchInFlight = null;
    if (!this.isVoter && this.quorum.leaderId !== null) {
      // An observer asks the other voters who leads now.
      this.lostLeader = { leaderId: this.quorum.leaderId, epoch: this.quorum.epoch };
      this.quorum.transitionToUnattached(this.quorum.epoch);
      this.enterState();
      return;
    }
    // A dead leader may come back; the fetch timeout, not a busy retry, ends the wait.
    const gen = this.generation;
    this.after(FETCH_MAX_WAIT_MS, gen, () => this.fetch());
  }
}
