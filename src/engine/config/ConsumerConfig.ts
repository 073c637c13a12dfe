// The consumer's configs: Kafka's org.apache.kafka.clients.consumer.ConsumerConfig (4.x names and defaults).
// The group id is the consumer group's `id` in the scenario, not a config key.

import type { ConfigMap, ConfigValue } from '../scenario/Scenario';
import { ConfigDef, ConfigException, Range, ValidList, collectConfigErrors } from './ConfigDef';
import type { ConfigKeySpec } from './ConfigDef';
import type {
  AssignmentStrategy,
  BrokerConfig,
  ConsumerConfig,
  GroupProtocol,
  OffsetReset,
} from './types';

export const SESSION_TIMEOUT_MS_CONFIG = 'session.timeout.ms';
export const HEARTBEAT_INTERVAL_MS_CONFIG = 'heartbeat.interval.ms';
export const MAX_POLL_INTERVAL_MS_CONFIG = 'max.poll.interval.ms';
export const MAX_POLL_RECORDS_CONFIG = 'max.poll.records';
export const ENABLE_AUTO_COMMIT_CONFIG = 'enable.auto.commit';
export const AUTO_COMMIT_INTERVAL_MS_CONFIG = 'auto.commit.interval.ms';
export const AUTO_OFFSET_RESET_CONFIG = 'auto.offset.reset';
export const PARTITION_ASSIGNMENT_STRATEGY_CONFIG = 'partition.assignment.strategy';
export const FETCH_MIN_BYTES_CONFIG = 'fetch.min.bytes';
export const FETCH_MAX_WAIT_MS_CONFIG = 'fetch.max.wait.ms';
export const FETCH_MAX_BYTES_CONFIG = 'fetch.max.bytes';
export const MAX_PARTITION_FETCH_BYTES_CONFIG = 'max.partition.fetch.bytes';
export const GROUP_PROTOCOL_CONFIG = 'group.protocol';
export const GROUP_REMOTE_ASSIGNOR_CONFIG = 'group.remote.assignor';
export const RETRY_BACKOFF_MS_CONFIG = 'retry.backoff.ms';
export const RETRY_BACKOFF_MAX_MS_CONFIG = 'retry.backoff.max.ms';
export const RECONNECT_BACKOFF_MS_CONFIG = 'reconnect.backoff.ms';
export const RECONNECT_BACKOFF_MAX_MS_CONFIG = 'reconnect.backoff.max.ms';

/** group.protocol's values: classic (JoinGroup/SyncGroup) or consumer (KIP-848). */
export const GROUP_PROTOCOLS: readonly GroupProtocol[] = ['classic', 'consumer'];

/** The assignors' protocol names (ConsumerPartitionAssignor.name()), which is how the simulator names them. */
export const ASSIGNMENT_STRATEGIES: readonly AssignmentStrategy[] = [
  'range',
  'roundrobin',
  'sticky',
  'cooperative-sticky',
];

const ASSIGNOR_CLASSES: Record<string, AssignmentStrategy> = {
  RangeAssignor: 'range',
  RoundRobinAssignor: 'roundrobin',
  StickyAssignor: 'sticky',
  CooperativeStickyAssignor: 'cooperative-sticky',
};

/** `range`, `RangeAssignor` or `org.apache.kafka.clients.consumer.RangeAssignor` → `range`. */
export function assignorName(item: string): AssignmentStrategy | undefined {
  if ((ASSIGNMENT_STRATEGIES as readonly string[]).includes(item))
    return item as AssignmentStrategy;
  const simple = item.startsWith('org.apache.kafka.clients.consumer.')
    ? item.slice('org.apache.kafka.clients.consumer.'.length)
    : item;
  return Object.prototype.hasOwnProperty.call(ASSIGNOR_CLASSES, simple)
    ? ASSIGNOR_CLASSES[simple]
    : undefined;
}

