import { describe, expect, it } from 'vitest';
import waitingEvents from '../../content/scenarios/waiting-events.json';
import {
  SCENARIO_LIMITS,
  ScenarioValidationError,
  contextFromScenario,
  parseScenario,
  validateAction,
  validateScenario,
} from './validateScenario';
import type { ScenarioModel } from './ScenarioModel';
import type { EngineError } from '../common/EngineError';
import { errorMessage, formatError } from '../../content/errors';

type Json = Record<string, unknown>;

/** A small valid scenario to break one thing at a time. */
function base(): Json {
  return {
    version: 1,
    seed: 7,
    cluster: { brokers: 3 },
    topics: [{ name: 'orders', partitions: 3, replicationFactor: 3 }],
    producers: [{ id: 'p1', workload: { topic: 'orders', ratePerSec: 10 } }],
    consumerGroups: [{ id: 'g', topics: ['orders'], members: 3 }],
    actions: [],
  };
}

/** An error with its sentences (src/content/errors), for the tests that check the wording. */
type Rendered = EngineError & { en: string; ko: string };

function render(e: EngineError): Rendered {
  const r = { ...e, en: errorMessage(e, 'en'), ko: errorMessage(e, 'ko') };
  expect(r.en.length).toBeGreaterThan(0);
  expect(r.ko).toMatch(/[\uAC00-\uD7A3]/);
  return r;
}

function errorsOf(input: unknown): Rendered[] {
  const r = validateScenario(input);
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.errors.map(render);
}

/** The errors at `path` (fails when there are none). */
function at(input: unknown, path: string): Rendered[] {
  const errors = errorsOf(input);
  const found = errors.filter((e) => e.path === path);
  if (found.length === 0)
    throw new Error(
      `no error at ${path}; got ${JSON.stringify(errors.map((e) => [e.path, e.code, e.en]))}`,
    );
  return found;
}

/** The code of the first error at `path`. */
function codeAt(input: unknown, path: string): string {
  return at(input, path)[0]!.code;
}

function withActions(...actions: Json[]): Json {
  return { ...base(), actions };
}

