// Kafka's RecordAccumulator: one deque of batches per partition. Records join the open batch
// at the tail; a batch is ready to send when it is full, when linger.ms has passed, or when a
// newer batch sits behind it. Keyless records pick their partition here (BuiltInPartitioner).
import { ProducerBatch } from './ProducerBatch';
import { BuiltInPartitioner, type TopicPartitionsInfo } from './BuiltInPartitioner';
import type { ProducerConfig } from '../../config/types';
import type { ProducerRecordData } from '../../network/requests';
import type { Random } from '../../sim/Random';
import { tpKey } from '../../common/TopicPartition';

export interface AppendResult {
  batch: ProducerBatch;
  partition: number;
  appendedBytes: number;
  newBatchCreated: boolean;
  batchIsFull: boolean;
}

export class RecordAccumulator {
  readonly deques = new Map<string, ProducerBatch[]>();
  /**
   * Bumped by every change that can make a deque's head ready or not: a new deque or batch, a
   * head batch filling up, a drain, a re-enqueue. Not by a record joining a batch behind the
   * head or a head that is still not full: the Sender's quiet check reads it.
   */
  changes = 0;
  /** The same deques by topic, then partition: append finds one without a key string. */
  private byTopic = new Map<string, ProducerBatch[][]>();
  private builtIn = new Map<string, BuiltInPartitioner>();
  /** The topic deque() served last, and its deques by partition. */
  private lastTopic: string | null = null;
  private lastDeques: ProducerBatch[][] | undefined = undefined;

  constructor(
    public config: ProducerConfig,
    private random: Random,
  ) {}

  static key(topic: string, partition: number): string {
    return tpKey(topic, partition);
  }

  /**
   * Append a record; partition -1 means "keyless: let the built-in partitioner choose". The
   * answer is the same object each call: read it before the next append.
   */
  append(
    topic: string,
    partition: number,
    record: ProducerRecordData,
    cluster: TopicPartitionsInfo,
    now: number,
    /** The value's UTF-8 length, if known (ProducerRecord.valueBytes). */
    valueBytes?: number,
    /** The key's UTF-8 length, if known (ProducerRecord.keyBytes). */
    keyBytes?: number,
  ): AppendResult {
    let partitioner: BuiltInPartitioner | undefined;
    let info = null;
    if (partition < 0) {
      partitioner = this.builtIn.get(topic);
      if (!partitioner) {
        partitioner = new BuiltInPartitioner(topic, this.config.batchSize, this.random);
        this.builtIn.set(topic, partitioner);
      }
      this.updateLoadStats(topic, partitioner, cluster);
      info = partitioner.peekCurrentPartitionInfo(cluster);
      partition = info.partition();
    }
    const dq = this.deque(topic, partition);
    let batch = dq[dq.length - 1];
    let appended =
      batch && !batch.inFlight && !batch.retry
        ? batch.tryAppend(record, this.config.batchSize, valueBytes, keyBytes)
        : null;
    let newBatchCreated = false;
    if (appended === null) {
      batch = new ProducerBatch(topic, partition, now);
      appended = batch.tryAppend(record, this.config.batchSize, valueBytes, keyBytes)!;
      dq.push(batch);
      newBatchCreated = true;
    }
    const b = batch!;
    if (newBatchCreated || (dq.length === 1 && b.isFull(this.config.batchSize))) this.changes++;
    if (partitioner && info) {
      // Kafka (allBatchesFull) allows the switch only once the last batch is full, so
      // switches line up with batch boundaries.
      const enableSwitch = b.isFull(this.config.batchSize);
      partitioner.updatePartitionInfo(info, appended, cluster, enableSwitch);
    }
    const res = this.result;
    res.batch = b;
    res.partition = partition;
    res.appendedBytes = appended;
    res.newBatchCreated = newBatchCreated;
    res.batchIsFull = dq.length > 1 || b.isFull(this.config.batchSize);
    return res;
  }

  /** The last append's answer (what `append` returned last). */
  get lastAppend(): Readonly<AppendResult> {
    return this.result;
  }

  /** append's answer: one object, refilled by every call (no allocation per record). */
  private readonly result: AppendResult = {
    batch: null as unknown as ProducerBatch,
    partition: -1,
    appendedBytes: 0,
    newBatchCreated: false,
    batchIsFull: false,
  };

  private updateLoadStats(
    topic: string,
    partitioner: BuiltInPartitioner,
    cluster: TopicPartitionsInfo,
  ): void {
    const ids = cluster.availablePartitions;
    const sizes: number[] = [];
    const byPartition = this.byTopic.get(topic);
    for (const p of ids) sizes.push(byPartition?.[p]?.length ?? 0);
    partitioner.updatePartitionLoadStats(sizes, [...ids], ids.length);
  }

  /** The topic's built-in (sticky) partitioner, once a keyless record used it. */
  builtInPartitioner(topic: string): BuiltInPartitioner | undefined {
    return this.builtIn.get(topic);
  }

  /** Is the head batch of this deque ready to send now? Returns the time it will be, or null if never. */
  readyTime(dq: ProducerBatch[], now: number): number | null {
    const head = dq[0];
    if (!head || head.inFlight) return null;
    const backoffUntil = head.retry ? head.lastAttemptMs + this.config.retryBackoffMs : 0;
    const full = dq.length > 1 || head.isFull(this.config.batchSize);
    const lingerUntil = head.retry
      ? backoffUntil
      : full
        ? now
        : head.createdMs + this.config.lingerMs;
    return Math.max(lingerUntil, backoffUntil);
  }

  /**
   * Put a batch that failed back at the front of its deque for a retry (Kafka's reenqueue).
   * An idempotent producer's batch keeps its sequence and goes back in sequence order
   * (insertInSequenceOrder): behind retries with lower sequences, ahead of everything else.
   */
  reenqueue(batch: ProducerBatch, now: number, idempotent: boolean): void {
    const dq = this.deque(batch.topic, batch.partition);
    this.changes++;
    batch.inFlight = false;
    batch.retry = true;
    batch.lastAttemptMs = now;
    let i = 0;
    if (idempotent)
      while (i < dq.length && dq[i]!.hasSequence() && dq[i]!.baseSequence < batch.baseSequence) i++;
    dq.splice(i, 0, batch);
  }

  /** The partition's deque, made (at the end of `deques`) if it has none yet. */
  private deque(topic: string, partition: number): ProducerBatch[] {
    // A workload appends to one topic: its deques are kept at hand (byTopic only grows).
    let byPartition = topic === this.lastTopic ? this.lastDeques : this.byTopic.get(topic);
    if (!byPartition) this.byTopic.set(topic, (byPartition = []));
    this.lastTopic = topic;
    this.lastDeques = byPartition;
    let dq = byPartition[partition];
    if (!dq) {
      dq = byPartition[partition] = [];
      this.deques.set(RecordAccumulator.key(topic, partition), dq);
      this.changes++;
    }
    return dq;
  }

  /** Take the head batch of one of `deques` for sending. */
  drainHead(dq: ProducerBatch[]): ProducerBatch | undefined {
    this.changes++;
    return dq.shift();
  }

  queuedRecords(): number {
    let n = 0;
    for (const dq of this.deques.values()) for (const b of dq) n += b.records.length;
    return n;
  }
}
