// One scenario consumer group as the application that runs it: its instances (member processes
// `<group>-<n>`, numbered in start order, never reused), their shared config, how long a record
// takes to process, and what the application processed — `consumed`, and `redelivered` for a
// record some instance had already processed. The group itself lives at its coordinator.
import type { SimContext } from './SimContext';
import type { ConsumerConfig } from '../config/types';
import { KafkaConsumer, type ConsumerApp } from '../clients/consumer/KafkaConsumer';
import { CONSUMER_CONFIGS } from '../config/tables/consumer';

export class ConsumerGroupApp implements ConsumerApp {
  /** Every started instance not closed yet (crashed ones stay, for the snapshot). */
  readonly members = new Map<string, KafkaConsumer>();
  consumed = 0;
  redelivered = 0;
  /**
   * Highest offset consumed, per topic then partition, -1 for none (no topic-partition string per
   * record). Doubles in a typed array: an offset can arrive as a double (a heap number from a
   * broker's batch), and in a plain array that turned the array to doubles with holes, whose
   * every read made a number object.
   */
  private maxConsumed = new Map<string, Float64Array>();
  private lastTopic: string | null = null;
  private lastMax: Float64Array | undefined = undefined;
  private nextMemberSeq = 1;

  constructor(
    readonly id: string,
    readonly topics: string[],
    public config: ConsumerConfig,
    public processingMsPerRecord: number,
    private ctx: SimContext,
    private bootstrapBrokers: number[],
  ) {}

  /** Start `count` instances; each finds the coordinator and joins. */
  addMembers(count = 1): void {
    for (let i = 0; i < count; i++) {
      const memberId = `${this.id}-${this.nextMemberSeq++}`;
      const m = new KafkaConsumer(this, memberId, this.ctx, this.bootstrapBrokers);
      this.members.set(memberId, m);
      this.ctx.network.register(m);
      this.ctx.trace({ type: 'member.joined', group: this.id, member: memberId });
      m.start();
    }
  }

  /** A graceful close: commit (auto-commit), LeaveGroup at once. */
  removeMember(memberId: string): void {
    const m = this.members.get(memberId);
    if (!m || !m.alive) return;
    m.close();
    this.members.delete(memberId);
  }

  /** The process dies: no commit, no LeaveGroup; noticed after session.timeout.ms. */
  crashMember(memberId: string): void {
    const m = this.members.get(memberId);
    if (!m || !m.alive) return;
    m.crash();
    this.ctx.trace({ type: 'member.crashed', group: this.id, member: memberId });
  }

  stallMember(memberId: string, ms: number): void {
    this.members.get(memberId)?.stall(ms);
  }

  /** Instances that run (validation lets actions name only these). */
  liveMemberIds(): string[] {
    return [...this.members.values()].filter((m) => m.alive).map((m) => m.memberId);
  }

  /**
   * A new partition.assignment.strategy (or group.remote.assignor) takes effect when the
   * instances restart with it (Kafka reads it at startup): each commits, leaves, and joins again. Switching all at once avoids
   * Kafka's INCONSISTENT_GROUP_PROTOCOL, which a rolling switch without a common assignor hits.
   */
  onConfigChanged(key: string): void {
    if (
      key === CONSUMER_CONFIGS.partitionAssignmentStrategy.name ||
      key === CONSUMER_CONFIGS.groupRemoteAssignor.name ||
      // A client reads its security.protocol once: the members restart on the other listener.
      key === CONSUMER_CONFIGS.securityProtocol.name
    ) {
      for (const m of this.members.values()) if (m.alive) m.restart();
    } else if (key === CONSUMER_CONFIGS.groupProtocol.name) {
      // The other protocol is another client implementation (AsyncKafkaConsumer for KIP-848):
      // the instances are replaced by new ones. The group changes kind once the old ones are gone.
      const running = this.liveMemberIds();
      for (const id of running) this.removeMember(id);
      this.addMembers(running.length);
    }
  }

  /** A subscribed topic got partitions: the members' metadata refreshes. */
  onTopicChanged(topic: string): void {
    for (const m of this.members.values()) if (m.alive) m.refreshMetadata(topic);
  }

  recordConsumed(topic: string, partition: number, offset: number): boolean {
    return this.recordsConsumed(topic, partition, offset, 1) > 0;
  }

  /** The offsets first … first + count - 1 consumed, in order; how many were redelivered. */
  recordsConsumed(topic: string, partition: number, first: number, count: number): number {
    this.consumed += count;
    const byPartition = this.maxOf(topic, partition);
    const max = byPartition[partition]!;
    // The offsets up to the highest consumed before are redelivered, the others raise it.
    const redelivered = Math.min(Math.max(max - first + 1, 0), count);
    this.redelivered += redelivered;
    if (first + count - 1 > max) byPartition[partition] = first + count - 1;
    return redelivered;
  }

  /** The topic's highest offsets by partition, with room for `partition`. */
  private maxOf(topic: string, partition: number): Float64Array {
    // Asked for every record, nearly always of the topic before: its entry is kept at hand
    // (replaced, grown, only for a partition past its end).
    let byPartition = topic === this.lastTopic ? this.lastMax : this.maxConsumed.get(topic);
    if (!byPartition || partition >= byPartition.length) {
      const grown = new Float64Array(partition + 1).fill(-1);
      if (byPartition) grown.set(byPartition);
      this.maxConsumed.set(topic, (byPartition = grown));
    }
    this.lastTopic = topic;
    this.lastMax = byPartition;
    return byPartition;
  }
}
