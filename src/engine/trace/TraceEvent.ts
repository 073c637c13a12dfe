// Trace events: what happened, in order. The UI animates these; it never re-derives Kafka logic.
import type { TOPIC_CONFIGS } from '../config/tables/topic';
import type { RollReason } from '../log/LogSegment';
import type {
  BrokerFenceReason,
  BrokerStopReason,
  GroupEpochReason,
  GroupStateReason,
  JoinReason,
  LeaderElectionReason,
  PartitionChangeReason,
  RaftTransitionReason,
  TruncateReason,
  VoteReason,
} from './reasons';

/** Node ids on the simulated network: `producer:p1`, `broker:2`, `consumer:group-a/group-a-1`, `controller:3001`. */
export type NodeId = string;

/** A record as it travels, enough to draw and colour it. `id` is unique per produced record in a run. */
export interface RecordRef {
  id: number;
  key: string | null;
  offset?: number;
}

export type ApiKey =
  | 'Produce'
  | 'Fetch'
  | 'Metadata'
  | 'ListOffsets'
  | 'FindCoordinator'
  | 'JoinGroup'
  | 'SyncGroup'
  | 'Heartbeat'
  | 'LeaveGroup'
  | 'OffsetCommit'
  | 'OffsetFetch'
  | 'ConsumerGroupHeartbeat'
  | 'BrokerHeartbeat'
  | 'AlterPartition'
  | 'Vote'
  | 'BeginQuorumEpoch'
  | 'LeaderAndIsr'
  | 'UpdateMetadata'
  | 'AlterIsr'
  | 'ControlledShutdown';

/** Kafka's group states: classic (PreparingRebalance, CompletingRebalance) and KIP-848 consumer groups (Assigning, Reconciling). */
export type GroupStateName =
  | 'Empty'
  | 'PreparingRebalance'
  | 'CompletingRebalance'
  | 'Assigning'
  | 'Reconciling'
  | 'Stable'
  | 'Dead';

/** Why a segment was deleted (retention, the log start offset moving, the cleaner, …). */
export type SegmentDeleteReason =
  | typeof TOPIC_CONFIGS.retentionMs.name
  | typeof TOPIC_CONFIGS.retentionBytes.name
  | 'log.start.offset'
  | 'compaction'
  | 'truncation'
  | 'roll';

interface Base {
  /** Position in the run's trace, from 0. */
  seq: number;
  /** Virtual time, ms. */
  time: number;
}

/**
 * The events a run emits by the thousand (per request, per fetched partition, per record): they
 * are emitted with SimContext.traceLazy, their bodies built only when a listener wants their type.
 * The events behind the snapshot's counters (ISR changes, failed produces) are never among them.
 */
export const CHATTER_EVENT_TYPES = [
  'net.send',
  'net.deliver',
  'replica.fetch',
  'consumer.fetch',
  'log.append',
  'hw.advance',
  'raft.hw',
  'produce.record',
  'produce.sent',
  'produce.acked',
  'consume.record',
  'znode.created',
  'znode.deleted',
  'znode.changed',
] as const;

export type ChatterEventType = (typeof CHATTER_EVENT_TYPES)[number];

