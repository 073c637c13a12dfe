// Kafka's ProducerStateManager (idempotence): per producer id, its epoch and the sequence
// numbers of its last batches on this partition, so a retried batch is recognised and not
// written twice, and a gap in the sequence is refused.

interface BatchMetadata {
  firstSeq: number;
  lastSeq: number;
  firstOffset: number;
}

interface ProducerStateEntry {
  epoch: number;
  batches: BatchMetadata[];
}

/** Kafka keeps the last 5 batches per producer (ProducerStateEntry.NUM_BATCHES_TO_RETAIN). */
const NUM_BATCHES_TO_RETAIN = 5;

export type SequenceCheck =
  | { kind: 'ok' }
  | { kind: 'duplicate'; firstOffset: number }
  | { kind: 'outOfOrder' }
  | { kind: 'fencedEpoch' };

export class ProducerStateManager {
  private entries = new Map<number, ProducerStateEntry>();

  /** Kafka's ProducerAppendInfo.checkProducerEpoch + checkSequence. */
  check(producerId: number, epoch: number, firstSeq: number, count: number): SequenceCheck {
    if (producerId < 0) return { kind: 'ok' };
    const entry = this.entries.get(producerId);
    // Unknown producer (or a new epoch): its sequence must start at 0.
    if (!entry || entry.batches.length === 0 || epoch > entry.epoch) {
      if (entry && epoch < entry.epoch) return { kind: 'fencedEpoch' };
      return firstSeq === 0 ? { kind: 'ok' } : { kind: 'outOfOrder' };
    }
    if (epoch < entry.epoch) return { kind: 'fencedEpoch' };
    const lastSeq = firstSeq + count - 1;
    const dup = entry.batches.find((b) => b.firstSeq === firstSeq && b.lastSeq === lastSeq);
    if (dup) return { kind: 'duplicate', firstOffset: dup.firstOffset };
    const last = entry.batches[entry.batches.length - 1]!;
    if (firstSeq !== last.lastSeq + 1) return { kind: 'outOfOrder' };
    return { kind: 'ok' };
  }

  /** Rebuild from the log as it now stands (after a truncation), as Kafka reloads its snapshot. */
  rebuild(
    batches: Iterable<{
      producerId: number;
      producerEpoch: number;
      baseSequence: number;
      recordCount: number;
      baseOffset: number;
    }>,
  ): void {
    this.entries.clear();
    for (const b of batches)
      this.update(b.producerId, b.producerEpoch, b.baseSequence, b.recordCount, b.baseOffset);
  }

  update(
    producerId: number,
    epoch: number,
    firstSeq: number,
    count: number,
    firstOffset: number,
  ): void {
    if (producerId < 0 || firstSeq < 0) return;
    let entry = this.entries.get(producerId);
    if (!entry || epoch > entry.epoch)
      this.entries.set(producerId, (entry = { epoch, batches: [] }));
    entry.batches.push({ firstSeq, lastSeq: firstSeq + count - 1, firstOffset });
    if (entry.batches.length > NUM_BATCHES_TO_RETAIN) entry.batches.shift();
  }
}
