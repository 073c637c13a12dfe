// Topic-level configs resolved: the table is tables/topic.ts. A topic's value comes from, in order:
// the topic's own config, the broker's default (cluster.config, under the broker's name, e.g.
// log.segment.bytes), Kafka's default.

import type { ConfigMap } from '../scenario/Scenario';
import { ConfigDef } from './ConfigDef';
import type { ConfigException } from './ConfigDef';
import type { ConfigError } from './configErrors';
import { BROKER_CONFIGS, TOPIC_DEFAULT_SYNONYMS } from './tables/broker';
import { TOPIC_CONFIGS } from './tables/topic';
import type { TopicConfig } from './types';

export {
  KAFKA_MIN_SEGMENT_BYTES,
  SIMULATOR_MIN_SEGMENT_BYTES,
  TOPIC_COMPRESSION_TYPES,
  TOPIC_CONFIGS,
  cleanupPolicyOf,
} from './tables/topic';

/**
 * Topic config name → the broker's names for its default, highest precedence first, with the factor that
 * turns each into the topic's unit (Kafka's ServerTopicConfigSynonyms), by Kafka's names.
 */
export const TOPIC_CONFIG_SYNONYMS: Readonly<
  Record<string, readonly { name: string; factor: number }[]>
> = Object.fromEntries(
  Object.entries(TOPIC_DEFAULT_SYNONYMS).map(([prop, synonyms]) => [
    TOPIC_CONFIGS[prop as keyof typeof TOPIC_CONFIGS].name,
    synonyms.map((s) => ({ name: BROKER_CONFIGS[s.prop].name, factor: s.factor })),
  ]),
);

/** Broker-level names given as topic configs, and the topic's own fields → where they belong. */
function topicHints(): Map<string, ConfigError> {
  const hints = new Map<string, ConfigError>();
  for (const [topicName, synonyms] of Object.entries(TOPIC_CONFIG_SYNONYMS)) {
    for (const s of synonyms) {
      if (s.name === topicName) continue;
      hints.set(s.name, {
        code: 'config.unknownName.brokerLevel',
        params: { name: s.name, topicName },
      });
    }
  }
  // The replication factor and partition count are the topic's fields, not its configs.
  const fields = [
    ['replication.factor', 'replicationFactor'],
    [BROKER_CONFIGS.numPartitions.name, 'partitions'],
  ] as const;
  for (const [name, field] of fields)
    hints.set(name, { code: 'config.unknownName.topicField', params: { name, field } });
  return hints;
}

export const TOPIC_CONFIG_DEF = new ConfigDef('topic', TOPIC_CONFIGS, topicHints());

/** Kafka's own defaults for every topic config (no broker overrides). */
export const KAFKA_TOPIC_DEFAULTS: TopicConfig = Object.freeze(
  TOPIC_CONFIG_DEF.parse({}).resolved(),
);

/**
 * Resolve a topic's raw config map (topic-level names) into a new, frozen TopicConfig: a key the
 * topic sets wins, the others come from `brokerDefaults`.
 * @param brokerDefaults the broker's topic defaults (BrokerConfig.ts: resolveBrokerTopicDefaults(cluster.config));
 *                       Kafka's defaults when omitted.
 * @throws ConfigException
 */
export function resolveTopicConfig(
  raw: ConfigMap = {},
  brokerDefaults: TopicConfig = KAFKA_TOPIC_DEFAULTS,
): TopicConfig {
  const c = TOPIC_CONFIG_DEF.parse(raw);
  const own = c.resolved();
  const out: Record<string, unknown> = { ...brokerDefaults };
  for (const prop of Object.keys(TOPIC_CONFIGS) as (keyof TopicConfig)[])
    if (c.isSet(prop)) out[prop] = own[prop];
  return Object.freeze(out as TopicConfig);
}

/** Every problem in a topic's raw config. (Kafka allows min.insync.replicas above the replication factor.) */
export function validateTopicConfig(raw: ConfigMap = {}): ConfigException[] {
  return TOPIC_CONFIG_DEF.validate(raw);
}
