// The scenario as plain data at one moment of a run: which brokers, topics, producers and groups
// exist, and every config map as the scenario and its setConfig actions left it. Actions change it
// only through applyAction (a new model each time, the old one untouched); the validator checks each
// action against it, and the Simulation applies each new model to its objects. Nothing here runs
// Kafka: it is the part of the run that follows from the actions alone.
//
// Broker configs are layered as Kafka layers them (DynamicBrokerConfig): a key's value for broker b
// is its per-broker setting (`setConfig broker:<b>`), else the cluster's (`cluster.config` and
// `setConfig cluster`), else Kafka's default. A read-only key (Kafka's update mode) is set the way
// an operator edits server.properties: the model records it at once, and the broker runs with it
// from its next start (the Simulation keeps what each broker started with).
import { DEFAULT_CONTROLLERS, DEFAULT_ZOOKEEPER_SERVERS } from './validate/cluster';
import type { Action, ConfigMap, ConsumerGroupSpec, ProducerSpec, TopicSpec } from './Scenario';
import type { Metadata } from './scenarioErrors';
import { withConsumerConfig } from '../config/ConsumerConfig';
import { CONSUMER_CONFIGS } from '../config/tables/consumer';
import type { WorkloadInfo } from './validate/context';
import { parseTarget } from './validate/context';

export interface ModelConfigs {
  /** The brokers' shared config: the scenario's cluster.config, then setConfig on `cluster`. */
  readonly cluster: ConfigMap;
  /** Per-broker settings (setConfig on `broker:<id>`), over `cluster`. */
  readonly brokers: ReadonlyMap<number, ConfigMap>;
  readonly topics: ReadonlyMap<string, ConfigMap>;
  readonly producers: ReadonlyMap<string, ConfigMap>;
  readonly groups: ReadonlyMap<string, ConfigMap>;
}

export interface ScenarioModel {
  /** Broker ids are 1..brokers. */
  readonly brokers: number;
  /** KRaft controller node ids are 3001 … 3000 + controllers. */
  readonly controllers: number;
  /** ZooKeeper mode: the ensemble's server ids are 4001 … 4000 + zookeeperServers. */
  readonly zookeeperServers: number;
  readonly metadata: Metadata;
  /** Topic name → partition count (scenario topics; __consumer_offsets is counted in internalReplicas). */
  readonly topics: ReadonlyMap<string, number>;
  readonly replicationFactors: ReadonlyMap<string, number>;
  /** Partition replicas of __consumer_offsets (0 without groups). */
  readonly internalReplicas: number;
  /** The producers' workloads, for the record size limits. */
  readonly workloads: readonly WorkloadInfo[];
  readonly producers: ReadonlySet<string>;
  /** Group id → its member ids (`<group>-<n>`), those not removed or crashed. */
  readonly groups: ReadonlyMap<string, readonly string[]>;
  /** Group id → the number addConsumer gives next (numbers are never reused). */
  readonly nextMember: ReadonlyMap<string, number>;
  readonly configs: ModelConfigs;
}

/** What a run starts from: the validated parts of a scenario. */
export interface ModelStart {
  brokers: number;
  controllers?: number | undefined;
  zookeeperServers?: number | undefined;
  metadata: Metadata;
  cluster: ConfigMap;
  topics: readonly TopicSpec[];
  producers: readonly ProducerSpec[];
  groups: readonly ConsumerGroupSpec[];
  internalReplicas: number;
  workloads: readonly WorkloadInfo[];
}

export function initialModel(s: ModelStart): ScenarioModel {
  return {
    brokers: s.brokers,
    controllers: s.controllers ?? DEFAULT_CONTROLLERS,
    zookeeperServers: s.zookeeperServers ?? DEFAULT_ZOOKEEPER_SERVERS,
    metadata: s.metadata,
    topics: new Map(s.topics.map((t) => [t.name, t.partitions])),
    replicationFactors: new Map(s.topics.map((t) => [t.name, t.replicationFactor])),
    internalReplicas: s.internalReplicas,
    workloads: [...s.workloads],
    producers: new Set(s.producers.map((p) => p.id)),
    groups: new Map(
      s.groups.map((g) => [g.id, Array.from({ length: g.members }, (_, i) => `${g.id}-${i + 1}`)]),
    ),
    nextMember: new Map(s.groups.map((g) => [g.id, g.members + 1])),
    configs: {
      cluster: { ...s.cluster },
      brokers: new Map(),
      topics: new Map(s.topics.map((t) => [t.name, { ...(t.config ?? {}) }])),
      producers: new Map(s.producers.map((p) => [p.id, { ...(p.config ?? {}) }])),
      groups: new Map(s.groups.map((g) => [g.id, { ...(g.config ?? {}) }])),
    },
  };
}

