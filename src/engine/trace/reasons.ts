// Why something happened, as the trace says it: a closed set of codes, some with a value in them
// (a member id, a broker id, an error code). They read like Kafka's own log lines so a trace is
// legible on the command line, but they are codes: the UI never shows one as it is, it words it
// from src/content (content/i18n/reasons.ts parses each one; a test walks them all in ko and en).
// Add a reason here, then its words there.
import type { BROKER_CONFIGS } from '../config/tables/broker';

/** JoinGroup's reason (KIP-800): a member's first join, or a rejoin for a rebalance. */
export type JoinReason = 'joining' | 'rebalance';

/** LeaveGroup's reason (KIP-800): close(), or the poll loop stalled past max.poll.interval.ms. */
export type LeaveReason = 'leave' | 'max.poll.interval';

/** Why a classic group changed state at its coordinator (GroupCoordinator, ClassicGroup). */
export type ClassicGroupStateReason =
  | 'coordinator moved'
  | `adding new member ${string}`
  | `member ${string} rejoining (${JoinReason})`
  | 'members did not send SyncGroup in time'
  | `storing the assignment failed: ${string}`
  | 'assignment stored'
  | `member ${string} left (${LeaveReason})`
  | `member ${string} session expired`
  | 'join phase complete'
  | 'no members';

/** Why a KIP-848 consumer group changed state (ConsumerGroupHeartbeat.traceState). */
export type ConsumerGroupStateReason =
  | 'group epoch ahead of the target assignment'
  | 'members moving to the target assignment'
  | 'every member at the target assignment'
  | 'no members'
  | 'coordinator moved';

export type GroupStateReason = ClassicGroupStateReason | ConsumerGroupStateReason;

/** Why a KIP-848 group's epoch moved. */
export type GroupEpochReason =
  | `member ${string} joined`
  | 'subscription or topics changed'
  | `member ${string} left`
  | `member ${string} rejoined`
  | `member ${string} removed (${'session.timeout' | 'rebalance.timeout'})`;

/** Why a broker stopped. */
export type BrokerStopReason = 'controlled shutdown' | 'crash';

/** Why the controller fenced a broker. */
export type BrokerFenceReason =
  typeof BROKER_CONFIGS.brokerSessionTimeoutMs.name | 'controlled shutdown';

/** Why the controller changed a partition's ISR or leader (QuorumController.commitChange). */
export type PartitionChangeReason =
  | `broker ${number} fenced`
  | `broker ${number} unfenced`
  | `broker ${number} controlled shutdown`
  | 'preferred leader election'
  /** ZooKeeper mode: a broker's /brokers/ids znode went (its session expired or closed). */
  | `broker ${number} session ended`
  /** ZooKeeper mode: a broker registered again; partitions it can lead get a leader. */
  | `broker ${number} registered`
  /** ZooKeeper mode: the new controller's first elections, for partitions without a live leader. */
  | 'controller failover'
  /** ZooKeeper mode: a new topic's or partition's first state. */
  | 'new partition'
  | typeof BROKER_CONFIGS.replicaLagTimeMaxMs.name
  | 'caught up to the high watermark';

/** A leader election's reason: the change's, marked when the leader came from outside the ISR. */
export type LeaderElectionReason = PartitionChangeReason | `${PartitionChangeReason} (unclean)`;

/** Why a follower truncated its log (ReplicaFetcherThread). */
export type TruncateReason =
  | `leader epoch ${number} ends at offset ${number} on the leader`
  | `offset ${number} is out of range: the leader's log ends at ${number}`;

/** Why a controller's Raft state changed (KafkaRaftClient). */
export type RaftTransitionReason =
  | 'election timeout'
  | 'fetch timeout'
  | 'won the vote'
  | 'higher epoch'
  | 'leader announced'
  | 'check quorum'
  | 'vote cast'
  | 'restarted';

/** Why a voter answered a Vote as it did (KIP-595: one vote per epoch, to an up-to-date log). */
export type VoteReason =
  'granted' | 'stale epoch' | 'already voted' | 'log behind' | 'leader known';
