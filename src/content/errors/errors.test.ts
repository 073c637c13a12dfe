// Every error code has a Korean and an English sentence: each is rendered from an example of its
// params. EXAMPLES is typed over every ErrorCode, so a new code without an example (or with params of
// the wrong shape) does not compile, and a code without a sentence does not compile in index.ts.
import { describe, expect, it } from 'vitest';
import type {
  EngineError,
  ErrorCode,
  ErrorParamValue,
  ErrorParamsByCode,
} from '../../engine/common/EngineError';
import { ERROR_CODES, ERROR_TEXTS, errorMessage, formatError } from '.';

type Examples = { [C in ErrorCode]: ErrorParamsByCode[C] };

/** Params are plain JSON: a code whose params hold anything else fails to compile here. */
type PlainParams = {
  [C in ErrorCode]: ErrorParamsByCode[C] extends Record<string, ErrorParamValue> ? C : never;
}[ErrorCode];
const allPlain: ErrorCode extends PlainParams ? true : false = true;

const CONFIG_EXAMPLES = {
  'config.nonNull': { key: 'min.insync.replicas', value: 'null' },
  'config.atLeast': { key: 'num.partitions', value: '0', min: 1 },
  'config.atMost': { key: 'retries', value: '5000000000', max: 2147483647 },
  'config.oneOf': { key: 'acks', value: 'some', allowed: ['all', '-1', '0', '1'] },
  'config.emptyList': { key: 'cleanup.policy', value: '', allowed: ['compact', 'delete'] },
  'config.notNumber': { key: 'segment.bytes', value: 'big', type: 'INT' },
  'config.outOfTypeRange': { key: 'segment.bytes', value: '3000000000', type: 'INT' },
  'config.wrongType': {
    key: 'auto.offset.reset',
    value: 'true',
    expected: 'STRING',
    actual: 'boolean',
  },
  'config.notBoolean': { key: 'enable.idempotence', value: 'yes' },
  'config.notList': { key: 'cleanup.policy', value: '5' },
  'config.classNotFound': { key: 'partitioner.class', value: 'x.Y', item: 'x.Y' },
  'config.unknownAssignor': {
    key: 'partition.assignment.strategy',
    value: 'fair',
    item: 'fair',
    known: ['range', 'roundrobin', 'sticky', 'cooperative-sticky'],
  },
  'config.unknownServerAssignor': {
    key: 'group.consumer.assignors',
    value: 'fair',
    item: 'fair',
    known: ['uniform', 'range'],
  },
  'config.unknownPartitionerClass': {
    key: 'partitioner.class',
    value: 'x.Y',
    item: 'x.Y',
    known: ['org.apache.kafka.clients.producer.RoundRobinPartitioner'],
  },
  'config.unknownName': { kind: 'topic', name: 'segment.byte', suggestion: 'segment.bytes' },
  'config.unknownName.topicLevel': { name: 'segment.bytes', brokerName: 'log.segment.bytes' },
  'config.unknownName.brokerLevel': { name: 'log.segment.bytes', topicName: 'segment.bytes' },
  'config.unknownName.topicField': { name: 'replication.factor', field: 'replicationFactor' },
  'config.unknownName.groupId': { name: 'group.id' },
  'config.requirement.atLeastKey': {
    key: 'log.segment.bytes',
    value: 10,
    bound: 'log.index.interval.bytes',
    boundValue: 4096,
  },
  'config.requirement.atMostKey': {
    key: 'group.min.session.timeout.ms',
    value: 90000,
    bound: 'group.max.session.timeout.ms',
    boundValue: 60000,
  },
  'config.requirement.lessThanKey': {
    key: 'replica.fetch.wait.max.ms',
    value: 60000,
    bound: 'replica.lag.time.max.ms',
    boundValue: 30000,
  },
  'config.replicaFetchWaitAboveLagMax': { fetchWait: 60000, lagMax: 30000 },
  'config.notDynamic': { names: ['replica.lag.time.max.ms'] },
  'config.idempotence.retries': {},
  'config.idempotence.acks': {},
  'config.idempotence.maxInFlight': { value: 6, max: 5 },
  'config.deliveryTimeoutTooSmall': {},
  'config.partitionerConflict': {
    partitioner: 'default',
    partitionerClass: 'org.apache.kafka.clients.producer.RoundRobinPartitioner',
  },
  'config.assignorDuplicate': { name: 'range' },
  'config.consumerProtocolUnsupported': { keys: ['partition.assignment.strategy'] },
  'config.classicRemoteAssignor': {},
  'config.heartbeatNotBelowSession': { heartbeat: 20000, session: 10000 },
  'config.negativeTimeout': { key: 'heartbeat.interval.ms', value: -5 },
  'config.sessionTimeoutOutsideBroker': { value: 1000, min: 6000, max: 1800000 },
  'config.unsupportedRemoteAssignor': { assignor: 'fair', assignors: 'uniform, range' },
} as const;

