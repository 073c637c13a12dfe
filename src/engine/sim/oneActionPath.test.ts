// One action path (issue #10): every action goes through applyAction, the Simulation brings its
// objects in line with the model it returns, and broker configs are per broker with Kafka's
// update modes (a read-only key waits for that broker's restart).
import { describe, expect, it } from 'vitest';
import { createSimulation } from './Simulation';
import type { Simulation } from './Simulation';
import { effectiveConfigs } from './queries';
import { applyAction } from '../scenario/applyAction';
import { brokerConfigMap, type ScenarioModel } from '../scenario/ScenarioModel';
import { contextFromScenario, parseScenario } from '../scenario/validateScenario';
import type { ActionBody, Scenario } from '../scenario/Scenario';
import { resolveBrokerConfig, resolveBrokerTopicDefaults } from '../config/BrokerConfig';
import { resolveTopicConfig } from '../config/TopicConfig';
import { resolveProducerConfig } from '../config/ProducerConfig';
import { resolveConsumerConfig } from '../config/ConsumerConfig';
import { isInternalTopic } from '../coordinator/group/OffsetsTopic';
import type { TraceEvent } from '../trace/TraceEvent';

const scenario: Scenario = parseScenario({
  version: 1,
  seed: 3,
  cluster: { brokers: 3 },
  topics: [{ name: 'orders', partitions: 2, replicationFactor: 3 }],
  producers: [{ id: 'p1', config: { acks: 'all' }, workload: { topic: 'orders', ratePerSec: 5 } }],
  consumerGroups: [{ id: 'g', topics: ['orders'], members: 2 }],
});

/** Every kind of action, as a person would apply them one after another. */
const ACTIONS: ActionBody[] = [
  { do: 'produce', producer: 'p1', topic: 'orders', key: 'k', value: 'v' },
  { do: 'setConfig', target: 'topic:orders', key: 'retention.ms', value: 60000 },
  { do: 'setConfig', target: 'cluster', key: 'log.segment.bytes', value: 8192 },
  { do: 'setConfig', target: 'broker:2', key: 'log.cleaner.backoff.ms', value: 5000 },
  { do: 'setConfig', target: 'broker:2', key: 'replica.lag.time.max.ms', value: 4000 },
  { do: 'setConfig', target: 'cluster', key: 'leader.imbalance.per.broker.percentage', value: 20 },
  { do: 'setConfig', target: 'producer:p1', key: 'linger.ms', value: 20 },
  { do: 'setWorkload', producer: 'p1', ratePerSec: 40 },
  { do: 'setConfig', target: 'group:g', key: 'max.poll.records', value: 50 },
  { do: 'createTopic', topic: { name: 'audit', partitions: 1, replicationFactor: 2 } },
  { do: 'addPartitions', topic: 'audit', count: 3 },
  { do: 'addConsumer', group: 'g' },
  { do: 'removeConsumer', group: 'g', member: 'g-1' },
  { do: 'crashConsumer', group: 'g', member: 'g-2' },
  { do: 'stallConsumer', group: 'g', member: 'g-3', ms: 100 },
  { do: 'setConfig', target: 'group:g', key: 'group.protocol', value: 'consumer' },
  { do: 'slowBroker', broker: 3, factor: 2 },
  { do: 'isolateBroker', broker: 3 },
  { do: 'healBroker', broker: 3 },
  { do: 'shutdownBroker', broker: 2 },
  { do: 'killBroker', broker: 1 },
  { do: 'restartBroker', broker: 1 },
  { do: 'restartBroker', broker: 2 },
];

/** What the Simulation's objects hold, read from them, not from its model. */
function observed(sim: Simulation) {
  const topics = [...sim.metadata.topics.values()].filter((t) => !isInternalTopic(t.name));
  return {
    brokers: sim.brokers.size,
    topics: new Map(topics.map((t) => [t.name, t.partitions.length])),
    replicationFactors: new Map(topics.map((t) => [t.name, t.partitions[0]!.replicas.length])),
    producers: new Set(sim.producers.keys()),
    groups: new Map([...sim.groups.values()].map((g) => [g.id, g.liveMemberIds()])),
    brokerConfigs: new Map([...sim.brokers.values()].map((b) => [b.id, b.config])),
    topicConfigs: new Map(topics.map((t) => [t.name, sim.topicConfigs.get(t.name)])),
    producerConfigs: new Map([...sim.producers].map(([id, p]) => [id, p.producer.config])),
    workloadRates: new Map([...sim.producers].map(([id, p]) => [id, p.workload?.ratePerSec])),
    groupConfigs: new Map([...sim.groups.values()].map((g) => [g.id, g.config])),
  };
}

