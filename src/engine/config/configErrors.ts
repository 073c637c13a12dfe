// The codes a config can be refused with (Kafka's ConfigException cases) and the values each
// sentence needs. Sentences: src/content/errors/config.ts (English in Kafka's own wording).
//
// Codes whose params start with { key, value } are Kafka's ConfigException(name, value, message):
// `Invalid value <value> for configuration <key>: <reason>`; `value` is already shortened for display.
// The others are Kafka's bare ConfigException(message) and cross-key checks.

/** Which client or server a ConfigDef describes; named in "Unknown … config name". */
export type ConfigDefKind = 'producer' | 'consumer' | 'topic' | 'broker';

/** The JSON type of a value that has the wrong one (`integer`, `double`, `null`, `array`, `boolean`, `object`, `string`). */
export type JsonTypeName = string;

type Invalid<Extra = unknown> = { key: string; value: string } & Extra;
type None = Record<string, never>;

export interface ConfigErrorParams {
  // --- Invalid value <value> for configuration <key>: <reason> ------------------------------
  /** Value must be non-null */
  'config.nonNull': Invalid;
  /** Value must be at least <min> */
  'config.atLeast': Invalid<{ min: number }>;
  /** Value must be no more than <max> */
  'config.atMost': Invalid<{ max: number }>;
  /** String must be one of: <allowed> */
  'config.oneOf': Invalid<{ allowed: readonly string[] }>;
  /** Empty list not allowed; String must be one of: <allowed> */
  'config.emptyList': Invalid<{ allowed: readonly string[] }>;
  /** Not a number of type INT/LONG/DOUBLE (the text does not parse as one). */
  'config.notNumber': Invalid<{ type: 'INT' | 'LONG' | 'DOUBLE' }>;
  /** Not a number of type INT/LONG (a number outside the type's range). */
  'config.outOfTypeRange': Invalid<{ type: 'INT' | 'LONG' }>;
  /** Expected value to be a 32-bit integer / 64-bit integer (long) / double / string, but it was a <actual> */
  'config.wrongType': Invalid<{
    expected: 'INT' | 'LONG' | 'DOUBLE' | 'STRING';
    actual: JsonTypeName;
  }>;
  /** Expected value to be either true or false */
  'config.notBoolean': Invalid;
  /** Expected a comma separated list. */
  'config.notList': Invalid;
  /** Class <item> could not be found. */
  'config.classNotFound': Invalid<{ item: string }>;
  /** … Known assignors: <known> (client assignors, partition.assignment.strategy). */
  'config.unknownAssignor': Invalid<{ item: string; known: readonly string[] }>;
  /** … Known server assignors: <known> (group.consumer.assignors). */
  'config.unknownServerAssignor': Invalid<{ item: string; known: readonly string[] }>;
  /** … The simulator knows <known>; leave it unset for Kafka's built-in partitioner. */
  'config.unknownPartitionerClass': Invalid<{ item: string; known: readonly string[] }>;

  // --- Unknown <kind> config name: <name> ----------------------------------------------------
  /** With `. Did you mean <suggestion>?` when one is close. */
  'config.unknownName': { kind: ConfigDefKind; name: string; suggestion: string | null };
  /** A topic-level name given as a broker config: the broker-level default is <brokerName>. */
  'config.unknownName.topicLevel': { name: string; brokerName: string };
  /** A broker-level name given as a topic config: the topic-level name is <topicName>. */
  'config.unknownName.brokerLevel': { name: string; topicName: string };
  /** replication.factor / num.partitions as a topic config: it is the topic's <field> field. */
  'config.unknownName.topicField': { name: string; field: 'replicationFactor' | 'partitions' };
  /** group.id as a consumer config: it is the group's "id" field. */
  'config.unknownName.groupId': { name: string };

  // --- Broker (KafkaConfig.validateValues, GroupCoordinatorConfig, DynamicBrokerConfig) -------
  /** requirement failed: <key> must be greater than or equal to <bound> */
  'config.requirement.atLeastKey': {
    key: string;
    value: number;
    bound: string;
    boundValue: number;
  };
  /** requirement failed: <key> must be less than or equal to <bound> */
  'config.requirement.atMostKey': { key: string; value: number; bound: string; boundValue: number };
  /** requirement failed: <key> must be less than <bound> */
  'config.requirement.lessThanKey': {
    key: string;
    value: number;
    bound: string;
    boundValue: number;
  };
  /** replica.fetch.wait.max.ms above replica.lag.time.max.ms */
  'config.replicaFetchWaitAboveLagMax': { fetchWait: number; lagMax: number };
  /** Cannot update these configs dynamically: Set(<names>) */
  'config.notDynamic': { names: readonly string[] };

  // --- Producer (ProducerConfig.postProcessAndValidateIdempotenceConfigs, KafkaProducer) ------
  /** Must set retries to non-zero when using the idempotent producer. */
  'config.idempotence.retries': None;
  /** Must set acks to all in order to use the idempotent producer. … */
  'config.idempotence.acks': None;
  /** To use the idempotent producer, max.in.flight.requests.per.connection must be set to at most <max>. … */
  'config.idempotence.maxInFlight': { value: number; max: number };
  /** delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms */
  'config.deliveryTimeoutTooSmall': None;
  /** The simulator's `partitioner` and Kafka's `partitioner.class` disagree. */
  'config.partitionerConflict': { partitioner: string; partitionerClass: string };

  // --- Consumer (ConsumerConfig, Heartbeat, the broker's group checks) ------------------------
  /** The assignor name: '<name>' is used in more than one assignor. */
  'config.assignorDuplicate': { name: string };
  /** <keys> cannot be set when group.protocol=CONSUMER */
  'config.consumerProtocolUnsupported': { keys: readonly string[] };
  /** group.remote.assignor cannot be set when group.protocol=CLASSIC */
  'config.classicRemoteAssignor': None;
  /** Heartbeat must be set lower than the session timeout */
  'config.heartbeatNotBelowSession': { heartbeat: number; session: number };
  /** Invalid negative timeout <value> */
  'config.negativeTimeout': { key: string; value: number };
  /** The session timeout is not within group.min/max.session.timeout.ms (INVALID_SESSION_TIMEOUT). */
  'config.sessionTimeoutOutsideBroker': { value: number; min: number; max: number };
  /** The broker does not support group.remote.assignor (UNSUPPORTED_ASSIGNOR). */
  'config.unsupportedRemoteAssignor': { assignor: string; assignors: string };
}

export type ConfigErrorCode = keyof ConfigErrorParams;

/** One config error as data: a code and its params. */
export type ConfigError = {
  [C in ConfigErrorCode]: { code: C; params: ConfigErrorParams[C] };
}[ConfigErrorCode];

/** Codes of the `Invalid value <value> for configuration <key>: …` family. */
export type InvalidValueCode = {
  [C in ConfigErrorCode]: ConfigErrorParams[C] extends { key: string; value: string } ? C : never;
}[ConfigErrorCode];

/** Codes for an item a list or class config does not know (their params add `item` and `known`). */
export type UnknownItemCode =
  'config.unknownAssignor' | 'config.unknownServerAssignor' | 'config.unknownPartitionerClass';
