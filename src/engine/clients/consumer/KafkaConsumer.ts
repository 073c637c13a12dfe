// Kafka's KafkaConsumer, one group member: it fetches its assigned partitions from their
// leaders (one Fetch per broker, like the client's Fetcher), reads only below the high
// watermark, and hands records to the application through poll() — at most max.poll.records
// at a time — which processes each for `processingMsPerRecord`. Positions advance when poll()
// returns records; auto-commit commits positions inside poll() every auto.commit.interval.ms.
import type { SimContext } from '../../sim/SimContext';
import type { Message, NetworkNode } from '../../network/Network';
import {
  EARLIEST_TIMESTAMP,
  LATEST_TIMESTAMP,
  type FetchRequest,
  type FetchResponse,
  type ListOffsetsRequest,
  type ListOffsetsResponse,
  type MetadataResponse,
} from '../../network/requests';
import type { ClassicGroup } from '../../coordinator/group/ClassicGroup';
import type { TopicPartitionRef } from '../../snapshot/Snapshot';
import type { LogRecord } from '../../log/RecordBatch';
import { Metadata } from '../Metadata';

const tpKey = (topic: string, partition: number) => `${topic}-${partition}`;

interface CompletedFetch {
  topic: string;
  partition: number;
  records: LogRecord[];
}

export class KafkaConsumer implements NetworkNode {
  alive = true;
  assignment: TopicPartitionRef[] = [];
  private positions = new Map<string, number>();
  private resetting = new Set<string>();
  private fetchesInFlight = new Map<number, number>();
  private buffer: CompletedFetch[] = [];
  private processing = false;
  private nextAutoCommitAt: number;
  private metadata: Metadata;
  /** Bumped on every assignment, so callbacks from an older one are ignored. */
  private epoch = 0;

  constructor(
    private group: ClassicGroup,
    readonly memberId: string,
    private ctx: SimContext,
    bootstrapBrokers: number[],
  ) {
    this.nextAutoCommitAt = ctx.now() + group.config.autoCommitIntervalMs;
    this.metadata = new Metadata(
      ctx,
      this.nodeId,
      () => bootstrapBrokers.filter((b) => ctx.metadata.brokers.has(b)),
      30000,
      100,
      () => this.kick(),
    );
  }

  get nodeId(): string {
    return `consumer:${this.group.id}/${this.memberId}`;
  }

  isUp(): boolean {
    return this.alive;
  }

  position(topic: string, partition: number): number | undefined {
    return this.positions.get(tpKey(topic, partition));
  }

  /** Eager protocol: drop everything, then take the new assignment. */
  onAssignment(tps: TopicPartitionRef[]): void {
    if (!this.alive) return;
    this.epoch++;
    this.assignment = tps.map((tp) => ({ ...tp }));
    this.positions.clear();
    this.resetting.clear();
    this.buffer = [];
    this.fetchesInFlight.clear();
    for (const tp of this.assignment) {
      const committed = this.group.committedOffset(tp.topic, tp.partition);
      if (committed !== undefined) this.positions.set(tpKey(tp.topic, tp.partition), committed);
    }
    for (const t of new Set(this.assignment.map((tp) => tp.topic))) this.metadata.requestUpdate(t);
    this.kick();
  }

  close(): void {
    if (this.group.config.enableAutoCommit) this.commitPositions();
    this.alive = false;
    this.assignment = [];
    this.ctx.network.unregister(this.nodeId);
  }

  crash(): void {
    this.alive = false;
  }

  /** Move on whatever can move: offset resets, fetches, the poll loop. */
  private kick(): void {
    if (!this.alive) return;
    this.resetPositions();
    this.sendFetches();
    this.poll();
  }