/** The same, as the model says it should be (every broker restarted since its last config change). */
function expected(m: ScenarioModel) {
  const ids = Array.from({ length: m.brokers }, (_, i) => i + 1);
  const defaults = resolveBrokerTopicDefaults(m.configs.cluster);
  return {
    brokers: m.brokers,
    topics: new Map(m.topics),
    replicationFactors: new Map(m.replicationFactors),
    producers: new Set(m.producers),
    groups: new Map([...m.groups].map(([g, members]) => [g, [...members]])),
    brokerConfigs: new Map(ids.map((id) => [id, resolveBrokerConfig(brokerConfigMap(m, id))])),
    topicConfigs: new Map(
      [...m.configs.topics].map(([t, raw]) => [t, resolveTopicConfig(raw, defaults)]),
    ),
    producerConfigs: new Map(
      [...m.configs.producers].map(([id, raw]) => [id, resolveProducerConfig(raw)]),
    ),
    workloadRates: new Map(
      [...m.producers].map((id) => [id, m.workloads.find((w) => w.producer === id)?.ratePerSec]),
    ),
    groupConfigs: new Map(
      [...m.configs.groups].map(([id, raw]) => [id, resolveConsumerConfig(raw)]),
    ),
  };
}

describe('one action path', () => {
  it('each action kind gives the same entities and configs through applyAction and through the running Simulation', () => {
    const sim = createSimulation(scenario);
    let model = contextFromScenario(scenario);
    const kinds = new Set<string>();
    let at = 1000;
    for (const body of ACTIONS) {
      sim.advanceTo(at);
      const before = model;
      const result = applyAction(model, { ...body, at }, 'action');
      if (!result.ok) throw new Error(`${body.do}: ${JSON.stringify(result.errors)}`);
      model = result.model;
      sim.apply(body);
      kinds.add(body.do);
      // The model given is never changed.
      expect(applyAction(before, { ...body, at }).ok).toBe(true);
      expect(sim.model).toEqual(model);
      at += 3000;
    }
    // Every kind the scenario format has was applied.
    expect([...kinds].sort()).toEqual(
      [
        'addConsumer',
        'addPartitions',
        'crashConsumer',
        'createTopic',
        'healBroker',
        'isolateBroker',
        'killBroker',
        'produce',
        'removeConsumer',
        'restartBroker',
        'setConfig',
        'setWorkload',
        'shutdownBroker',
        'slowBroker',
        'stallConsumer',
      ].sort(),
    );
    // Broker 3 was never restarted: bring every broker's read-only keys into force, then compare.
    sim.apply({ do: 'killBroker', broker: 3 });
    sim.apply({ do: 'restartBroker', broker: 3 });
    sim.advanceTo(at + 30000);
    expect(observed(sim)).toEqual(expected(sim.model));
    expect(sim.model.groups.get('g')).toEqual(['g-4']); // g-3 replaced by the new protocol's instance
  });

  it('refuses through the same function what the UI would be refused, naming the field', () => {
    const sim = createSimulation(scenario);
    const result = applyAction(sim.model, {
      at: 0,
      do: 'removeConsumer',
      group: 'g',
      member: 'g-9',
    });
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.code])).toEqual([
      ['action.member', 'member.notFound'],
    ]);
    expect(() => sim.apply({ do: 'removeConsumer', group: 'g', member: 'g-9' })).toThrow(
      /member\.notFound/,
    );
    expect(sim.model).toBe(sim.model); // unchanged object
    expect(sim.model.groups.get('g')).toEqual(['g-1', 'g-2']);
  });

  it('a scenario action that a user action made impossible is refused in the trace, not run', () => {
    const sim = createSimulation({
      ...scenario,
      actions: [{ at: 5000, do: 'removeConsumer', group: 'g', member: 'g-1' }],
    });
    const refused: TraceEvent[] = [];
    sim.onTrace((e) => {
      if (e.type === 'action.refused') refused.push(e);
    });
    sim.advanceTo(1000);
    sim.apply({ do: 'crashConsumer', group: 'g', member: 'g-1' });
    sim.advanceTo(6000);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      action: { do: 'removeConsumer', member: 'g-1' },
      errors: [{ path: 'action.member', code: 'member.notFound' }],
    });
  });
});

/**
 * A follower (broker 3) slowed down leaves the ISR of a partition after its leader's
 * replica.lag.time.max.ms: p0 is led by broker 1, p1 by broker 2.
 */
function lagScenario(actions: unknown[]): Simulation {
  return createSimulation({
    version: 1,
    seed: 1,
    cluster: { brokers: 3 },
    topics: [],
    actions: [
      ...actions,
      {
        at: 3000,
        do: 'createTopic',
        topic: {
          name: 't',
          partitions: 2,
          replicationFactor: 3,
          assignment: [
            [1, 2, 3],
            [2, 1, 3],
          ],
        },
      },
      { at: 5000, do: 'slowBroker', broker: 3 },
    ],
  });
}

