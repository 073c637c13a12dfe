// Kafka's GroupMetadataManager: the groups and committed offsets of the __consumer_offsets
// partitions this broker leads. Every offset commit and every completed rebalance is a record
// appended to the group's partition through the normal produce path (acks=all, so it is on every
// in-sync replica before it counts). A broker elected leader of such a partition rebuilds its
// groups by reading the records of its own replica: that is how offsets survive the coordinator.
// As in Kafka's CoordinatorRuntime, a write whose wait for the HW timed out (REQUEST_TIMED_OUT to
// the client) is not undone: its records stay in the log and count once the HW passes them, unless
// the coordinator lost the partition first (unload: a new leader replays whatever its log holds).
import type { Cancellable, SimContext } from '../../sim/SimContext';
import type { ReplicaManager } from '../../server/ReplicaManager';
import type { Partition } from '../../server/Partition';
import type { ErrorCode, ProduceRequest } from '../../network/requests';
import { ClassicGroup, ClassicGroupMember } from './ClassicGroup';
import type { KeyValue } from './modern/consumer/ConsumerGroupRecords';
import { ConsumerGroup, replayConsumerGroup } from '../../sim/consumerGroupProtocol';
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

/** A committed offset and where its record sits in the partition: the latest record wins. */
interface StoredOffset extends CommittedOffset {
  logOffset: number;
}

/**
 * An offset commit whose wait for the HW timed out: its records are in the leader's log and
 * become the committed offsets when the HW passes them (Kafka's timeline snapshot committed on
 * CoordinatorRuntime.onHighWatermarkUpdated), unless the partition is unloaded first.
 */
interface PendingCommit {
  groupId: string;
  partition: number;
  baseOffset: number;
  /** The leader epoch the records were appended in. */
  leaderEpoch: number;
  offsets: CommittedOffset[];
  onCommitted: () => void;
}

/**
 * A heartbeat that wrote nothing but answers from state that is not committed yet: Kafka's
 * CoordinatorRuntime defers such a read until the HW passes the highest offset written so far
 * (deferredEventQueue.highestPendingOffset), so a member never acts on an assignment a new
 * coordinator would not load.
 */
interface DeferredRead {
  partition: number;
  /** The log end offset when the read came: it completes once the HW reaches it. */
  offset: number;
  done: (error: ErrorCode) => void;
  timer: Cancellable;
}

/** The last coordinator of each group, across brokers: only to say where it moved from in traces. */
export type CoordinatorRegistry = Map<string, number>;

export class GroupMetadataManager {
  readonly groups = new Map<string, ClassicGroup>();
  /** KIP-848 groups (group.protocol=consumer); a group id is in one of the two maps at most. */
  readonly consumerGroups = new Map<string, ConsumerGroup>();
  /** group → `topic-partition` → committed offset. */
  private offsets = new Map<string, Map<string, StoredOffset>>();
  /** Timed-out offset commits still waiting for the HW, in log order. */
  private pendingCommits: PendingCommit[] = [];
  /** Reads waiting for earlier writes to commit, in arrival order. */
  private deferredReads: DeferredRead[] = [];
  /** The __consumer_offsets partitions whose groups are loaded here. */
  readonly ownedPartitions = new Set<number>();

