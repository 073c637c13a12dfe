// Kafka's LeaderEpochFileCache (the leader-epoch-checkpoint file): for each leader epoch, the
// first offset written in it. A follower that returns asks the leader where its last epoch
// ended and truncates there — how a write that only an old leader had disappears.

export interface EpochEntry {
  epoch: number;
  startOffset: number;
}

export class LeaderEpochFileCache {
  readonly entries: EpochEntry[] = [];

  latestEpoch(): number {
    return this.entries[this.entries.length - 1]?.epoch ?? -1;
  }

  /** Record that `epoch` starts at `startOffset` (ignored if not newer). */
  assign(epoch: number, startOffset: number): void {
    const last = this.entries[this.entries.length - 1];
    if (last && (epoch <= last.epoch || startOffset < last.startOffset)) {
      if (epoch === last.epoch) return;
      if (epoch < last.epoch) return;
    }
    this.entries.push({ epoch, startOffset });
  }

  /**
   * Kafka's endOffsetFor: the largest epoch ≤ `requested` and where it ends (the start offset of
   * the next epoch, or the log end offset for the latest). Unknown: epoch -1, offset -1.
   */
  endOffsetFor(requested: number, logEndOffset: number): { epoch: number; endOffset: number } {
    if (this.entries.length === 0 || requested < this.entries[0]!.epoch)
      return { epoch: -1, endOffset: -1 };
    if (requested >= this.latestEpoch())
      return { epoch: this.latestEpoch(), endOffset: logEndOffset };
    let i = this.entries.length - 1;
    while (i > 0 && this.entries[i]!.epoch > requested) i--;
    return { epoch: this.entries[i]!.epoch, endOffset: this.entries[i + 1]!.startOffset };
  }

  /** Forget epochs that start at or after `offset` (the log was truncated there). */
  truncateFromEnd(offset: number): void {
    while (this.entries.length > 0 && this.entries[this.entries.length - 1]!.startOffset >= offset)
      this.entries.pop();
  }
}
