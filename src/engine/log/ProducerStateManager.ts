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

/** The answers without a payload, shared: every produced batch is checked. */
const OK: SequenceCheck = { kind: 'ok' };
const OUT_OF_ORDER: SequenceCheck = { kind: 'outOfOrder' };
const FENCED_EPOCH: SequenceCheck = { kind: 'fencedEpoch' };

export class ProducerStateManager {
  private entries = new Map<number, ProducerStateEntry>();

  /**
   * A client's batch, checked as Kafka's leader does before appending it:
   * UnifiedLog.analyzeAndValidateProducerState first looks for a duplicate among the producer's
   * last 5 batches — same epoch and the exact sequence range (ProducerStateEntry
   * .findDuplicateBatch) — and answers with the offset it was written at; then
   * ProducerAppendInfo.checkProducerEpoch refuses an older epoch (INVALID_PRODUCER_EPOCH since
   * 2.7) and checkSequence wants sequence 0 for a new epoch, else the next sequence. A producer
   * this replica has no state for is taken at any sequence (KIP-360, Kafka 2.5+: its state may
   * have gone with retention or a truncation).
   */
  check(producerId: number, epoch: number, firstSeq: number, count: number): SequenceCheck {
    if (producerId < 0) return OK;
    const entry = this.entries.get(producerId);
    if (!entry) return OK;
    const lastSeq = firstSeq + count - 1;
    const batches = entry.batches;
    if (epoch === entry.epoch)
      for (const b of batches)
        if (b.firstSeq === firstSeq && b.lastSeq === lastSeq)
          return { kind: 'duplicate', firstOffset: b.firstOffset };
    if (epoch < entry.epoch) return FENCED_EPOCH;
    if (epoch !== entry.epoch) return firstSeq === 0 ? OK : OUT_OF_ORDER;
    const currentLastSeq = batches[batches.length - 1]?.lastSeq ?? -1;
    return firstSeq === currentLastSeq + 1 ? OK : OUT_OF_ORDER;
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
    // ProducerStateEntry.addBatch → maybeUpdateProducerEpoch: another epoch starts afresh.
    if (!entry || epoch !== entry.epoch)
      this.entries.set(producerId, (entry = { epoch, batches: [] }));
    const batches = entry.batches;
    // The oldest of a full list makes room and is reused (these entries never leave this class):
    // every append, leader's or follower's, records one.
    if (batches.length < NUM_BATCHES_TO_RETAIN)
      batches.push({ firstSeq, lastSeq: firstSeq + count - 1, firstOffset });
    else {
      const b = batches.shift()!;
      b.firstSeq = firstSeq;
      b.lastSeq = firstSeq + count - 1;
      b.firstOffset = firstOffset;
      batches.push(b);
    }
  }
}
