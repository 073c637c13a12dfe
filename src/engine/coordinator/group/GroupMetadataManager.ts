// Kafka's GroupMetadataManager: the groups and committed offsets of the __consumer_offsets
// partitions this broker leads. Every offset commit and every completed rebalance is a record
// appended to the group's partition through the normal produce path (acks=all, so it is on every
// in-sync replica before it counts). A broker elected leader of such a partition rebuilds its
// groups by reading the records of its own replica: that is how offsets survive the coordinator.
import type { SimContext } from '../../sim/SimContext';
import type { ReplicaManager } from '../../server/ReplicaManager';
import type { ErrorCode, ProduceRequest } from '../../network/requests';
import { ClassicGroup, ClassicGroupMember } from './ClassicGroup';
import { ConsumerGroup } from './modern/consumer/ConsumerGroup';
import { replayConsumerGroup, type KeyValue } from './modern/consumer/ConsumerGroupRecords';
import {
  GROUP_METADATA_TOPIC_NAME,
  OFFSET_COMMIT_TIMEOUT_MS,
  groupMetadataKey,
  groupMetadataValue,
  offsetCommitKey,
  offsetCommitValue,
  parseOffsetsRecord,
  partitionFor,
  type ConsumerGroupRecord,
  type StoredGroup,
} from './OffsetsTopic';
import { tpKey } from '../../common/TopicPartition';

export interface CommittedOffset {
  topic: string;
  partition: number;
  offset: number;
}

/** The last coordinator of each group, across brokers: only to say where it moved from in traces. */
export type CoordinatorRegistry = Map<string, number>;

export class GroupMetadataManager {
  readonly groups = new Map<string, ClassicGroup>();
  /** KIP-848 groups (group.protocol=consumer); a group id is in one of the two maps at most. */
  readonly consumerGroups = new Map<string, ConsumerGroup>();
  /** group → `topic-partition` → committed offset. */
  private offsets = new Map<string, Map<string, CommittedOffset>>();
  /** The __consumer_offsets partitions whose groups are loaded here. */
  readonly ownedPartitions = new Set<number>();

  constructor(
    private brokerId: number,
    private ctx: SimContext,
    private replicaManager: ReplicaManager,
    private numPartitions: () => number,
    private registry: CoordinatorRegistry,
  ) {}

  partitionFor(groupId: string): number {
    return partitionFor(groupId, this.numPartitions());
  }

  isGroupLocal(groupId: string): boolean {
    return this.ownedPartitions.has(this.partitionFor(groupId));
  }

  /** The classic group for a JoinGroup; null while a consumer group with members holds the id. */
  getOrCreateGroup(groupId: string): ClassicGroup | null {
    const modern = this.consumerGroups.get(groupId);
    if (modern) {
      if (modern.members.size > 0) return null;
      this.consumerGroups.delete(groupId);
    }
    let g = this.groups.get(groupId);
    if (!g) {
      g = new ClassicGroup(groupId, this.brokerId, (e) => this.ctx.trace(e));
      this.groups.set(groupId, g);
      this.registry.set(groupId, this.brokerId);
    }
    return g;
  }

  /**
   * The consumer group for a heartbeat. `create` (a member joining with epoch 0) makes one, also
   * in place of an empty classic group (Kafka converts those); a classic group with members
   * makes it 'classic'.
   */
  getOrMaybeCreateConsumerGroup(
    groupId: string,
    create: boolean,
  ): ConsumerGroup | 'classic' | null {
    const existing = this.consumerGroups.get(groupId);
    if (existing) return existing;
    const classic = this.groups.get(groupId);
    if (classic && classic.members.size > 0) return 'classic';
    if (!create) return null;
    this.groups.delete(groupId);
    const g = new ConsumerGroup(groupId);
    this.consumerGroups.set(groupId, g);
    this.registry.set(groupId, this.brokerId);
    return g;
  }

  /** Append a consumer group's records; `done` hears NONE once they are replicated. */
  storeConsumerGroupRecords(
    groupId: string,
    records: KeyValue[],
    done: (error: ErrorCode) => void,
  ): void {
    if (records.length === 0) return done('NONE');
    this.append(groupId, records, done);
  }

  committed(groupId: string): CommittedOffset[] {
    return [...(this.offsets.get(groupId)?.values() ?? [])];
  }

  committedOffset(groupId: string, topic: string, partition: number): number | undefined {
    return this.offsets.get(groupId)?.get(tpKey(topic, partition))?.offset;
  }

  /** Append the commit as records; the offsets count (and the member hears NONE) once replicated. */
  storeOffsets(
    groupId: string,
    offsets: CommittedOffset[],
    done: (error: ErrorCode) => void,
  ): void {
    const now = this.ctx.now();
    this.append(
      groupId,
      offsets.map((o) => ({
        key: offsetCommitKey(groupId, o.topic, o.partition),
        value: offsetCommitValue(o.offset, now),
      })),
      (error) => {
        if (error === 'NONE') {
          let m = this.offsets.get(groupId);
          if (!m) this.offsets.set(groupId, (m = new Map()));
          for (const o of offsets) m.set(tpKey(o), { ...o });
        }
        done(error);
      },
    );
  }

  /** Append the group as of this generation (GroupMetadata record). */
  storeGroup(group: ClassicGroup, done: (error: ErrorCode) => void): void {
    const value: StoredGroup = {
      protocolType: 'consumer',
      generation: group.generationId,
      protocol: group.protocolName,
      leader: group.leaderId,
      members: group.allMembers().map((m) => ({
        memberId: m.memberId,
        sessionTimeoutMs: m.sessionTimeoutMs,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        subscription: m.metadata(group.protocolName ?? '') ?? m.protocols[0]!.metadata,
        assignment: m.assignment,
      })),
    };
    this.append(
      group.groupId,
      [{ key: groupMetadataKey(group.groupId), value: groupMetadataValue(value) }],
      done,
    );
  }

