// Kafka's ProducerBatch: records for one partition, sent together as one record batch.
import { RECORD_BATCH_OVERHEAD, recordSizeInBytes } from '../../log/batchSize';
import type { ProducerRecordData } from '../../network/requests';

export class ProducerBatch {
  readonly records: ProducerRecordData[] = [];
  /** Estimated v2 size in bytes, kept as records are added (MemoryRecordsBuilder's estimate). */
  sizeBytes = RECORD_BATCH_OVERHEAD;
  attempts = 0;
  baseSequence = -1;
  /** The producer epoch the sequence was assigned under. */
  sequenceEpoch = -1;
  lastAttemptMs = -1;
  retry = false;
  inFlight = false;

  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly createdMs: number,
  ) {}

  /** Bytes this record would add to the batch. */
  recordSize(r: ProducerRecordData): number {
    const base = this.records[0]?.timestamp ?? r.timestamp;
    return recordSizeInBytes(this.records.length, r.timestamp - base, r.key, r.value);
  }

  /** MemoryRecordsBuilder.hasRoomFor: an empty batch always takes the record. */
  hasRoomFor(r: ProducerRecordData, batchSize: number): boolean {
    return this.records.length === 0 || this.sizeBytes + this.recordSize(r) <= batchSize;
  }

  tryAppend(r: ProducerRecordData, batchSize: number): number | null {
    if (!this.hasRoomFor(r, batchSize)) return null;
    const size = this.recordSize(r);
    this.records.push(r);
    this.sizeBytes += size;
    return size;
  }

  isFull(batchSize: number): boolean {
    return this.sizeBytes >= batchSize;
  }
}
