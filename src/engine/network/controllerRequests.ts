// Payloads between brokers and the KRaft controller.
import type { MetadataLogEntry } from '../controller/MetadataRecord';
import type { TopicPartition } from '../common/TopicPartition';

export interface BrokerHeartbeatRequest {
  brokerId: number;
  /** The broker's metadata log offset: it is unfenced only once caught up. */
  currentMetadataOffset: number;
  wantFence: boolean;
  wantShutDown: boolean;
}

export interface BrokerHeartbeatResponse {
  /** NOT_CONTROLLER: this controller is not the active one (the broker asks the Raft leader). */
  error: 'NONE' | 'NOT_CONTROLLER';
  isFenced: boolean;
  shouldShutDown: boolean;
}

export interface AlterPartitionRequest extends TopicPartition {
  brokerId: number;
  leaderEpoch: number;
  partitionEpoch: number;
  newIsr: number[];
}

export interface AlterPartitionResponse extends TopicPartition {
  error:
    | 'NONE'
    | 'INVALID_UPDATE_VERSION'
    | 'FENCED_LEADER_EPOCH'
    | 'NOT_CONTROLLER'
    | 'INELIGIBLE_REPLICA';
  leader: number | null;
  leaderEpoch: number;
  partitionEpoch: number;
  isr: number[];
}

/** Who leads the quorum in an epoch, as a node knows it (null: no leader known). */
export interface LeaderAndEpoch {
  leaderId: number | null;
  epoch: number;
}

/** Raft errors of the quorum's requests (KafkaRaftClient). */
export type RaftError =
  'NONE' | 'FENCED_LEADER_EPOCH' | 'NOT_LEADER_OR_FOLLOWER' | 'UNKNOWN_LEADER_EPOCH';

/** KIP-595 Vote: a candidate asks a voter, with its log's last entry (epoch, offset). */
export interface VoteRequest {
  candidateId: number;
  candidateEpoch: number;
  lastOffsetEpoch: number;
  lastOffset: number;
}

export interface VoteResponse {
  error: RaftError;
  voterId: number;
  voteGranted: boolean;
  currentLeader: LeaderAndEpoch;
}

/** KIP-595 BeginQuorumEpoch: a new leader tells the voters, who then fetch from it. */
export interface BeginQuorumEpochRequest {
  leaderId: number;
  leaderEpoch: number;
}

export interface BeginQuorumEpochResponse {
  error: RaftError;
  voterId: number;
  currentLeader: LeaderAndEpoch;
}

/**
 * A fetch of the metadata log (Fetch on __cluster_metadata): by a voter following the leader, or
 * by a broker (an observer). `lastFetchedEpoch` is the epoch of the fetcher's last entry: the
 * leader checks the logs agree there (KIP-595 divergence).
 */
export interface MetadataFetchRequest {
  replicaId: number;
  currentLeaderEpoch: number;
  fetchOffset: number;
  lastFetchedEpoch: number;
  maxWaitMs: number;
  /**
   * The high watermark the fetcher knows (KIP-1166): the leader answers at once when its own is
   * higher, rather than parking a fetch that has nothing new to read.
   */
  highWatermark: number;
}

export interface MetadataFetchResponse {
  error: RaftError;
  currentLeader: LeaderAndEpoch;
  /** The fetcher's log diverges: truncate to the end of this epoch, then fetch again. */
  divergingEpoch?: { epoch: number; endOffset: number };
  highWatermark: number;
  entries: MetadataLogEntry[];
}
