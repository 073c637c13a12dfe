// Kafka's TransactionManager, the part an idempotent (non-transactional) producer uses: the
// producer id and epoch, and per partition (TxnPartitionMap / TxnPartitionEntry) the next
// sequence, the last acknowledged sequence and the batches in flight ordered by sequence.
//
// The rules that keep a retry recognisable as a duplicate (Kafka 2.5+, KIP-360):
// - A batch gets its producer id, epoch and sequence once, when it is first drained; a retry
//   keeps them (RecordAccumulator.drain assigns only to batches without one), so the broker can
//   match it against what it already wrote.
// - The epoch is one per producer, but a bump rewrites sequences only for the partitions that
//   asked for it (partitionsToRewriteSequences). Another partition keeps using its old epoch
//   for the batches it already numbered and moves to the new one only once none is in flight
//   (maybeUpdateProducerIdAndEpoch).
import type { ErrorCode } from '../../network/requests';
import type { ProducerBatch } from './ProducerBatch';
import { tpKey } from '../../common/TopicPartition';

export interface ProducerIdAndEpoch {
  readonly producerId: number;
  readonly epoch: number;
}

/** RecordBatch.NO_PRODUCER_ID / NO_PRODUCER_EPOCH. */
export const NO_PRODUCER_ID_AND_EPOCH: ProducerIdAndEpoch = { producerId: -1, epoch: -1 };
/** RecordBatch.NO_SEQUENCE. */
export const NO_SEQUENCE = -1;
const NO_LAST_ACKED_SEQUENCE_NUMBER = -1;

/** The errors whose exceptions are RetriableExceptions in Kafka's client. */
export const RETRIABLE: ReadonlySet<ErrorCode> = new Set([
  'NOT_LEADER_OR_FOLLOWER',
  'UNKNOWN_TOPIC_OR_PARTITION',
  'NOT_ENOUGH_REPLICAS',
  'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
  'REQUEST_TIMED_OUT',
  'LEADER_NOT_AVAILABLE',
  'NETWORK_EXCEPTION',
  'FENCED_LEADER_EPOCH',
]);

function sameIdAndEpoch(a: ProducerIdAndEpoch, b: ProducerIdAndEpoch): boolean {
  return a.producerId === b.producerId && a.epoch === b.epoch;
}

/** TxnPartitionEntry's order for in-flight batches: producer id, then epoch, then sequence. */
function compareBatches(a: ProducerBatch, b: ProducerBatch): number {
  return (
    a.producerId - b.producerId ||
    a.producerEpoch - b.producerEpoch ||
    a.baseSequence - b.baseSequence
  );
}

/** Kafka's TxnPartitionEntry: one partition's sequence bookkeeping. */
export class TxnPartitionEntry {
  /** The producer id/epoch this partition's sequences belong to (may lag the producer's). */
  producerIdAndEpoch: ProducerIdAndEpoch = NO_PRODUCER_ID_AND_EPOCH;
  nextSequence = 0;
  lastAckedSequence = NO_LAST_ACKED_SEQUENCE_NUMBER;
  /** Drained and not yet completed or failed (retries waiting in the accumulator included). */
  inflightBatchesBySequence: ProducerBatch[] = [];
  lastAckedOffset = -1;

  addInflightBatch(b: ProducerBatch): void {
    // The list is kept sorted: insert after every batch that does not sort after `b` (where a
    // stable sort would put it), found from the end, where a new batch nearly always goes.
    const list = this.inflightBatchesBySequence;
    let i = list.length;
    while (i > 0 && compareBatches(list[i - 1]!, b) > 0) i--;
    if (i === list.length) list.push(b);
    else list.splice(i, 0, b);
  }

  removeInFlightBatch(b: ProducerBatch): void {
    const list = this.inflightBatchesBySequence;
    const i = list.indexOf(b);
    // The lowest sequence is acknowledged first: shift() makes no array of the removed one.
    if (i === 0) list.shift();
    else if (i > 0) list.splice(i, 1);
  }

  /** Renumber every in-flight batch from 0 under the new id/epoch (their retries carry it). */
  startSequencesAtBeginning(newProducerIdAndEpoch: ProducerIdAndEpoch): void {
    let sequence = 0;
    for (const b of this.inflightBatchesBySequence) {
      b.resetProducerState(newProducerIdAndEpoch, sequence);
      sequence += b.records.length;
    }
    this.inflightBatchesBySequence.sort(compareBatches);
    this.producerIdAndEpoch = newProducerIdAndEpoch;
    this.nextSequence = sequence;
    this.lastAckedSequence = NO_LAST_ACKED_SEQUENCE_NUMBER;
  }
}