  constructor(
    private brokerId: number,
    private ctx: SimContext,
    private replicaManager: ReplicaManager,
    private numPartitions: () => number,
    private registry: CoordinatorRegistry,
  ) {
    replicaManager.addHighWatermarkListener((p) => this.onHighWatermarkUpdated(p));
  }

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
    if (records.length > 0) return this.append(groupId, records, done);
    const partition = this.partitionFor(groupId);
    const log = this.replicaManager.getPartition(GROUP_METADATA_TOPIC_NAME, partition)?.log;
    if (!log || log.highWatermark >= log.logEndOffset) return done('NONE');
    const read: DeferredRead = {
      partition,
      offset: log.logEndOffset,
      done,
      timer: this.ctx.schedule(this.ctx.now() + OFFSET_COMMIT_TIMEOUT_MS, () =>
        this.completeRead(read, 'REQUEST_TIMED_OUT'),
      ),
    };
    this.deferredReads.push(read);
  }

  private completeRead(read: DeferredRead, error: ErrorCode): void {
    const i = this.deferredReads.indexOf(read);
    if (i < 0) return;
    this.deferredReads.splice(i, 1);
    read.timer.cancel();
    read.done(error);
  }

  committed(groupId: string): CommittedOffset[] {
    return [...(this.offsets.get(groupId)?.values() ?? [])].map((o) => ({
      topic: o.topic,
      partition: o.partition,
      offset: o.offset,
    }));
  }

  committedOffset(groupId: string, topic: string, partition: number): number | undefined {
    return this.offsets.get(groupId)?.get(tpKey(topic, partition))?.offset;
  }

  /**
   * Append the commit as records; the offsets count (and the member hears NONE) once replicated.
   * If the wait times out the member hears REQUEST_TIMED_OUT, but the records stay in the log:
   * the offsets count (and `committedLater` runs) once the HW passes them, while this broker
   * still coordinates the partition.
   */
  storeOffsets(
    groupId: string,
    offsets: CommittedOffset[],
    done: (error: ErrorCode) => void,
    committedLater: () => void = () => {},
  ): void {
    const now = this.ctx.now();
    const copy = offsets.map((o) => ({ topic: o.topic, partition: o.partition, offset: o.offset }));
    this.append(
      groupId,
      copy.map((o) => ({
        key: offsetCommitKey(groupId, o.topic, o.partition),
        value: offsetCommitValue(o.offset, now),
      })),
      (error, appended) => {
        if (error === 'NONE') this.applyOffsets(groupId, copy, appended?.baseOffset ?? -1);
        else if (error === 'REQUEST_TIMED_OUT' && appended)
          this.pendingCommits.push({
            groupId,
            partition: appended.partition,
            baseOffset: appended.baseOffset,
            leaderEpoch: appended.leaderEpoch,
            offsets: copy,
            onCommitted: committedLater,
          });
        done(error);
      },
    );
  }

  /** Records from `baseOffset` on set these offsets, unless a later record already did. */
  private applyOffsets(groupId: string, offsets: CommittedOffset[], baseOffset: number): void {
    let m = this.offsets.get(groupId);
    if (!m) this.offsets.set(groupId, (m = new Map()));
    offsets.forEach((o, i) => {
      const logOffset = baseOffset + i;
      const k = tpKey(o);
      const cur = m.get(k);
      if (!cur || cur.logOffset < logOffset) m.set(k, { ...o, logOffset });
    });
  }

  /**
   * CoordinatorRuntime.onHighWatermarkUpdated: the timed-out commits the HW now passes become
   * committed — if their batch is still the one appended then (same offset, same leader epoch).
   */
  private onHighWatermarkUpdated(p: Partition): void {
    if (p.topic !== GROUP_METADATA_TOPIC_NAME) return;
    if (!this.ownedPartitions.has(p.partition)) return;
    const hw = p.log.highWatermark;
    for (const r of this.deferredReads.filter((r) => r.partition === p.partition && r.offset <= hw))
      this.completeRead(r, 'NONE');
    if (this.pendingCommits.length === 0) return;
    const ready = this.pendingCommits.filter(
      (c) => c.partition === p.partition && c.baseOffset + c.offsets.length <= hw,
    );
    if (ready.length === 0) return;
    this.pendingCommits = this.pendingCommits.filter((c) => !ready.includes(c));
    for (const c of ready) {
      const batch = p.log.batchAt(c.baseOffset);
      if (batch?.baseOffset !== c.baseOffset || batch.partitionLeaderEpoch !== c.leaderEpoch)
        continue;
      this.applyOffsets(c.groupId, c.offsets, c.baseOffset);
      c.onCommitted();
    }
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
    done: (
      error: ErrorCode,
      appended?: { partition: number; baseOffset: number; leaderEpoch: number },
    ) => void,
  ): void {
    const partition = this.partitionFor(groupId);
    const now = this.ctx.now();
    const leaderEpoch =
      this.replicaManager.getPartition(GROUP_METADATA_TOPIC_NAME, partition)?.leaderEpoch ?? -1;
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
      const r = res.partitions[0];
      const baseOffset = r?.baseOffset ?? -1;
      done(
        appendErrorToCoordinatorError(r?.error ?? 'UNKNOWN_TOPIC_OR_PARTITION'),
        baseOffset >= 0 ? { partition, baseOffset, leaderEpoch } : undefined,
      );
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
    // Commits left waiting by an earlier term here are replayed from the log below, if still in it.
    this.pendingCommits = this.pendingCommits.filter((c) => c.partition !== partition);
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
            else
              m.set(k, {
                topic: rec.topic,
                partition: rec.partition,
                offset: rec.offset,
                logOffset: r.offset,
              });
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
    // Kafka's unload reverts the uncommitted state: the timed-out commits no longer count here.
    this.pendingCommits = this.pendingCommits.filter((c) => c.partition !== partition);
    for (const r of this.deferredReads.filter((r) => r.partition === partition))
      this.completeRead(r, 'NOT_COORDINATOR');
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