const specs: ConfigKeySpec[] = [
  { name: SESSION_TIMEOUT_MS_CONFIG, type: 'int', default: 45000 },
  { name: HEARTBEAT_INTERVAL_MS_CONFIG, type: 'int', default: 3000 },
  { name: MAX_POLL_INTERVAL_MS_CONFIG, type: 'int', default: 300000, validator: Range.atLeast(1) },
  { name: MAX_POLL_RECORDS_CONFIG, type: 'int', default: 500, validator: Range.atLeast(1) },
  { name: ENABLE_AUTO_COMMIT_CONFIG, type: 'boolean', default: true },
  { name: AUTO_COMMIT_INTERVAL_MS_CONFIG, type: 'int', default: 5000, validator: Range.atLeast(0) },
  {
    name: AUTO_OFFSET_RESET_CONFIG,
    type: 'enum',
    default: 'latest',
    values: ['latest', 'earliest', 'none'],
  },
  {
    name: PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
    type: 'list',
    default: ['range', 'cooperative-sticky'],
    normalizeItem: assignorName,
    unknownItem: { code: 'config.unknownAssignor', known: ASSIGNMENT_STRATEGIES },
    validator: ValidList.nonEmptyIn(...ASSIGNMENT_STRATEGIES),
  },
  { name: FETCH_MIN_BYTES_CONFIG, type: 'int', default: 1, validator: Range.atLeast(0) },
  { name: FETCH_MAX_WAIT_MS_CONFIG, type: 'int', default: 500, validator: Range.atLeast(0) },
  { name: FETCH_MAX_BYTES_CONFIG, type: 'int', default: 52428800, validator: Range.atLeast(0) },
  {
    name: MAX_PARTITION_FETCH_BYTES_CONFIG,
    type: 'int',
    default: 1048576,
    validator: Range.atLeast(0),
  },
  {
    name: GROUP_PROTOCOL_CONFIG,
    type: 'enum',
    default: 'classic',
    values: [...GROUP_PROTOCOLS],
    caseInsensitive: true,
  },
  { name: GROUP_REMOTE_ASSIGNOR_CONFIG, type: 'string', default: null },
  // CommonClientConfigs (KIP-580): a failed request (FindCoordinator, heartbeat, commit, metadata
  // refresh) is retried after retry.backoff.ms, doubling per failure up to retry.backoff.max.ms,
  // ±20 % jitter; above the maximum, retry.backoff.ms gives way to it as a constant backoff.
  { name: RETRY_BACKOFF_MS_CONFIG, type: 'long', default: 100, validator: Range.atLeast(0) },
  { name: RETRY_BACKOFF_MAX_MS_CONFIG, type: 'long', default: 1000, validator: Range.atLeast(0) },
  // A broker whose connection was reset is not connected to again before reconnect.backoff.ms,
  // doubling per failed attempt up to reconnect.backoff.max.ms, ±20 % jitter.
  {
    name: RECONNECT_BACKOFF_MS_CONFIG,
    type: 'long',
    default: 50,
    validator: Range.atLeast(0),
  },
  {
    name: RECONNECT_BACKOFF_MAX_MS_CONFIG,
    type: 'long',
    default: 1000,
    validator: Range.atLeast(0),
  },
];

export const CONSUMER_CONFIG_DEF = new ConfigDef(
  'consumer',
  specs,
  new Map([['group.id', { code: 'config.unknownName.groupId', params: { name: 'group.id' } }]]),
);

/** Kafka 4.x ConsumerConfig: keys the KIP-848 protocol refuses (the broker owns assignment and liveness). */
const CONSUMER_PROTOCOL_UNSUPPORTED_CONFIGS = [
  PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
  HEARTBEAT_INTERVAL_MS_CONFIG,
  SESSION_TIMEOUT_MS_CONFIG,
];

/**
 * The config after setting `key`: switching group.protocol drops the keys the other protocol
 * refuses (the instances restart configured for the new protocol).
 */
export function withConsumerConfig(raw: ConfigMap, key: string, value: ConfigValue): ConfigMap {
  const next: ConfigMap = { ...raw, [key]: value };
  if (key === GROUP_PROTOCOL_CONFIG) {
    const consumer = String(value).trim().toLowerCase() === 'consumer';
    const drop = consumer ? CONSUMER_PROTOCOL_UNSUPPORTED_CONFIGS : [GROUP_REMOTE_ASSIGNOR_CONFIG];
    for (const k of drop) delete next[k];
  }
  return next;
}

/**
 * Resolve a consumer's raw config map into a typed ConsumerConfig with Kafka 4.x defaults.
 * @throws ConfigException (the first problem, as Kafka would throw it)
 */
