// Plain-data queries about a running Simulation, for readers that must not hold the live,
// mutable object (the UI reads the store's snapshot plus these). Every answer is plain data
// computed at the call: a copy, never a reference into the simulation's own state.
import type { Simulation } from './Simulation';
import { logDir, replicaLog } from './logDirQueries';
import type { LogDirView } from '../log/LogDir';
import type { OffsetLookupExplanation, TimestampLookupExplanation } from '../log/OffsetLookup';
import type { UnifiedLog } from '../log/UnifiedLog';
import type { Action, ConfigMap } from '../scenario/Scenario';
import type { PartitionerState } from '../clients/producer/partitionExplanation';
import type { BrokerConfig, ProducerConfig, TopicConfig } from '../config/types';
import { BROKER_CONFIG_DEF, resolveBrokerConfig } from '../config/BrokerConfig';
import { TOPIC_CONFIG_DEF, TOPIC_CONFIG_SYNONYMS } from '../config/TopicConfig';
import { PRODUCER_CONFIG_DEF } from '../config/ProducerConfig';
import { CONSUMER_CONFIG_DEF } from '../config/ConsumerConfig';
import {
  parseConfigValue,
  type ConfigDef,
  type ConfigKey,
  type ParsedValue,
} from '../config/ConfigDef';

export { ASSIGNMENT_STRATEGIES, GROUP_PROTOCOLS } from '../config/ConsumerConfig';
export { CONFIG_DEFINITIONS } from '../config/definitions';
export { brokerStorageView } from '../storage/storageQueries';
export type { BrokerStorageView, SegmentResidency } from '../storage/storageQueries';
export type { ConfigDefinition, UpdateMode } from '../config/ConfigDef';
export {
  SERVER_ASSIGNORS,
  DEFAULT_SERVER_ASSIGNOR,
} from '../coordinator/group/assignor/serverAssignorNames';

// (the query itself comes with ZooKeeper mode, fetched on demand: sim/zookeeperMode.ts)
export type { ZooKeeperView, ZnodeView } from '../snapshot/zookeeperView';
export {
  metadataLogView,
  type MetadataLogView,
  type QuorumVoterView,
} from '../snapshot/controllerSnapshot';

/** A replica's log directory (files, sizes, segments, index entries); null for no such replica. */
export function queryLogDir(
  sim: Simulation,
  broker: number,
  topic: string,
  partition: number,
): LogDirView | null {
  return logDir(sim, broker, topic, partition);
}

/**
 * A cheap key for a replica's log contents (segments, sizes, index entries, offsets): equal keys
 * mean an equal LogDirView, so a reader can keep its previous one. '' for no such replica.
 */
export function logDirKey(
  sim: Simulation,
  broker: number,
  topic: string,
  partition: number,
): string {
  const log = replicaLog(sim, broker, topic, partition);
  return log ? fingerprint(log) : '';
}

function fingerprint(log: UnifiedLog): string {
  let key = `${log.logStartOffset}/${log.highWatermark}/${log.logEndOffset}|`;
  for (const s of log.segments)
    key += `${s.baseOffset}:${s.nextOffset}:${s.size}:${s.offsetIndex.size}:${s.offsetIndex.length}:${s.timeIndex.size}:${s.timeIndex.length},`;
  key += '|';
  for (const d of log.deletedSegments) key += `${d.segment.baseOffset}:${d.segment.size},`;
  return key;
}

/** A segment file's exact bytes (built anew on each call); null for an unknown segment or gone payloads. */
export { segmentFileBytes as querySegmentFile } from './logDirQueries';

/** How the replica's log finds `offset`, step by step; null for no such replica. */
export function offsetLookup(
  sim: Simulation,
  broker: number,
  topic: string,
  partition: number,
  offset: number,
): OffsetLookupExplanation | null {
  return replicaLog(sim, broker, topic, partition)?.explainOffsetLookup(offset) ?? null;
}

/** How the replica's log finds the first record at or after `timestamp`; null for no such replica. */
export function timestampLookup(
  sim: Simulation,
  broker: number,
  topic: string,
  partition: number,
  timestamp: number,
): TimestampLookupExplanation | null {
  return replicaLog(sim, broker, topic, partition)?.explainTimestampLookup(timestamp) ?? null;
}

/** The topic's resolved config (Kafka's defaults, cluster and topic overrides, setConfig), a copy. */
export function topicConfig(sim: Simulation, topic: string): TopicConfig | null {
  const config = sim.topicConfigs.get(topic);
  return config ? { ...config } : null;
}

/** The brokers' resolved config, a copy; Kafka's defaults when there is no simulation. */
export function brokerConfig(sim: Simulation | null): BrokerConfig {
  return { ...(sim ? sim.brokerConfig : resolveBrokerConfig()) };
}

export interface ProducerSettings {
  /** acks as Kafka prints it: 'all', '1' or '0'. */
  acks: string;
  idempotent: boolean;
  lingerMs: number;
  batchSize: number;
  compressionType: ProducerConfig['compressionType'];
  /** Its workload's topic and records per second; null without a workload. */
  workloadTopic: string | null;
  ratePerSec: number | null;
}

