// Kafka's QuorumState: a node's place in the quorum — its epoch and its state in that epoch
// (unattached, voted, candidate, follower, leader, resigned). The epoch only grows, and a voter
// casts at most one vote per epoch: its state in an epoch can only become a follower or leader of
// it, never vote again. A node restarts in its persisted epoch and vote (Kafka's quorum-state file).
import { CandidateState } from './CandidateState';
import { FollowerState } from './FollowerState';
import { LeaderState } from './LeaderState';
import { ResignedState } from './ResignedState';
import { UnattachedState } from './UnattachedState';
import { VotedState } from './VotedState';

export type EpochState =
  UnattachedState | VotedState | CandidateState | FollowerState | LeaderState | ResignedState;

/** The roles the snapshot shows (design.md): a vote cast or a resignation is still unattached. */
export type QuorumRole = 'leader' | 'follower' | 'candidate' | 'unattached';

export class QuorumState {
  state: EpochState = new UnattachedState(0);

  constructor(
    readonly localId: number,
    readonly voters: readonly number[],
  ) {}

  get isVoter(): boolean {
    return this.voters.includes(this.localId);
  }

  get epoch(): number {
    return this.state.epoch;
  }

  /** The leader this node knows for its epoch. */
  get leaderId(): number | null {
    const s = this.state;
    if (s instanceof LeaderState) return this.localId;
    if (s instanceof FollowerState) return s.leaderId;
    return null;
  }

  get role(): QuorumRole {
    const s = this.state;
    if (s instanceof LeaderState) return 'leader';
    if (s instanceof FollowerState) return 'follower';
    if (s instanceof CandidateState) return 'candidate';
    return 'unattached';
  }

  /** Whom this node voted for in its epoch (itself as candidate, leader or resigned leader). */
  get votedId(): number | null {
    const s = this.state;
    if (s instanceof VotedState) return s.votedId;
    if (s instanceof CandidateState || s instanceof LeaderState || s instanceof ResignedState)
      return this.localId;
    return null;
  }

  get isLeader(): boolean {
    return this.state instanceof LeaderState;
  }

  /** The state a restarted node comes back in: its persisted epoch and vote, no leader. */
  restarted(): void {
    const s = this.state;
    if (s instanceof LeaderState) this.state = new ResignedState(s.epoch, this.localId);
    else if (s instanceof CandidateState) this.state = new VotedState(s.epoch, this.localId);
    else if (s instanceof FollowerState) this.state = new UnattachedState(s.epoch);
  }

  /** An observer may drop a leader it can no longer reach; a voter only moves to a newer epoch. */
  transitionToUnattached(epoch: number): void {
    this.requireEpoch(epoch, !this.isVoter);
    this.state = new UnattachedState(epoch);
  }

  transitionToVoted(epoch: number, candidateId: number): void {
    this.requireEpoch(epoch, true);
    if (this.votedId !== null && this.state.epoch === epoch)
      throw new Error(`node ${this.localId} already voted in epoch ${epoch}`);
    this.state = new VotedState(epoch, candidateId);
  }

  transitionToFollower(epoch: number, leaderId: number): void {
    this.requireEpoch(epoch, true);
    if (this.state instanceof LeaderState && epoch === this.state.epoch)
      throw new Error(`leader ${this.localId} cannot follow in its own epoch ${epoch}`);
    this.state = new FollowerState(epoch, leaderId);
  }

  transitionToCandidate(retries: number): CandidateState {
    const s = new CandidateState(this.epoch + 1, this.localId, this.voters, retries);
    this.state = s;
    return s;
  }

  transitionToLeader(epochStartOffset: number, highWatermark: number, now: number): LeaderState {
    const c = this.state;
    if (!(c instanceof CandidateState) || !c.isVoteGranted())
      throw new Error(`node ${this.localId} became leader without a majority`);
    const s = new LeaderState(
      c.epoch,
      this.localId,
      this.voters,
      epochStartOffset,
      highWatermark,
      now,
    );
    this.state = s;
    return s;
  }

  transitionToResigned(): void {
    this.state = new ResignedState(this.epoch, this.localId);
  }

  private requireEpoch(epoch: number, sameAllowed: boolean): void {
    if (epoch < this.epoch || (!sameAllowed && epoch === this.epoch && this.epoch !== 0))
      throw new Error(`node ${this.localId}: epoch ${epoch} after ${this.epoch}`);
  }
}
