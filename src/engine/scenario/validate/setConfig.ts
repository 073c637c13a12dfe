// setConfig: a target that exists at the action's moment, a key of that target's config, a value of
// the key's type and range (Kafka's ConfigException), the target's other keys still consistent (for
// `cluster`, on every broker), and the producers' workloads still within Kafka's record size limits.
// A read-only broker key is accepted like an edit of server.properties: each broker runs with it
// from its next start (server/DynamicBrokerConfig). On one broker, a key the controller reads and a
// broker-level topic default are refused: the first is not that broker's, and the simulator keeps
// topic defaults cluster-wide (Kafka allows a per-broker one only for testing).
import {
  BROKER_CONFIG_DEF,
  BROKER_TOPIC_DEFAULT_NAMES,
  resolveBrokerConfig,
  validateBrokerConfig,
} from '../../config/BrokerConfig';
import type { ConfigDef, ConfigException } from '../../config/ConfigDef';
import {
  CONSUMER_CONFIG_DEF,
  validateConsumerConfig,
  withConsumerConfig,
} from '../../config/ConsumerConfig';
import { PRODUCER_CONFIG_DEF, validateProducerConfig } from '../../config/ProducerConfig';
import { TOPIC_CONFIG_DEF } from '../../config/TopicConfig';
import { BROKER_CONFIGS } from '../../config/tables/broker';
import { PRODUCER_CONFIGS } from '../../config/tables/producer';
import { TOPIC_CONFIGS } from '../../config/tables/topic';
import type { BrokerConfig } from '../../config/types';
import type { ConfigMap, ConfigValue } from '../Scenario';
import { req } from './actionRules';
import type { ActionCheck, KindRule } from './actionRules';
import { parseTarget } from './context';
import type { Target, ValidationContext } from './context';
import { configError, expectString, got, isConfigValue, join } from './fields';
import {
  checkBroker,
  checkExistingGroup,
  checkExistingProducer,
  checkExistingTopic,
} from './lookups';
import { workloadTooLarge } from './records';

/** The config each kind of target has. */
const DEFS: Record<Target['kind'], ConfigDef> = {
  cluster: BROKER_CONFIG_DEF,
  broker: BROKER_CONFIG_DEF,
  topic: TOPIC_CONFIG_DEF,
  producer: PRODUCER_CONFIG_DEF,
  group: CONSUMER_CONFIG_DEF,
};

/** The configs that bound a record's size, by target. */
const RECORD_LIMIT_KEYS: Record<Target['kind'], readonly string[]> = {
  producer: [PRODUCER_CONFIGS.maxRequestSize.name, PRODUCER_CONFIGS.compressionType.name],
  topic: [TOPIC_CONFIGS.maxMessageBytes.name],
  cluster: [BROKER_CONFIGS.messageMaxBytes.name],
  broker: [],
  group: [],
};

/** `cluster`, `broker:<id>`, `topic:<name>`, `producer:<id>` or `group:<id>`, naming what exists. */
function readTarget(v: unknown, path: string, c: ActionCheck): string | undefined {
  const { ctx, r } = c;
  if (!expectString(v, path, r)) return undefined;
  const t = parseTarget(v);
  if (!t) r.add(path, 'setConfig.target', got(v));
  else if (t.kind === 'broker') checkBroker(t.id, path, ctx, r);
  else if (t.kind === 'topic') checkExistingTopic(t.name, path, ctx, r);
  else if (t.kind === 'producer') checkExistingProducer(t.id, path, ctx, r);
  else if (t.kind === 'group') checkExistingGroup(t.id, path, ctx, r);
  return v;
}

function readValue(v: unknown, path: string, c: ActionCheck): ConfigValue | undefined {
  if (isConfigValue(v)) return v;
  c.r.add(path, 'value.configType', got(v));
  return undefined;
}

function mergedBrokerConfig(ctx: ValidationContext, brokerId?: number): ConfigMap {
  const cluster = ctx.configs?.cluster ?? {};
  const own = brokerId !== undefined ? ctx.configs?.brokers?.get(brokerId) : undefined;
  return { ...cluster, ...(own ?? {}) };
}

function brokerConfigOf(ctx: ValidationContext): BrokerConfig | undefined {
  try {
    return resolveBrokerConfig(mergedBrokerConfig(ctx));
  } catch {
    return undefined;
  }
}