const got = { gotType: 'string', got: 'x' } as const;

const SCENARIO_EXAMPLES = {
  'scenario.notObject': { gotType: 'array', got: null },
  'input.tooLarge': { whole: true, maxChars: 1048576 },
  'input.tooDeep': { maxDepth: 32 },
  'errors.more': { count: 4900 },
  'scenario.version': { gotType: 'number', got: 2, supported: 1 },
  'scenario.seed': { value: -1, max: 4294967295 },
  'scenario.tooMany': { what: 'consumerGroups', max: 100, count: 101 },
  'field.unknown': { field: 'sead', allowed: ['version', 'seed'], suggestion: 'seed' },
  'field.missing': { field: 'replicationFactor' },
  'value.wrongType': { expected: 'integer', ...got },
  'value.atLeast': { min: 0, value: -1 },
  'value.atMost': { max: 2147483647, value: 2147483648 },
  'value.configType': { gotType: 'object', got: null },
  'value.id': { id: 'has space', maxLength: 249 },
  'cluster.noBrokers': { value: 0 },
  'cluster.tooManyBrokers': { max: 50, value: 51 },
  'cluster.rackEmpty': {},
  'cluster.rackTooLong': { max: 249, length: 250 },
  'cluster.racksCount': { racks: 2, brokers: 3 },
  'cluster.metadata': { gotType: 'string', got: 'zk' },
  'cluster.controllersInZookeeperMode': {},
  'cluster.zookeeperInKraftMode': {},
  'cluster.zookeeperServers': { value: 2 },
  'cluster.controllers': { value: 2 },
  'cluster.offsetsPartitions': { max: 1000, value: 100000 },
  'cluster.latencyTooSmall': { min: 1, value: 0 },
  'cluster.storageDevice': { gotType: 'string', got: 'nvme' },
  'cluster.pageCacheTooSmall': { min: 65536, value: 4096 },
  'cluster.tooManyReplicas': { max: 32000, total: 50050, internal: 50 },
  'cluster.tooManyTopics': { max: 100, count: 100 },
  'cluster.tooManyMembers': { max: 1000, total: 1200 },
  'broker.belowOne': { broker: 0 },
  'broker.notFound': { broker: 4, brokers: 3 },
  'topic.nameEmpty': {},
  'topic.nameDots': {},
  'topic.nameTooLong': { name: 'xxxx...', length: 250, max: 249 },
  'topic.nameChars': { name: 'a b' },
  'topic.internal': { name: '__consumer_offsets' },
  'topic.exists': { name: 'orders' },
  'topic.collides': { name: 'a_b', existing: 'a.b' },
  'topic.noPartitions': {},
  'topic.tooManyPartitions': { max: 1000, value: 1001 },
  'topic.noReplicas': {},
  'topic.replicationFactor': { rf: 4, brokers: 3, metadata: 'kraft' },
  'topic.assignmentPartitions': { listed: 1, partitions: 2 },
  'topic.assignmentReplicas': { partition: 1, replicas: 3, rf: 2 },
  'topic.assignmentDuplicate': { partition: 0, brokers: [1, 1] },
  'topic.undefined': { topic: 'nope' },
  'topic.notFound': { topic: 'ordes', suggestion: 'orders' },
  'record.tooLargeForProducer': {
    size: 2000091,
    maxRequestSize: 1048576,
    workload: 'producers[0].workload',
  },
  'record.tooLargeForSimulator': { size: 2000091, max: 1048576, workload: null },
  'record.tooLargeForTopic': { batchSize: 171, maxMessageBytes: 100, workload: null },
  'producer.duplicate': { id: 'p1' },
  'producer.notFound': { producer: 'p9', producers: ['p1', 'p2'] },
  'workload.tooFast': { max: 10000, value: 1000000 },
  'workload.keyType': { gotType: 'number', got: 1 },
  'workload.totalRate': { max: 10000, rate: 12000 },
  'workload.totalBytes': { max: 10485760, total: 1000000000 },
  'group.duplicate': { id: 'g' },
  'group.notFound': { group: 'nope', groups: [] },
  'group.noTopics': {},
  'group.tooManyTopics': { max: 100, count: 101 },
  'group.topicTwice': { topic: 'orders' },
  'group.tooManyMembers': { max: 1000, value: 5000 },
  'group.full': { group: 'g', max: 1000 },
  'group.processingTooLong': { max: 3600000, value: 3600001 },
  'member.idFormat': { member: 'consumer-1', group: 'g' },
  'member.notFound': { member: 'g-4', group: 'g', members: ['g-1', 'g-2', 'g-3'] },
  'action.unknown': {
    gotType: 'string',
    got: 'explode',
    suggestion: null,
    allowed: ['produce', 'killBroker'],
  },
  'action.tooLate': { max: 604800000, value: 604800001 },
  'produce.recordType': { field: 'key', gotType: 'number', got: 1 },
  'produce.noPartition': { partition: 3, topic: 'orders', partitions: 3 },
  'slowBroker.factor': { value: 0.5 },
  'stallConsumer.tooLong': { max: 3600000, value: 3600001 },
  'setWorkload.noWorkload': { producer: 'p1' },
  'setConfig.target': { gotType: 'string', got: 'brokers:1' },
  'setConfig.controllerConfig': { key: 'broker.session.timeout.ms', broker: 2 },
  'setConfig.perBrokerTopicDefault': { key: 'log.segment.bytes', broker: 2 },
  'addPartitions.tooMany': { max: 1000, value: 2000 },
  'addPartitions.decrease': { topic: 'orders', current: 3, requested: 2, metadata: 'kraft' },
  'addPartitions.same': { topic: 'orders', current: 3, metadata: 'zookeeper' },
  'codec.zstdNotReady': {},
} as const;

