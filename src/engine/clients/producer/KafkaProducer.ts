// Kafka's KafkaProducer: send() picks a partition (explicit, murmur2 of the key, or the
// keyless partitioner), appends to the RecordAccumulator, and the Sender ships the batches.
// The producer learns leaders from Metadata requests, as the real client does.
import type { SimContext } from '../../sim/SimContext';
import type { ProducerConfig } from '../../config/types';
import type { Message, NetworkNode } from '../../network/Network';
import type { ProducerRecordData } from '../../network/requests';
import { dispatchResponse, type ResponseHandlers } from '../../network/ApiMessages';
import { Metadata, type TopicPartitionsView } from '../Metadata';
import { RecordAccumulator } from './RecordAccumulator';
import { RoundRobinPartitioner } from './RoundRobinPartitioner';
import { Sender } from './Sender';
import type { ProducerBatch } from './ProducerBatch';
import { TransactionManager } from './TransactionManager';
import { partitionForKey, partitionForKeyHash } from '../../common/utils/Utils';
import type { PartitionerState } from './partitionExplanation';
import type { ProducerErrorSnapshot } from '../../snapshot/Snapshot';
import { AckedRecords } from './AckedRecords';
import { WorkloadRecord, workloadValue } from './WorkloadRecord';
import type { TraceEventBody } from '../../trace/TraceEvent';
import { UNASSIGNED_OFFSET } from '../../log/LogValidator';
export type { AckedRecord } from './AckedRecords';

export interface ProducerRecord {
  topic: string;
  key: string | null;
  value: string | null;
  partition?: number;
  /**
   * The value's UTF-8 length, when the sender knows it without a scan (a workload's values are
   * ASCII it built): the batch sizes the record with it instead of scanning the value. Ignored
   * for a null value.
   */
  valueBytes?: number;
  /** The key's UTF-8 length (-1: null key), when the sender knows it: no scan per record. */
  keyBytes?: number;
  /** The key's murmur2 hash (Utils.keyHash), when the sender keeps it: no lookup per record. */
  keyHash?: number;
}

const MAX_ERRORS_KEPT = 1000;

export class KafkaProducer implements NetworkNode {
  readonly accumulator: RecordAccumulator;
  private sender: Sender;
  private roundRobin = new RoundRobinPartitioner();
  private metadata: Metadata;
  private pending: { record: ProducerRecord; data: ProducerRecordData }[] = [];
  readonly producerId: number;
  /** Kafka's TransactionManager: producer id, epoch and sequences; null without idempotence. */
  readonly transactionManager: TransactionManager | null;

  sent = 0;
  acknowledged = 0;
  failed = 0;
  readonly acked = new AckedRecords();
  readonly errors: ProducerErrorSnapshot[] = [];

  constructor(
    readonly id: string,
    public config: ProducerConfig,
    readonly ctx: SimContext,
    producerIdIfIdempotent: number,
    bootstrapBrokers: number[],
  ) {
    this.metadata = new Metadata(
      ctx,
      this.nodeId,
      () => bootstrapBrokers.filter((b) => ctx.metadata.brokers.has(b)),
      config.requestTimeoutMs,
      config.retryBackoffMs,
      () => this.onMetadataUpdate(),
    );
    this.accumulator = new RecordAccumulator(config, ctx.random);
    // Idempotent producers get a producer id (InitProducerId); others send -1.
    this.producerId = config.enableIdempotence ? producerIdIfIdempotent : -1;
    this.transactionManager = config.enableIdempotence
      ? new TransactionManager(this.producerId, (epoch) =>
          ctx.trace({ type: 'producer.epoch.bump', producer: this.id, epoch }),
        )
      : null;
    // KafkaProducer.newSender: the Sender gets the accumulator, metadata and TransactionManager.
    this.sender = new Sender({
      ctx,
      clientId: id,
      nodeId: this.nodeId,
      config,
      accumulator: this.accumulator,
      metadata: this.metadata,
      transactionManager: this.transactionManager,
      onBatchCompleted: (b, baseOffset) => this.completeBatch(b, baseOffset),
      onBatchFailed: (b, error) => this.failBatch(b, error),
    });
  }

