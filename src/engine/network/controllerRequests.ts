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

/** A broker's fetch of the metadata log (Fetch on __cluster_metadata). */
export interface MetadataFetchRequest {
  brokerId: number;
  fetchOffset: number;
  maxWaitMs: number;
}

export interface MetadataFetchResponse {
  entries: MetadataLogEntry[];
  highWatermark: number;
}