  private append(
    groupId: string,
    records: { key: string; value: string | null }[],
    done: (error: ErrorCode) => void,
  ): void {
    const partition = this.partitionFor(groupId);
    const now = this.ctx.now();
    const req: ProduceRequest = {
      acks: -1,
      timeoutMs: OFFSET_COMMIT_TIMEOUT_MS,
      producerId: -1,
      producerEpoch: -1,
      partitions: [
        {
          topic: GROUP_METADATA_TOPIC_NAME,
          partition,
          baseSequence: -1,
          records: records.map((r) => ({ ...r, id: this.ctx.nextRecordId(), timestamp: now })),
        },
      ],
    };
    this.replicaManager.handleProduce(req, (res) => {
      // The partition may have moved meanwhile: then nothing here counts any more.
      if (!this.ownedPartitions.has(partition)) return done('NOT_COORDINATOR');
      done(appendErrorToCoordinatorError(res.partitions[0]?.error ?? 'UNKNOWN_TOPIC_OR_PARTITION'));
    });
  }

  /**
   * Become coordinator for a partition's groups: replay its records (the latest of each key
   * wins). Loaded groups with members start Stable; their members' sessions restart now.
   */
  load(
    partition: number,
    startMember: (g: ClassicGroup, m: ClassicGroupMember) => void,
    startConsumerGroup: (g: ConsumerGroup) => void,
  ): void {
    this.ownedPartitions.add(partition);
    const p = this.replicaManager.getPartition(GROUP_METADATA_TOPIC_NAME, partition);
    const stored = new Map<string, StoredGroup | null>();
    const consumer = new Map<string, ConsumerGroupRecord[]>();
    if (p)
      for (const batch of p.log.batches())
        for (const r of batch.records ?? []) {
          const rec = parseOffsetsRecord(r.key, r.value);
          if (!rec) continue;
          if (rec.kind === 'consumer') {
            let list = consumer.get(rec.group);
            if (!list) consumer.set(rec.group, (list = []));
            list.push(rec);
            // A classic group replaced by a consumer group (it was empty).
            stored.delete(rec.group);
          } else if (rec.kind === 'group') {
            stored.set(rec.group, rec.value);
            consumer.delete(rec.group);
          } else {
            let m = this.offsets.get(rec.group);
            if (!m) this.offsets.set(rec.group, (m = new Map()));
            const k = tpKey(rec.topic, rec.partition);
            if (rec.offset === null) m.delete(k);
            else m.set(k, { topic: rec.topic, partition: rec.partition, offset: rec.offset });
            if (!stored.has(rec.group) && !consumer.has(rec.group)) stored.set(rec.group, null);
          }
        }
    for (const [groupId, records] of consumer) {
      const g = replayConsumerGroup(groupId, records);
      this.consumerGroups.set(groupId, g);
      this.traceMoved(groupId, partition);
      startConsumerGroup(g);
    }
    for (const [groupId, value] of stored) {
      const g = new ClassicGroup(groupId, this.brokerId, (e) => this.ctx.trace(e));
      this.groups.set(groupId, g);
      if (value) {
        g.generationId = value.generation;
        g.protocolName = value.protocol;
        g.leaderId = value.leader;
        for (const sm of value.members) {
          const m = new ClassicGroupMember(
            sm.memberId,
            sm.sessionTimeoutMs,
            sm.rebalanceTimeoutMs,
            [{ name: value.protocol as never, metadata: sm.subscription }],
          );
          m.assignment = sm.assignment;
          m.isNew = false;
          g.members.set(m.memberId, m);
        }
        g.state = g.members.size > 0 ? 'Stable' : 'Empty';
        g.previousState = g.state;
      }
      this.traceMoved(groupId, partition);
      for (const m of g.members.values()) startMember(g, m);
    }
  }

  private traceMoved(groupId: string, partition: number): void {
    this.ctx.trace({
      type: 'coordinator.moved',
      group: groupId,
      partition,
      from: this.registry.get(groupId) ?? null,
      to: this.brokerId,
    });
    this.registry.set(groupId, this.brokerId);
  }

  /** Resign a partition (or the broker stopped): its groups are gone from here. */
  unload(partition: number): (ClassicGroup | ConsumerGroup)[] {
    this.ownedPartitions.delete(partition);
    const gone: (ClassicGroup | ConsumerGroup)[] = [];
    for (const groups of [this.groups, this.consumerGroups] as Map<
      string,
      ClassicGroup | ConsumerGroup
    >[])
      for (const [id, g] of groups)
        if (this.partitionFor(id) === partition) {
          gone.push(g);
          groups.delete(id);
          this.offsets.delete(id);
        }
    return gone;
  }
}

/** How Kafka's coordinator reports a failed write of its records to the client. */
function appendErrorToCoordinatorError(e: ErrorCode): ErrorCode {
  switch (e) {
    case 'UNKNOWN_TOPIC_OR_PARTITION':
    case 'NOT_ENOUGH_REPLICAS':
    case 'NOT_ENOUGH_REPLICAS_AFTER_APPEND':
      return 'COORDINATOR_NOT_AVAILABLE';
    case 'NOT_LEADER_OR_FOLLOWER':
      return 'NOT_COORDINATOR';
    default:
      return e;
  }
}
