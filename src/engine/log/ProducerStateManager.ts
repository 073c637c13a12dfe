// Kafka's ProducerStateManager (idempotence): per producer id, the sequence numbers of its
// last batches on this partition, so a retried batch is recognised and not written twice.

interface BatchMetadata {
  firstSeq: number;
  lastSeq: number;
  firstOffset: number;
}

/** Kafka keeps the last 5 batches per producer (ProducerStateEntry.NUM_BATCHES_TO_RETAIN). */
const NUM_BATCHES_TO_RETAIN = 5;

export type SequenceCheck =
  { kind: 'ok' } | { kind: 'duplicate'; firstOffset: number } | { kind: 'outOfOrder' };

export class ProducerStateManager {
  private entries = new Map<number, BatchMetadata[]>();

  check(producerId: number, firstSeq: number, count: number): SequenceCheck {
    if (producerId < 0) return { kind: 'ok' };
    const batches = this.entries.get(producerId);
    if (!batches || batches.length === 0) return { kind: 'ok' };
    const lastSeq = firstSeq + count - 1;
    const dup = batches.find((b) => b.firstSeq === firstSeq && b.lastSeq === lastSeq);
    if (dup) return { kind: 'duplicate', firstOffset: dup.firstOffset };
    const last = batches[batches.length - 1]!;
    if (firstSeq !== last.lastSeq + 1) return { kind: 'outOfOrder' };
    return { kind: 'ok' };
  }

  /** Rebuild from the log as it now stands (after a truncation), as Kafka reloads its snapshot. */
  rebuild(
    batches: Iterable<{
      producerId: number;
      baseSequence: number;
      recordCount: number;
      baseOffset: number;
    }>,
  ): void {
    this.entries.clear();
    for (const b of batches) this.update(b.producerId, b.baseSequence, b.recordCount, b.baseOffset);
  }

  update(producerId: number, firstSeq: number, count: number, firstOffset: number): void {
    if (producerId < 0 || firstSeq < 0) return;
    let batches = this.entries.get(producerId);
    if (!batches) this.entries.set(producerId, (batches = []));
    batches.push({ firstSeq, lastSeq: firstSeq + count - 1, firstOffset });
    if (batches.length > NUM_BATCHES_TO_RETAIN) batches.shift();
  }
}
