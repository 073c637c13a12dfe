// The consumer's configs resolved: the table is tables/consumer.ts (Kafka's ConsumerConfig 4.x names
// and defaults). The group id is the consumer group's `id` in the scenario, not a config key.

import type { ConfigMap, ConfigValue } from '../scenario/Scenario';
import { ConfigDef, ConfigException, collectConfigErrors } from './ConfigDef';
import { CONSUMER_CONFIGS } from './tables/consumer';
import type { BrokerConfig, ConsumerConfig } from './types';

export {
  ASSIGNMENT_STRATEGIES,
  CONSUMER_CONFIGS,
  GROUP_PROTOCOLS,
  assignorName,
} from './tables/consumer';

const C = CONSUMER_CONFIGS;

export const CONSUMER_CONFIG_DEF = new ConfigDef(
  'consumer',
  CONSUMER_CONFIGS,
  new Map([['group.id', { code: 'config.unknownName.groupId', params: { name: 'group.id' } }]]),
);

/** Kafka 4.x ConsumerConfig: keys the KIP-848 protocol refuses (the broker owns assignment and liveness). */
const CONSUMER_PROTOCOL_UNSUPPORTED = [
  'partitionAssignmentStrategy',
  'heartbeatIntervalMs',
  'sessionTimeoutMs',
] as const;

/**
 * The config after setting `key`: switching group.protocol drops the keys the other protocol
 * refuses (the instances restart configured for the new protocol).
 */
export function withConsumerConfig(raw: ConfigMap, key: string, value: ConfigValue): ConfigMap {
  const next: ConfigMap = { ...raw, [key]: value };
  if (key === C.groupProtocol.name) {
    const consumer = String(value).trim().toLowerCase() === 'consumer';
    const drop = consumer ? CONSUMER_PROTOCOL_UNSUPPORTED : (['groupRemoteAssignor'] as const);
    for (const prop of drop) delete next[C[prop].name];
  }
  return next;
}

/**
 * Resolve a consumer's raw config map into a new, frozen ConsumerConfig with Kafka 4.x defaults.
 * @throws ConfigException (the first problem, as Kafka would throw it)
 */
export function resolveConsumerConfig(raw: ConfigMap = {}): ConsumerConfig {
  const c = CONSUMER_CONFIG_DEF.parse(raw);
  const resolved = c.resolved();
  const strategies = resolved.partitionAssignmentStrategy;

  const seen = new Set<string>();
  for (const s of strategies) {
    if (seen.has(s))
      throw ConfigException.of(
        'config.assignorDuplicate',
        { name: s },
        C.partitionAssignmentStrategy.name,
      );
    seen.add(s);
  }

  if (resolved.groupProtocol === 'consumer') {
    const invalid = CONSUMER_PROTOCOL_UNSUPPORTED.filter(
      (p) => c.isSet(p) && String(raw[C[p].name]).trim() !== '',
    ).map((p) => C[p].name);
    if (invalid.length > 0)
      throw ConfigException.of('config.consumerProtocolUnsupported', { keys: invalid }, invalid[0]);
  } else {
    // ConsumerConfig.checkGroupRemoteAssignor: only the consumer protocol has server assignors.
    const remote = resolved.groupRemoteAssignor;
    if (remote !== null && remote.trim() !== '')
      throw ConfigException.of('config.classicRemoteAssignor', {}, C.groupRemoteAssignor.name);
    const session = resolved.sessionTimeoutMs;
    const heartbeat = resolved.heartbeatIntervalMs;
    // org.apache.kafka.clients.consumer.internals.Heartbeat
    if (heartbeat >= session)
      throw ConfigException.of(
        'config.heartbeatNotBelowSession',
        { heartbeat, session },
        C[c.isSet('heartbeatIntervalMs') ? 'heartbeatIntervalMs' : 'sessionTimeoutMs'].name,
      );
    // Neither key has a validator in Kafka, but Heartbeat starts a Timer with each, and Timer.reset refuses
    // a negative timeout: the consumer fails to start.
    for (const prop of ['heartbeatIntervalMs', 'sessionTimeoutMs'] as const) {
      const v = resolved[prop];
      if (v < 0)
        throw ConfigException.of(
          'config.negativeTimeout',
          { key: C[prop].name, value: v },
          C[prop].name,
        );
    }
  }

  return Object.freeze({
    ...resolved,
    // CommonClientConfigs.postProcessReconnectBackoffConfigs: reconnect.backoff.ms set without
    // reconnect.backoff.max.ms turns the exponential backoff off (the maximum becomes the base).
    reconnectBackoffMaxMs:
      c.isSet('reconnectBackoffMs') && !c.isSet('reconnectBackoffMaxMs')
        ? resolved.reconnectBackoffMs
        : resolved.reconnectBackoffMaxMs,
  });
}

/** A list (or one value) as a message shows it: the first ten items, 200 characters at most. */
function shown(items: readonly string[]): string {
  const s = items.length > 10 ? `${items.slice(0, 10).join(',')},…` : items.join(',');
  return s.length > 200 ? `${s.slice(0, 197)}...` : s;
}

/**
 * Every problem in a consumer's raw config: per-key errors, or (when those are clean) the cross-key error.
 * With `broker`, also the broker's session timeout bounds (a classic JoinGroup would fail with
 * INVALID_SESSION_TIMEOUT, reported here before the run).
 */
export function validateConsumerConfig(
  raw: ConfigMap = {},
  broker?: BrokerConfig,
): ConfigException[] {
  const errors = CONSUMER_CONFIG_DEF.validate(raw);
  if (errors.length > 0) return errors;
  collectConfigErrors(errors, () => {
    const c = resolveConsumerConfig(raw);
    if (
      c.groupProtocol === 'classic' &&
      broker &&
      (c.sessionTimeoutMs < broker.groupMinSessionTimeoutMs ||
        c.sessionTimeoutMs > broker.groupMaxSessionTimeoutMs)
    )
      throw ConfigException.of(
        'config.sessionTimeoutOutsideBroker',
        {
          value: c.sessionTimeoutMs,
          min: broker.groupMinSessionTimeoutMs,
          max: broker.groupMaxSessionTimeoutMs,
        },
        C.sessionTimeoutMs.name,
      );
    const assignors: readonly string[] | undefined = broker?.consumerGroupAssignors;
    const remote = c.groupRemoteAssignor;
    if (c.groupProtocol === 'consumer' && assignors && remote && !assignors.includes(remote))
      throw ConfigException.of(
        'config.unsupportedRemoteAssignor',
        { assignor: shown([remote]), assignors: shown(assignors) },
        C.groupRemoteAssignor.name,
      );
  });
  return errors;
}