export class TransactionManager {
  private producerIdAndEpochValue: ProducerIdAndEpoch;
  private readonly partitions = new Map<string, TxnPartitionEntry>();
  /** Partition → the sequence after the last batch that expired after being sent. */
  private readonly partitionsWithUnresolvedSequences = new Map<string, number>();
  private readonly partitionsToRewriteSequences = new Set<string>();
  private epochBumpRequired = false;

  /** `onEpochBump` is told the new epoch and the partitions whose sequences restarted. */
  constructor(
    producerId: number,
    private readonly onEpochBump: (epoch: number, partitions: string[]) => void = () => {},
  ) {
    // The simulator hands the id out at construction (Kafka: InitProducerId, epoch 0).
    this.producerIdAndEpochValue = { producerId, epoch: 0 };
  }

  static key(topic: string, partition: number): string {
    return tpKey(topic, partition);
  }

  private static keyOf(b: ProducerBatch): string {
    return b.tpKey;
  }

  producerIdAndEpoch(): ProducerIdAndEpoch {
    return this.producerIdAndEpochValue;
  }

  private getOrCreate(key: string): TxnPartitionEntry {
    let e = this.partitions.get(key);
    if (!e) this.partitions.set(key, (e = new TxnPartitionEntry()));
    return e;
  }

  /** For tests and the UI: one partition's bookkeeping, if it has any. */
  partitionEntry(topic: string, partition: number): TxnPartitionEntry | undefined {
    return this.partitions.get(TransactionManager.key(topic, partition));
  }

  sequenceNumber(key: string): number {
    return this.getOrCreate(key).nextSequence;
  }

  hasInflightBatches(key: string): boolean {
    return this.getOrCreate(key).inflightBatchesBySequence.length > 0;
  }

  hasStaleProducerIdAndEpoch(key: string): boolean {
    return !sameIdAndEpoch(this.producerIdAndEpochValue, this.getOrCreate(key).producerIdAndEpoch);
  }

  hasUnresolvedSequence(key: string): boolean {
    return this.partitionsWithUnresolvedSequences.has(key);
  }

  private isNextSequence(key: string, sequence: number): boolean {
    return sequence - this.getOrCreate(key).lastAckedSequence === 1;
  }

  private isNextSequenceForUnresolvedPartition(key: string, sequence: number): boolean {
    return this.partitionsWithUnresolvedSequences.get(key) === sequence;
  }

  /**
   * RecordAccumulator.shouldStopDrainBatchesForPartition: may the head batch of this partition
   * be drained now?
   */
  shouldStopDrainBatchesForPartition(first: ProducerBatch): boolean {
    const key = TransactionManager.keyOf(first);
    // Asked for every batch drained: the partition's entry is looked up once.
    const entry = this.getOrCreate(key);
    const inflight = entry.inflightBatchesBySequence;
    if (!first.hasSequence()) {
      // A new batch would start the new epoch at sequence 0 while batches of the old epoch are
      // still unresolved: it could land before them and break their order.
      if (
        inflight.length > 0 &&
        !sameIdAndEpoch(this.producerIdAndEpochValue, entry.producerIdAndEpoch)
      )
        return true;
      // An expired batch may or may not have been written: wait until that is known.
      if (this.hasUnresolvedSequence(key)) return true;
    }
    // A retry goes only when it is the lowest sequence in flight: retries go one at a time.
    const firstInFlight = inflight[0]?.baseSequence ?? NO_SEQUENCE;
    return (
      firstInFlight !== NO_SEQUENCE && first.hasSequence() && first.baseSequence !== firstInFlight
    );
  }

  /**
   * RecordAccumulator.drain for a batch without a sequence: it takes the partition's id/epoch
   * (moving the partition to the producer's current one first if nothing is in flight) and the
   * next sequence. A batch that already has a sequence keeps it: its earlier attempt may have
   * been written, and only the same epoch and sequence let the broker see the duplicate.
   */
  assignSequence(batch: ProducerBatch): void {
    if (batch.hasSequence()) return;
    const key = TransactionManager.keyOf(batch);
    this.maybeUpdateProducerIdAndEpoch(key);
    const entry = this.getOrCreate(key);
    batch.setProducerState(this.producerIdAndEpochValue, entry.nextSequence);
    entry.nextSequence += batch.records.length;
    entry.addInflightBatch(batch);
  }

  /** Kafka's maybeUpdateProducerIdAndEpoch: after an epoch bump, a partition restarts at 0. */
  private maybeUpdateProducerIdAndEpoch(key: string): void {
    if (this.hasStaleProducerIdAndEpoch(key) && !this.hasInflightBatches(key))
      this.getOrCreate(key).startSequencesAtBeginning(this.producerIdAndEpochValue);
  }

  requestEpochBumpForPartition(key: string): void {
    this.epochBumpRequired = true;
    this.partitionsToRewriteSequences.add(key);
  }