/** A scenario producer's delivery and batching settings; null for an unknown producer. */
export function producerSettings(sim: Simulation, id: string): ProducerSettings | null {
  const entry = sim.producers.get(id);
  if (!entry) return null;
  const config = entry.producer.config;
  return {
    acks: config.acks === -1 ? 'all' : String(config.acks),
    idempotent: config.enableIdempotence,
    lingerMs: config.lingerMs,
    batchSize: config.batchSize,
    compressionType: config.compressionType,
    workloadTopic: entry.workload?.topic ?? null,
    ratePerSec: entry.workload?.ratePerSec ?? null,
  };
}

/** The actions applied so far (the scenario's and the user's), a deep copy. */
export function actionLog(sim: Simulation): Action[] {
  return structuredClone(sim.actionLog);
}

/** Whose configs: the cluster's brokers, one broker, a topic, a scenario producer or a consumer group. */
export type ConfigTarget =
  | { kind: 'cluster' }
  | { kind: 'broker'; broker: number }
  | { kind: 'topic'; topic: string }
  | { kind: 'producer'; producer: string }
  | { kind: 'group'; group: string };

export interface EffectiveConfig {
  /** Kafka's property name. */
  name: string;
  /** The value in effect, parsed (null = unset, no default). */
  value: ParsedValue;
  /**
   * Where it comes from: Kafka's default, the cluster's config (for a topic: the broker's
   * synonym, e.g. log.segment.bytes), one broker's own setting, the topic's own, the producer's
   * or the group's config.
   */
  source: 'default' | 'cluster' | 'broker' | 'topic' | 'producer' | 'group';
  /** Can a setConfig action change it while the cluster runs? */
  dynamic: boolean;
  /**
   * One broker's read-only config set since it started: the value it will run with after its
   * next start (`value` is the one in force until then).
   */
  pendingRestart?: ParsedValue;
}

const has = (raw: ConfigMap, name: string) => Object.prototype.hasOwnProperty.call(raw, name);

/**
 * Every config key of `target` with its value in effect and where that value comes from, from
 * the engine's own config definitions (Kafka's defaults) and the run's model (the scenario's
 * config maps as setConfig actions left them). Empty for an unknown broker, topic, producer or group.
 */
export function effectiveConfigs(sim: Simulation, target: ConfigTarget): EffectiveConfig[] {
  const configs = sim.model.configs;
  const cluster = configs.cluster;
  switch (target.kind) {
    case 'cluster':
      return BROKER_CONFIG_DEF.keys().map((key) =>
        has(cluster, key.name)
          ? entry(key, parseConfigValue(key, cluster[key.name]), 'cluster', isDynamic(key))
          : entry(key, key.default, 'default', isDynamic(key)),
      );
    case 'broker': {
      const broker = sim.brokers.get(target.broker);
      if (!broker) return [];
      const own = configs.brokers.get(target.broker) ?? {};
      const inForce = broker.configInForce();
      const pending = new Set(broker.pendingRestart());
      return BROKER_CONFIG_DEF.keys().map((key) => {
        const source = has(own, key.name)
          ? 'broker'
          : has(cluster, key.name)
            ? 'cluster'
            : 'default';
        const value = has(inForce, key.name)
          ? parseConfigValue(key, inForce[key.name])
          : key.default;
        const e = entry(key, value, source, isDynamic(key));
        if (!pending.has(key.name)) return e;
        const next = has(own, key.name) ? own[key.name] : cluster[key.name];
        return {
          ...e,
          pendingRestart: next === undefined ? key.default : parseConfigValue(key, next),
        };
      });
    }
    case 'topic': {
      const own = configs.topics.get(target.topic);
      if (!own) return [];
      return TOPIC_CONFIG_DEF.keys().map((key) => {
        if (has(own, key.name)) return entry(key, parseConfigValue(key, own[key.name]), 'topic');
        for (const synonym of TOPIC_CONFIG_SYNONYMS[key.name] ?? []) {
          const brokerKey = BROKER_CONFIG_DEF.key(synonym.name);
          if (!brokerKey || !has(cluster, synonym.name)) continue;
          const value = parseConfigValue(brokerKey, cluster[synonym.name]);
          return entry(key, typeof value === 'number' ? value * synonym.factor : value, 'cluster');
        }
        return entry(key, key.default, 'default');
      });
    }
    case 'producer': {
      const own = configs.producers.get(target.producer);
      return own ? clientConfigs(PRODUCER_CONFIG_DEF, own, 'producer') : [];
    }
    case 'group': {
      const own = configs.groups.get(target.group);
      return own ? clientConfigs(CONSUMER_CONFIG_DEF, own, 'group') : [];
    }
  }
}

/** Kafka can change it without a restart (every update mode but 'read-only'). */
function isDynamic(key: ConfigKey): boolean {
  return key.updateMode !== 'read-only';
}

function clientConfigs(
  def: ConfigDef,
  raw: ConfigMap,
  source: 'producer' | 'group',
): EffectiveConfig[] {
  return def
    .keys()
    .map((key) =>
      has(raw, key.name)
        ? entry(key, parseConfigValue(key, raw[key.name]), source)
        : entry(key, key.default, 'default'),
    );
}

function entry(
  key: ConfigKey,
  value: ParsedValue,
  source: EffectiveConfig['source'],
  dynamic = true,
): EffectiveConfig {
  return { name: key.name, value: Array.isArray(value) ? [...value] : value, source, dynamic };
}

/** What producer `id`'s partitioners know about `topic` now; null for an unknown producer. */
export function partitionerState(
  sim: Simulation,
  id: string,
  topic: string,
): PartitionerState | null {
  return sim.producers.get(id)?.producer.partitionerState(topic) ?? null;
}
