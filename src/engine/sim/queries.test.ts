// The plain-data queries: answers are copies, and effectiveConfigs names each value's source
// from the engine's own config definitions.
import { describe, expect, it } from 'vitest';
import { createSimulation } from './Simulation';
import { actionLog, brokerConfig, effectiveConfigs, topicConfig } from './queries';
import { BROKER_CONFIG_DEF } from '../config/BrokerConfig';

function sim() {
  return createSimulation({
    version: 1,
    seed: 1,
    cluster: { brokers: 3, config: { 'log.segment.bytes': 4096, 'log.roll.hours': 2 } },
    topics: [{ name: 't', partitions: 1, replicationFactor: 3, config: { 'retention.ms': 60000 } }],
    producers: [{ id: 'p', config: { acks: '1' } }],
    consumerGroups: [{ id: 'g', topics: ['t'], members: 1 }],
  });
}

const find = (list: ReturnType<typeof effectiveConfigs>, name: string) =>
  list.find((c) => c.name === name);

describe('effectiveConfigs', () => {
  it('names the source of every topic config: the topic, the broker synonym, the default', () => {
    const s = sim();
    const topic = effectiveConfigs(s, { kind: 'topic', topic: 't' });
    expect(find(topic, 'retention.ms')).toEqual({
      name: 'retention.ms',
      value: 60000,
      source: 'topic',
      dynamic: true,
    });
    expect(find(topic, 'segment.bytes')).toMatchObject({ value: 4096, source: 'cluster' });
    expect(find(topic, 'segment.ms')).toMatchObject({ value: 2 * 3600000, source: 'cluster' });
    expect(find(topic, 'min.insync.replicas')).toMatchObject({ value: 1, source: 'default' });
    expect(topicConfig(s, 't')).toMatchObject({ retentionMs: 60000, segmentBytes: 4096 });
  });

  it('lists every broker key with Kafka’s default and whether it is dynamic', () => {
    const cluster = effectiveConfigs(sim(), { kind: 'cluster' });
    expect(cluster.map((c) => c.name)).toEqual(BROKER_CONFIG_DEF.names());
    expect(find(cluster, 'log.segment.bytes')).toMatchObject({ value: 4096, source: 'cluster' });
    expect(find(cluster, 'replica.lag.time.max.ms')).toMatchObject({
      value: 30000,
      source: 'default',
      dynamic: false,
    });
  });

  it('follows setConfig, for producers and groups too', () => {
    const s = sim();
    expect(find(effectiveConfigs(s, { kind: 'producer', producer: 'p' }), 'acks')).toMatchObject({
      source: 'producer',
    });
    s.apply({ do: 'setConfig', target: 'topic:t', key: 'min.insync.replicas', value: 2 });
    expect(
      find(effectiveConfigs(s, { kind: 'topic', topic: 't' }), 'min.insync.replicas'),
    ).toMatchObject({ value: 2, source: 'topic' });
    const group = effectiveConfigs(s, { kind: 'group', group: 'g' });
    expect(find(group, 'group.protocol')).toMatchObject({ value: 'classic', source: 'default' });
    expect(effectiveConfigs(s, { kind: 'topic', topic: 'nope' })).toEqual([]);
  });
});

describe('plain-data answers', () => {
  it('are copies: changing one changes nothing in the simulation', () => {
    const s = sim();
    const config = topicConfig(s, 't')!;
    (config as { retentionMs: number }).retentionMs = 1;
    expect(topicConfig(s, 't')!.retentionMs).toBe(60000);
    const broker = brokerConfig(s);
    (broker as { minInsyncReplicas: number }).minInsyncReplicas = 3;
    expect(s.brokerConfig.minInsyncReplicas).toBe(1);
    const log = actionLog(s);
    log.push({ at: 0, do: 'crashBroker', broker: 1 } as never);
    expect(actionLog(s)).toHaveLength(s.actionLog.length);
  });

  it('give Kafka’s broker defaults without a simulation', () => {
    expect(brokerConfig(null).replicaLagTimeMaxMs).toBe(30000);
  });
});
