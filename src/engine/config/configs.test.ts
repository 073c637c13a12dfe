import { describe, expect, it } from 'vitest';
import {
  BROKER_CONFIGS,
  checkDynamicBrokerConfigs,
  resolveBrokerConfig,
  resolveBrokerTopicDefaults,
  validateBrokerConfig,
} from './BrokerConfig';
import { ConfigException, suggestName } from './ConfigDef';
import {
  CONSUMER_CONFIG_DEF,
  resolveConsumerConfig,
  validateConsumerConfig,
  withConsumerConfig,
} from './ConsumerConfig';
import {
  PRODUCER_CONFIG_DEF,
  resolveProducerConfig,
  validateProducerConfig,
} from './ProducerConfig';
import { KAFKA_TOPIC_DEFAULTS, resolveTopicConfig, validateTopicConfig } from './TopicConfig';
import type { ConfigMap } from '../scenario/Scenario';
import { errorMessage } from '../../content/errors';
import { CONFIG_NOTES } from '../../content/configs/notes';

/** Hangul, written as escapes: the engine's sources hold no Korean. */
const HANGUL = /[\uAC00-\uD7A3]/;

/** A ConfigException with its sentences (src/content/errors), and its code and key. */
interface Rendered {
  code: ConfigException['error']['code'];
  key: string | undefined;
  message: string;
  messageKo: string;
}

function rendered(ce: ConfigException): Rendered {
  const e = ce.toError('');
  const r = {
    code: ce.error.code,
    key: ce.key,
    message: errorMessage(e, 'en'),
    messageKo: errorMessage(e, 'ko'),
  };
  expect(r.messageKo).toMatch(HANGUL);
  // Params are plain JSON: an error can cross a worker boundary unchanged.
  expect(JSON.parse(JSON.stringify(ce.error))).toEqual(ce.error);
  return r;
}

/** The ConfigException `fn` throws, rendered (fails the test when it throws nothing). */
function thrown(fn: () => unknown): Rendered {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigException);
    return rendered(e as ConfigException);
  }
  throw new Error('expected a ConfigException');
}

