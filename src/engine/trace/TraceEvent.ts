// Trace events: what happened, in order. The UI animates these; it never re-derives Kafka logic.

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
  | 'OffsetCommit'
  | 'BrokerHeartbeat'
  | 'AlterPartition';

interface Base {
  /** Position in the run's trace, from 0. */
  seq: number;
  /** Virtual time, ms. */
  time: number;
}

export type TraceEventBody =
  | { type: 'action.applied'; action: import('../scenario/Scenario').Action }
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
      reason:
        | 'segment.bytes'
        | 'segment.ms'
        | 'index.full'
        | 'time.index.full'
        | 'offset.overflow'
        | 'retention';
    }
  | {
      /** A segment left the log: its files are renamed `.deleted` until `removeAt`. */
      type: 'segment.deleted';
      broker: number;
      topic: string;
      partition: number;
      baseOffset: number;
      sizeBytes: number;
      reason:
        | 'retention.ms'
        | 'retention.bytes'
        | 'log.start.offset'
        | 'compaction'
        | 'truncation'
        | 'roll';
      removeAt: number;
    }
  | {
      /** The `.deleted` files are gone (file.delete.delay.ms after segment.deleted). */
      type: 'segment.removed';
      broker: number;
      topic: string;
      partition: number;
      baseOffset: number;
      reason:
        | 'retention.ms'
        | 'retention.bytes'
        | 'log.start.offset'
        | 'compaction'
        | 'truncation'
        | 'roll';
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
      type: 'offset.commit';
      group: string;
      member: string;
      offsets: { topic: string; partition: number; offset: number }[];
    }
  | { type: 'member.joined'; group: string; member: string }
  | { type: 'member.left'; group: string; member: string; reason: 'leave' | 'session.timeout' }
  | { type: 'member.crashed'; group: string; member: string }
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
      type: 'group.assign';
      group: string;
      generation: number;
      strategy: string;
      assignment: Record<string, { topic: string; partition: number }[]>;
    }
  | { type: 'topic.created'; topic: string; partitions: number; assignment: number[][] }
  | {
      type: 'broker.status';
      broker: number;
      status: 'online' | 'offline' | 'fenced';
      reason?: string;
    }
  | { type: 'broker.fenced'; broker: number; reason: string }
  | { type: 'broker.isolation'; broker: number; isolated: boolean }
  | { type: 'broker.unfenced'; broker: number }
  | {
      type: 'isr.shrink';
      topic: string;
      partition: number;
      removed: number[];
      isr: number[];
      reason: string;
    }
  | {
      type: 'isr.expand';
      topic: string;
      partition: number;
      added: number[];
      isr: number[];
      reason: string;
    }
  | {
      type: 'log.truncate';
      broker: number;
      topic: string;
      partition: number;
      from: number;
      to: number;
      reason: string;
    }
  | {
      type: 'leader.elected';
      topic: string;
      partition: number;
      leader: number | null;
      leaderEpoch: number;
      reason: string;
    }
  | { type: 'config.changed'; target: string; key: string; value: string | number | boolean };

export type TraceEvent = Base & TraceEventBody;
export type TraceType = TraceEvent['type'];