  /**
   * A setConfig on this producer: the new config (a new object) replaces the old one here, in the
   * accumulator and in the Sender; it applies from the next record and the next send.
   */
  reconfigure(config: ProducerConfig): void {
    this.config = config;
    this.accumulator.config = config;
    this.sender.config = config;
  }

  /** The Sender's metrics (SenderMetrics). */
  get metrics() {
    return this.sender.metrics;
  }

  get nodeId(): string {
    return `producer:${this.id}`;
  }

  isUp(): boolean {
    return true;
  }

  /**
   * What the partitioners know about `topic` now, as plain data: the metadata's partitions, the
   * sticky partitioner's partition and bytes (KIP-794), the round-robin counter.
   */
  partitionerState(topic: string): PartitionerState {
    const known = this.metadata.has(topic);
    const cluster = known ? this.metadata.view(topic) : null;
    const sticky = this.accumulator.builtInPartitioner(topic);
    const stats = sticky?.currentLoadStats() ?? null;
    return {
      topic,
      partitioner: this.config.partitioner,
      ignoreKeys: this.config.partitionerIgnoreKeys,
      batchSize: this.config.batchSize,
      lingerMs: this.config.lingerMs,
      numPartitions: cluster ? cluster.numPartitions : null,
      availablePartitions: cluster ? [...cluster.availablePartitions] : null,
      sticky: sticky?.currentStickyPartition() ?? null,
      loadStats: stats,
      roundRobinCounter: this.roundRobin.peekCounter(topic) ?? null,
    };
  }

  send(record: ProducerRecord): void {
    const data = this.accept(record.key, record.value);
    if (!this.metadata.has(record.topic)) {
      // Kafka's send() waits for the topic's metadata before it can pick a partition.
      this.pending.push({ record, data });
      this.metadata.requestUpdate(record.topic);
      return;
    }
    this.sendKnownTopic(record, data);
  }

  /** doSend for a ProducerRecord whose topic the metadata knows (now, or once it answered). */
  private sendKnownTopic(r: ProducerRecord, data: ProducerRecordData): void {
    this.doSend(
      r.topic,
      this.metadata.view(r.topic),
      r.partition,
      r.keyHash,
      r.value === null ? undefined : r.valueBytes,
      r.keyBytes,
      data,
    );
  }

  /**
   * send() for a workload's n-th record, whose lengths and key hash the workload keeps and whose
   * value (`bytes` bytes) is built when read (WorkloadRecord): the same steps without a
   * ProducerRecord object or a value string per record (one is made only while metadata is
   * awaited).
   */
  sendWorkload(
    topic: string,
    key: string | null,
    n: number,
    bytes: number,
    keyBytes: number,
    keyHash: number | undefined,
  ): void {
    const cluster = this.knownView(topic);
    if (cluster === null) {
      this.send({
        topic,
        key,
        value: workloadValue(n, bytes),
        valueBytes: bytes,
        keyBytes,
        keyHash,
      });
      return;
    }
    this.sent++;
    const record = new WorkloadRecord(this.ctx.now(), key, this.ctx.nextRecordId(), n, bytes);
    this.doSend(topic, cluster, undefined, keyHash, bytes, keyBytes, record);
  }

  /**
   * metadata.view(topic) if the metadata knows the topic, else null. A workload sends every
   * record to one topic: its view is kept until the metadata changes (a new answer bumps
   * `version` and makes new views), not looked up twice per record.
   */
  private knownView(topic: string): TopicPartitionsView | null {
    const m = this.metadata;
    if (topic === this.viewTopic && m.version === this.viewVersion) return this.lastView;
    if (!m.has(topic)) return null;
    this.viewTopic = topic;
    this.viewVersion = m.version;
    return (this.lastView = m.view(topic));
  }

  private viewTopic: string | null = null;
  private viewVersion = -1;
  private lastView: TopicPartitionsView | null = null;