describe('ProducerConfig', () => {
  it("has Kafka 4.x's defaults", () => {
    expect(resolveProducerConfig({})).toEqual({
      acks: -1,
      lingerMs: 5,
      batchSize: 16384,
      compressionType: 'none',
      enableIdempotence: true,
      maxInFlightRequestsPerConnection: 5,
      retries: 2147483647,
      deliveryTimeoutMs: 120000,
      requestTimeoutMs: 30000,
      retryBackoffMs: 100,
      maxRequestSize: 1048576,
      partitioner: 'default',
      partitionerClass: null,
      partitionerIgnoreKeys: false,
    });
  });

  it.each<[ConfigMap, number]>([
    [{ acks: '1' }, 1],
    [{ acks: 1 }, 1],
    [{ acks: 'all' }, -1],
    [{ acks: '-1' }, -1],
    [{ acks: -1 }, -1],
    [{ acks: 0 }, 0],
    [{ acks: ' 0 ' }, 0],
  ])('parses acks %j', (raw, acks) => {
    expect(resolveProducerConfig(raw).acks).toBe(acks);
  });

  it("refuses an unknown acks with Kafka's wording", () => {
    const e = thrown(() => resolveProducerConfig({ acks: '2' }));
    expect(e.code).toBe('config.oneOf');
    expect(e.message).toBe(
      'Invalid value 2 for configuration acks: String must be one of: all, -1, 0, 1',
    );
    expect(thrown(() => resolveProducerConfig({ acks: 'ALL' })).key).toBe('acks');
  });

  it('parses numbers, booleans and enums from JSON values or properties strings', () => {
    const c = resolveProducerConfig({
      'linger.ms': '20',
      'batch.size': 32768,
      'enable.idempotence': 'TRUE',
      'compression.type': 'lz4',
    });
    expect(c.lingerMs).toBe(20);
    expect(c.batchSize).toBe(32768);
    expect(c.enableIdempotence).toBe(true);
    expect(c.compressionType).toBe('lz4');
    expect(
      resolveProducerConfig({ 'partitioner.ignore.keys': 'false' }).partitionerIgnoreKeys,
    ).toBe(false);
  });

  it('reports type and range errors as ConfigException', () => {
    expect(thrown(() => resolveProducerConfig({ 'linger.ms': 'abc' })).message).toBe(
      'Invalid value abc for configuration linger.ms: Not a number of type LONG',
    );
    expect(thrown(() => resolveProducerConfig({ 'batch.size': 1.5 })).message).toBe(
      'Invalid value 1.5 for configuration batch.size: Expected value to be a 32-bit integer, but it was a double',
    );
    expect(thrown(() => resolveProducerConfig({ 'batch.size': -1 })).message).toBe(
      'Invalid value -1 for configuration batch.size: Value must be at least 0',
    );
    expect(thrown(() => resolveProducerConfig({ 'enable.idempotence': 'yes' })).message).toBe(
      'Invalid value yes for configuration enable.idempotence: Expected value to be either true or false',
    );
    expect(thrown(() => resolveProducerConfig({ 'compression.type': 'brotli' })).message).toBe(
      'Invalid value brotli for configuration compression.type: String must be one of: none, gzip, snappy, lz4, zstd',
    );
    expect(
      thrown(() => resolveProducerConfig({ 'max.in.flight.requests.per.connection': 0 })).message,
    ).toContain('Value must be at least 1');
    expect(thrown(() => resolveProducerConfig({ retries: '3000000000' })).message).toBe(
      'Invalid value 3000000000 for configuration retries: Not a number of type INT',
    );
  });

  it('rejects unknown keys with a suggestion', () => {
    const e = thrown(() => resolveProducerConfig({ 'linger.msx': 5 }));
    expect(e.message).toBe('Unknown producer config name: linger.msx. Did you mean linger.ms?');
    expect(e.key).toBe('linger.msx');
    expect(thrown(() => resolveProducerConfig({ lingerMs: 5 })).message).toContain(
      'Did you mean linger.ms?',
    );
    expect(thrown(() => resolveProducerConfig({ 'totally.unrelated.thing': 1 })).message).toBe(
      'Unknown producer config name: totally.unrelated.thing',
    );
  });

  describe('idempotence', () => {
    it('is quietly off when left unset beside acks != all or retries = 0', () => {
      expect(resolveProducerConfig({ acks: '1' }).enableIdempotence).toBe(false);
      expect(resolveProducerConfig({ acks: 0 }).enableIdempotence).toBe(false);
      expect(resolveProducerConfig({ retries: 0 }).enableIdempotence).toBe(false);
      expect(resolveProducerConfig({ acks: 'all', retries: 3 }).enableIdempotence).toBe(true);
    });

    it("is a ConfigException when set to true beside them (Kafka's wording)", () => {
      const acks = thrown(() => resolveProducerConfig({ acks: '1', 'enable.idempotence': true }));
      expect(acks.message).toBe(
        'Must set acks to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.',
      );
      expect(acks.key).toBe('acks');
      expect(
        thrown(() => resolveProducerConfig({ retries: 0, 'enable.idempotence': 'true' })).message,
      ).toBe('Must set retries to non-zero when using the idempotent producer.');
    });

    it('refuses more than 5 in flight while idempotence is on, as Kafka 4.0 does', () => {
      const e = thrown(() => resolveProducerConfig({ 'max.in.flight.requests.per.connection': 6 }));
      expect(e.message).toBe(
        'To use the idempotent producer, max.in.flight.requests.per.connection must be set to at most 5. Current value is 6.',
      );
      expect(e.key).toBe('max.in.flight.requests.per.connection');
      const off = resolveProducerConfig({
        'enable.idempotence': false,
        'max.in.flight.requests.per.connection': 10,
      });
      expect(off.enableIdempotence).toBe(false);
      expect(off.maxInFlightRequestsPerConnection).toBe(10);
    });

    it('stays off when explicitly disabled', () => {
      expect(resolveProducerConfig({ 'enable.idempotence': false }).enableIdempotence).toBe(false);
      expect(resolveProducerConfig({ 'enable.idempotence': 'false', acks: 1 }).acks).toBe(1);
    });
  });

  it('applies KafkaProducer.configureDeliveryTimeout', () => {
    expect(thrown(() => resolveProducerConfig({ 'delivery.timeout.ms': 1000 })).message).toBe(
      'delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms',
    );
    expect(resolveProducerConfig({ 'linger.ms': 100000 }).deliveryTimeoutMs).toBe(130000);
  });

  it('maps partitioner and partitioner.class', () => {
    expect(resolveProducerConfig({ partitioner: 'round-robin' }).partitioner).toBe('round-robin');
    expect(
      resolveProducerConfig({
        'partitioner.class': 'org.apache.kafka.clients.producer.RoundRobinPartitioner',
      }).partitioner,
    ).toBe('round-robin');
    expect(
      resolveProducerConfig({ 'partitioner.class': 'RoundRobinPartitioner' }).partitioner,
    ).toBe('round-robin');
    expect(
      thrown(() =>
        resolveProducerConfig({
          'partitioner.class': 'org.apache.kafka.clients.producer.internals.DefaultPartitioner',
        }),
      ).message,
    ).toMatch(
      /^Invalid value org\.apache\.kafka\.clients\.producer\.internals\.DefaultPartitioner for configuration partitioner\.class: Class .* could not be found\./,
    );
    expect(
      thrown(() =>
        resolveProducerConfig({
          partitioner: 'default',
          'partitioner.class': 'org.apache.kafka.clients.producer.RoundRobinPartitioner',
        }),
      ).key,
    ).toBe('partitioner.class');
    expect(thrown(() => resolveProducerConfig({ partitioner: 'sticky' })).message).toBe(
      'Invalid value sticky for configuration partitioner: String must be one of: default, round-robin',
    );
  });

  it('validateProducerConfig collects every per-key error', () => {
    const errors = validateProducerConfig({ acks: 'x', 'linger.ms': -1, nope: 1 });
    expect(errors.map((e) => e.key)).toEqual(['acks', 'linger.ms', 'nope']);
    expect(
      validateProducerConfig({ acks: 1, 'enable.idempotence': true }).map((e) => e.key),
    ).toEqual(['acks']);
    expect(validateProducerConfig({})).toEqual([]);
  });

  it('exposes its ConfigDef', () => {
    expect(PRODUCER_CONFIG_DEF.key('acks')?.default).toBe('all');
    expect(PRODUCER_CONFIG_DEF.key('linger.ms')?.type).toBe('long');
    expect(PRODUCER_CONFIG_DEF.defaultValues()['batch.size']).toBe(16384);
    expect(CONFIG_NOTES['partitioner']?.ko).toMatch(HANGUL);
  });
});

