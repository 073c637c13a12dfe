// The scenario format's version, its defaults, and the caps that keep a run inside a browser tab.

export const SCENARIO_VERSION = 1;
export const DEFAULT_SEED = 1;

export const SCENARIO_LIMITS = {
  /** Every broker is an actor with fetchers and a log per replica, and is drawn: 50 keeps a tab responsive. */
  maxBrokers: 50,
  /** Each partition's replicas, segments and indexes live in the page's memory. */
  maxPartitionsPerTopic: 1000,
  maxMembersPerGroup: 1000,
  /** Records per second per producer's workload: each record is several simulated events. */
  maxRatePerSec: 10000,
  /** Kafka's Topic.MAX_NAME_LENGTH. */
  maxNameLength: 249,
  maxSeed: 0xffffffff,
  maxLatencyMs: 60000,
  maxSlowFactor: 1000,
  /** cluster.storage.pageCacheBytes: 16 pages at least, 64 GiB at most (a large broker machine). */
  minPageCacheBytes: 65_536,
  maxPageCacheBytes: 68_719_476_736,
  /** stallConsumer: an hour at most. */
  maxStallMs: 3_600_000,
  /** processingMsPerRecord: an hour at most. */
  maxProcessingMsPerRecord: 3_600_000,
  /** A message takes at least 1 ms: at 0, request/response loops (fetch.max.wait.ms=0 …) would never let time move. */
  minLatencyMs: 1,
  /**
   * The latest simulated moment an action (or the CLI's --until) may name: a week, Kafka's default
   * retention.ms, so a retention run fits. Live actions in the app carry their moment too, so a
   * short cap would refuse clicks in a long run; the CLI bounds the work by events instead.
   */
  maxTimeMs: 604_800_000,
  /** The scenario as JSON text, about: 1 MiB. */
  maxScenarioChars: 1_048_576,
  /** Objects and arrays nested in each other (the scenario's own deepest field is 7 levels down). */
  maxDepth: 32,
  maxActions: 10_000,
  /** Topics in `topics` plus createTopic actions. */
  maxTopics: 100,
  /**
   * Partition replicas in the whole cluster (partitions × replication factor, __consumer_offsets
   * included). 32,000 holds issue #16's scale case — 50 brokers × 10 topics × 1,000 partitions at
   * RF 3 (30,000) plus __consumer_offsets (50 × 3) — with room for a few small topics beside it;
   * each replica is a log, a fetcher entry and a heat-map square, all in the page's memory.
   */
  maxReplicas: 32_000,
  maxProducers: 100,
  maxGroups: 100,
  /** Members of all groups together, at any moment. */
  maxMembers: 1000,
  /** Records per second of all workloads together. */
  maxTotalRatePerSec: 10_000,
  /** Bytes per second (key + value) of all workloads together: 10 MiB. */
  maxBytesPerSec: 10 * 1024 * 1024,
  /** One record, serialized as Kafka's producer estimates it: 1 MiB (Kafka's default max.request.size). */
  maxRecordBytes: 1_048_576,
  /** Errors listed; past this only their number is reported. */
  maxErrors: 100,
} as const;
