// Kafka's CandidateState: a voter asking the others for their vote in a new epoch (it votes for
// itself). A majority of granted votes makes it leader; a majority of rejections, or the election
// timeout, sends it back off before it tries again with the next epoch.
export class CandidateState {
  readonly kind = 'candidate';
  readonly granted = new Set<number>();
  readonly rejected = new Set<number>();

  constructor(
    readonly epoch: number,
    readonly localId: number,
    readonly voters: readonly number[],
    /** Elections this node has lost in a row: the backoff grows with them. */
    readonly retries: number,
  ) {
    this.granted.add(localId);
  }

  private get majority(): number {
    return Math.floor(this.voters.length / 2) + 1;
  }

  isVoteGranted(): boolean {
    return this.granted.size >= this.majority;
  }

  isVoteRejected(): boolean {
    return this.rejected.size >= this.majority;
  }

  /** Voters that have not answered yet. */
  unrecorded(): number[] {
    return this.voters.filter((v) => !this.granted.has(v) && !this.rejected.has(v));
  }
}
