// Broker configs resolved: the table is tables/broker.ts (Kafka's KafkaConfig names, 4.x defaults and
// update modes), including the broker-level defaults of topic configs (log.segment.bytes …).

import type { ConfigMap } from '../scenario/Scenario';
import { ConfigDef, ConfigException, collectConfigErrors } from './ConfigDef';
import type { ParsedConfig, ParsedOf } from './ConfigDef';
import type { ConfigError } from './configErrors';
import { BROKER_CONFIGS, TOPIC_DEFAULT_SYNONYMS } from './tables/broker';
import { TOPIC_CONFIGS } from './tables/topic';
import { KAFKA_TOPIC_DEFAULTS } from './TopicConfig';
import type { BrokerConfig, TopicConfig } from './types';

export { BROKER_CONFIGS } from './tables/broker';

type BrokerTable = typeof BROKER_CONFIGS;
type BrokerProp = keyof BrokerTable;
/** The broker configs whose value is always a number. */
type NumberProp = {
  [K in BrokerProp]: ParsedOf<BrokerTable[K]> extends number ? K : never;
}[BrokerProp];

/** A topic-level name given as a broker config → the broker-level name of its default. */
function brokerHints(): Map<string, ConfigError> {
  const hints = new Map<string, ConfigError>();
  for (const [topicProp, synonyms] of Object.entries(TOPIC_DEFAULT_SYNONYMS)) {
    const topicName = TOPIC_CONFIGS[topicProp as keyof typeof TOPIC_CONFIGS].name;
    const brokerName = BROKER_CONFIGS[synonyms[0]!.prop].name;
    if (brokerName === topicName) continue;
    hints.set(topicName, {
      code: 'config.unknownName.topicLevel',
      params: { name: topicName, brokerName },
    });
  }
  return hints;
}

export const BROKER_CONFIG_DEF = new ConfigDef('broker', BROKER_CONFIGS, brokerHints());

/** The broker configs that are defaults for topic configs (log.segment.bytes, min.insync.replicas …). */
export const BROKER_TOPIC_DEFAULT_NAMES: ReadonlySet<string> = new Set(
  Object.values(TOPIC_DEFAULT_SYNONYMS).flatMap((synonyms) =>
    synonyms.map((s) => BROKER_CONFIGS[s.prop].name),
  ),
);

/** GroupCoordinatorConfig's requirements on the consumer group protocol's timeouts. */
function checkConsumerGroupValues(c: ParsedConfig<BrokerTable>): void {
  const within = (prop: NumberProp, min: NumberProp, max: NumberProp) => {
    const key = BROKER_CONFIGS[prop].name;
    const v = c.get(prop);
    const lo = c.get(min);
    const hi = c.get(max);
    if (v < lo)
      throw ConfigException.of(
        'config.requirement.atLeastKey',
        { key, value: v, bound: BROKER_CONFIGS[min].name, boundValue: lo },
        key,
      );
    if (v > hi)
      throw ConfigException.of(
        'config.requirement.atMostKey',
        { key, value: v, bound: BROKER_CONFIGS[max].name, boundValue: hi },
        key,
      );
  };
  within(
    'consumerGroupSessionTimeoutMs',
    'consumerGroupMinSessionTimeoutMs',
    'consumerGroupMaxSessionTimeoutMs',
  );
  within(
    'consumerGroupHeartbeatIntervalMs',
    'consumerGroupMinHeartbeatIntervalMs',
    'consumerGroupMaxHeartbeatIntervalMs',
  );
  const hb = c.get('consumerGroupHeartbeatIntervalMs');
  const session = c.get('consumerGroupSessionTimeoutMs');
  if (hb >= session)
    throw ConfigException.of(
      'config.requirement.lessThanKey',
      {
        key: BROKER_CONFIGS.consumerGroupHeartbeatIntervalMs.name,
        value: hb,
        bound: BROKER_CONFIGS.consumerGroupSessionTimeoutMs.name,
        boundValue: session,
      },
      BROKER_CONFIGS.consumerGroupHeartbeatIntervalMs.name,
    );
}

/** KafkaConfig.validateValues checks that involve more than one key. */
function checkBrokerValues(c: ParsedConfig<BrokerTable>): void {
  checkConsumerGroupValues(c);
  const fetchWait = c.get('replicaFetchWaitMaxMs');
  const lagMax = c.get('replicaLagTimeMaxMs');
  if (fetchWait > lagMax)
    throw ConfigException.of(
      'config.replicaFetchWaitAboveLagMax',
      { fetchWait, lagMax },
      BROKER_CONFIGS[
        c.isSet('replicaFetchWaitMaxMs') ? 'replicaFetchWaitMaxMs' : 'replicaLagTimeMaxMs'
      ].name,
    );
}

/**
 * Resolve cluster.config (and per-broker overrides merged over it) into a new, frozen BrokerConfig
 * with Kafka 4.x defaults. The topic defaults (log.segment.bytes …) are resolved for topics by
 * resolveBrokerTopicDefaults.
 * @throws ConfigException
 */
export function resolveBrokerConfig(raw: ConfigMap = {}): BrokerConfig {
  const c = BROKER_CONFIG_DEF.parse(raw);
  checkBrokerValues(c);
  return Object.freeze(c.resolved());
}

/**
 * The broker's defaults for topic configs, from broker names (log.segment.bytes → segmentBytes, log.roll.ms
 * over log.roll.hours, log.retention.ms over .minutes over .hours, a negative retention = -1 …), a new,
 * frozen TopicConfig. Pass it to resolveTopicConfig as `brokerDefaults`.
 * @throws ConfigException
 */
export function resolveBrokerTopicDefaults(raw: ConfigMap = {}): TopicConfig {
  const c = BROKER_CONFIG_DEF.parse(raw);
  const out: Record<string, unknown> = { ...KAFKA_TOPIC_DEFAULTS };
  for (const [topicProp, synonyms] of Object.entries(TOPIC_DEFAULT_SYNONYMS)) {
    const row = TOPIC_CONFIGS[topicProp as keyof typeof TOPIC_CONFIGS];
    // The first synonym set (or with a default) wins; the last one always has a default.
    for (const s of synonyms) {
      const v = c.get(s.prop);
      if (v === null) continue;
      const value = typeof v === 'number' ? v * s.factor : v;
      out[topicProp] = 'to' in row ? row.to(value as readonly string[]) : value;
      break;
    }
  }
  if ((out.retentionMs as number) < 0) out.retentionMs = -1;
  return Object.freeze(out as TopicConfig);
}

/** Every problem in a broker's raw config: per-key errors, or (when those are clean) the cross-key error. */
export function validateBrokerConfig(raw: ConfigMap = {}): ConfigException[] {
  const errors = BROKER_CONFIG_DEF.validate(raw);
  if (errors.length === 0) collectConfigErrors(errors, () => resolveBrokerConfig(raw));
  return errors;
}

/**
 * Kafka's DynamicBrokerConfig.validateConfigs for the names a running cluster is asked to change:
 * a ConfigException naming the read-only ones, or null.
 */
export function checkDynamicBrokerConfigs(names: readonly string[]): ConfigException | null {
  const readOnly = names.filter((n) => BROKER_CONFIG_DEF.key(n)?.updateMode === 'read-only');
  if (readOnly.length === 0) return null;
  return ConfigException.of('config.notDynamic', { names: readOnly }, readOnly[0]);
}
