// The snapshot printed by the CLI and read by tests: shape fixed by design.md.

export type BrokerStatus = 'online' | 'offline' | 'fenced';

export interface RecordSnapshot {
  offset: number;
  key: string | null;
  value: string | null;
  timestamp: number;
}

export interface SegmentSnapshot {
  baseOffset: number;
  sizeBytes: number;
  nextOffset: number;
  /** Sparse offset index entries: [offset, position]. */
  index: [number, number][];
  /** Time index entries: [timestamp, offset]. */
  timeIndex: [number, number][];
  records?: RecordSnapshot[];
}

export interface ReplicaStateSnapshot {
  broker: number;
  logEndOffset: number;
  /**
   * This replica's own high watermark: the leader's is the partition's; a follower's is what the
   * leader last told it in a fetch response (it lags the leader's by a fetch round trip).
   */
  highWatermark: number;
  segments: SegmentSnapshot[];
}

export interface PartitionSnapshot {
  partition: number;
  leader: number | null;
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  highWatermark: number;
  logStartOffset: number;
  replicaStates: ReplicaStateSnapshot[];
}

export interface TopicSnapshot {
  name: string;
  partitions: PartitionSnapshot[];
}

export interface ProducerErrorSnapshot {
  at: number;
  error: string;
  topic: string;
  partition: number;
}

export interface AckedRecordSnapshot {
  topic: string;
  partition: number;
  offset: number;
  key: string | null;
}

export interface ProducerSnapshot {
  id: string;
  sent: number;
  acknowledged: number;
  failed: number;
  /** The acknowledged records still kept one by one (the newest, AckedRecords' window). */
  acked?: AckedRecordSnapshot[];
  errors: ProducerErrorSnapshot[];
  /** The Sender's metrics (clients/producer/SenderMetrics.ts). */
  metrics: ProducerMetricsSnapshot;
}

/**
 * A producer's Sender metrics, named as Kafka's SenderMetricsRegistry names them. Rates and
 * averages cover the last `windowMs` of simulated time (at most 10 s); `*-total` the whole run.
 * Byte figures are record batches as encoded (61-byte header + records, compressed with the
 * producer's compression.type), not whole requests. Averages are null while nothing was sent.
 */
export interface ProducerMetricsSnapshot {
  windowMs: number;
  /** Produce requests sent per second. */
  'request-rate': number;
  'record-send-rate': number;
  /** Record batch bytes sent per second (Kafka's per-topic byte-rate, summed). */
  'byte-rate': number;
  /** Bytes per record batch sent. */
  'batch-size-avg': number | null;
  'records-per-request-avg': number | null;
  /** Not one of Kafka's metrics: record-send over batches sent (a request may hold several batches). */
  'records-per-batch-avg': number | null;
  /** Compressed size / uncompressed size, averaged over the batches sent (1 without compression). */
  'compression-rate-avg': number | null;
  'request-total': number;
  'record-send-total': number;
  'byte-total': number;
  /** The same batches' bytes had they been sent uncompressed. */
  'uncompressed-byte-total': number;
  /**
   * send() to acknowledgement of the records acknowledged in the window, ms (p50, p99: nearest
   * rank over 4 %-wide bins above 128 ms, exact below); null while none.
   */
  latency: { p50: number | null; p99: number | null; count: number };
}

export interface TopicPartitionRef {
  topic: string;
  partition: number;
}

export interface GroupMemberSnapshot {
  id: string;
  /** The partitions the member owns now (empty while an eager rebalance has revoked them). */
  assignment: TopicPartitionRef[];
  /**
   * The member's own view: classic AbstractCoordinator.MemberState (UNJOINED, PREPARING_REBALANCE,
   * COMPLETING_REBALANCE, STABLE) or, with group.protocol=consumer, the KIP-848 client's MemberState
   * (JOINING, RECONCILING, ACKNOWLEDGING, STABLE, STALE after a poll timeout, UNSUBSCRIBED).
   */
  state: string;
  /** The process: running, stalled (stallConsumer: not calling poll()), or crashed. */
  status: 'running' | 'stalled' | 'crashed';
  /** The generation it last joined (-1: none), and the coordinator broker it talks to. */
  generation: number;
  coordinator: number | null;
  /** Where it reads next in each owned partition (positions advance when poll() returns records). */
  positions: (TopicPartitionRef & { offset: number })[];
  /**
   * Members speaking the consumer protocol only, as the coordinator holds them: its part of the target
   * assignment, the partitions it must still revoke, and its reconciliation state.
   */
  target?: TopicPartitionRef[];
  pendingRevocation?: TopicPartitionRef[];
  reconciliation?: 'STABLE' | 'UNREVOKED_PARTITIONS' | 'UNRELEASED_PARTITIONS';
}

