// Scenario format v1: the one object that drives the CLI, links, walkthroughs and tests.
// See shared design.md, "The headless contract".

/** A config value as JSON or as a Kafka properties file would hold it. */
export type ConfigValue = string | number | boolean;
export type ConfigMap = Record<string, ConfigValue>;

export interface NetworkSpec {
  /** One-way latency of every simulated link, ms (simulator setting, not Kafka's). Default 30. */
  latencyMs?: number;
  /** Extra latency drawn uniformly from [0, jitterMs] for each message. Default 10. */
  jitterMs?: number;
}

/** Each broker machine's storage (simulator settings: the OS and the hardware, not Kafka's). */
export interface StorageSpec {
  /** The log directory's device: `ssd` (default) or `hdd` (figures in storage/StorageDevice). */
  device?: 'ssd' | 'hdd';
  /** The OS page cache of each broker machine, bytes. Default 1 GiB. */
  pageCacheBytes?: number;
}

export interface ZooKeeperSpec {
  servers?: number;
}

export interface ClusterSpec {
  /** Broker node ids are 1..brokers. */
  brokers: number;
  /** Optional, one rack per broker. */
  racks?: string[];
  metadata?: 'kraft' | 'zookeeper';
  /** KRaft controller quorum voters: 1, 3 or 5 (default 3), node ids 3001 …. */
  controllers?: number;
  /** ZooKeeper mode's ensemble (a simulator parameter): 1, 3 or 5 servers (default 3), ids 4001 …. */
  zookeeper?: ZooKeeperSpec;
  config?: ConfigMap;
  network?: NetworkSpec;
  storage?: StorageSpec;
}

export interface TopicSpec {
  name: string;
  partitions: number;
  replicationFactor: number;
  /** Optional explicit placement: assignment[p] = broker ids, preferred leader first. */
  assignment?: number[][];
  config?: ConfigMap;
}

export interface WorkloadSpec {
  topic: string;
  ratePerSec: number;
  /** Keys drawn at random (seeded) for each record; omitted, null or empty = keyless records. */
  keys?: (string | null)[] | null;
  /** Value size in bytes. Default 100. */
  valueBytes?: number;
}

export interface ProducerSpec {
  id: string;
  config?: ConfigMap;
  workload?: WorkloadSpec;
}

export interface ConsumerGroupSpec {
  id: string;
  topics: string[];
  members: number;
  config?: ConfigMap;
  /** Simulated processing time per record, ms. Default 0. */
  processingMsPerRecord?: number;
}

export type ActionBody =
  | {
      do: 'produce';
      producer: string;
      topic: string;
      key: string | null;
      value: string | null;
      partition?: number;
    }
  | { do: 'killBroker' | 'shutdownBroker' | 'restartBroker'; broker: number }
  | { do: 'isolateBroker' | 'healBroker'; broker: number }
  | { do: 'slowBroker'; broker: number; factor?: number }
  | { do: 'addConsumer'; group: string }
  | { do: 'removeConsumer' | 'crashConsumer'; group: string; member: string }
  /** The member's application thread stops calling poll() for `ms` (slow processing, a long call). */
  | { do: 'stallConsumer'; group: string; member: string; ms: number }
  | { do: 'setConfig'; target: string; key: string; value: ConfigValue }
  /** The producer's workload sends `ratePerSec` records per second from now on. */
  | { do: 'setWorkload'; producer: string; ratePerSec: number }
  | { do: 'createTopic'; topic: TopicSpec }
  | { do: 'addPartitions'; topic: string; count: number };

export type Action = { at: number } & ActionBody;
export type ActionKind = ActionBody['do'];

export interface Scenario {
  version: 1;
  seed: number;
  cluster: ClusterSpec;
  topics: TopicSpec[];
  producers: ProducerSpec[];
  consumerGroups: ConsumerGroupSpec[];
  actions: Action[];
}