describe('ConsumerConfig', () => {
  it("has Kafka 4.x's defaults", () => {
    expect(resolveConsumerConfig()).toEqual({
      sessionTimeoutMs: 45000,
      heartbeatIntervalMs: 3000,
      maxPollIntervalMs: 300000,
      maxPollRecords: 500,
      enableAutoCommit: true,
      autoCommitIntervalMs: 5000,
      autoOffsetReset: 'latest',
      partitionAssignmentStrategy: ['range', 'cooperative-sticky'],
      fetchMinBytes: 1,
      fetchMaxWaitMs: 500,
      fetchMaxBytes: 52428800,
      maxPartitionFetchBytes: 1048576,
      groupProtocol: 'classic',
      groupRemoteAssignor: null,
      retryBackoffMs: 100,
      securityProtocol: 'PLAINTEXT',
      retryBackoffMaxMs: 1000,
      reconnectBackoffMs: 50,
      reconnectBackoffMaxMs: 1000,
    });
    // security.protocol: the listeners the simulated brokers have; SASL is refused, not faked.
    expect(resolveConsumerConfig({ 'security.protocol': 'ssl' }).securityProtocol).toBe('SSL');
    expect(validateConsumerConfig({ 'security.protocol': 'SASL_SSL' })).toHaveLength(1);
  });

  it('reconnect.backoff.ms set alone turns the exponential reconnect backoff off, as Kafka does', () => {
    expect(resolveConsumerConfig({ 'reconnect.backoff.ms': 200 })).toMatchObject({
      reconnectBackoffMs: 200,
      reconnectBackoffMaxMs: 200,
    });
    expect(
      resolveConsumerConfig({ 'reconnect.backoff.ms': 200, 'reconnect.backoff.max.ms': 5000 }),
    ).toMatchObject({ reconnectBackoffMs: 200, reconnectBackoffMaxMs: 5000 });
    expect(validateConsumerConfig({ 'retry.backoff.max.ms': -1 }).map(rendered)[0]?.message).toBe(
      'Invalid value -1 for configuration retry.backoff.max.ms: Value must be at least 0',
    );
  });

  it('parses partition.assignment.strategy from names and class names', () => {
    expect(
      resolveConsumerConfig({ 'partition.assignment.strategy': 'range' })
        .partitionAssignmentStrategy,
    ).toEqual(['range']);
    expect(
      resolveConsumerConfig({ 'partition.assignment.strategy': 'range, cooperative-sticky' })
        .partitionAssignmentStrategy,
    ).toEqual(['range', 'cooperative-sticky']);
    expect(
      resolveConsumerConfig({
        'partition.assignment.strategy':
          'org.apache.kafka.clients.consumer.RoundRobinAssignor,org.apache.kafka.clients.consumer.StickyAssignor,CooperativeStickyAssignor,RangeAssignor',
      }).partitionAssignmentStrategy,
    ).toEqual(['roundrobin', 'sticky', 'cooperative-sticky', 'range']);
    expect(
      thrown(() => resolveConsumerConfig({ 'partition.assignment.strategy': 'round-robin' }))
        .message,
    ).toMatch(
      /^Invalid value round-robin for configuration partition\.assignment\.strategy: Class round-robin could not be found\./,
    );
    expect(thrown(() => resolveConsumerConfig({ 'partition.assignment.strategy': '' })).key).toBe(
      'partition.assignment.strategy',
    );
    expect(
      thrown(() =>
        resolveConsumerConfig({ 'partition.assignment.strategy': 'range,RangeAssignor' }),
      ).message,
    ).toBe("The assignor name: 'range' is used in more than one assignor.");
  });

  it('parses auto.offset.reset and group.protocol', () => {
    expect(resolveConsumerConfig({ 'auto.offset.reset': 'earliest' }).autoOffsetReset).toBe(
      'earliest',
    );
    expect(thrown(() => resolveConsumerConfig({ 'auto.offset.reset': 'smallest' })).message).toBe(
      'Invalid value smallest for configuration auto.offset.reset: String must be one of: latest, earliest, none',
    );
    expect(resolveConsumerConfig({ 'group.protocol': 'CONSUMER' }).groupProtocol).toBe('consumer');
    expect(
      thrown(() =>
        resolveConsumerConfig({ 'group.protocol': 'consumer', 'session.timeout.ms': 10000 }),
      ).message,
    ).toBe('session.timeout.ms cannot be set when group.protocol=CONSUMER');
    expect(
      resolveConsumerConfig({ 'group.protocol': 'consumer', 'group.remote.assignor': 'range' })
        .groupRemoteAssignor,
    ).toBe('range');
    expect(thrown(() => resolveConsumerConfig({ 'group.remote.assignor': 'range' })).message).toBe(
      'group.remote.assignor cannot be set when group.protocol=CLASSIC',
    );
  });

  it('checks group.remote.assignor against the broker and switches protocols cleanly', () => {
    const broker = resolveBrokerConfig({ 'group.consumer.assignors': 'uniform' });
    const [e] = validateConsumerConfig(
      { 'group.protocol': 'consumer', 'group.remote.assignor': 'range' },
      broker,
    ).map(rendered);
    expect(e?.code).toBe('config.unsupportedRemoteAssignor');
    expect(e?.message).toMatch(/does not support the assignor range.*UNSUPPORTED_ASSIGNOR/);
    expect(e?.key).toBe('group.remote.assignor');
    // Switching to the consumer protocol drops the keys it refuses, and back.
    const classic = { 'partition.assignment.strategy': 'range', 'session.timeout.ms': 10000 };
    const consumer = withConsumerConfig(classic, 'group.protocol', 'consumer');
    expect(consumer).toEqual({ 'group.protocol': 'consumer' });
    expect(validateConsumerConfig(consumer, broker)).toEqual([]);
    expect(
      withConsumerConfig(
        { ...consumer, 'group.remote.assignor': 'uniform' },
        'group.protocol',
        'classic',
      ),
    ).toEqual({ 'group.protocol': 'classic' });
  });

  it('needs the heartbeat below the session timeout', () => {
    const e = thrown(() => resolveConsumerConfig({ 'heartbeat.interval.ms': 45000 }));
    expect(e.code).toBe('config.heartbeatNotBelowSession');
    expect(e.message).toBe('Heartbeat must be set lower than the session timeout');
    expect(e.key).toBe('heartbeat.interval.ms');
  });

  it('checks the session timeout against the broker bounds when given a broker config', () => {
    const broker = resolveBrokerConfig({});
    expect(
      validateConsumerConfig(
        { 'session.timeout.ms': 5000, 'heartbeat.interval.ms': 1000 },
        broker,
      ).map((e) => e.key),
    ).toEqual(['session.timeout.ms']);
    expect(
      validateConsumerConfig({ 'session.timeout.ms': 5000, 'heartbeat.interval.ms': 1000 }),
    ).toEqual([]);
  });

  it('points group.id at the group id field', () => {
    const e = thrown(() => resolveConsumerConfig({ 'group.id': 'g' }));
    expect(e.message).toBe(
      'Unknown consumer config name: group.id. The group id is the consumer group\'s "id" field, not a config key.',
    );
    expect(CONSUMER_CONFIG_DEF.has('session.timeout.ms')).toBe(true);
  });
});

