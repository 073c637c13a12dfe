// The codes a scenario or an action can be refused with, and the values each sentence needs.
// Sentences (Korean and English, Kafka's wording where Kafka has one): src/content/errors/scenario.ts.
//
// Params are raw values, bounded by the validator: names and ids are cut to about 100 characters,
// a value quoted from the input to its first 64, lists to their first 11 entries (a sentence shows
// 10 and an ellipsis when there are more).

/** What a value's JSON type is, when it is not what a field wants (`nothing` = the field is absent). */
export type GotType =
  | 'nothing'
  | 'null'
  | 'string'
  | 'number'
  | 'boolean'
  | 'array'
  | 'object'
  | 'bigint'
  | 'symbol'
  | 'function';

/** A value as the input had it: its type, and for a string (its first 64 characters), number or boolean, itself. */
export type Got = { gotType: GotType; got: string | number | boolean | null };

/** What a field needed, in `value.wrongType`. */
export type ExpectedType = 'object' | 'array' | 'string' | 'integer' | 'number';

/** The scenario's top-level arrays that have a length cap. */
export type ScenarioArray = 'topics' | 'producers' | 'consumerGroups' | 'actions';

/** Kafka's wording of admin errors differs between KRaft and ZooKeeper clusters. */
export type Metadata = 'kraft' | 'zookeeper';

export type ScenarioErrorParams = WholeInputErrors &
  FieldErrors &
  ClusterErrors &
  TopicErrors &
  RecordErrors &
  ClientErrors &
  ActionErrors &
  CodecErrors;

/** The input as a whole: its type, size, nesting, version and top-level arrays. */
export type WholeInputErrors = {
  'scenario.notObject': Got;
  /** More than maxChars of JSON; `whole`: the whole scenario (else one value, e.g. an action). */
  'input.tooLarge': { whole: boolean; maxChars: number };
  'input.tooDeep': { maxDepth: number };
  /** The last entry of a list cut at SCENARIO_LIMITS.maxErrors: how many were left out. */
  'errors.more': { count: number };
  'scenario.version': Got & { supported: number };
  'scenario.seed': { value: number; max: number };
  'scenario.tooMany': { what: ScenarioArray; max: number; count: number };
};

/** Any field: unknown, missing, of the wrong type or out of bounds. */
export type FieldErrors = {
  'field.unknown': { field: string; allowed: readonly string[]; suggestion: string | null };
  'field.missing': { field: string };
  'value.wrongType': Got & { expected: ExpectedType };
  'value.atLeast': { min: number; value: number };
  'value.atMost': { max: number; value: number };
  /** A config map's value (or setConfig's) that is not a string, number or boolean. */
  'value.configType': Got;
  /** A producer or group id outside [a-zA-Z0-9._-]{1,maxLength}; `id` is its first 64 characters. */
  'value.id': { id: string; maxLength: number };
};

export type ClusterErrors = {
  'cluster.noBrokers': { value: number };
  'cluster.tooManyBrokers': { max: number; value: number };
  'cluster.rackEmpty': Record<string, never>;
  'cluster.rackTooLong': { max: number; length: number };
  'cluster.racksCount': { racks: number; brokers: number };
  'cluster.metadata': Got;
  /** cluster.controllers with metadata "zookeeper": that mode's controller is a broker. */
  'cluster.controllersInZookeeperMode': Record<string, never>;
  /** cluster.zookeeper without metadata "zookeeper": KRaft has no ensemble. */
  'cluster.zookeeperInKraftMode': Record<string, never>;
  /** cluster.zookeeper.servers other than 1, 3 or 5. */
  'cluster.zookeeperServers': { value: number };
  /** cluster.controllers other than 1, 3 or 5 (a Raft quorum of an odd size the simulator draws). */
  'cluster.controllers': { value: number };
  /** offsets.topic.num.partitions above the per-topic cap. */
  'cluster.offsetsPartitions': { max: number; value: number };
  'cluster.latencyTooSmall': { min: number; value: number };
  /** cluster.storage.device: one of the simulator's presets. */
  'cluster.storageDevice': Got;
  /** cluster.storage.pageCacheBytes below the smallest cache the simulator runs (a few pages). */
  'cluster.pageCacheTooSmall': { min: number; value: number };
  /** Partition replicas of the whole cluster; `internal` of them for __consumer_offsets. */
  'cluster.tooManyReplicas': { max: number; total: number; internal: number };
  'cluster.tooManyTopics': { max: number; count: number };
  /** Members of all groups together. */
  'cluster.tooManyMembers': { max: number; total: number };
  /** A broker id below 1 in a topic's assignment. */
  'broker.belowOne': { broker: number };
  /**
   * `controllers`: the action also takes a controller node id (3001 … 3000 + controllers);
   * `zookeeper` (ZooKeeper mode): a ZooKeeper server id (4001 … 4000 + zookeeper).
   */
  'broker.notFound': { broker: number; brokers: number; controllers?: number; zookeeper?: number };
};

