// The config tables: each config is one row; the resolved types derive from the rows; resolution
// makes new frozen objects from untouched input; a setConfig replaces a config object, so a
// reference held before it keeps its values.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  BROKER_CONFIGS,
  BROKER_CONFIG_DEF,
  resolveBrokerConfig,
  resolveBrokerTopicDefaults,
} from './BrokerConfig';
import { CONSUMER_CONFIGS, resolveConsumerConfig } from './ConsumerConfig';
import { PRODUCER_CONFIGS, resolveProducerConfig } from './ProducerConfig';
import { TOPIC_CONFIGS, resolveTopicConfig } from './TopicConfig';
import { CONFIG_DEFINITIONS } from './definitions';
import type { BrokerConfig, ConsumerConfig, ProducerConfig, TopicConfig } from './types';
import type { ConfigMap } from '../scenario/Scenario';
import { createSimulation } from '../sim/Simulation';

describe('the resolved types derive from the tables', () => {
  it('has one field per row, typed by the row (checked by the type checker)', () => {
    expectTypeOf<keyof ProducerConfig>().toEqualTypeOf<keyof typeof PRODUCER_CONFIGS>();
    expectTypeOf<keyof ConsumerConfig>().toEqualTypeOf<keyof typeof CONSUMER_CONFIGS>();
    expectTypeOf<keyof TopicConfig>().toEqualTypeOf<keyof typeof TOPIC_CONFIGS>();
    expectTypeOf<keyof BrokerConfig>().toEqualTypeOf<keyof typeof BROKER_CONFIGS>();
    // int/long/double → number; no default → nullable; enum → its values; `to` → its result
    expectTypeOf<BrokerConfig['replicaLagTimeMaxMs']>().toEqualTypeOf<number>();
    expectTypeOf<BrokerConfig['logRollMs']>().toEqualTypeOf<number | null>();
    expectTypeOf<TopicConfig['uncleanLeaderElectionEnable']>().toEqualTypeOf<boolean>();
    expectTypeOf<ConsumerConfig['autoOffsetReset']>().toEqualTypeOf<
      'latest' | 'earliest' | 'none'
    >();
    expectTypeOf<ConsumerConfig['groupRemoteAssignor']>().toEqualTypeOf<string | null>();
    expectTypeOf<ProducerConfig['acks']>().toEqualTypeOf<-1 | 0 | 1>();
    expectTypeOf<TopicConfig['cleanupPolicy']>().toEqualTypeOf<
      'delete' | 'compact' | 'compact,delete'
    >();
    expectTypeOf<ConsumerConfig['partitionAssignmentStrategy']>().toEqualTypeOf<
      readonly ('range' | 'roundrobin' | 'sticky' | 'cooperative-sticky')[]
    >();
    // …and at run time the resolved objects have exactly the tables' properties.
    expect(Object.keys(resolveProducerConfig())).toEqual(Object.keys(PRODUCER_CONFIGS));
    expect(Object.keys(resolveConsumerConfig())).toEqual(Object.keys(CONSUMER_CONFIGS));
    expect(Object.keys(resolveTopicConfig())).toEqual(Object.keys(TOPIC_CONFIGS));
    expect(Object.keys(resolveBrokerConfig())).toEqual(Object.keys(BROKER_CONFIGS));
  });

  it('exports every row as plain data, broker rows with Kafka’s update mode', () => {
    const all = [BROKER_CONFIGS, TOPIC_CONFIGS, PRODUCER_CONFIGS, CONSUMER_CONFIGS];
    expect(CONFIG_DEFINITIONS).toHaveLength(all.reduce((n, t) => n + Object.keys(t).length, 0));
    expect(structuredClone(CONFIG_DEFINITIONS)).toEqual(CONFIG_DEFINITIONS); // no functions
    const def = (entity: string, name: string) =>
      CONFIG_DEFINITIONS.find((d) => d.entity === entity && d.name === name);
    expect(def('broker', 'replica.lag.time.max.ms')).toMatchObject({
      prop: 'replicaLagTimeMaxMs',
      type: 'long',
      default: 30000,
      min: 0,
      updateMode: 'read-only',
    });
    expect(def('broker', 'min.insync.replicas')?.updateMode).toBe('cluster-wide');
    expect(def('broker', 'log.cleaner.backoff.ms')?.updateMode).toBe('cluster-wide');
    expect(def('topic', 'cleanup.policy')).toMatchObject({
      values: ['compact', 'delete'],
      updateMode: 'per-topic',
    });
    expect(def('producer', 'acks')).toMatchObject({ values: ['all', '-1', '0', '1'] });
    expect(def('consumer', 'max.poll.records')?.updateMode).toBe('per-client');
    for (const d of CONFIG_DEFINITIONS.filter((x) => x.entity === 'broker'))
      expect(['read-only', 'per-broker', 'cluster-wide']).toContain(d.updateMode);
    expect(BROKER_CONFIG_DEF.key('replica.lag.time.max.ms')?.updateMode).toBe('read-only');
  });
});