const EXAMPLES: Examples = { ...CONFIG_EXAMPLES, ...SCENARIO_EXAMPLES };

const example = (code: ErrorCode): EngineError =>
  ({ path: 'topics[0].name', code, params: EXAMPLES[code] }) as EngineError;

const HANGUL = /[\uAC00-\uD7A3]/;

describe('error sentences', () => {
  it('exist for every code, the same codes in both languages, each with an example', () => {
    expect(allPlain).toBe(true);
    const codes = Object.keys(EXAMPLES).sort();
    expect([...ERROR_CODES].sort()).toEqual(codes);
    expect(Object.keys(ERROR_TEXTS.ko).sort()).toEqual(codes);
    expect(codes.length).toBeGreaterThan(100);
  });

  it.each(Object.keys(EXAMPLES) as ErrorCode[])('%s reads in Korean and English', (code) => {
    const e = example(code);
    const en = errorMessage(e, 'en');
    const ko = errorMessage(e, 'ko');
    for (const s of [en, ko]) {
      expect(s.trim().length).toBeGreaterThan(0);
      expect(s).not.toMatch(/[{}]|\bundefined\b|\bNaN\b|\[object /);
    }
    // English has words, so the Korean sentence does too.
    expect(ko).not.toBe(en);
    expect(ko).toMatch(HANGUL);
    expect(en).not.toMatch(HANGUL);
    expect(formatError(e, 'en')).toBe(`topics[0].name: ${en}`);
    expect(formatError({ ...e, path: '' } as EngineError, 'ko')).toBe(ko);
  });

  it('describe values from the input by their type', () => {
    const wrong = (params: ErrorParamsByCode['value.wrongType']): string[] => {
      const e = { path: 'x', code: 'value.wrongType', params } as const;
      return [errorMessage(e, 'en'), errorMessage(e, 'ko')];
    };
    expect(wrong({ expected: 'integer', gotType: 'string', got: '3' })).toEqual([
      'Expected an integer, got the string "3".',
      '정수여야 하는데 문자열 "3"입니다.',
    ]);
    expect(wrong({ expected: 'array', gotType: 'nothing', got: null })).toEqual([
      'Expected an array, got nothing.',
      '배열이어야 하는데 값 없음입니다.',
    ]);
    expect(wrong({ expected: 'object', gotType: 'boolean', got: true })[0]).toBe(
      'Expected an object, got true.',
    );
    // A long string is quoted short.
    const long = wrong({ expected: 'integer', gotType: 'string', got: 'x'.repeat(64) })[0]!;
    expect(long).toBe(`Expected an integer, got the string "${'x'.repeat(56)}....`);
  });

  it('list at most 10 names, then an ellipsis', () => {
    const e = {
      path: 'action.group',
      code: 'group.notFound',
      params: { group: 'x', groups: Array.from({ length: 11 }, (_, i) => `g${i}`) },
    } as const;
    expect(errorMessage(e, 'en')).toBe(
      'Consumer group "x" does not exist; groups: g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, ….',
    );
  });
});