describe('TopicConfig and BrokerConfig', () => {
  it("has Kafka's topic defaults", () => {
    expect(KAFKA_TOPIC_DEFAULTS).toEqual({
      minInsyncReplicas: 1,
      uncleanLeaderElectionEnable: false,
      segmentBytes: 1073741824,
      segmentMs: 604800000,
      segmentJitterMs: 0,
      indexIntervalBytes: 4096,
      segmentIndexBytes: 10485760,
      retentionMs: 604800000,
      retentionBytes: -1,
      cleanupPolicy: 'delete',
      fileDeleteDelayMs: 60000,
      deleteRetentionMs: 86400000,
      minCleanableDirtyRatio: 0.5,
      minCompactionLagMs: 0,
      compressionType: 'producer',
      maxMessageBytes: 1048588,
    });
    expect(resolveTopicConfig()).toEqual(KAFKA_TOPIC_DEFAULTS);
    expect(resolveBrokerTopicDefaults()).toEqual(KAFKA_TOPIC_DEFAULTS);
  });

  it("has Kafka's broker defaults", () => {
    expect(resolveBrokerConfig()).toMatchObject({
      replicaLagTimeMaxMs: 30000,
      replicaFetchWaitMaxMs: 500,
      replicaFetchMinBytes: 1,
      securityInterBrokerProtocol: 'PLAINTEXT',
      groupInitialRebalanceDelayMs: 3000,
      offsetsTopicNumPartitions: 50,
      offsetsTopicReplicationFactor: 3,
      brokerHeartbeatIntervalMs: 2000,
      brokerSessionTimeoutMs: 9000,
      controllerQuorumElectionTimeoutMs: 1000,
      controllerQuorumFetchTimeoutMs: 2000,
      zookeeperSessionTimeoutMs: 18000,
      zookeeperMaxInFlightRequests: 10,
      logRetentionCheckIntervalMs: 300000,
      logCleanerEnable: true,
      logCleanerBackoffMs: 15000,
      uncleanLeaderElectionEnable: false,
      minInsyncReplicas: 1,
      defaultReplicationFactor: 1,
      numPartitions: 1,
      groupMinSessionTimeoutMs: 6000,
      groupMaxSessionTimeoutMs: 1800000,
      consumerGroupHeartbeatIntervalMs: 5000,
      consumerGroupSessionTimeoutMs: 45000,
      consumerGroupAssignors: ['uniform', 'range'],
      autoLeaderRebalanceEnable: true,
      leaderImbalanceCheckIntervalSeconds: 300,
      leaderImbalancePerBrokerPercentage: 10,
      // every row of the table, the broker-level topic defaults too
      logSegmentBytes: 1073741824,
      logRollMs: null,
      logRollHours: 168,
      logRetentionMs: null,
      logRetentionHours: 168,
      logCleanupPolicy: ['delete'],
      consumerGroupMinSessionTimeoutMs: 45000,
      consumerGroupMaxHeartbeatIntervalMs: 15000,
    });
    expect(Object.keys(resolveBrokerConfig())).toEqual(Object.keys(BROKER_CONFIGS));
  });

  it("checks the consumer group protocol's timeouts like GroupCoordinatorConfig", () => {
    expect(
      thrown(() => resolveBrokerConfig({ 'group.consumer.session.timeout.ms': 10000 })).message,
    ).toBe(
      'requirement failed: group.consumer.session.timeout.ms must be greater than or equal to group.consumer.min.session.timeout.ms',
    );
    const fast = resolveBrokerConfig({
      'group.consumer.min.session.timeout.ms': 6000,
      'group.consumer.session.timeout.ms': 10000,
      'group.consumer.min.heartbeat.interval.ms': 1000,
      'group.consumer.heartbeat.interval.ms': 2000,
    });
    expect(fast.consumerGroupSessionTimeoutMs).toBe(10000);
    expect(fast.consumerGroupHeartbeatIntervalMs).toBe(2000);
    expect(
      thrown(() =>
        resolveBrokerConfig({
          'group.consumer.min.session.timeout.ms': 1000,
          'group.consumer.session.timeout.ms': 5000,
          'group.consumer.heartbeat.interval.ms': 5000,
        }),
      ).message,
    ).toBe(
      'requirement failed: group.consumer.heartbeat.interval.ms must be less than group.consumer.session.timeout.ms',
    );
    expect(
      resolveBrokerConfig({
        'group.consumer.assignors': 'org.apache.kafka.coordinator.group.assignor.RangeAssignor',
      }).consumerGroupAssignors,
    ).toEqual(['range']);
    expect(
      thrown(() => resolveBrokerConfig({ 'group.consumer.assignors': 'sticky' })).message,
    ).toMatch(/Class sticky could not be found/);
  });

  it('resolves a topic config: topic key over broker default over Kafka default', () => {
    const broker = resolveBrokerTopicDefaults({
      'log.segment.bytes': 4096,
      'min.insync.replicas': 2,
      'unclean.leader.election.enable': 'true',
    });
    const t = resolveTopicConfig({ 'segment.bytes': '2048' }, broker);
    expect(t.segmentBytes).toBe(2048);
    expect(t.minInsyncReplicas).toBe(2);
    expect(t.uncleanLeaderElectionEnable).toBe(true);
    expect(t.indexIntervalBytes).toBe(4096);
    expect(resolveTopicConfig({}, broker).segmentBytes).toBe(4096);
    expect(resolveTopicConfig({ 'min.insync.replicas': 1 }, broker).minInsyncReplicas).toBe(1);
  });

  it('resolves the time synonyms in Kafka order', () => {
    expect(resolveBrokerTopicDefaults({ 'log.retention.hours': 1 }).retentionMs).toBe(3600000);
    expect(
      resolveBrokerTopicDefaults({ 'log.retention.hours': 1, 'log.retention.minutes': 2 })
        .retentionMs,
    ).toBe(120000);
    expect(
      resolveBrokerTopicDefaults({ 'log.retention.minutes': 2, 'log.retention.ms': 500 })
        .retentionMs,
    ).toBe(500);
    expect(resolveBrokerTopicDefaults({ 'log.retention.ms': -5 }).retentionMs).toBe(-1);
    expect(resolveBrokerTopicDefaults({ 'log.roll.hours': 2 }).segmentMs).toBe(7200000);
    expect(resolveBrokerTopicDefaults({ 'log.roll.hours': 2, 'log.roll.ms': 1000 }).segmentMs).toBe(
      1000,
    );
  });

  it('parses cleanup.policy lists and compression types', () => {
    expect(resolveTopicConfig({ 'cleanup.policy': 'compact' }).cleanupPolicy).toBe('compact');
    expect(resolveTopicConfig({ 'cleanup.policy': 'delete,compact' }).cleanupPolicy).toBe(
      'compact,delete',
    );
    expect(thrown(() => resolveTopicConfig({ 'cleanup.policy': 'compact,archive' })).message).toBe(
      'Invalid value archive for configuration cleanup.policy: String must be one of: compact, delete',
    );
    expect(resolveTopicConfig({ 'compression.type': 'zstd' }).compressionType).toBe('zstd');
    expect(thrown(() => resolveTopicConfig({ 'compression.type': 'none' })).message).toBe(
      'Invalid value none for configuration compression.type: String must be one of: uncompressed, zstd, lz4, snappy, gzip, producer',
    );
  });

  it("lets segment.bytes go below Kafka 4.0's 1 MiB floor, and says so", () => {
    expect(resolveTopicConfig({ 'segment.bytes': 1024 }).segmentBytes).toBe(1024);
    expect(thrown(() => resolveTopicConfig({ 'segment.bytes': 10 })).message).toBe(
      'Invalid value 10 for configuration segment.bytes: Value must be at least 14',
    );
    expect(CONFIG_NOTES['segment.bytes']?.en).toContain('1048576');
    expect(CONFIG_NOTES['log.segment.bytes']?.ko).toMatch(HANGUL);
  });

  it('clamps Long.MAX_VALUE to the largest exact number', () => {
    expect(resolveTopicConfig({ 'retention.ms': '9223372036854775807' }).retentionMs).toBe(
      Number.MAX_SAFE_INTEGER,
    );
    expect(
      thrown(() => resolveTopicConfig({ 'retention.ms': '99999999999999999999' })).message,
    ).toBe(
      'Invalid value 99999999999999999999 for configuration retention.ms: Not a number of type LONG',
    );
  });

  it('allows min.insync.replicas of any size (Kafka does), but not below 1', () => {
    expect(resolveTopicConfig({ 'min.insync.replicas': 5 }).minInsyncReplicas).toBe(5);
    expect(thrown(() => resolveTopicConfig({ 'min.insync.replicas': 0 })).message).toBe(
      'Invalid value 0 for configuration min.insync.replicas: Value must be at least 1',
    );
  });

  it('tells topic names and broker names apart', () => {
    expect(thrown(() => resolveTopicConfig({ 'log.segment.bytes': 4096 })).message).toBe(
      'Unknown topic config name: log.segment.bytes. log.segment.bytes is the broker-level default (cluster.config); the topic-level name is segment.bytes',
    );
    expect(thrown(() => resolveBrokerConfig({ 'segment.bytes': 4096 })).message).toBe(
      'Unknown broker config name: segment.bytes. segment.bytes is a topic-level name; the broker-level default is log.segment.bytes',
    );
    expect(validateTopicConfig({ 'retention.msec': 1 }).map(rendered)[0]?.message).toBe(
      'Unknown topic config name: retention.msec. Did you mean retention.ms?',
    );
  });

  it("applies KafkaConfig's replica.fetch.wait.max.ms rule", () => {
    const e = thrown(() => resolveBrokerConfig({ 'replica.lag.time.max.ms': 100 }));
    expect(e.code).toBe('config.replicaFetchWaitAboveLagMax');
    expect(e.message).toBe(
      'requirement failed: replica.fetch.wait.max.ms should always be less than or equal to replica.lag.time.max.ms to prevent frequent changes in ISR',
    );
    expect(e.key).toBe('replica.lag.time.max.ms');
    expect(
      validateBrokerConfig({ 'replica.lag.time.max.ms': 1000, 'replica.fetch.wait.max.ms': 100 }),
    ).toEqual([]);
  });

  it('knows which broker configs are dynamic', () => {
    expect(
      checkDynamicBrokerConfigs([
        'min.insync.replicas',
        'log.segment.bytes',
        'unclean.leader.election.enable',
      ]),
    ).toBeNull();
    const ce = checkDynamicBrokerConfigs(['replica.lag.time.max.ms']);
    expect(ce?.error).toEqual({
      code: 'config.notDynamic',
      params: { names: ['replica.lag.time.max.ms'] },
    });
    expect(ce?.toError('actions[0].key')).toEqual({
      path: 'actions[0].key',
      code: 'config.notDynamic',
      params: { names: ['replica.lag.time.max.ms'] },
    });
    const e = rendered(ce!);
    expect(e.message).toBe('Cannot update these configs dynamically: Set(replica.lag.time.max.ms)');
  });
});