/** A raw map frozen all the way down: resolving it must not write to it. */
function frozenRaw(raw: ConfigMap): ConfigMap {
  return Object.freeze({ ...raw });
}

describe('resolution', () => {
  it('leaves its input untouched and returns new frozen objects', () => {
    const cases: [ConfigMap, (raw: ConfigMap) => object][] = [
      [{ acks: '1', 'linger.ms': 20, 'enable.idempotence': false }, resolveProducerConfig],
      [{ 'partition.assignment.strategy': 'sticky,range' }, resolveConsumerConfig],
      [{ 'cleanup.policy': 'compact,delete', 'retention.ms': 1000 }, (r) => resolveTopicConfig(r)],
      [{ 'log.retention.hours': 1, 'group.consumer.assignors': 'range' }, resolveBrokerConfig],
      [{ 'log.retention.hours': 1 }, resolveBrokerTopicDefaults],
    ];
    for (const [raw, resolve] of cases) {
      const input = frozenRaw(raw);
      const before = structuredClone(input);
      const a = resolve(input);
      const b = resolve(input);
      expect(input).toEqual(before);
      expect(a).not.toBe(b);
      expect(a).toEqual(b);
      expect(Object.isFrozen(a)).toBe(true);
      for (const v of Object.values(a)) if (Array.isArray(v)) expect(Object.isFrozen(v)).toBe(true);
    }
    // A list default is a copy, not the table's own array.
    expect(resolveConsumerConfig().partitionAssignmentStrategy).not.toBe(
      CONSUMER_CONFIGS.partitionAssignmentStrategy.default,
    );
  });

  it('does not share a topic config with the broker defaults it falls back on', () => {
    const defaults = resolveBrokerTopicDefaults({ 'log.retention.hours': 1 });
    const topic = resolveTopicConfig({ 'segment.bytes': 4096 }, defaults);
    expect(topic).not.toBe(defaults);
    expect(topic).toMatchObject({ retentionMs: 3600000, segmentBytes: 4096 });
    expect(defaults.segmentBytes).toBe(1073741824);
  });
});

describe('a setConfig replaces config objects', () => {
  function sim() {
    return createSimulation({
      version: 1,
      seed: 1,
      cluster: { brokers: 3 },
      topics: [{ name: 't', partitions: 1, replicationFactor: 3 }],
      producers: [{ id: 'p', config: { 'linger.ms': 5 } }],
      consumerGroups: [{ id: 'g', topics: ['t'], members: 1 }],
    });
  }

  it('on the cluster: the old object keeps its values, every reader sees the new one', () => {
    const s = sim();
    const before = s.brokerConfig;
    s.apply({ do: 'setConfig', target: 'cluster', key: 'log.cleaner.backoff.ms', value: 1000 });
    expect(before.logCleanerBackoffMs).toBe(15000);
    expect(s.brokerConfig).not.toBe(before);
    expect(s.brokerConfig.logCleanerBackoffMs).toBe(1000);
    expect(Object.isFrozen(s.brokerConfig)).toBe(true);
  });

  it('on a topic, a producer and a group', () => {
    const s = sim();
    const topic = s.topicConfigs.get('t')!;
    s.apply({ do: 'setConfig', target: 'topic:t', key: 'retention.ms', value: 1000 });
    expect(topic.retentionMs).toBe(604800000);
    expect(s.topicConfigs.get('t')!.retentionMs).toBe(1000);

    const producer = s.producers.get('p')!.producer;
    const producerBefore = producer.config;
    s.apply({ do: 'setConfig', target: 'producer:p', key: 'linger.ms', value: 50 });
    expect(producerBefore.lingerMs).toBe(5);
    expect(producer.config).not.toBe(producerBefore);
    expect(producer.config.lingerMs).toBe(50);
    expect(producer.accumulator.config).toBe(producer.config);

    const group = s.groups.get('g')!;
    const groupBefore = group.config;
    s.apply({ do: 'setConfig', target: 'group:g', key: 'max.poll.records', value: 7 });
    expect(groupBefore.maxPollRecords).toBe(500);
    expect(group.config.maxPollRecords).toBe(7);
  });
});
