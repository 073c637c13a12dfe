// Kafka's ProducerBatch: records for one partition, sent together as one record batch.
import {
  RECORD_BATCH_OVERHEAD,
  recordSizeInBytes,
  recordSizeWithValueBytes,
} from '../../log/batchSize';
import { batchSizeOf } from '../../log/LogBatchCodec';
import type { CompressionType } from '../../config/types';
import { tpKey } from '../../common/TopicPartition';
import type { ProducerRecordData } from '../../network/requests';
import type { ProducerIdAndEpoch } from './TransactionManager';

export class ProducerBatch {
  readonly records: ProducerRecordData[] = [];
  /** Estimated v2 size in bytes, kept as records are added (MemoryRecordsBuilder's estimate). */
  sizeBytes = RECORD_BATCH_OVERHEAD;
  attempts = 0;
  /**
   * The record batch header's producer fields, set once when the batch is first drained
   * (idempotent producers) and kept by every retry; -1 until then.
   */
  producerId = -1;
  producerEpoch = -1;
  baseSequence = -1;
  /** The sequence was rewritten after an epoch bump (Kafka's `reopened`). */
  private reopened = false;
  lastAttemptMs = -1;
  /** Kafka's inRetry(): the batch was re-enqueued after a failed attempt. */
  retry = false;
  inFlight = false;
  /** Kafka's isDone(): acknowledged or given up (a late answer no longer completes it). */
  done = false;

  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly createdMs: number,
  ) {}

  private key: string | null = null;
  /** The first record's timestamp (each append sizes its delta from it without reading it). */
  private baseTimestamp = 0;

  /** The partition's `topic-partition` key, built once: the idempotence bookkeeping looks it up several times a batch. */
  get tpKey(): string {
    return (this.key ??= tpKey(this.topic, this.partition));
  }

  /**
   * Bytes this record would add to the batch (`valueBytes`, `keyBytes`: the value's and key's
   * UTF-8 lengths, if known; `valueBytes` only for a value that is not null). With `valueBytes`
   * the value is not read: a WorkloadRecord would build it.
   */
  recordSize(r: ProducerRecordData, valueBytes?: number, keyBytes?: number): number {
    const base = this.records.length > 0 ? this.baseTimestamp : r.timestamp;
    const offsetDelta = this.records.length;
    return valueBytes === undefined
      ? recordSizeInBytes(offsetDelta, r.timestamp - base, r.key, r.value)
      : recordSizeWithValueBytes(offsetDelta, r.timestamp - base, r.key, valueBytes, keyBytes);
  }

  tryAppend(
    r: ProducerRecordData,
    batchSize: number,
    valueBytes?: number,
    keyBytes?: number,
  ): number | null {
    // MemoryRecordsBuilder.hasRoomFor (an empty batch always takes the record), with the
    // record's size counted once: it scans key and value (unless their lengths are known).
    const size = this.recordSize(r, valueBytes, keyBytes);
    if (this.records.length > 0 && this.sizeBytes + size > batchSize) return null;
    if (this.records.length === 0) this.baseTimestamp = r.timestamp;
    this.records.push(r);
    this.sizeBytes += size;
    return size;
  }

  hasSequence(): boolean {
    return this.baseSequence !== -1;
  }

  lastSequence(): number {
    return this.baseSequence + this.records.length - 1;
  }

  setProducerState(pe: ProducerIdAndEpoch, baseSequence: number): void {
    this.producerId = pe.producerId;
    this.producerEpoch = pe.epoch;
    this.baseSequence = baseSequence;
  }

  /** TxnPartitionEntry.startSequencesAtBeginning rewrites an in-flight batch's header. */
  resetProducerState(pe: ProducerIdAndEpoch, baseSequence: number): void {
    this.reopened = true;
    this.setProducerState(pe, baseSequence);
  }

  sequenceHasBeenReset(): boolean {
    return this.reopened;
  }

  /**
   * Bytes of this batch as the producer encodes it with `codec` (MemoryRecordsBuilder: base
   * offset 0, the real codec over the records section). Kept for retries with the same codec.
   */
  encodedSize(codec: CompressionType): number {
    if (codec === 'none') return this.sizeBytes;
    if (this.encoded?.codec === codec) return this.encoded.size;
    const base = this.records[0]!.timestamp;
    let max = base;
    for (const r of this.records) if (r.timestamp > max) max = r.timestamp;
    const size = batchSizeOf(
      {
        baseOffset: 0,
        lastOffset: this.records.length - 1,
        partitionLeaderEpoch: -1,
        producerId: this.producerId,
        producerEpoch: this.producerEpoch,
        baseSequence: this.baseSequence,
        baseTimestamp: base,
        maxTimestamp: max,
        recordCount: this.records.length,
        compression: codec,
        deleteHorizonMs: null,
      },
      // Field by field: a WorkloadRecord's value is a getter, which a spread would not copy.
      this.records.map((r, i) => ({
        offset: i,
        timestamp: r.timestamp,
        key: r.key,
        value: r.value,
        id: r.id,
      })),
    );
    this.encoded = { codec, size };
    return size;
  }

  private encoded: { codec: CompressionType; size: number } | null = null;

  isFull(batchSize: number): boolean {
    return this.sizeBytes >= batchSize;
  }
}