/** Errors that `merged` has and `base` has not (a setConfig that breaks a cross-key rule). */
function newConfigErrors(
  base: ConfigMap,
  merged: ConfigMap,
  validate: (m: ConfigMap) => ConfigException[],
): ConfigException[] {
  const old = validate(base);
  if (old.length > 0) return []; // already reported where the base config was defined
  return validate(merged);
}

/** The rules across keys of the target's config, with this key set. */
function crossKeyErrors(
  t: Target,
  key: string,
  value: ConfigValue,
  ctx: ValidationContext,
): ConfigException[] {
  const set = (base: ConfigMap): ConfigMap => ({ ...base, [key]: value });
  switch (t.kind) {
    case 'broker': {
      const base = mergedBrokerConfig(ctx, t.id);
      return newConfigErrors(base, set(base), validateBrokerConfig);
    }
    case 'cluster': {
      // Every broker's config must still hold: the cluster's, and each one with its own settings.
      const cluster = set(ctx.configs?.cluster ?? {});
      const errors = newConfigErrors(ctx.configs?.cluster ?? {}, cluster, validateBrokerConfig);
      if (errors.length > 0) return errors;
      for (const [id, own] of ctx.configs?.brokers ?? []) {
        const found = newConfigErrors(
          mergedBrokerConfig(ctx, id),
          { ...cluster, ...own },
          validateBrokerConfig,
        );
        if (found.length > 0) return found;
      }
      return [];
    }
    case 'topic':
      return []; // topic configs have no cross-key rules (min.insync.replicas > replication factor is allowed)
    case 'producer': {
      const base = ctx.configs?.producers?.get(t.id) ?? {};
      return newConfigErrors(base, set(base), validateProducerConfig);
    }
    case 'group': {
      const base = ctx.configs?.groups?.get(t.id) ?? {};
      const broker = brokerConfigOf(ctx);
      const next = withConsumerConfig(base, key, value);
      return newConfigErrors(base, next, (m) => validateConsumerConfig(m, broker));
    }
  }
}

function checkSetConfig(c: ActionCheck): void {
  const { ctx, r, read } = c;
  if (!read.has('target') || !read.has('key') || !read.has('value')) return;
  const t = parseTarget(read.get('target') as string)!;
  const key = read.get('key') as string;
  const value = read.get('value') as ConfigValue;
  const kp = join(c.path, 'key');
  const vp = join(c.path, 'value');

  const def = DEFS[t.kind];
  if (!def.has(key)) return configError(r, kp, def.unknownKey(key));
  try {
    def.parseValue(key, value);
  } catch (e) {
    return configError(r, vp, e as ConfigException);
  }
  if (t.kind === 'broker') {
    // The controller has its own properties; and topics take their defaults from the cluster here.
    if (BROKER_CONFIG_DEF.key(key)?.readBy === 'controller')
      return r.add(kp, 'setConfig.controllerConfig', { key, broker: t.id });
    if (BROKER_TOPIC_DEFAULT_NAMES.has(key))
      return r.add(kp, 'setConfig.perBrokerTopicDefault', { key, broker: t.id });
  }
  const cross = crossKeyErrors(t, key, value, ctx);
  for (const e of cross) configError(r, vp, e);
  if (cross.length > 0 || !RECORD_LIMIT_KEYS[t.kind].includes(key)) return;

  // The producers' workloads must still fit Kafka's record size limits.
  const set = (base: ConfigMap | undefined): ConfigMap => ({ ...(base ?? {}), [key]: value });
  const big =
    t.kind === 'producer'
      ? workloadTooLarge(ctx, {
          producer: { id: t.id, config: set(ctx.configs?.producers?.get(t.id)) },
        })
      : t.kind === 'topic'
        ? workloadTooLarge(ctx, {
            topic: { name: t.name, config: set(ctx.configs?.topics?.get(t.name)) },
          })
        : workloadTooLarge(ctx, { cluster: set(ctx.configs?.cluster) });
  if (big) r.refuse(vp, big);
}

export const SET_CONFIG: KindRule = {
  fields: {
    target: req(readTarget),
    key: req((v, p, c) => (expectString(v, p, c.r) ? v : undefined)),
    value: req(readValue),
  },
  check: checkSetConfig,
};