function withEntry<K, V>(m: ReadonlyMap<K, V>, k: K, v: V): ReadonlyMap<K, V> {
  return new Map(m).set(k, v);
}

/** The configured (not necessarily running) config map of broker `id`: cluster, then its own. */
export function brokerConfigMap(m: ScenarioModel, id: number): ConfigMap {
  return { ...m.configs.cluster, ...(m.configs.brokers.get(id) ?? {}) };
}

/**
 * The model after `a`, which must already be valid against `m` (applyAction checks it first).
 * Actions that change no entity or config (produce, broker faults, stalls) return `m` itself.
 */
export function nextModel(m: ScenarioModel, a: Action): ScenarioModel {
  switch (a.do) {
    case 'createTopic':
      return {
        ...m,
        topics: withEntry(m.topics, a.topic.name, a.topic.partitions),
        replicationFactors: withEntry(
          m.replicationFactors,
          a.topic.name,
          a.topic.replicationFactor,
        ),
        configs: {
          ...m.configs,
          topics: withEntry(m.configs.topics, a.topic.name, { ...(a.topic.config ?? {}) }),
        },
      };
    case 'addPartitions':
      return { ...m, topics: withEntry(m.topics, a.topic, a.count) };
    case 'addConsumer': {
      const n = m.nextMember.get(a.group)!;
      return {
        ...m,
        groups: withEntry(m.groups, a.group, [...m.groups.get(a.group)!, `${a.group}-${n}`]),
        nextMember: withEntry(m.nextMember, a.group, n + 1),
      };
    }
    case 'removeConsumer':
    case 'crashConsumer':
      return {
        ...m,
        groups: withEntry(
          m.groups,
          a.group,
          m.groups.get(a.group)!.filter((x) => x !== a.member),
        ),
      };
    case 'setWorkload':
      return {
        ...m,
        workloads: m.workloads.map((w) =>
          w.producer === a.producer ? { ...w, ratePerSec: a.ratePerSec } : w,
        ),
      };
    case 'setConfig': {
      const next = { ...m, configs: withConfig(m.configs, a.target, a.key, a.value) };
      return a.target.startsWith('group:') && a.key === CONSUMER_CONFIGS.groupProtocol.name
        ? replaceMembers(next, a.target.slice('group:'.length))
        : next;
    }
    default:
      return m;
  }
}

/**
 * Another group.protocol is another client implementation: the group's instances are replaced by
 * new ones, with new member ids (ConsumerGroupApp.onConfigChanged).
 */
function replaceMembers(m: ScenarioModel, group: string): ScenarioModel {
  const count = m.groups.get(group)!.length;
  const first = m.nextMember.get(group)!;
  return {
    ...m,
    groups: withEntry(
      m.groups,
      group,
      Array.from({ length: count }, (_, i) => `${group}-${first + i}`),
    ),
    nextMember: withEntry(m.nextMember, group, first + count),
  };
}

function withConfig(
  c: ModelConfigs,
  targetText: string,
  key: string,
  value: string | number | boolean,
): ModelConfigs {
  const t = parseTarget(targetText)!;
  const put = (map: ConfigMap | undefined): ConfigMap => ({ ...(map ?? {}), [key]: value });
  switch (t.kind) {
    case 'cluster':
      return { ...c, cluster: put(c.cluster) };
    case 'broker':
      return { ...c, brokers: withEntry(c.brokers, t.id, put(c.brokers.get(t.id))) };
    case 'topic':
      return { ...c, topics: withEntry(c.topics, t.name, put(c.topics.get(t.name))) };
    case 'producer':
      return { ...c, producers: withEntry(c.producers, t.id, put(c.producers.get(t.id))) };
    case 'group':
      return {
        ...c,
        groups: withEntry(c.groups, t.id, withConsumerConfig(c.groups.get(t.id) ?? {}, key, value)),
      };
  }
}