  /** auto.offset.reset for partitions without a committed offset: ask the leader (ListOffsets). */
  private resetPositions(): void {
    const policy = this.group.config.autoOffsetReset;
    const byLeader = new Map<number, ListOffsetsRequest['partitions']>();
    for (const tp of this.assignment) {
      const k = tpKey(tp.topic, tp.partition);
      if (this.positions.has(k) || this.resetting.has(k)) continue;
      if (policy === 'none') {
        this.resetting.add(k); // NoOffsetForPartitionException: this partition is not consumed
        this.ctx.trace({
          type: 'offset.reset',
          group: this.group.id,
          member: this.memberId,
          ...tp,
          offset: -1,
          policy: 'none',
        });
        continue;
      }
      const leader = this.metadata.leaderFor(tp.topic, tp.partition);
      if (leader === null) continue;
      this.resetting.add(k);
      let list = byLeader.get(leader);
      if (!list) byLeader.set(leader, (list = []));
      list.push({
        ...tp,
        timestamp: policy === 'earliest' ? EARLIEST_TIMESTAMP : LATEST_TIMESTAMP,
      });
    }
    for (const [leader, partitions] of byLeader) {
      const req: ListOffsetsRequest = { partitions };
      this.ctx.network.send(this.nodeId, `broker:${leader}`, 'ListOffsets', false, req);
    }
  }

  private sendFetches(): void {
    const cfg = this.group.config;
    const buffered = new Set(this.buffer.map((f) => tpKey(f.topic, f.partition)));
    const byLeader = new Map<number, FetchRequest['partitions']>();
    for (const tp of this.assignment) {
      const k = tpKey(tp.topic, tp.partition);
      const pos = this.positions.get(k);
      if (pos === undefined || buffered.has(k)) continue;
      const leader = this.metadata.leaderFor(tp.topic, tp.partition);
      if (leader === null || this.fetchesInFlight.has(leader)) continue;
      let list = byLeader.get(leader);
      if (!list) byLeader.set(leader, (list = []));
      list.push({ ...tp, fetchOffset: pos, partitionMaxBytes: cfg.maxPartitionFetchBytes });
    }
    for (const [leader, partitions] of byLeader) {
      for (const p of partitions)
        this.ctx.trace({
          type: 'consumer.fetch',
          group: this.group.id,
          member: this.memberId,
          broker: leader,
          topic: p.topic,
          partition: p.partition,
          fetchOffset: p.fetchOffset,
        });
      const req: FetchRequest = {
        replicaId: -1,
        maxWaitMs: cfg.fetchMaxWaitMs,
        minBytes: cfg.fetchMinBytes,
        maxBytes: cfg.fetchMaxBytes,
        partitions,
      };
      const msg = this.ctx.network.send(this.nodeId, `broker:${leader}`, 'Fetch', false, req);
      this.fetchesInFlight.set(leader, msg.correlationId);
      const sent = msg.correlationId;
      const epoch = this.epoch;
      // No answer (dead leader): give up on this fetch after the request timeout.
      this.ctx.schedule(this.ctx.now() + 30000, () => {
        if (epoch !== this.epoch || this.fetchesInFlight.get(leader) !== sent) return;
        this.fetchesInFlight.delete(leader);
        this.metadata.requestUpdate();
      });
    }
  }

  onDisconnect(peer: string): void {
    if (!this.alive || !peer.startsWith('broker:')) return;
    const broker = Number(peer.slice('broker:'.length));
    this.metadata.onDisconnect(broker);
    if (this.fetchesInFlight.delete(broker) || this.resetting.size > 0) {
      // Offsets being looked up there are asked again of the next leader.
      this.resetting.clear();
      this.metadata.requestUpdate();
      this.ctx.schedule(this.ctx.now() + 100, () => this.kick());
    }
  }

  receive(msg: Message): void {
    if (!this.alive || !msg.response) return;
    if (msg.api === 'Metadata') this.metadata.onResponse(msg as Message<MetadataResponse>);
    else if (msg.api === 'ListOffsets') this.onListOffsets(msg as Message<ListOffsetsResponse>);
    else if (msg.api === 'Fetch') this.onFetch(msg as Message<FetchResponse>);
  }

  private isAssigned(topic: string, partition: number): boolean {
    return this.assignment.some((tp) => tp.topic === topic && tp.partition === partition);
  }

  private onListOffsets(msg: Message<ListOffsetsResponse>): void {
    for (const p of msg.payload.partitions) {
      const k = tpKey(p.topic, p.partition);
      if (!this.resetting.has(k)) continue;
      this.resetting.delete(k);
      if (p.error !== 'NONE' || !this.isAssigned(p.topic, p.partition)) continue;
      this.positions.set(k, p.offset);
      this.ctx.trace({
        type: 'offset.reset',
        group: this.group.id,
        member: this.memberId,
        topic: p.topic,
        partition: p.partition,
        offset: p.offset,
        policy: this.group.config.autoOffsetReset,
      });
    }
    this.kick();
  }