  /**
   * Sender.runOnce → bumpIdempotentEpochAndResetIdIfNeeded: bump the one producer epoch and
   * restart the sequences (in-flight batches included) of the partitions that asked for it.
   */
  /** Nothing for Sender.runOnce's first two steps (resolve sequences, bump the epoch) to do. */
  runOnceIdle(): boolean {
    return (
      this.partitionsWithUnresolvedSequences.size === 0 &&
      !this.epochBumpRequired &&
      this.partitionsToRewriteSequences.size === 0
    );
  }

  bumpIdempotentEpochAndResetIdIfNeeded(): void {
    if (!this.epochBumpRequired) return;
    // Kafka asks for a new producer id when the epoch is exhausted (Short.MAX_VALUE).
    const pe = this.producerIdAndEpochValue;
    this.producerIdAndEpochValue = { producerId: pe.producerId, epoch: pe.epoch + 1 };
    const rewritten = [...this.partitionsToRewriteSequences];
    for (const key of rewritten) {
      this.getOrCreate(key).startSequencesAtBeginning(this.producerIdAndEpochValue);
      this.partitionsWithUnresolvedSequences.delete(key);
    }
    this.partitionsToRewriteSequences.clear();
    this.epochBumpRequired = false;
    this.onEpochBump(this.producerIdAndEpochValue.epoch, rewritten);
  }

  /** An expired batch that had been sent: its fate is unknown until the partition drains. */
  markSequenceUnresolved(batch: ProducerBatch): void {
    const key = TransactionManager.keyOf(batch);
    const next = batch.lastSequence() + 1;
    const cur = this.partitionsWithUnresolvedSequences.get(key);
    this.partitionsWithUnresolvedSequences.set(key, cur === undefined ? next : Math.max(cur, next));
  }

  /**
   * Sender.runOnce → maybeResolveSequences: once nothing is in flight for an unresolved
   * partition, either the later batches were acknowledged (so the expired one was written too)
   * or there is a gap, and the partition asks for an epoch bump.
   */
  maybeResolveSequences(): void {
    if (this.partitionsWithUnresolvedSequences.size === 0) return; // no copy of no keys
    for (const key of [...this.partitionsWithUnresolvedSequences.keys()]) {
      if (this.hasInflightBatches(key)) continue;
      if (!this.isNextSequence(key, this.sequenceNumber(key)))
        this.requestEpochBumpForPartition(key);
      this.partitionsWithUnresolvedSequences.delete(key);
    }
  }

  handleCompletedBatch(batch: ProducerBatch, baseOffset: number): void {
    const entry = this.getOrCreate(TransactionManager.keyOf(batch));
    if (batch.lastSequence() > entry.lastAckedSequence)
      entry.lastAckedSequence = batch.lastSequence();
    if (baseOffset >= 0)
      entry.lastAckedOffset = Math.max(
        entry.lastAckedOffset,
        baseOffset + batch.records.length - 1,
      );
    entry.removeInFlightBatch(batch);
  }

  /**
   * handleFailedBatch: the batch is given up. OUT_OF_ORDER_SEQUENCE_NUMBER means a gap in the
   * partition's log; a batch given up while retries were left leaves a hole in the sequence.
   * Either way the partition restarts in a new epoch. (A batch given up for delivery.timeout.ms
   * or out of retries may have been written: its sequence stays, see markSequenceUnresolved.)
   */
  handleFailedBatch(batch: ProducerBatch, error: ErrorCode, adjustSequenceNumbers: boolean): void {
    const key = TransactionManager.keyOf(batch);
    this.getOrCreate(key).removeInFlightBatch(batch);
    if (error === 'OUT_OF_ORDER_SEQUENCE_NUMBER' || adjustSequenceNumbers)
      this.requestEpochBumpForPartition(key);
  }

  /**
   * TransactionManager.canRetry for the idempotent producer. OUT_OF_ORDER_SEQUENCE_NUMBER is
   * always retried: when the batch is not the next one after the last acknowledged sequence, an
   * earlier batch is still unresolved and this one simply waits for it; when it is the next one
   * (or follows an expired batch), the gap is real and the partition asks for an epoch bump,
   * which renumbers this batch from 0.
   */
  canRetry(error: ErrorCode, batch: ProducerBatch): boolean {
    if (error === 'OUT_OF_ORDER_SEQUENCE_NUMBER') {
      const key = TransactionManager.keyOf(batch);
      const unresolved = this.hasUnresolvedSequence(key);
      if (
        !unresolved &&
        (batch.sequenceHasBeenReset() || !this.isNextSequence(key, batch.baseSequence))
      )
        return true;
      if (!unresolved || this.isNextSequenceForUnresolvedPartition(key, batch.baseSequence))
        this.requestEpochBumpForPartition(key);
      return true;
    }
    return RETRIABLE.has(error);
  }
}
