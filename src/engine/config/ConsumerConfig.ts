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
    unknownItem: (item) => ({
      en: `Class ${item} could not be found. Known assignors: range, roundrobin, sticky, cooperative-sticky (or their classes, e.g. org.apache.kafka.clients.consumer.RangeAssignor).`,
      ko: `클래스 ${item}을(를) 찾을 수 없습니다. 사용할 수 있는 assignor: range, roundrobin, sticky, cooperative-sticky (또는 org.apache.kafka.clients.consumer.RangeAssignor 같은 클래스 이름).`,
    }),
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
    simulatorNote: {
      en: "KafkaScope keeps one connection per broker; Kafka's consumer opens a second one to its group coordinator, which backs off on its own.",
      ko: 'KafkaScope는 broker마다 연결 하나만 둡니다. Kafka consumer는 group coordinator에 연결을 하나 더 열고, 그 연결은 따로 backoff합니다.',
    },
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
  new Map([
    [
      'group.id',
      {
        suggest: 'id',
        en: 'The group id is the consumer group\'s "id" field, not a config key.',
        ko: 'group id는 설정이 아니라 consumer group의 "id" 필드로 지정합니다.',
      },
    ],
  ]),
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
      throw ConfigException.bare(
        `The assignor name: '${s}' is used in more than one assignor.`,
        `assignor 이름 '${s}'이(가) 두 번 이상 쓰였습니다.`,
        PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
      );
    seen.add(s);
  }

  if (groupProtocol === 'consumer') {
    const invalid = CONSUMER_PROTOCOL_UNSUPPORTED_CONFIGS.filter(
      (k) => c.isSet(k) && String(raw[k]).trim() !== '',
    );
    if (invalid.length > 0)
      throw ConfigException.bare(
        `${invalid.join(', ')} cannot be set when ${GROUP_PROTOCOL_CONFIG}=CONSUMER`,
        `${GROUP_PROTOCOL_CONFIG}=consumer일 때는 ${invalid.join(', ')}을(를) 설정할 수 없습니다. (KIP-848에서는 broker가 assignment와 session을 관리합니다.)`,
        invalid[0],
      );
  } else {
    // ConsumerConfig.checkGroupRemoteAssignor: only the consumer protocol has server assignors.
    const remote = c.getOptionalString(GROUP_REMOTE_ASSIGNOR_CONFIG);
    if (remote !== null && remote.trim() !== '')
      throw ConfigException.bare(
        `${GROUP_REMOTE_ASSIGNOR_CONFIG} cannot be set when ${GROUP_PROTOCOL_CONFIG}=CLASSIC`,
        `${GROUP_PROTOCOL_CONFIG}=classic일 때는 ${GROUP_REMOTE_ASSIGNOR_CONFIG}을(를) 설정할 수 없습니다. (server assignor는 consumer 프로토콜에만 있습니다.)`,
        GROUP_REMOTE_ASSIGNOR_CONFIG,
      );
    const session = c.getInt(SESSION_TIMEOUT_MS_CONFIG);
    const heartbeat = c.getInt(HEARTBEAT_INTERVAL_MS_CONFIG);
    // org.apache.kafka.clients.consumer.internals.Heartbeat
    if (heartbeat >= session)
      throw ConfigException.bare(
        'Heartbeat must be set lower than the session timeout',
        `heartbeat.interval.ms(${heartbeat})은(는) session.timeout.ms(${session})보다 작아야 합니다.`,
        c.isSet(HEARTBEAT_INTERVAL_MS_CONFIG)
          ? HEARTBEAT_INTERVAL_MS_CONFIG
          : SESSION_TIMEOUT_MS_CONFIG,
      );
    // Neither key has a validator in Kafka, but Heartbeat starts a Timer with each, and Timer.reset refuses
    // a negative timeout: the consumer fails to start.
    for (const k of [HEARTBEAT_INTERVAL_MS_CONFIG, SESSION_TIMEOUT_MS_CONFIG]) {
      const v = c.getInt(k);
      if (v < 0)
        throw ConfigException.bare(
          `Invalid negative timeout ${v}`,
          `${k}(${v})은(는) 음수일 수 없습니다. Kafka consumer는 시작할 때 IllegalArgumentException으로 실패합니다.`,
          k,
        );
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
      throw ConfigException.bare(
        `The session timeout ${c.sessionTimeoutMs} is not within the range allowed by the broker (as configured by group.min.session.timeout.ms=${min} and group.max.session.timeout.ms=${max}).`,
        `session timeout ${c.sessionTimeoutMs}이(가) broker가 허용하는 범위(group.min.session.timeout.ms=${min} ~ group.max.session.timeout.ms=${max})를 벗어납니다. JoinGroup이 INVALID_SESSION_TIMEOUT으로 실패합니다.`,
        SESSION_TIMEOUT_MS_CONFIG,
      );
    const assignors = broker?.consumerGroupAssignors;
    const remote = c.groupRemoteAssignor;
    if (c.groupProtocol === 'consumer' && assignors && remote && !assignors.includes(remote))
      throw ConfigException.bare(
        `The broker does not support the assignor ${shown([remote])} (group.consumer.assignors=${shown(assignors)}); ConsumerGroupHeartbeat would fail with UNSUPPORTED_ASSIGNOR.`,
        `broker가 assignor ${shown([remote])}을(를) 지원하지 않습니다(group.consumer.assignors=${shown(assignors)}). ConsumerGroupHeartbeat가 UNSUPPORTED_ASSIGNOR로 실패합니다.`,
        GROUP_REMOTE_ASSIGNOR_CONFIG,
      );
  });
  return errors;
}