describe('validateScenario: valid input', () => {
  it('accepts the shipped waiting-events scenario and keeps configs raw', () => {
    const r = validateScenario(waitingEvents);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.producers[0]!.config).toEqual({ acks: '1', 'linger.ms': 5 });
    expect(r.scenario.topics[0]!.config).toEqual({ 'min.insync.replicas': 2 });
    expect(r.scenario.actions).toHaveLength(1);
  });

  it("accepts design.md's example", () => {
    const r = validateScenario({
      version: 1,
      seed: 7,
      cluster: {
        brokers: 3,
        racks: ['a', 'b', 'c'],
        metadata: 'kraft',
        config: { 'unclean.leader.election.enable': false },
      },
      topics: [
        {
          name: 'waiting-events',
          partitions: 3,
          replicationFactor: 3,
          assignment: [
            [1, 2, 3],
            [2, 3, 1],
            [3, 1, 2],
          ],
          config: { 'min.insync.replicas': 2, 'segment.bytes': 4096 },
        },
      ],
      producers: [
        {
          id: 'p1',
          config: {
            acks: 'all',
            'linger.ms': 5,
            'batch.size': 16384,
            'compression.type': 'none',
            'enable.idempotence': true,
            partitioner: 'default',
          },
          workload: {
            topic: 'waiting-events',
            ratePerSec: 10,
            keys: ['restaurant-1', 'restaurant-2'],
            valueBytes: 100,
          },
        },
      ],
      consumerGroups: [
        {
          id: 'group-a',
          topics: ['waiting-events'],
          members: 3,
          config: { 'partition.assignment.strategy': 'range', 'auto.offset.reset': 'earliest' },
          processingMsPerRecord: 5,
        },
      ],
      actions: [
        {
          at: 1000,
          do: 'produce',
          producer: 'p1',
          topic: 'waiting-events',
          key: 'restaurant-42',
          value: 'hello',
        },
        { at: 5000, do: 'killBroker', broker: 2 },
        { at: 9000, do: 'restartBroker', broker: 2 },
      ],
    });
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('fills defaults: seed 1, metadata kraft, empty arrays', () => {
    const r = validateScenario({ version: 1, cluster: { brokers: 1 } });
    expect(r).toEqual({
      ok: true,
      scenario: {
        version: 1,
        seed: 1,
        cluster: { brokers: 1, metadata: 'kraft' },
        topics: [],
        producers: [],
        consumerGroups: [],
        actions: [],
      },
    });
  });

  it('accepts the network extension and every action kind', () => {
    const s = {
      ...base(),
      cluster: { brokers: 3, network: { latencyMs: 5, jitterMs: 0 } },
      actions: [
        {
          at: 0,
          do: 'produce',
          producer: 'p1',
          topic: 'orders',
          key: null,
          value: null,
          partition: 2,
        },
        { at: 1, do: 'shutdownBroker', broker: 1 },
        { at: 2, do: 'isolateBroker', broker: 2 },
        { at: 3, do: 'healBroker', broker: 2 },
        { at: 4, do: 'slowBroker', broker: 3, factor: 5 },
        { at: 5, do: 'addConsumer', group: 'g' },
        { at: 6, do: 'crashConsumer', group: 'g', member: 'g-4' },
        { at: 7, do: 'removeConsumer', group: 'g', member: 'g-1' },
        { at: 8, do: 'setConfig', target: 'topic:orders', key: 'retention.ms', value: '60000' },
        { at: 9, do: 'setConfig', target: 'broker:2', key: 'replica.lag.time.max.ms', value: 5000 },
        { at: 10, do: 'setConfig', target: 'cluster', key: 'min.insync.replicas', value: 2 },
        { at: 11, do: 'setConfig', target: 'producer:p1', key: 'acks', value: 1 },
        { at: 12, do: 'setConfig', target: 'group:g', key: 'auto.offset.reset', value: 'earliest' },
        {
          at: 13,
          do: 'createTopic',
          topic: { name: 'audit', partitions: 1, replicationFactor: 1 },
        },
        { at: 14, do: 'addPartitions', topic: 'audit', count: 4 },
        {
          at: 15,
          do: 'produce',
          producer: 'p1',
          topic: 'audit',
          key: 'k',
          value: 'v',
          partition: 3,
        },
      ],
    };
    const r = validateScenario(s);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (r.ok) expect(r.scenario.cluster.network).toEqual({ latencyMs: 5, jitterMs: 0 });
  });

  it('parseScenario returns the scenario or throws ScenarioValidationError', () => {
    expect(parseScenario(base()).seed).toBe(7);
    let caught: unknown;
    try {
      parseScenario({ ...base(), version: 2, seed: -1 });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ScenarioValidationError);
    const e = caught as ScenarioValidationError;
    expect(e.errors.map((x) => [x.path, x.code])).toEqual([
      ['version', 'scenario.version'],
      ['seed', 'scenario.seed'],
    ]);
    // The engine has no words: its message lists `path: code {params}`.
    expect(e.message).toBe(
      e.errors.map((x) => `${x.path}: ${x.code} ${JSON.stringify(x.params)}`).join('\n'),
    );
    expect(formatError(e.errors[0]!, 'en')).toBe(
      'version: Unsupported scenario version 2; this KafkaScope reads version 1.',
    );
    expect(formatError(e.errors[0]!, 'ko')).toMatch(/^version: .*[\uAC00-\uD7A3]/);
  });
});

describe('validateScenario: top level', () => {
  it('needs an object', () => {
    for (const bad of [null, 3, 'x', []]) expect(errorsOf(bad)[0]!.path).toBe('');
  });

  it('needs version 1', () => {
    expect(at({ ...base(), version: 2 }, 'version')[0]!.en).toBe(
      'Unsupported scenario version 2; this KafkaScope reads version 1.',
    );
    const noVersion = base();
    delete noVersion.version;
    expect(at(noVersion, 'version')[0]!.en).toBe('Missing required field "version".');
  });

  it('names unknown fields, with a suggestion', () => {
    expect(at({ ...base(), sead: 3 }, 'sead')[0]!.en).toBe(
      'Unknown field "sead"; did you mean "seed"?',
    );
    expect(at({ ...base(), extra: 1 }, 'extra')[0]!.en).toMatch(
      /^Unknown field "extra". Fields allowed here: version, seed/,
    );
  });

  it('needs an unsigned 32-bit integer seed', () => {
    expect(codeAt({ ...base(), seed: 1.5 }, 'seed')).toBe('value.wrongType');
    expect(codeAt({ ...base(), seed: -1 }, 'seed')).toBe('scenario.seed');
    expect(codeAt({ ...base(), seed: '7' }, 'seed')).toBe('value.wrongType');
    expect(codeAt({ ...base(), seed: SCENARIO_LIMITS.maxSeed + 1 }, 'seed')).toBe('scenario.seed');
    expect(validateScenario({ ...base(), seed: 0 }).ok).toBe(true);
  });

  it('needs arrays where arrays belong', () => {
    expect(codeAt({ ...base(), topics: {} }, 'topics')).toBe('value.wrongType');
    expect(codeAt({ ...base(), actions: 'none' }, 'actions')).toBe('value.wrongType');
  });
});

describe('validateScenario: cluster', () => {
  it('needs 1..50 brokers', () => {
    expect(codeAt({ ...base(), cluster: { brokers: 0 } }, 'cluster.brokers')).toBe(
      'cluster.noBrokers',
    );
    expect(at({ ...base(), cluster: { brokers: 51 } }, 'cluster.brokers')[0]!.en).toMatch(
      /at most 50 brokers/,
    );
    expect(at({ ...base(), cluster: { brokers: '3' } }, 'cluster.brokers')[0]!.en).toBe(
      'Expected an integer, got the string "3".',
    );
    expect(codeAt({ ...base(), cluster: {} }, 'cluster.brokers')).toBe('field.missing');
    const noCluster = base();
    delete noCluster.cluster;
    expect(codeAt(noCluster, 'cluster')).toBe('field.missing');
  });

  it('needs one rack per broker', () => {
    expect(codeAt({ ...base(), cluster: { brokers: 3, racks: ['a', 'b'] } }, 'cluster.racks')).toBe(
      'cluster.racksCount',
    );
    expect(
      codeAt({ ...base(), cluster: { brokers: 3, racks: ['a', 'b', 7] } }, 'cluster.racks[2]'),
    ).toBe('value.wrongType');
  });

  it('checks metadata, network and unknown cluster fields', () => {
    expect(codeAt({ ...base(), cluster: { brokers: 3, metadata: 'zk' } }, 'cluster.metadata')).toBe(
      'cluster.metadata',
    );
    // ZooKeeper mode runs its own machine: KRaft's controllers are refused there, and an ensemble
    // is refused in KRaft mode.
    expect(() =>
      parseScenario({ ...base(), cluster: { brokers: 3, metadata: 'zookeeper' } }),
    ).not.toThrow();
    const zkControllers = {
      ...base(),
      cluster: { brokers: 3, metadata: 'zookeeper', controllers: 3 },
    };
    expect(codeAt(zkControllers, 'cluster.controllers')).toBe('cluster.controllersInZookeeperMode');
    expect(at(zkControllers, 'cluster.controllers')[0]!.ko).toContain('ZooKeeper');
    const kraftEnsemble = { ...base(), cluster: { brokers: 3, zookeeper: { servers: 3 } } };
    expect(codeAt(kraftEnsemble, 'cluster.zookeeper')).toBe('cluster.zookeeperInKraftMode');
    const four = {
      ...base(),
      cluster: { brokers: 3, metadata: 'zookeeper', zookeeper: { servers: 4 } },
    };
    expect(codeAt(four, 'cluster.zookeeper.servers')).toBe('cluster.zookeeperServers');
    expect(() =>
      parseScenario({ ...base(), cluster: { brokers: 3, metadata: 'kraft' } }),
    ).not.toThrow();
    at(
      { ...base(), cluster: { brokers: 3, network: { latencyMs: -1 } } },
      'cluster.network.latencyMs',
    );
    expect(
      codeAt(
        { ...base(), cluster: { brokers: 3, network: { latency: 1 } } },
        'cluster.network.latency',
      ),
    ).toBe('field.unknown');
    expect(
      at({ ...base(), cluster: { brokers: 3, broker: 1 } }, 'cluster.broker')[0]!.en,
    ).toContain('did you mean "brokers"');
  });

  it('checks cluster.storage: a device preset and a page cache size in bytes', () => {
    const storage = (v: unknown): unknown => ({ ...base(), cluster: { brokers: 3, storage: v } });
    const ok = parseScenario(storage({ device: 'hdd', pageCacheBytes: 1048576 }));
    expect(ok.cluster.storage).toEqual({ device: 'hdd', pageCacheBytes: 1048576 });
    expect(parseScenario(storage({})).cluster.storage).toEqual({});
    expect(codeAt(storage({ device: 'nvme' }), 'cluster.storage.device')).toBe(
      'cluster.storageDevice',
    );
    const small = at(storage({ pageCacheBytes: 4096 }), 'cluster.storage.pageCacheBytes')[0]!;
    expect(small.code).toBe('cluster.pageCacheTooSmall');
    expect(small.en).toContain('at least 65536 bytes');
    expect(small.ko).toContain('65536');
    expect(codeAt(storage({ pageCacheBytes: 65536.5 }), 'cluster.storage.pageCacheBytes')).toBe(
      'value.wrongType',
    );
    expect(codeAt(storage({ pageCacheBytes: 2 ** 40 }), 'cluster.storage.pageCacheBytes')).toBe(
      'value.atMost',
    );
    expect(codeAt(storage({ disk: 'ssd' }), 'cluster.storage.disk')).toBe('field.unknown');
    expect(codeAt(storage('ssd'), 'cluster.storage')).toBe('value.wrongType');
  });

  it('validates cluster.config with broker names', () => {
    expect(
      at(
        { ...base(), cluster: { brokers: 3, config: { 'num.partitions': 0 } } },
        'cluster.config.num.partitions',
      )[0]!.en,
    ).toBe('Invalid value 0 for configuration num.partitions: Value must be at least 1');
    expect(
      at(
        { ...base(), cluster: { brokers: 3, config: { 'segment.bytes': 4096 } } },
        'cluster.config.segment.bytes',
      )[0]!.en,
    ).toMatch(/log\.segment\.bytes/);
    at(
      { ...base(), cluster: { brokers: 3, config: { 'min.insync.replicas': null } } },
      'cluster.config.min.insync.replicas',
    );
    at(
      { ...base(), cluster: { brokers: 3, config: { 'replica.lag.time.max.ms': 100 } } },
      'cluster.config.replica.lag.time.max.ms',
    );
  });
});

describe('validateScenario: topics', () => {
  const topic = (t: Json): Json => ({ ...base(), topics: [t], producers: [], consumerGroups: [] });

  it("checks names by Kafka's rules", () => {
    expect(
      at(topic({ name: 'a b', partitions: 1, replicationFactor: 1 }), 'topics[0].name')[0]!.en,
    ).toBe(
      `Topic name "a b" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`,
    );
    expect(
      at(topic({ name: '..', partitions: 1, replicationFactor: 1 }), 'topics[0].name')[0]!.en,
    ).toBe('Topic name cannot be "." or ".."');
    expect(
      at(topic({ name: '', partitions: 1, replicationFactor: 1 }), 'topics[0].name')[0]!.en,
    ).toBe("Topic name is illegal, it can't be empty");
    expect(
      at(
        topic({ name: 'x'.repeat(250), partitions: 1, replicationFactor: 1 }),
        'topics[0].name',
      )[0]!.en,
    ).toMatch(/^Topic name is illegal, it can't be longer than 249 characters/);
    expect(
      validateScenario(topic({ name: 'x'.repeat(249), partitions: 1, replicationFactor: 1 })).ok,
    ).toBe(true);
  });

  it('needs unique, non-colliding names', () => {
    const t = { partitions: 1, replicationFactor: 1 };
    const dup = {
      ...base(),
      topics: [
        { name: 'a', ...t },
        { name: 'a', ...t },
      ],
      producers: [],
      consumerGroups: [],
    };
    expect(at(dup, 'topics[1].name')[0]!.en).toBe("Topic 'a' already exists.");
    const collide = {
      ...base(),
      topics: [
        { name: 'a.b', ...t },
        { name: 'a_b', ...t },
      ],
      producers: [],
      consumerGroups: [],
    };
    expect(at(collide, 'topics[1].name')[0]!.en).toBe(
      "Topic 'a_b' collides with existing topic: a.b",
    );
  });

  it('needs 1..1000 partitions', () => {
    expect(
      at(topic({ name: 't', partitions: 0, replicationFactor: 1 }), 'topics[0].partitions')[0]!.en,
    ).toBe('Number of partitions must be larger than 0.');
    expect(
      at(topic({ name: 't', partitions: 1001, replicationFactor: 1 }), 'topics[0].partitions')[0]!
        .en,
    ).toMatch(/at most 1000 partitions/);
  });

  it("refuses a replication factor above the broker count, in Kafka's words", () => {
    expect(
      at(
        topic({ name: 't', partitions: 1, replicationFactor: 4 }),
        'topics[0].replicationFactor',
      )[0]!.en,
    ).toBe(
      'Unable to replicate the partition 4 time(s): The target replication factor of 4 cannot be reached because only 3 broker(s) are registered.',
    );
    const zk = {
      ...topic({ name: 't', partitions: 1, replicationFactor: 4 }),
      cluster: { brokers: 3, metadata: 'zookeeper' },
    };
    expect(at(zk, 'topics[0].replicationFactor')[0]!.en).toBe(
      'Replication factor: 4 larger than available brokers: 3.',
    );
    expect(
      at(
        topic({ name: 't', partitions: 1, replicationFactor: 0 }),
        'topics[0].replicationFactor',
      )[0]!.en,
    ).toBe('Replication factor must be larger than 0.');
  });

  it('checks an explicit assignment', () => {
    const t = (assignment: unknown): Json =>
      topic({ name: 't', partitions: 2, replicationFactor: 2, assignment });
    expect(codeAt(t([[1, 2]]), 'topics[0].assignment')).toBe('topic.assignmentPartitions');
    at(
      t([
        [1, 2],
        [1, 2, 3],
      ]),
      'topics[0].assignment[1]',
    );
    expect(
      at(
        t([
          [1, 1],
          [2, 3],
        ]),
        'topics[0].assignment[0]',
      )[0]!.en,
    ).toBe('Duplicate broker ids in the replica assignment of partition 0: [1, 1].');
    expect(
      at(
        t([
          [1, 2],
          [2, 4],
        ]),
        'topics[0].assignment[1][1]',
      )[0]!.en,
    ).toBe('Broker 4 does not exist; broker ids are 1..3.');
    expect(codeAt(t([[1, 2], 'x']), 'topics[0].assignment[1]')).toBe('value.wrongType');
  });

  it('validates topic configs and allows min.insync.replicas above the replication factor', () => {
    expect(
      at(
        topic({
          name: 't',
          partitions: 1,
          replicationFactor: 1,
          config: { 'min.insync.replicas': 0 },
        }),
        'topics[0].config.min.insync.replicas',
      )[0]!.en,
    ).toBe('Invalid value 0 for configuration min.insync.replicas: Value must be at least 1');
    expect(
      at(
        topic({ name: 't', partitions: 1, replicationFactor: 1, config: { 'segment.byte': 1 } }),
        'topics[0].config.segment.byte',
      )[0]!.en,
    ).toBe('Unknown topic config name: segment.byte. Did you mean segment.bytes?');
    expect(
      validateScenario(
        topic({
          name: 't',
          partitions: 1,
          replicationFactor: 2,
          config: { 'min.insync.replicas': 3 },
        }),
      ).ok,
    ).toBe(true);
  });

  it('names unknown and missing topic fields', () => {
    expect(
      at(topic({ name: 't', partitions: 1, replication: 1 }), 'topics[0].replication')[0]!.en,
    ).toBe('Unknown field "replication"; did you mean "replicationFactor"?');
    expect(
      at(topic({ name: 't', partitions: 1, replication: 1 }), 'topics[0].replicationFactor')[0]!.en,
    ).toBe('Missing required field "replicationFactor".');
  });
});

describe('validateScenario: producers and consumer groups', () => {
  it('checks producer ids, workloads and configs', () => {
    const s = base();
    s.producers = [{ id: 'p1' }, { id: 'p1' }];
    expect(at(s, 'producers[1].id')[0]!.en).toBe('Duplicate producer id "p1".');
    expect(codeAt({ ...base(), producers: [{ id: 'has space' }] }, 'producers[0].id')).toBe(
      'value.id',
    );
    expect(
      at(
        { ...base(), producers: [{ id: 'p', workload: { topic: 'nope', ratePerSec: 1 } }] },
        'producers[0].workload.topic',
      )[0]!.en,
    ).toBe(
      'Topic "nope" does not exist: define it in "topics" or create it with a createTopic action.',
    );
    expect(
      at(
        { ...base(), producers: [{ id: 'p', workload: { topic: 'orders', ratePerSec: -1 } }] },
        'producers[0].workload.ratePerSec',
      )[0]!.en,
    ).toBe('Must be at least 0, got -1.');
    at(
      { ...base(), producers: [{ id: 'p', workload: { topic: 'orders', ratePerSec: 1e6 } }] },
      'producers[0].workload.ratePerSec',
    );
    at(
      { ...base(), producers: [{ id: 'p', workload: { topic: 'orders' } }] },
      'producers[0].workload.ratePerSec',
    );
    at(
      {
        ...base(),
        producers: [{ id: 'p', workload: { topic: 'orders', ratePerSec: 1, valueBytes: -1 } }],
      },
      'producers[0].workload.valueBytes',
    );
    at(
      {
        ...base(),
        producers: [{ id: 'p', workload: { topic: 'orders', ratePerSec: 1, keys: ['a', 1] } }],
      },
      'producers[0].workload.keys[1]',
    );
    expect(
      validateScenario({
        ...base(),
        producers: [{ id: 'p', workload: { topic: 'orders', ratePerSec: 0.5, keys: ['a', null] } }],
      }).ok,
    ).toBe(true);
  });

  it('accepts "keys": null for keyless records, as well as leaving keys out', () => {
    const res = validateScenario({
      ...base(),
      producers: [{ id: 'p', workload: { topic: 'orders', ratePerSec: 1, keys: null } }],
    });
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.scenario.producers?.[0]?.workload?.keys).toBeNull();
  });

  it("reports a producer's idempotence conflict at the key, in Kafka's wording", () => {
    const s = {
      ...base(),
      producers: [{ id: 'p1', config: { acks: '1', 'enable.idempotence': true } }],
    };
    expect(at(s, 'producers[0].config.acks')[0]!.en).toBe(
      'Must set acks to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.',
    );
    expect(
      validateScenario({ ...base(), producers: [{ id: 'p1', config: { acks: '1' } }] }).ok,
    ).toBe(true);
    expect(validateScenario({ ...base(), producers: [{ id: 'p1', config: { acks: 1 } }] }).ok).toBe(
      true,
    );
    expect(
      validateScenario({ ...base(), producers: [{ id: 'p1', config: { acks: 'all' } }] }).ok,
    ).toBe(true);
  });

  it('accepts a workload topic that a createTopic action makes later', () => {
    const s = {
      ...base(),
      producers: [{ id: 'p', workload: { topic: 'later', ratePerSec: 1 } }],
      actions: [
        {
          at: 100,
          do: 'createTopic',
          topic: { name: 'later', partitions: 1, replicationFactor: 1 },
        },
      ],
    };
    expect(validateScenario(s).ok).toBe(true);
  });

  it('checks consumer groups', () => {
    const g = (group: Json): Json => ({ ...base(), consumerGroups: [group] });
    expect(
      at(
        {
          ...base(),
          consumerGroups: [
            { id: 'g', topics: ['orders'], members: 1 },
            { id: 'g', topics: ['orders'], members: 1 },
          ],
        },
        'consumerGroups[1].id',
      )[0]!.en,
    ).toBe('Duplicate consumer group id "g".');
    expect(
      codeAt(g({ id: 'g', topics: ['nope'], members: 1 }), 'consumerGroups[0].topics[0]'),
    ).toBe('topic.undefined');
    expect(codeAt(g({ id: 'g', topics: [], members: 1 }), 'consumerGroups[0].topics')).toBe(
      'group.noTopics',
    );
    expect(
      codeAt(
        g({ id: 'g', topics: ['orders', 'orders'], members: 1 }),
        'consumerGroups[0].topics[1]',
      ),
    ).toBe('group.topicTwice');
    expect(
      codeAt(g({ id: 'g', topics: ['orders'], members: -1 }), 'consumerGroups[0].members'),
    ).toBe('value.atLeast');
    at(
      g({ id: 'g', topics: ['orders'], members: 1, processingMsPerRecord: -1 }),
      'consumerGroups[0].processingMsPerRecord',
    );
    at(
      g({ id: 'g', topics: ['orders'], members: 1, config: { 'auto.offset.reset': 'begin' } }),
      'consumerGroups[0].config.auto.offset.reset',
    );
    at(
      g({
        id: 'g',
        topics: ['orders'],
        members: 1,
        config: { 'session.timeout.ms': 1000, 'heartbeat.interval.ms': 100 },
      }),
      'consumerGroups[0].config.session.timeout.ms',
    );
    expect(codeAt(g({ id: 'g', topics: ['orders'], member: 1 }), 'consumerGroups[0].member')).toBe(
      'field.unknown',
    );
    expect(validateScenario(g({ id: 'g', topics: ['orders'], members: 0 })).ok).toBe(true);
  });
});

describe('validateScenario: actions', () => {
  it('checks at and do', () => {
    expect(codeAt(withActions({ at: -1, do: 'killBroker', broker: 1 }), 'actions[0].at')).toBe(
      'value.atLeast',
    );
    expect(codeAt(withActions({ at: 1.5, do: 'killBroker', broker: 1 }), 'actions[0].at')).toBe(
      'value.wrongType',
    );
    expect(codeAt(withActions({ do: 'killBroker', broker: 1 }), 'actions[0].at')).toBe(
      'field.missing',
    );
    expect(at(withActions({ at: 0, do: 'killbroker', broker: 1 }), 'actions[0].do')[0]!.en).toBe(
      'Unknown action "killbroker"; did you mean "killBroker"?',
    );
    expect(codeAt(withActions({ at: 0 }), 'actions[0].do')).toBe('field.missing');
    expect(codeAt(withActions(5 as unknown as Json), 'actions[0]')).toBe('value.wrongType');
  });

  it('names unknown action fields', () => {
    expect(
      at(withActions({ at: 0, do: 'killBroker', broker: 1, node: 2 }), 'actions[0].node')[0]!.en,
    ).toMatch(/^Unknown field "node"/);
    expect(
      codeAt(
        withActions({ at: 0, do: 'addConsumer', group: 'g', member: 'g-9' }),
        'actions[0].member',
      ),
    ).toBe('field.unknown');
  });

  it('checks brokers', () => {
    // The failure actions take a controller node id too (Kafka's node ids are one space).
    expect(
      at(withActions({ at: 0, do: 'restartBroker', broker: 4 }), 'actions[0].broker')[0]!.en,
    ).toBe('Node 4 does not exist; broker ids are 1..3, controller ids 3001..3003.');
    expect(validateScenario(withActions({ at: 0, do: 'killBroker', broker: 3002 })).ok).toBe(true);
    expect(
      at(withActions({ at: 0, do: 'killBroker', broker: 3004 }), 'actions[0].broker')[0]!.en,
    ).toBe('Node 3004 does not exist; broker ids are 1..3, controller ids 3001..3003.');
    // slowBroker slows a broker's replica fetchers: a controller has none.
    expect(
      at(withActions({ at: 0, do: 'slowBroker', broker: 3001 }), 'actions[0].broker')[0]!.en,
    ).toBe('Broker 3001 does not exist; broker ids are 1..3.');
    expect(codeAt(withActions({ at: 0, do: 'killBroker' }), 'actions[0].broker')).toBe(
      'field.missing',
    );
    expect(
      codeAt(withActions({ at: 0, do: 'slowBroker', broker: 1, factor: 0.5 }), 'actions[0].factor'),
    ).toBe('slowBroker.factor');
  });

  it('checks produce actions', () => {
    at(
      withActions({ at: 0, do: 'produce', producer: 'p9', topic: 'orders', key: 'k', value: 'v' }),
      'actions[0].producer',
    );
    at(
      withActions({ at: 0, do: 'produce', producer: 'p1', topic: 'nope', key: 'k', value: 'v' }),
      'actions[0].topic',
    );
    at(
      withActions({ at: 0, do: 'produce', producer: 'p1', topic: 'orders', value: 'v' }),
      'actions[0].key',
    );
    at(
      withActions({ at: 0, do: 'produce', producer: 'p1', topic: 'orders', key: 1, value: 'v' }),
      'actions[0].key',
    );
    expect(
      at(
        withActions({
          at: 0,
          do: 'produce',
          producer: 'p1',
          topic: 'orders',
          key: 'k',
          value: 'v',
          partition: 3,
        }),
        'actions[0].partition',
      )[0]!.en,
    ).toBe('Partition 3 does not exist: topic "orders" has 3 partition(s) (0..2).');
  });

  it('follows topics created and grown by earlier actions, in time order', () => {
    const create = {
      at: 100,
      do: 'createTopic',
      topic: { name: 'new', partitions: 1, replicationFactor: 1 },
    };
    const produce = (t: number, partition?: number): Json => ({
      at: t,
      do: 'produce',
      producer: 'p1',
      topic: 'new',
      key: null,
      value: 'v',
      partition,
    });
    expect(validateScenario(withActions(produce(200), create)).ok).toBe(true); // array order does not matter; time does
    expect(at(withActions(create, produce(50)), 'actions[1].topic')[0]!.en).toBe(
      'Topic "new" does not exist when this action runs.',
    );
    expect(
      validateScenario(
        withActions(
          create,
          { at: 150, do: 'addPartitions', topic: 'new', count: 2 },
          produce(200, 1),
        ),
      ).ok,
    ).toBe(true);
    at(
      withActions(
        create,
        { at: 300, do: 'addPartitions', topic: 'new', count: 2 },
        produce(200, 1),
      ),
      'actions[2].partition',
    );
    expect(codeAt(withActions(create, { ...create, at: 200 }), 'actions[1].topic.name')).toBe(
      'topic.exists',
    );
  });

  it('validates createTopic like a topic', () => {
    const errors = at(
      withActions({
        at: 0,
        do: 'createTopic',
        topic: { name: 'x', partitions: 1, replicationFactor: 5 },
      }),
      'actions[0].topic.replicationFactor',
    );
    expect(errors[0]!.en).toMatch(/only 3 broker\(s\) are registered/);
    at(
      withActions({
        at: 0,
        do: 'createTopic',
        topic: { name: 'orders', partitions: 1, replicationFactor: 1 },
      }),
      'actions[0].topic.name',
    );
    at(
      withActions({
        at: 0,
        do: 'createTopic',
        topic: { name: 'x', partitions: 1, replicationFactor: 1, config: { acks: 1 } },
      }),
      'actions[0].topic.config.acks',
    );
  });

  it("refuses an addPartitions that is not an increase, in Kafka's words", () => {
    expect(
      at(
        withActions({ at: 0, do: 'addPartitions', topic: 'orders', count: 2 }),
        'actions[0].count',
      )[0]!.en,
    ).toBe('The topic orders currently has 3 partition(s); 2 would not be an increase.');
    expect(
      at(
        withActions({ at: 0, do: 'addPartitions', topic: 'orders', count: 3 }),
        'actions[0].count',
      )[0]!.en,
    ).toBe('Topic already has 3 partition(s).');
    const zk = (count: number): Json => ({
      ...withActions({ at: 0, do: 'addPartitions', topic: 'orders', count }),
      cluster: { brokers: 3, metadata: 'zookeeper' },
    });
    expect(at(zk(2), 'actions[0].count')[0]!.en).toBe(
      'Topic currently has 3 partitions, which is higher than the requested 2.',
    );
    expect(at(zk(3), 'actions[0].count')[0]!.en).toBe('Topic already has 3 partitions.');
    expect(
      codeAt(
        withActions({ at: 0, do: 'addPartitions', topic: 'nope', count: 4 }),
        'actions[0].topic',
      ),
    ).toBe('topic.notFound');
  });

  it('checks groups and member ids', () => {
    expect(
      codeAt(withActions({ at: 0, do: 'addConsumer', group: 'nope' }), 'actions[0].group'),
    ).toBe('group.notFound');
    expect(
      at(
        withActions({ at: 0, do: 'crashConsumer', group: 'g', member: 'consumer-1' }),
        'actions[0].member',
      )[0]!.en,
    ).toBe('Member id "consumer-1" must look like "g-<n>" (n = 1, 2, …).');
    expect(
      codeAt(
        withActions({ at: 0, do: 'crashConsumer', group: 'g', member: 'g-0' }),
        'actions[0].member',
      ),
    ).toBe('member.idFormat');
    expect(
      at(
        withActions({ at: 0, do: 'removeConsumer', group: 'g', member: 'g-4' }),
        'actions[0].member',
      )[0]!.en,
    ).toBe(
      'Member "g-4" is not in group "g" when this action runs; its members then: g-1, g-2, g-3.',
    );
    expect(
      validateScenario(
        withActions(
          { at: 0, do: 'addConsumer', group: 'g' },
          { at: 1, do: 'removeConsumer', group: 'g', member: 'g-4' },
        ),
      ).ok,
    ).toBe(true);
    at(
      withActions(
        { at: 0, do: 'crashConsumer', group: 'g', member: 'g-1' },
        { at: 1, do: 'removeConsumer', group: 'g', member: 'g-1' },
      ),
      'actions[1].member',
    );
  });

  it('checks setConfig targets, keys and values', () => {
    const set = (target: unknown, key: unknown, value: unknown): Json =>
      withActions({ at: 0, do: 'setConfig', target, key, value });
    expect(at(set('brokers:1', 'min.insync.replicas', 2), 'actions[0].target')[0]!.en).toMatch(
      /^Invalid target/,
    );
    expect(codeAt(set('broker:9', 'min.insync.replicas', 2), 'actions[0].target')).toBe(
      'broker.notFound',
    );
    expect(codeAt(set('topic:nope', 'retention.ms', 1), 'actions[0].target')).toBe(
      'topic.notFound',
    );
    expect(codeAt(set('producer:p9', 'acks', 1), 'actions[0].target')).toBe('producer.notFound');
    expect(codeAt(set('group:nope', 'auto.offset.reset', 'earliest'), 'actions[0].target')).toBe(
      'group.notFound',
    );
    expect(at(set('producer:p1', 'retention.ms', 1), 'actions[0].key')[0]!.en).toBe(
      'Unknown producer config name: retention.ms',
    );
    expect(at(set('topic:orders', 'segment.bytes', 'big'), 'actions[0].value')[0]!.en).toBe(
      'Invalid value big for configuration segment.bytes: Not a number of type INT',
    );
    expect(codeAt(set('cluster', 'min.insync.replicas', null), 'actions[0].value')).toBe(
      'value.configType',
    );
    // A read-only key is taken like an edit of server.properties (in force at each broker's next start).
    const readOnly = validateScenario(set('cluster', 'replica.lag.time.max.ms', 1000));
    expect(readOnly.ok ? [] : readOnly.errors).toEqual([]);
    expect(at(set('broker:2', 'broker.session.timeout.ms', 6000), 'actions[0].key')[0]!.en).toBe(
      'broker.session.timeout.ms is read by the KRaft controller, from its own properties file, not by broker 2: set it on "cluster" (real Kafka needs the controllers restarted with it).',
    );
    expect(codeAt(set('broker:2', 'log.segment.bytes', 4096), 'actions[0].key')).toBe(
      'setConfig.perBrokerTopicDefault',
    );
    at(
      withActions({ at: 0, do: 'setConfig', target: 'cluster', key: 'min.insync.replicas' }),
      'actions[0].value',
    );
  });

  it('checks a setConfig against the rest of the target config', () => {
    const s = {
      ...base(),
      producers: [{ id: 'p1', config: { 'enable.idempotence': true } }],
      actions: [{ at: 0, do: 'setConfig', target: 'producer:p1', key: 'acks', value: '1' }],
    };
    expect(at(s, 'actions[0].value')[0]!.en).toBe(
      'Must set acks to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.',
    );
    const later = {
      ...base(),
      actions: [
        { at: 0, do: 'setConfig', target: 'group:g', key: 'session.timeout.ms', value: 10000 },
        { at: 1, do: 'setConfig', target: 'group:g', key: 'heartbeat.interval.ms', value: 20000 },
      ],
    };
    expect(at(later, 'actions[1].value')[0]!.en).toBe(
      'Heartbeat must be set lower than the session timeout',
    );
  });

  it('reports the shape of actions even when other parts are broken', () => {
    const s = {
      ...base(),
      cluster: { brokers: 0 },
      actions: [
        { at: 0, do: 'killBroker', broker: 1, extra: true },
        { at: -5, do: 'healBroker', broker: 1 },
      ],
    };
    expect(codeAt(s, 'actions[0].extra')).toBe('field.unknown');
    expect(codeAt(s, 'actions[1].at')).toBe('value.atLeast');
  });
});

describe('validateAction at run time', () => {
  const scenario = parseScenario({
    ...base(),
    topics: [
      { name: 'orders', partitions: 3, replicationFactor: 3, config: { 'min.insync.replicas': 2 } },
    ],
  });

  it('accepts a good action and reports a bad one at the given path', () => {
    const ctx = contextFromScenario(scenario);
    expect(validateAction({ at: 5000, do: 'killBroker', broker: 2 }, ctx)).toEqual([]);
    const errors = validateAction({ at: 5000, do: 'killBroker', broker: 7 }, ctx, 'ui');
    expect(errors.map((e) => [e.path, e.code])).toEqual([['ui.broker', 'broker.notFound']]);
    expect(render(errors[0]!).en).toBe(
      'Node 7 does not exist; broker ids are 1..3, controller ids 3001..3003.',
    );
  });

  it('uses the context it is given', () => {
    const ctx: ScenarioModel = {
      brokers: 5,
      controllers: 3,
      zookeeperServers: 3,
      metadata: 'zookeeper',
      topics: new Map([['orders', 6]]),
      replicationFactors: new Map([['orders', 1]]),
      internalReplicas: 0,
      workloads: [],
      producers: new Set(['p1']),
      groups: new Map([['g', ['g-2', 'g-5']]]),
      nextMember: new Map([['g', 6]]),
      configs: {
        cluster: {},
        brokers: new Map(),
        topics: new Map(),
        producers: new Map(),
        groups: new Map(),
      },
    };
    expect(validateAction({ at: 0, do: 'killBroker', broker: 5 }, ctx)).toEqual([]);
    expect(validateAction({ at: 0, do: 'crashConsumer', group: 'g', member: 'g-5' }, ctx)).toEqual(
      [],
    );
    expect(
      validateAction({ at: 0, do: 'crashConsumer', group: 'g', member: 'g-1' }, ctx).map(
        (e) => e.path,
      ),
    ).toEqual(['action.member']);
    const shrink = validateAction({ at: 0, do: 'addPartitions', topic: 'orders', count: 4 }, ctx);
    expect(shrink[0]).toEqual({
      path: 'action.count',
      code: 'addPartitions.decrease',
      params: { topic: 'orders', current: 6, requested: 4, metadata: 'zookeeper' },
    });
    expect(render(shrink[0]!).en).toBe(
      'Topic currently has 6 partitions, which is higher than the requested 4.',
    );
    const rf = validateAction(
      { at: 0, do: 'createTopic', topic: { name: 'x', partitions: 1, replicationFactor: 6 } },
      ctx,
    );
    expect(rf[0]!.code).toBe('topic.replicationFactor');
    expect(render(rf[0]!).en).toBe('Replication factor: 6 larger than available brokers: 5.');
    expect(
      validateAction({ at: 0, do: 'setConfig', target: 'producer:p1', key: 'acks', value: 0 }, ctx),
    ).toEqual([]);
  });
});

describe('Korean messages', () => {
  it('exist for every error of a thoroughly broken scenario', () => {
    const errors = errorsOf({
      version: 3,
      seed: 'x',
      sead: 1,
      cluster: {
        brokers: 2,
        racks: ['a'],
        metadata: 'x',
        config: { 'log.segment.bytes': 1, nope: 1 },
        network: { jitterMs: -3 },
      },
      topics: [
        {
          name: 'bad name',
          partitions: 0,
          replicationFactor: 3,
          assignment: [[9, 9]],
          config: { 'cleanup.policy': 'x' },
        },
        { name: 't', partitions: 2000, replicationFactor: 0, extra: 1 },
      ],
      producers: [
        {
          id: '',
          config: { acks: 'x' },
          workload: { topic: 'nope', ratePerSec: -5, keys: [3], valueBytes: 'x' },
        },
      ],
      consumerGroups: [
        {
          id: 'g g',
          topics: ['nope'],
          members: 5000,
          config: { 'group.id': 'x' },
          processingMsPerRecord: 1.5,
        },
      ],
      actions: [
        { at: -1, do: 'explode' },
        { do: 'killBroker', broker: 1, zone: 'a' },
      ],
    });
    expect(errors.length).toBeGreaterThan(20);
    expect(new Set(errors.map((e) => e.path)).size).toBeGreaterThan(15);
  });
});