describe('ConfigDef', () => {
  it('suggests close names', () => {
    expect(suggestName('min.insync.replica', ['min.insync.replicas', 'segment.bytes'])).toBe(
      'min.insync.replicas',
    );
    expect(suggestName('MIN_INSYNC_REPLICAS', ['min.insync.replicas'])).toBe('min.insync.replicas');
    expect(suggestName('zzz', ['min.insync.replicas'])).toBeUndefined();
  });

  it('gives every error a code, and Korean and English words in content', () => {
    const all = [
      ...validateProducerConfig({
        acks: 'x',
        'linger.ms': 'a',
        'batch.size': true,
        'enable.idempotence': 1,
        x: 1,
        'partitioner.class': 'Foo',
      }),
      ...validateConsumerConfig({
        'partition.assignment.strategy': 'x',
        'max.poll.records': 0,
        'auto.offset.reset': 5,
      }),
      ...validateTopicConfig({ 'cleanup.policy': '', 'segment.ms': 0, 'retention.ms': 1.5 }),
      ...validateBrokerConfig({
        'num.partitions': 0,
        'log.cleanup.policy': 'x',
        'offsets.topic.replication.factor': 40000,
      }),
    ];
    expect(all.length).toBe(15);
    for (const ce of all) {
      const e = rendered(ce);
      expect(e.message).not.toBe('');
      // Error.message is the code and params, never a sentence.
      expect(ce.message.startsWith(`${ce.error.code} `)).toBe(true);
    }
  });
});