function isr(sim: Simulation, partition: number): number[] {
  return sim.metadata.topic('t')!.partitions[partition]!.isr;
}

describe('per-broker configs (Kafka DynamicBrokerConfig)', () => {
  const restart = (broker: number, at: number) => [
    { at, do: 'killBroker', broker },
    { at: at + 200, do: 'restartBroker', broker },
  ];

  it('setConfig broker:2 changes broker 2 and not broker 1', () => {
    const sim = lagScenario([
      { at: 100, do: 'setConfig', target: 'broker:2', key: 'replica.lag.time.max.ms', value: 2000 },
      ...restart(2, 500),
    ]);
    sim.advanceTo(12000);
    expect(sim.brokers.get(2)!.config.replicaLagTimeMaxMs).toBe(2000);
    expect(sim.brokers.get(1)!.config.replicaLagTimeMaxMs).toBe(30000);
    expect(isr(sim, 1)).toEqual([2, 1]); // broker 2 (leader of p1) dropped 3 after 2 s
    expect(isr(sim, 0)).toEqual([1, 2, 3]); // broker 1 still waits (30 s)
  });

  it('setConfig cluster changes every broker', () => {
    const sim = lagScenario([
      { at: 100, do: 'setConfig', target: 'cluster', key: 'replica.lag.time.max.ms', value: 2000 },
      ...restart(1, 500),
      ...restart(2, 1200),
      ...restart(3, 1900),
    ]);
    sim.advanceTo(12000);
    for (const b of sim.brokers.values()) expect(b.config.replicaLagTimeMaxMs).toBe(2000);
    expect(isr(sim, 0)).toEqual([1, 2]);
    expect(isr(sim, 1)).toEqual([2, 1]);
  });

  it('a read-only key waits for the broker restart, and says so', () => {
    const sim = lagScenario([]);
    const changes: TraceEvent[] = [];
    sim.onTrace((e) => {
      if (e.type === 'config.changed') changes.push(e);
    });
    sim.advanceTo(100);
    sim.apply({ do: 'setConfig', target: 'broker:2', key: 'replica.lag.time.max.ms', value: 2000 });
    expect(changes[0]).toMatchObject({ pendingRestart: [2] });
    expect(sim.brokers.get(2)!.config.replicaLagTimeMaxMs).toBe(30000);
    expect(sim.snapshot().brokers.map((b) => b.pendingRestart)).toEqual([
      undefined,
      ['replica.lag.time.max.ms'],
      undefined,
    ]);
    const row = effectiveConfigs(sim, { kind: 'broker', broker: 2 }).find(
      (c) => c.name === 'replica.lag.time.max.ms',
    )!;
    expect(row).toMatchObject({
      value: 30000,
      pendingRestart: 2000,
      source: 'broker',
      dynamic: false,
    });
    sim.advanceTo(12000);
    expect(isr(sim, 1)).toEqual([2, 1, 3]); // not in force: broker 3 is still in p1's ISR
    sim.apply({ do: 'killBroker', broker: 2 });
    sim.apply({ do: 'restartBroker', broker: 2 });
    expect(sim.brokers.get(2)!.config.replicaLagTimeMaxMs).toBe(2000);
    expect(sim.brokers.get(2)!.pendingRestart()).toEqual([]);
    expect(sim.snapshot().brokers[1]).not.toHaveProperty('pendingRestart');
  });

  it('a dynamic key is in force at once, on that broker only', () => {
    const sim = lagScenario([]);
    sim.advanceTo(100);
    sim.apply({ do: 'setConfig', target: 'broker:2', key: 'log.cleaner.backoff.ms', value: 5000 });
    expect(sim.brokers.get(2)!.config.logCleanerBackoffMs).toBe(5000);
    expect(sim.brokers.get(1)!.config.logCleanerBackoffMs).toBe(15000);
    sim.apply({ do: 'setConfig', target: 'cluster', key: 'log.cleaner.backoff.ms', value: 7000 });
    // The per-broker value wins over the cluster-wide default (Kafka's precedence).
    expect(sim.brokers.get(2)!.config.logCleanerBackoffMs).toBe(5000);
    expect(sim.brokers.get(1)!.config.logCleanerBackoffMs).toBe(7000);
  });

  it('a controller config applies at once and the trace says real Kafka needs a restart', () => {
    const sim = lagScenario([]);
    const changes: TraceEvent[] = [];
    sim.onTrace((e) => {
      if (e.type === 'config.changed') changes.push(e);
    });
    sim.apply({
      do: 'setConfig',
      target: 'cluster',
      key: 'broker.session.timeout.ms',
      value: 6000,
    });
    expect(sim.brokerConfig.brokerSessionTimeoutMs).toBe(6000);
    expect(changes[0]).toMatchObject({ controllerRestart: true });
    expect(changes[0]).not.toHaveProperty('pendingRestart');
  });
});