  private onFetch(msg: Message<FetchResponse>): void {
    const leader = Number(msg.from.slice('broker:'.length));
    if (this.fetchesInFlight.get(leader) !== msg.correlationId) return;
    this.fetchesInFlight.delete(leader);
    let refresh = false;
    for (const pr of msg.payload.partitions) {
      const k = tpKey(pr.topic, pr.partition);
      const pos = this.positions.get(k);
      if (pos === undefined || !this.isAssigned(pr.topic, pr.partition)) continue;
      if (pr.error === 'OFFSET_OUT_OF_RANGE') {
        this.positions.delete(k); // reset by auto.offset.reset
        continue;
      }
      if (pr.error !== 'NONE') {
        refresh = true;
        continue;
      }
      const records: LogRecord[] = [];
      for (const b of pr.batches) {
        if (b.records) {
          for (const r of b.records) if (r.offset >= pos) records.push(r);
        } else {
          for (let o = Math.max(b.baseOffset, pos); o <= b.lastOffset; o++)
            records.push({ offset: o, timestamp: b.maxTimestamp, key: null, value: null, id: -1 });
        }
      }
      if (records.length > 0)
        this.buffer.push({ topic: pr.topic, partition: pr.partition, records });
    }
    if (refresh) this.metadata.requestUpdate();
    this.kick();
  }

  /** The application's poll loop: take up to max.poll.records, process them one by one. */
  private poll(): void {
    if (this.processing || !this.alive) return;
    const cfg = this.group.config;
    const now = this.ctx.now();
    if (cfg.enableAutoCommit && now >= this.nextAutoCommitAt) {
      this.commitPositions();
      this.nextAutoCommitAt = now + cfg.autoCommitIntervalMs;
    }
    const batch: { topic: string; partition: number; record: LogRecord }[] = [];
    while (batch.length < cfg.maxPollRecords && this.buffer.length > 0) {
      const f = this.buffer[0]!;
      const k = tpKey(f.topic, f.partition);
      const take = f.records.splice(0, cfg.maxPollRecords - batch.length);
      for (const record of take) batch.push({ topic: f.topic, partition: f.partition, record });
      if (take.length > 0) this.positions.set(k, take[take.length - 1]!.offset + 1);
      if (f.records.length === 0) this.buffer.shift();
    }
    this.sendFetches();
    if (batch.length === 0) {
      if (cfg.enableAutoCommit) this.scheduleAutoCommitPoll();
      return;
    }
    this.processing = true;
    const epoch = this.epoch;
    const per = this.group.processingMsPerRecord;
    batch.forEach((item, i) => {
      this.ctx.schedule(now + per * (i + 1), () => {
        if (!this.alive || epoch !== this.epoch) return;
        this.group.recordConsumed(item.topic, item.partition, item.record.offset);
        this.ctx.trace({
          type: 'consume.record',
          group: this.group.id,
          member: this.memberId,
          topic: item.topic,
          partition: item.partition,
          record: { id: item.record.id, key: item.record.key, offset: item.record.offset },
        });
        if (i === batch.length - 1) {
          this.processing = false;
          this.poll();
        }
      });
    });
  }

  /** An idle consumer still polls, so auto-commit still happens on time. */
  private autoCommitTimer = false;
  private scheduleAutoCommitPoll(): void {
    if (this.autoCommitTimer) return;
    this.autoCommitTimer = true;
    this.ctx.schedule(Math.max(this.nextAutoCommitAt, this.ctx.now()), () => {
      this.autoCommitTimer = false;
      if (this.alive) this.poll();
    });
  }

  private commitPositions(): void {
    const offsets: { topic: string; partition: number; offset: number }[] = [];
    for (const tp of this.assignment) {
      const pos = this.positions.get(tpKey(tp.topic, tp.partition));
      if (pos === undefined) continue;
      if (this.group.committedOffset(tp.topic, tp.partition) === pos) continue;
      offsets.push({ ...tp, offset: pos });
    }
    this.group.commit(this.memberId, offsets);
  }
}