export function resolveConsumerConfig(raw: ConfigMap = {}): ConsumerConfig {
  const c = CONSUMER_CONFIG_DEF.parse(raw);
  const groupProtocol = c.getString(GROUP_PROTOCOL_CONFIG) as GroupProtocol;
  const strategies = c.getList(
    PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
  ) as readonly AssignmentStrategy[];

  const seen = new Set<string>();
  for (const s of strategies) {
    if (seen.has(s))
      throw ConfigException.of(
        'config.assignorDuplicate',
        { name: s },
        PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
      );
    seen.add(s);
  }

  if (groupProtocol === 'consumer') {
    const invalid = CONSUMER_PROTOCOL_UNSUPPORTED_CONFIGS.filter(
      (k) => c.isSet(k) && String(raw[k]).trim() !== '',
    );
    if (invalid.length > 0)
      throw ConfigException.of('config.consumerProtocolUnsupported', { keys: invalid }, invalid[0]);
  } else {
    // ConsumerConfig.checkGroupRemoteAssignor: only the consumer protocol has server assignors.
    const remote = c.getOptionalString(GROUP_REMOTE_ASSIGNOR_CONFIG);
    if (remote !== null && remote.trim() !== '')
      throw ConfigException.of('config.classicRemoteAssignor', {}, GROUP_REMOTE_ASSIGNOR_CONFIG);
    const session = c.getInt(SESSION_TIMEOUT_MS_CONFIG);
    const heartbeat = c.getInt(HEARTBEAT_INTERVAL_MS_CONFIG);
    // org.apache.kafka.clients.consumer.internals.Heartbeat
    if (heartbeat >= session)
      throw ConfigException.of(
        'config.heartbeatNotBelowSession',
        { heartbeat, session },
        c.isSet(HEARTBEAT_INTERVAL_MS_CONFIG)
          ? HEARTBEAT_INTERVAL_MS_CONFIG
          : SESSION_TIMEOUT_MS_CONFIG,
      );
    // Neither key has a validator in Kafka, but Heartbeat starts a Timer with each, and Timer.reset refuses
    // a negative timeout: the consumer fails to start.
    for (const k of [HEARTBEAT_INTERVAL_MS_CONFIG, SESSION_TIMEOUT_MS_CONFIG]) {
      const v = c.getInt(k);
      if (v < 0) throw ConfigException.of('config.negativeTimeout', { key: k, value: v }, k);
    }
  }

  return {
    sessionTimeoutMs: c.getInt(SESSION_TIMEOUT_MS_CONFIG),
    heartbeatIntervalMs: c.getInt(HEARTBEAT_INTERVAL_MS_CONFIG),
    maxPollIntervalMs: c.getInt(MAX_POLL_INTERVAL_MS_CONFIG),
    maxPollRecords: c.getInt(MAX_POLL_RECORDS_CONFIG),
    enableAutoCommit: c.getBoolean(ENABLE_AUTO_COMMIT_CONFIG),
    autoCommitIntervalMs: c.getInt(AUTO_COMMIT_INTERVAL_MS_CONFIG),
    autoOffsetReset: c.getString(AUTO_OFFSET_RESET_CONFIG) as OffsetReset,
    partitionAssignmentStrategy: [...strategies],
    fetchMinBytes: c.getInt(FETCH_MIN_BYTES_CONFIG),
    fetchMaxWaitMs: c.getInt(FETCH_MAX_WAIT_MS_CONFIG),
    fetchMaxBytes: c.getInt(FETCH_MAX_BYTES_CONFIG),
    maxPartitionFetchBytes: c.getInt(MAX_PARTITION_FETCH_BYTES_CONFIG),
    groupProtocol,
    groupRemoteAssignor: c.getOptionalString(GROUP_REMOTE_ASSIGNOR_CONFIG),
    retryBackoffMs: c.getLong(RETRY_BACKOFF_MS_CONFIG),
    retryBackoffMaxMs: c.getLong(RETRY_BACKOFF_MAX_MS_CONFIG),
    reconnectBackoffMs: c.getLong(RECONNECT_BACKOFF_MS_CONFIG),
    // CommonClientConfigs.postProcessReconnectBackoffConfigs: reconnect.backoff.ms set without
    // reconnect.backoff.max.ms turns the exponential backoff off (the maximum becomes the base).
    reconnectBackoffMaxMs:
      c.isSet(RECONNECT_BACKOFF_MS_CONFIG) && !c.isSet(RECONNECT_BACKOFF_MAX_MS_CONFIG)
        ? c.getLong(RECONNECT_BACKOFF_MS_CONFIG)
        : c.getLong(RECONNECT_BACKOFF_MAX_MS_CONFIG),
  };
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
    const min = broker?.groupMinSessionTimeoutMs;
    const max = broker?.groupMaxSessionTimeoutMs;
    if (
      c.groupProtocol === 'classic' &&
      min !== undefined &&
      max !== undefined &&
      (c.sessionTimeoutMs < min || c.sessionTimeoutMs > max)
    )
      throw ConfigException.of(
        'config.sessionTimeoutOutsideBroker',
        { value: c.sessionTimeoutMs, min, max },
        SESSION_TIMEOUT_MS_CONFIG,
      );
    const assignors = broker?.consumerGroupAssignors;
    const remote = c.groupRemoteAssignor;
    if (c.groupProtocol === 'consumer' && assignors && remote && !assignors.includes(remote))
      throw ConfigException.of(
        'config.unsupportedRemoteAssignor',
        { assignor: shown([remote]), assignors: shown(assignors) },
        GROUP_REMOTE_ASSIGNOR_CONFIG,
      );
  });
  return errors;
}