  /**
   * A sent record gets its run-wide id and timestamp and is counted, whichever send it took
   * (sendWorkload does the same for its WorkloadRecord).
   */
  private accept(key: string | null, value: string | null): ProducerRecordData {
    this.sent++;
    // LogRecord's literal (field order included): the leader's log takes this object as it is.
    return {
      offset: UNASSIGNED_OFFSET,
      timestamp: this.ctx.now(),
      key,
      value,
      id: this.ctx.nextRecordId(),
    };
  }

  private doSend(
    topic: string,
    cluster: TopicPartitionsView,
    explicitPartition: number | undefined,
    keyHash: number | undefined,
    valueBytes: number | undefined,
    keyBytes: number | undefined,
    data: ProducerRecordData,
  ): void {
    let partition = -1;
    if (explicitPartition !== undefined) partition = explicitPartition;
    else if (data.key !== null && !this.config.partitionerIgnoreKeys)
      partition =
        keyHash !== undefined
          ? partitionForKeyHash(keyHash, cluster.numPartitions)
          : partitionForKey(data.key, cluster.numPartitions);
    else if (this.config.partitioner === 'round-robin')
      partition = this.roundRobin.partition(topic, cluster);
    const now = this.ctx.now();
    const res = this.accumulator.append(topic, partition, data, cluster, now, valueBytes, keyBytes);
    this.appended = data;
    this.ctx.traceLazy('produce.record', this.buildRecordEvent);
    this.appended = null;
    if (res.batchIsFull || res.newBatchCreated)
      this.sender.wakeForAppend(res.batchIsFull ? now : now + this.config.lingerMs);
    else this.sender.wakeForAppend(res.batch.createdMs + this.config.lingerMs);
  }

  /** The record doSend just appended, for buildRecordEvent (traceLazy runs it at once). */
  private appended: ProducerRecordData | null = null;

  /** produce.record for `appended`: one builder for every record, not a closure per record. */
  private readonly buildRecordEvent = (): TraceEventBody & { type: 'produce.record' } => {
    const data = this.appended!;
    const res = this.accumulator.lastAppend;
    return {
      type: 'produce.record',
      producer: this.id,
      topic: res.batch.topic,
      partition: res.partition,
      record: { id: data.id, key: data.key },
      sizeBytes: res.appendedBytes,
    };
  };

  onDisconnect(peer: string): void {
    if (!peer.startsWith('broker:')) return;
    const broker = Number(peer.slice('broker:'.length));
    this.metadata.onDisconnect(broker);
    this.sender.onDisconnect(broker);
  }

  receive(msg: Message): void {
    if (msg.response && msg.listener === 'PLAINTEXT') dispatchResponse(this.responseHandlers, msg);
  }

  private readonly responseHandlers: ResponseHandlers = {
    Metadata: (msg) => this.metadata.onResponse(msg),
    Produce: (msg) => this.sender.onResponse(msg),
  };

  private onMetadataUpdate(): void {
    const waiting = this.pending;
    this.pending = [];
    for (const w of waiting) {
      if (this.metadata.has(w.record.topic)) this.sendKnownTopic(w.record, w.data);
      else this.pending.push(w);
    }
    this.sender.run();
  }

  private completeBatch(b: ProducerBatch, baseOffset: number): void {
    this.acknowledged += b.records.length;
    if (baseOffset >= 0) this.acked.addBatch(b.topic, b.partition, baseOffset, b.records);
    this.ctx.traceLazy('produce.acked', () => ({
      type: 'produce.acked',
      producer: this.id,
      topic: b.topic,
      partition: b.partition,
      baseOffset,
      records: b.records.map((r, i) => ({
        id: r.id,
        key: r.key,
        ...(baseOffset >= 0 ? { offset: baseOffset + i } : {}),
      })),
    }));
  }

  private failBatch(b: ProducerBatch, error: string): void {
    this.failed += b.records.length;
    if (this.errors.length < MAX_ERRORS_KEPT)
      this.errors.push({ at: this.ctx.now(), error, topic: b.topic, partition: b.partition });
  }
}