/** Kafka's topic rules (Topic.validate, the admin errors) and the simulator's caps. */
export type TopicErrors = {
  'topic.nameEmpty': Record<string, never>;
  'topic.nameDots': Record<string, never>;
  'topic.nameTooLong': { name: string; length: number; max: number };
  'topic.nameChars': { name: string };
  /** __consumer_offsets, which the cluster creates itself. */
  'topic.internal': { name: string };
  'topic.exists': { name: string };
  'topic.collides': { name: string; existing: string };
  'topic.noPartitions': Record<string, never>;
  'topic.tooManyPartitions': { max: number; value: number };
  'topic.noReplicas': Record<string, never>;
  /** Kafka's InvalidReplicationFactorException, worded as the metadata mode's admin does. */
  'topic.replicationFactor': { rf: number; brokers: number; metadata: Metadata };
  'topic.assignmentPartitions': { listed: number; partitions: number };
  'topic.assignmentReplicas': { partition: number; replicas: number; rf: number };
  'topic.assignmentDuplicate': { partition: number; brokers: readonly number[] };
  /** A workload's or a group's topic that neither `topics` nor a createTopic action defines. */
  'topic.undefined': { topic: string };
  /** An action's topic that does not exist at that action's moment. */
  'topic.notFound': { topic: string; suggestion: string | null };
};

/**
 * A record Kafka (or the simulator) would refuse for its size. `workload`: the producer workload
 * whose records these are, when a config change or a new topic is refused for them (else null).
 */
export type RecordErrors = {
  /** KafkaProducer.ensureValidRecordSize: RecordTooLargeException. */
  'record.tooLargeForProducer': { size: number; maxRequestSize: number; workload: string | null };
  'record.tooLargeForSimulator': { size: number; max: number; workload: string | null };
  /** The broker's MESSAGE_TOO_LARGE: a batch of this record alone exceeds max.message.bytes. */
  'record.tooLargeForTopic': {
    batchSize: number;
    maxMessageBytes: number;
    workload: string | null;
  };
};

/** Producers, their workloads, consumer groups and members. */
export type ClientErrors = {
  'producer.duplicate': { id: string };
  'producer.notFound': { producer: string; producers: readonly string[] };
  'workload.tooFast': { max: number; value: number };
  'workload.keyType': Got;
  /** Records per second of all workloads together. */
  'workload.totalRate': { max: number; rate: number };
  /** Bytes per second of all workloads together. */
  'workload.totalBytes': { max: number; total: number };
  'group.duplicate': { id: string };
  'group.notFound': { group: string; groups: readonly string[] };
  'group.noTopics': Record<string, never>;
  'group.tooManyTopics': { max: number; count: number };
  'group.topicTwice': { topic: string };
  'group.tooManyMembers': { max: number; value: number };
  /** addConsumer on a group at the per-group cap. */
  'group.full': { group: string; max: number };
  'group.processingTooLong': { max: number; value: number };
  'member.idFormat': { member: string; group: string };
  'member.notFound': { member: string; group: string; members: readonly string[] };
};

export type ActionErrors = {
  'action.unknown': Got & { suggestion: string | null; allowed: readonly string[] };
  'action.tooLate': { max: number; value: number };
  'produce.recordType': Got & { field: 'key' | 'value' };
  'produce.noPartition': { partition: number; topic: string; partitions: number };
  'slowBroker.factor': { value: number };
  'stallConsumer.tooLong': { max: number; value: number };
  /** setWorkload on a producer the scenario gave no workload. */
  'setWorkload.noWorkload': { producer: string };
  'setConfig.target': Got;
  /** A config the KRaft controller reads (its own properties file), set on one broker. */
  'setConfig.controllerConfig': { key: string; broker: number };
  /** A broker-level topic default set on one broker: the simulator keeps topic defaults cluster-wide. */
  'setConfig.perBrokerTopicDefault': { key: string; broker: number };
  'addPartitions.tooMany': { max: number; value: number };
  /** Kafka's InvalidPartitionsException for a count below the current one. */
  'addPartitions.decrease': {
    topic: string;
    current: number;
    requested: number;
    metadata: Metadata;
  };
  /** …and for the current count itself. */
  'addPartitions.same': { topic: string; current: number; metadata: Metadata };
};

/** Codecs the host has not loaded (src/engine/sim/codecs.ts). */
export type CodecErrors = {
  'codec.zstdNotReady': Record<string, never>;
};
