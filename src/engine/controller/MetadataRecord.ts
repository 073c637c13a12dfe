// Records of the KRaft metadata log (__cluster_metadata), as the controller writes them and
// brokers replay them: Kafka's RegisterBrokerRecord, PartitionRecord, PartitionChangeRecord,
// BrokerRegistrationChangeRecord, and the Raft leader's LeaderChangeMessage control record.
import type { MetadataImage } from './MetadataImage';

export type MetadataRecord =
  | {
      type: 'PartitionChange';
      topic: string;
      partition: number;
      leader: number | null;
      isr: number[];
      leaderEpoch: number;
      partitionEpoch: number;
      unclean: boolean;
    }
  | {
      type: 'Partition';
      topic: string;
      partition: number;
      replicas: number[];
      isr: number[];
      leader: number | null;
      leaderEpoch: number;
      partitionEpoch: number;
    }
  | { type: 'RegisterBroker'; broker: number; rack?: string; fenced: boolean }
  | {
      type: 'BrokerRegistrationChange';
      broker: number;
      fenced: boolean;
      inControlledShutdown: boolean;
    }
  /** A control record: the Raft leader writes one at the start of its epoch (KIP-595). */
  | { type: 'LeaderChange'; leader: number; voters: number[] };

/** An entry of the replicated log: its offset and the Raft epoch of the leader that wrote it. */
export interface MetadataLogEntry {
  offset: number;
  epoch: number;
  record: MetadataRecord;
}

/** Replay one committed record into an image (the controller's and each broker's loader). */
export function replayRecord(image: MetadataImage, r: MetadataRecord): void {
  switch (r.type) {
    case 'RegisterBroker':
      image.brokers.set(r.broker, {
        id: r.broker,
        ...(r.rack !== undefined ? { rack: r.rack } : {}),
        fenced: r.fenced,
      });
      break;
    case 'Partition': {
      let t = image.topics.get(r.topic);
      if (!t) image.topics.set(r.topic, (t = { name: r.topic, partitions: [] }));
      t.partitions[r.partition] = {
        replicas: [...r.replicas],
        isr: [...r.isr],
        leader: r.leader,
        leaderEpoch: r.leaderEpoch,
        partitionEpoch: r.partitionEpoch,
      };
      break;
    }
    case 'PartitionChange': {
      const p = image.partition(r.topic, r.partition);
      if (!p) return;
      p.leader = r.leader;
      p.isr = [...r.isr];
      p.leaderEpoch = r.leaderEpoch;
      p.partitionEpoch = r.partitionEpoch;
      break;
    }
    case 'BrokerRegistrationChange': {
      const b = image.brokers.get(r.broker);
      if (b) b.fenced = r.fenced;
      break;
    }
    case 'LeaderChange':
      break;
  }
}