export interface ConsumerGroupSnapshot {
  id: string;
  state: string;
  generation: number;
  members: GroupMemberSnapshot[];
  committed: (TopicPartitionRef & { offset: number })[];
  lag: (TopicPartitionRef & { lag: number })[];
  consumed: number;
  redelivered: number;
  /** Page cache hits over pages its fetches read, on every broker (null before it read any). */
  cacheHitRatio: number | null;
  /**
   * The group protocol: `classic` (JoinGroup/SyncGroup, a client leader assigns) or `consumer`
   * (KIP-848: ConsumerGroupHeartbeat, the coordinator assigns; `generation` is then the group
   * epoch and `assignmentEpoch` the epoch of the target assignment).
   */
  protocol: 'classic' | 'consumer';
  assignmentEpoch?: number;
  /** The assignor of this generation: the leader's choice (classic) or the server assignor (consumer); null while none. */
  strategy: string | null;
  /** EAGER (revoke everything at each rebalance) or COOPERATIVE (only what moves; always so for consumer). */
  rebalanceProtocol: 'EAGER' | 'COOPERATIVE';
  /** The leader member (it computes the assignment; classic only), null while none. */
  leader: string | null;
  /** The group's __consumer_offsets partition and its leader (the coordinator; null if none). */
  coordinator: { partition: number; broker: number | null };
  /**
   * Classic only, while the coordinator holds the join phase open (PreparingRebalance) on a timer:
   * the moment it completes the join at the latest (virtual ms), and what it waits for —
   * `initialDelay`: group.initial.rebalance.delay.ms for a new group, extended by another delay
   * while members keep arriving (Kafka's InitialDelayedJoin); `rebalanceTimeout`: members yet to
   * rejoin, at most the rebalance timeout (the largest max.poll.interval.ms; DelayedJoin). It
   * completes sooner once every member has rejoined (never during the initial delay).
   */
  joinDeadline?: { at: number; wait: 'initialDelay' | 'rebalanceTimeout' };
}

/** A broker machine's page cache and device over the run (the why-fast figures). */
export interface BrokerStorageSnapshot {
  pageCacheBytes: number;
  /** Page hits over pages read by fetches and the cleaner (null before any read). */
  cacheHitRatio: number | null;
  deviceReadBytes: number;
  deviceWriteBytes: number;
  /** Time the device spent on requests, ms (fractional). */
  deviceBusyMs: number;
}

export interface Snapshot {
  time: number;
  /**
   * The KRaft controller quorum: the active controller (the Raft leader) and its epoch, and each
   * voter's role and status (design.md "Snapshot additions for wave 2").
   */
  controller: {
    mode: 'kraft' | 'zookeeper';
    leader: number | null;
    epoch: number;
    quorum: {
      id: number;
      role: 'leader' | 'follower' | 'candidate' | 'unattached';
      status: 'online' | 'offline';
    }[];
  };
  /**
   * `isolated` (cut from brokers and controller), `slowFactor` and `pendingRestart` (read-only
   * configs set since the broker started, in force from its next start) appear only when set.
   */
  brokers: {
    id: number;
    status: BrokerStatus;
    rack?: string;
    isolated?: true;
    slowFactor?: number;
    pendingRestart?: string[];
    storage: BrokerStorageSnapshot;
  }[];
  topics: TopicSnapshot[];
  producers: ProducerSnapshot[];
  consumerGroups: ConsumerGroupSnapshot[];
  metrics: {
    UnderReplicatedPartitions: number;
    OfflinePartitionsCount: number;
    ActiveControllerCount: number;
    AcknowledgedRecordsLost: number;
    /** ISR changes committed by the controller since the start (Kafka: IsrShrinksPerSec, IsrExpandsPerSec). */
    IsrShrinks: number;
    IsrExpands: number;
    /** Produce attempts that failed, by error, as the producers saw them (retried ones included). */
    FailedProduceRequests: Record<string, number>;
  };
}
