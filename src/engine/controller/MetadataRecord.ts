// Records of the KRaft metadata log (__cluster_metadata), as the controller writes them and
// brokers replay them: Kafka's PartitionChangeRecord, BrokerRegistrationChangeRecord, …
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
  | { type: 'Partition'; topic: string; partition: number; replicas: number[] }
  | {
      type: 'BrokerRegistrationChange';
      broker: number;
      fenced: boolean;
      inControlledShutdown: boolean;
    };

export interface MetadataLogEntry {
  offset: number;
  record: MetadataRecord;
}
