// Kafka's LeaderEpochFileCache (the leader-epoch-checkpoint file): for each leader epoch, the
// first offset written in it. A follower that returns asks the leader where its last epoch
// ended and truncates there — how a write that only an old leader had disappears.

export interface EpochEntry {
  epoch: number;
  startOffset: number;
}

/** Kafka's UNDEFINED_EPOCH and UNDEFINED_EPOCH_OFFSET: "no such epoch". */
export const UNDEFINED_EPOCH = -1;
export const UNDEFINED_EPOCH_OFFSET = -1;

export class LeaderEpochFileCache {
  readonly entries: EpochEntry[] = [];

  latestEpoch(): number {
    return this.entries[this.entries.length - 1]?.epoch ?? UNDEFINED_EPOCH;
  }

  /**
   * Kafka's assign: record that `epoch` starts at `startOffset`. Nothing changes for the latest
   * epoch at the same or a later offset (isUpdateNeeded); otherwise every entry that would break
   * monotonicity — an epoch ≥ this one, or one starting at or after this offset — goes first
   * (maybeTruncateNonMonotonicEntries). So an epoch a leader began but never wrote in gives way
   * to the next epoch starting at the same offset.
   */
  assign(epoch: number, startOffset: number): void {
    const last = this.entries[this.entries.length - 1];
    if (last && epoch === last.epoch && startOffset >= last.startOffset) return;
    while (this.entries.length > 0) {
      const e = this.entries[this.entries.length - 1]!;
      if (e.epoch < epoch && e.startOffset < startOffset) break;
      this.entries.pop();
    }
    this.entries.push({ epoch, startOffset });
  }

  /**
   * Kafka's endOffsetFor, case for case: the largest epoch ≤ `requested` and where it ends (the
   * start offset of the next epoch, or the log end offset when `requested` is the latest epoch).
   * A `requested` below every known epoch answers itself with the first epoch's start offset; an
   * undefined or unknown newer epoch answers UNDEFINED_EPOCH / UNDEFINED_EPOCH_OFFSET.
   */
  endOffsetFor(requested: number, logEndOffset: number): { epoch: number; endOffset: number } {
    const undefinedAnswer = { epoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET };
    if (requested === UNDEFINED_EPOCH) return undefinedAnswer;
    if (this.entries.length > 0 && this.latestEpoch() === requested)
      return { epoch: requested, endOffset: logEndOffset };
    const higher = this.entries.find((e) => e.epoch > requested);
    if (!higher) return undefinedAnswer;
    let floor: EpochEntry | undefined;
    for (const e of this.entries) if (e.epoch <= requested) floor = e;
    if (!floor) return { epoch: requested, endOffset: higher.startOffset };
    return { epoch: floor.epoch, endOffset: higher.startOffset };
  }

  /** Kafka's truncateFromEnd: forget epochs that start at or after `offset` (the log was cut there). */
  truncateFromEnd(offset: number): void {
    while (this.entries.length > 0 && this.entries[this.entries.length - 1]!.startOffset >= offset)
      this.entries.pop();
  }

  /**
   * Kafka's truncateFromStart, when the log start offset moves up (retention, or a follower
   * taking the leader's log start: UnifiedLog.maybeIncrementLogStartOffset). Entries starting at
   * or below `startOffset` go; the last of them stays, moved up to start there, so the epoch of
   * the first offset kept is still known. An entry starting exactly there is kept as it is.
   */
  truncateFromStart(startOffset: number): void {
    let removed: EpochEntry | undefined;
    while (this.entries.length > 0 && this.entries[0]!.startOffset <= startOffset)
      removed = this.entries.shift();
    if (removed) this.entries.unshift({ epoch: removed.epoch, startOffset });
  }

  /** Kafka's clearAndFlush: the log was emptied (truncateFullyAndStartAt). */
  clear(): void {
    this.entries.length = 0;
  }
}
