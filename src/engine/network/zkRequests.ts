// Payloads between a ZooKeeper-mode controller (a broker) and the brokers (Kafka 2.x): the
// controller pushes partition state (LeaderAndIsr to replicas, UpdateMetadata to every broker);
// a leader asks it to change an ISR (AlterIsr, Kafka 2.7+, KIP-497) and a broker to let it shut
// down (ControlledShutdown). Each carries the controller's epoch: a broker ignores an older one.
import type { TopicPartition } from '../common/TopicPartition';

export interface PartitionStateEntry extends TopicPartition {
  replicas: number[];
  leader: number | null;
  leaderEpoch: number;
  isr: number[];
  /** The state znode's version: the ISR's version, AlterIsr's precondition. */
  zkVersion: number;
}

export interface LeaderAndIsrRequest {
  controllerId: number;
  controllerEpoch: number;
  partitions: PartitionStateEntry[];
}

export interface UpdateMetadataRequest {
  controllerId: number;
  controllerEpoch: number;
  liveBrokers: { id: number; rack?: string }[];
  partitions: PartitionStateEntry[];
}

export interface ControllerEpochResponse {
  /** STALE_CONTROLLER_EPOCH: a newer controller has spoken since (a zombie's request). */
  error: 'NONE' | 'STALE_CONTROLLER_EPOCH';
}

export interface ControlledShutdownRequest {
  brokerId: number;
}

export interface ControlledShutdownResponse {
  error: 'NONE' | 'NOT_CONTROLLER';
  /** Partitions the broker still leads (with other replicas): it asks again later. */
  remaining: number;
}