export type TraceEventBody =
  | { type: 'action.applied'; action: import('../scenario/Scenario').Action }
  /** A scenario action whose time came, refused by applyAction (what it acts on changed since). */
  | {
      type: 'action.refused';
      action: import('../scenario/Scenario').Action;
      errors: import('../common/EngineError').EngineError[];
    }
  | {
      type: 'net.send';
      msgId: number;
      from: NodeId;
      to: NodeId;
      api: ApiKey;
      response: boolean;
      arriveAt: number;
      topic?: string;
      partition?: number;
      records: RecordRef[];
    }
  | { type: 'net.deliver'; msgId: number; from: NodeId; to: NodeId }
  | { type: 'net.drop'; msgId: number; from: NodeId; to: NodeId; reason: string }
  | {
      type: 'produce.record';
      producer: string;
      topic: string;
      partition: number;
      record: RecordRef;
      sizeBytes: number;
    }
  | {
      type: 'produce.sent';
      producer: string;
      broker: number;
      batches: { topic: string; partition: number; records: RecordRef[]; sizeBytes: number }[];
    }
  | {
      type: 'produce.acked';
      producer: string;
      topic: string;
      partition: number;
      baseOffset: number;
      records: RecordRef[];
    }
  | {
      type: 'produce.failed';
      producer: string;
      topic: string;
      partition: number;
      error: string;
      records: RecordRef[];
      retriable: boolean;
    }
  | {
      type: 'log.append';
      broker: number;
      topic: string;
      partition: number;
      baseOffset: number;
      lastOffset: number;
      sizeBytes: number;
      /** Where the batch landed: byte position in the segment whose base offset is `segment`. */
      position: number;
      segment: number;
      leader: boolean;
      records: RecordRef[];
    }
  | {
      /** The active segment closed; a new one opened at `baseOffset` (`<20 digits>.log` …). */
      type: 'segment.roll';
      broker: number;
      topic: string;
      partition: number;
      baseOffset: number;
      previousBaseOffset: number;
      previousSizeBytes: number;
      reason: RollReason | 'retention';
    }
  | {
      /** A segment left the log: its files are renamed `.deleted` until `removeAt`. */
      type: 'segment.deleted';
      broker: number;
      topic: string;
      partition: number;
      baseOffset: number;
      sizeBytes: number;
      reason: SegmentDeleteReason;
      removeAt: number;
    }
  | {
      /** The `.deleted` files are gone (file.delete.delay.ms after segment.deleted). */
      type: 'segment.removed';
      broker: number;
      topic: string;
      partition: number;
      baseOffset: number;
      reason: SegmentDeleteReason;
    }
  | {
      type: 'log.start.offset';
      broker: number;
      topic: string;
      partition: number;
      from: number;
      to: number;
      reason: 'segment.deletion' | 'leader.offset.incremented' | 'truncation';
    }
  | {
      /** One log-cleaner pass over a partition replica (cleanup.policy=compact). */
      type: 'log.compacted';
      broker: number;
      topic: string;
      partition: number;
      /** The dirty section cleaned: [firstDirtyOffset, cleanedUpTo). */
      firstDirtyOffset: number;
      cleanedUpTo: number;
      dirtyRatio: number;
      /** Each group of old segments rewritten into one new segment (named by its first base offset). */
      groups: { baseOffsets: number[]; sizeBefore: number; sizeAfter: number }[];
      sizeBefore: number;
      sizeAfter: number;
      recordsBefore: number;
      recordsAfter: number;
      tombstonesRemoved: number;
    }
  | {
      type: 'replica.fetch';
      broker: number;
      leader: number;
      topic: string;
      partition: number;
      fetchOffset: number;
    }
  | {
      type: 'hw.advance';
      broker: number;
      topic: string;
      partition: number;
      from: number;
      to: number;
    }
  | {
      type: 'consumer.fetch';
      group: string;
      member: string;
      broker: number;
      topic: string;
      partition: number;
      fetchOffset: number;
    }
  | {
      type: 'consume.record';
      group: string;
      member: string;
      topic: string;
      partition: number;
      record: RecordRef;
    }
  | {
      /** The coordinator stored the commit in __consumer_offsets (replicated): it now counts. */
      type: 'offset.commit';
      group: string;
      member: string;
      offsets: { topic: string; partition: number; offset: number }[];
      coordinator: number;
    }
  | {
      /** A commit the coordinator refused or that never completed (CommitFailedException …). */
      type: 'offset.commit.failed';
      group: string;
      member: string;
      offsets: { topic: string; partition: number; offset: number }[];
      error: string;
    }
  | {
      /** A member starts a partition at its committed offset (OffsetFetch). */
      type: 'offset.fetch';
      group: string;
      member: string;
      topic: string;
      partition: number;
      offset: number;
    }
  | { type: 'member.joined'; group: string; member: string }
  | {
      /** The coordinator removed the member: it left, went silent, or stopped polling. */
      type: 'member.left';
      group: string;
      member: string;
      /** rebalance.timeout: a consumer-protocol member did not revoke its partitions in time. */
      reason: 'leave' | 'session.timeout' | 'max.poll.interval' | 'rebalance.timeout';
    }
  | { type: 'member.crashed'; group: string; member: string }
  | {
      /** KIP-848: the coordinator refused the member (FENCED_MEMBER_EPOCH …): it drops its partitions and rejoins. */
      type: 'member.fenced';
      group: string;
      member: string;
      error: string;
    }
  | {
      /** stallConsumer: the application thread stops calling poll() for `ms`. */
      type: 'member.stalled';
      group: string;
      member: string;
      ms: number;
    }
  | {
      /** KIP-848: the consumer group's epoch moved (a member joined, left, changed its subscription). */
      type: 'group.epoch';
      group: string;
      coordinator: number;
      epoch: number;
      reason: GroupEpochReason;
    }
  | {
      /** KIP-848: the coordinator's assignor computed the target assignment for a group epoch. */
      type: 'group.target';
      group: string;
      coordinator: number;
      epoch: number;
      assignor: string;
      assignment: Record<string, { topic: string; partition: number }[]>;
    }
  | {
      /** KIP-848: the coordinator moved a member's reconciliation a step (CurrentAssignmentBuilder). */
      type: 'member.reconcile';
      group: string;
      coordinator: number;
      member: string;
      epoch: number;
      state: 'STABLE' | 'UNREVOKED_PARTITIONS' | 'UNRELEASED_PARTITIONS';
      assigned: { topic: string; partition: number }[];
      pendingRevocation: { topic: string; partition: number }[];
    }
  | {
      /** A group changed state at its coordinator. */
      type: 'group.state';
      group: string;
      coordinator: number;
      from: GroupStateName;
      to: GroupStateName;
      generation: number;
      reason: GroupStateReason;
      /** On CompletingRebalance: the leader member, the chosen assignor, the members. */
      leader?: string | null;
      protocol?: string | null;
      members?: string[];
    }
  | {
      /** A member's JoinGroup reached the coordinator. */
      type: 'group.join';
      group: string;
      member: string;
      coordinator: number;
      /** The group's generation when it arrived (the next one is being formed). */
      generation: number;
      reason: JoinReason;
    }
  | {
      /** A member's SyncGroup reached the coordinator; the leader's carries the assignment. */
      type: 'group.sync';
      group: string;
      member: string;
      coordinator: number;
      generation: number;
      leader: boolean;
    }
  | {
      /** A member gives up partitions (onPartitionsRevoked / onPartitionsLost): it stops consuming them. */
      type: 'group.revoke';
      group: string;
      member: string;
      generation: number;
      protocol: 'EAGER' | 'COOPERATIVE';
      reason: 'rebalance' | 'reassigned' | 'lost' | 'close';
      partitions: { topic: string; partition: number }[];
    }
  | {
      /** A member applies its SyncGroup assignment (onPartitionsAssigned). */
      type: 'member.assigned';
      group: string;
      member: string;
      generation: number;
      assignment: { topic: string; partition: number }[];
      added: { topic: string; partition: number }[];
    }
  | {
      /** A broker became the group's coordinator and loaded it from __consumer_offsets. */
      type: 'coordinator.moved';
      group: string;
      partition: number;
      from: number | null;
      to: number;
    }
  | {
      type: 'offset.reset';
      group: string;
      member: string;
      topic: string;
      partition: number;
      offset: number;
      policy: string;
    }
  | {
      /** The coordinator hands out the leader's assignment (the group becomes Stable, or Empty). */
      type: 'group.assign';
      group: string;
      generation: number;
      strategy: string;
      assignment: Record<string, { topic: string; partition: number }[]>;
      coordinator?: number;
    }
  | { type: 'topic.created'; topic: string; partitions: number; assignment: number[][] }
  | {
      type: 'broker.status';
      broker: number;
      status: 'online' | 'offline' | 'fenced';
      reason?: BrokerStopReason;
    }
  | { type: 'broker.fenced'; broker: number; reason: BrokerFenceReason }
  | { type: 'broker.isolation'; broker: number; isolated: boolean }
  | { type: 'producer.epoch.bump'; producer: string; epoch: number }
  | { type: 'broker.unfenced'; broker: number }
  /** A controller process stopped or started (killBroker … on a controller node id). */
  | {
      type: 'controller.status';
      controller: number;
      status: 'online' | 'offline';
      reason?: BrokerStopReason;
    }
  /** A controller cut from the brokers and the other controllers (isolateBroker on its id), or healed. */
  | { type: 'controller.isolation'; controller: number; isolated: boolean }
  /** A controller's Raft state in the quorum changed (a new epoch, a vote cast, a leader). */
  | {
      type: 'raft.state';
      node: number;
      state: 'unattached' | 'voted' | 'candidate' | 'follower' | 'leader' | 'resigned';
      epoch: number;
      leader: number | null;
      reason: RaftTransitionReason;
    }
  /** A voter answered a candidate's Vote. */
  | {
      type: 'raft.vote';
      voter: number;
      candidate: number;
      epoch: number;
      granted: boolean;
      reason: VoteReason;
    }
  /** A controller cut its metadata log where it diverged from the leader's (KIP-595). */
  | { type: 'raft.truncate'; node: number; from: number; to: number }
  /** The quorum's high watermark moved on its leader: metadata records up to it are committed. */
  | { type: 'raft.hw'; node: number; epoch: number; highWatermark: number }
  /** The Raft leader's QuorumController became the active controller (its epoch start committed). */
  | { type: 'controller.active'; controller: number; epoch: number }
  /** ZooKeeper mode: a broker created /controller and bumped /controller_epoch. */
  | { type: 'controller.elected'; controller: number; epoch: number }
  /** ZooKeeper mode: the new controller reads every partition's state from ZooKeeper first. */
  | { type: 'controller.loading'; controller: number; epoch: number; partitions: number }
  /** ZooKeeper mode: a controller broker stopped acting (its session ended, or it lost /controller). */
  | { type: 'controller.resigned'; controller: number; epoch: number }
  /** ZooKeeper mode: the controller sent a broker LeaderAndIsr for these many partitions. */
  | {
      type: 'controller.leaderAndIsr';
      controller: number;
      broker: number;
      epoch: number;
      partitions: number;
    }
  /** A ZooKeeper server stopped or started (killBroker … on its node id, 4001 …). */
  | {
      type: 'zookeeper.status';
      server: number;
      status: 'online' | 'offline';
      reason?: BrokerStopReason;
    }
  | { type: 'zookeeper.isolation'; server: number; isolated: boolean }
  /** The ensemble elected a leader (server null: it lost its quorum and serves nobody). */
  | { type: 'zookeeper.leader'; server: number | null; epoch: number }
  /** A broker's ZooKeeper session was created, expired (not heard for its timeout) or closed. */
  | {
      type: 'zookeeper.session';
      session: number;
      broker: number;
      state: 'created' | 'expired' | 'closed';
    }
  | { type: 'znode.created'; path: string; ephemeralOwner: number | null }
  | { type: 'znode.deleted'; path: string }
  | { type: 'znode.changed'; path: string; version: number }
  | {
      type: 'isr.shrink';
      topic: string;
      partition: number;
      removed: number[];
      isr: number[];
      reason: PartitionChangeReason;
    }
  | {
      type: 'isr.expand';
      topic: string;
      partition: number;
      added: number[];
      isr: number[];
      reason: PartitionChangeReason;
    }
  | {
      type: 'log.truncate';
      broker: number;
      topic: string;
      partition: number;
      from: number;
      to: number;
      reason: TruncateReason;
    }
  | {
      type: 'leader.elected';
      topic: string;
      partition: number;
      leader: number | null;
      leaderEpoch: number;
      reason: LeaderElectionReason;
    }
  | {
      type: 'config.changed';
      target: string;
      key: string;
      value: string | number | boolean;
      /**
       * A read-only broker config (Kafka's update mode): these brokers run with the old value until
       * their next start, as after editing server.properties.
       */
      pendingRestart?: number[];
      /**
       * A read-only config the controller reads: applied at once here, where real Kafka needs the
       * controllers restarted with it in their properties file.
       */
      controllerRestart?: boolean;
    };

export type TraceEvent = Base & TraceEventBody;
export type TraceType = TraceEvent['type'];
