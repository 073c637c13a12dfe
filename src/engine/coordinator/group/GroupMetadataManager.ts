// Kafka's GroupMetadataManager: the groups and committed offsets of the __consumer_offsets
// partitions this broker leads. Every offset commit and every completed rebalance is a record
// appended to the group's partition through the normal produce path (acks=all, so it is on every
// in-sync replica before it counts). A broker elected leader of such a partition rebuilds its
// groups by reading the records of its own replica: that is how offsets survive the coordinator.
import type { SimContext } from '../../sim/SimContext';
import type { ReplicaManager } from '../../server/ReplicaManager';
import type { ErrorCode, ProduceRequest } from '../../network/requests';
import { ClassicGroup, ClassicGroupMember } from './ClassicGroup';
import {
  GROUP_METADATA_TOPIC_NAME,
  OFFSET_COMMIT_TIMEOUT_MS,
  groupMetadataKey,
  groupMetadataValue,
  offsetCommitKey,
  offsetCommitValue,
  parseOffsetsRecord,
  partitionFor,
  type StoredGroup,
} from './OffsetsTopic';

export interface CommittedOffset {
  topic: string;
  partition: number;
  offset: number;
}

/** The last coordinator of each group, across brokers: only to say where it moved from in traces. */
export type CoordinatorRegistry = Map<string, number>;

export class GroupMetadataManager {
  readonly groups = new Map<string, ClassicGroup>();
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

  getOrCreateGroup(groupId: string): ClassicGroup {
    let g = this.groups.get(groupId);
    if (!g) {
      g = new ClassicGroup(groupId, this.brokerId, (e) => this.ctx.trace(e));
      this.groups.set(groupId, g);
      this.registry.set(groupId, this.brokerId);
    }
    return g;
  }

  committed(groupId: string): CommittedOffset[] {
    return [...(this.offsets.get(groupId)?.values() ?? [])];
  }

  committedOffset(groupId: string, topic: string, partition: number): number | undefined {
    return this.offsets.get(groupId)?.get(`${topic}-${partition}`)?.offset;
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
          for (const o of offsets) m.set(`${o.topic}-${o.partition}`, { ...o });
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
    records: { key: string; value: string }[],
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
  load(partition: number, startMember: (g: ClassicGroup, m: ClassicGroupMember) => void): void {
    this.ownedPartitions.add(partition);
    const p = this.replicaManager.getPartition(GROUP_METADATA_TOPIC_NAME, partition);
    const stored = new Map<string, StoredGroup | null>();
    if (p)
      for (const batch of p.log.batches())
        for (const r of batch.records ?? []) {
          const rec = parseOffsetsRecord(r.key, r.value);
          if (!rec) continue;
          if (rec.kind === 'group') stored.set(rec.group, rec.value);
          else {
            let m = this.offsets.get(rec.group);
            if (!m) this.offsets.set(rec.group, (m = new Map()));
            const k = `${rec.topic}-${rec.partition}`;
            if (rec.offset === null) m.delete(k);
            else m.set(k, { topic: rec.topic, partition: rec.partition, offset: rec.offset });
            if (!stored.has(rec.group)) stored.set(rec.group, null);
          }
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
      this.ctx.trace({
        type: 'coordinator.moved',
        group: groupId,
        partition,
        from: this.registry.get(groupId) ?? null,
        to: this.brokerId,
      });
      this.registry.set(groupId, this.brokerId);
      for (const m of g.members.values()) startMember(g, m);
    }
  }

  /** Resign a partition (or the broker stopped): its groups are gone from here. */
  unload(partition: number): ClassicGroup[] {
    this.ownedPartitions.delete(partition);
    const gone: ClassicGroup[] = [];
    for (const [id, g] of this.groups)
      if (this.partitionFor(id) === partition) {
        gone.push(g);
        this.groups.delete(id);
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
