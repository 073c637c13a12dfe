// Kafka's LeaderState: the leader of an epoch. It tracks how far each voter has fetched (a fetch
// at offset n acknowledges every entry before n); the high watermark is the offset a majority of
// voters has reached, and it moves only once an entry of this epoch (the LeaderChange record at
// epochStartOffset) is among them — Raft's rule that a leader commits only its own epoch's entries.
export class LeaderState {
  readonly kind = 'leader';
  /** Each voter's log end offset as its fetches show (the leader's own is its log's end). */
  readonly voterEndOffsets = new Map<number, number>();
  /** When each voter last fetched in this epoch (check quorum). */
  readonly lastFetchAt = new Map<number, number>();
  /** Voters that have acknowledged this epoch (BeginQuorumEpoch answered, or fetched). */
  readonly acknowledged = new Set<number>();
  highWatermark: number;

  constructor(
    readonly epoch: number,
    readonly localId: number,
    readonly voters: readonly number[],
    readonly epochStartOffset: number,
    highWatermark: number,
    now: number,
  ) {
    this.highWatermark = highWatermark;
    for (const v of voters) {
      this.voterEndOffsets.set(v, v === localId ? epochStartOffset : -1);
      this.lastFetchAt.set(v, now);
    }
    this.acknowledged.add(localId);
  }

  /** The new high watermark after a voter's progress, or null when it does not move. */
  updateEndOffset(voter: number, endOffset: number): number | null {
    if (!this.voterEndOffsets.has(voter)) return null;
    this.voterEndOffsets.set(voter, endOffset);
    const sorted = [...this.voterEndOffsets.values()].sort((a, b) => b - a);
    const majorityOffset = sorted[Math.floor(this.voters.length / 2)]!;
    if (majorityOffset > this.epochStartOffset && majorityOffset > this.highWatermark) {
      this.highWatermark = majorityOffset;
      return majorityOffset;
    }
    return null;
  }

  /** Whether a majority (the leader included) fetched within the last `windowMs`. */
  heardFromMajority(now: number, windowMs: number): boolean {
    let n = 0;
    for (const [v, at] of this.lastFetchAt) if (v === this.localId || now - at < windowMs) n++;
    return n >= Math.floor(this.voters.length / 2) + 1;
  }
}
