// A consumer group as the group coordinator keeps it (Kafka's ClassicGroup): members, the
// generation, the current assignment and the committed offsets.
//
// Simplification until the group protocol lands: membership changes take effect at once
// (no JoinGroup/SyncGroup round trips, no initial rebalance delay), the assignment is computed
// here with the RangeAssignor rather than by the leader member, and commits are applied
// directly. A crashed member is still only noticed after session.timeout.ms.
import type { SimContext } from '../../sim/SimContext';
import type { ConsumerConfig } from '../../config/types';
import { rangeAssign } from '../../clients/consumer/RangeAssignor';
import { KafkaConsumer } from '../../clients/consumer/KafkaConsumer';
import type { ConsumerGroupSnapshot, TopicPartitionRef } from '../../snapshot/Snapshot';

export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

export class ClassicGroup {
  readonly members = new Map<string, KafkaConsumer>();
  readonly committed = new Map<string, number>();
  private maxConsumed = new Map<string, number>();
  generation = 0;
  state: GroupState = 'Empty';
  consumed = 0;
  redelivered = 0;
  private nextMemberSeq = 1;

  constructor(
    readonly id: string,
    readonly topics: string[],
    public config: ConsumerConfig,
    public processingMsPerRecord: number,
    private ctx: SimContext,
    private bootstrapBrokers: number[],
  ) {}

  /** New members join (ids `<group>-<n>`, in join order, never reused); one rebalance for all. */
  addMembers(count = 1): void {
    for (let i = 0; i < count; i++) {
      const memberId = `${this.id}-${this.nextMemberSeq++}`;
      const m = new KafkaConsumer(this, memberId, this.ctx, this.bootstrapBrokers);
      this.members.set(memberId, m);
      this.ctx.network.register(m);
      this.ctx.trace({ type: 'member.joined', group: this.id, member: memberId });
    }
    this.rebalance();
  }

  /** A graceful close: the member commits what it consumed (auto-commit) and leaves at once. */
  removeMember(memberId: string): void {
    const m = this.members.get(memberId);
    if (!m) return;
    m.close();
    this.members.delete(memberId);
    this.ctx.trace({ type: 'member.left', group: this.id, member: memberId, reason: 'leave' });
    this.rebalance();
  }

  /** The process dies: no commit, no leave; the coordinator notices after session.timeout.ms. */
  crashMember(memberId: string): void {
    const m = this.members.get(memberId);
    if (!m || !m.alive) return;
    m.crash();
    this.ctx.trace({ type: 'member.crashed', group: this.id, member: memberId });
    this.ctx.schedule(this.ctx.now() + this.config.sessionTimeoutMs, () => {
      if (this.members.get(memberId) !== m) return;
      this.members.delete(memberId);
      this.ctx.network.unregister(m.nodeId);
      this.ctx.trace({
        type: 'member.left',
        group: this.id,
        member: memberId,
        reason: 'session.timeout',
      });
      this.rebalance();
    });
  }

  /** Eager rebalance: every member gives up everything, then receives the new assignment. */
  rebalance(): void {
    this.generation++;
    if (this.members.size === 0) {
      this.state = 'Empty';
      this.ctx.trace({
        type: 'group.assign',
        group: this.id,
        generation: this.generation,
        strategy: 'range',
        assignment: {},
      });
      return;
    }
    const counts = new Map<string, number>();
    for (const t of this.topics) counts.set(t, this.ctx.metadata.partitionCount(t));
    const assignment = rangeAssign(
      counts,
      [...this.members.keys()].map((memberId) => ({ memberId, topics: this.topics })),
    );
    this.state = 'Stable';
    const record: Record<string, TopicPartitionRef[]> = {};
    for (const [memberId, tps] of assignment) record[memberId] = tps;
    this.ctx.trace({
      type: 'group.assign',
      group: this.id,
      generation: this.generation,
      strategy: 'range',
      assignment: record,
    });
    for (const [memberId, m] of this.members) m.onAssignment(assignment.get(memberId) ?? []);
  }

  commit(memberId: string, offsets: { topic: string; partition: number; offset: number }[]): void {
    if (offsets.length === 0) return;
    for (const o of offsets) this.committed.set(`${o.topic}-${o.partition}`, o.offset);
    this.ctx.trace({ type: 'offset.commit', group: this.id, member: memberId, offsets });
  }

  committedOffset(topic: string, partition: number): number | undefined {
    return this.committed.get(`${topic}-${partition}`);
  }

  /** Count a processed record; one at or below the highest offset seen before is a redelivery. */
  recordConsumed(topic: string, partition: number, offset: number): boolean {
    const k = `${topic}-${partition}`;
    this.consumed++;
    const max = this.maxConsumed.get(k) ?? -1;
    if (offset <= max) {
      this.redelivered++;
      return true;
    }
    this.maxConsumed.set(k, offset);
    return false;
  }

  snapshot(
    highWatermark: (topic: string, partition: number) => number | null,
  ): ConsumerGroupSnapshot {
    const committed: ConsumerGroupSnapshot['committed'] = [];
    const lag: ConsumerGroupSnapshot['lag'] = [];
    for (const topic of this.topics) {
      const n = this.ctx.metadata.partitionCount(topic);
      for (let partition = 0; partition < n; partition++) {
        const offset = this.committedOffset(topic, partition);
        if (offset === undefined) continue;
        committed.push({ topic, partition, offset });
        const hw = highWatermark(topic, partition);
        if (hw !== null) lag.push({ topic, partition, lag: Math.max(0, hw - offset) });
      }
    }
    return {
      id: this.id,
      state: this.state,
      generation: this.generation,
      members: [...this.members.values()].map((m) => ({
        id: m.memberId,
        assignment: [...m.assignment],
      })),
      committed,
      lag,
      consumed: this.consumed,
      redelivered: this.redelivered,
    };
  }
}
