// The producer's configs: Kafka's org.apache.kafka.clients.producer.ProducerConfig (4.x names and defaults),
// plus one simulator key, `partitioner` ('default' = KIP-794 uniform sticky, 'round-robin' = pre-2.4).

import type { ConfigMap } from '../scenario/Scenario';
import { ConfigDef, ConfigException, Range, collectConfigErrors } from './ConfigDef';
import type { ConfigKeySpec } from './ConfigDef';
import type { Acks, CompressionType, PartitionerChoice, ProducerConfig } from './types';

export const ACKS_CONFIG = 'acks';
export const LINGER_MS_CONFIG = 'linger.ms';
export const BATCH_SIZE_CONFIG = 'batch.size';
export const COMPRESSION_TYPE_CONFIG = 'compression.type';
export const ENABLE_IDEMPOTENCE_CONFIG = 'enable.idempotence';
export const MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION = 'max.in.flight.requests.per.connection';
export const RETRIES_CONFIG = 'retries';
export const DELIVERY_TIMEOUT_MS_CONFIG = 'delivery.timeout.ms';
export const REQUEST_TIMEOUT_MS_CONFIG = 'request.timeout.ms';
export const RETRY_BACKOFF_MS_CONFIG = 'retry.backoff.ms';
export const MAX_REQUEST_SIZE_CONFIG = 'max.request.size';
/** Simulator key: 'default' | 'round-robin'. */
export const PARTITIONER_CONFIG = 'partitioner';
/** Kafka's key; only RoundRobinPartitioner is known (DefaultPartitioner/UniformStickyPartitioner were removed in 4.0). */
export const PARTITIONER_CLASS_CONFIG = 'partitioner.class';
export const PARTITIONER_IGNORE_KEYS_CONFIG = 'partitioner.ignore.keys';

/** Kafka's MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION_FOR_IDEMPOTENCE. */
export const MAX_IN_FLIGHT_FOR_IDEMPOTENCE = 5;

const ROUND_ROBIN_PARTITIONER = 'org.apache.kafka.clients.producer.RoundRobinPartitioner';

const specs: ConfigKeySpec[] = [
  { name: ACKS_CONFIG, type: 'enum', default: 'all', values: ['all', '-1', '0', '1'] },
  { name: LINGER_MS_CONFIG, type: 'long', default: 5, validator: Range.atLeast(0) },
  { name: BATCH_SIZE_CONFIG, type: 'int', default: 16384, validator: Range.atLeast(0) },
  {
    name: COMPRESSION_TYPE_CONFIG,
    type: 'enum',
    default: 'none',
    values: ['none', 'gzip', 'snappy', 'lz4', 'zstd'],
  },
  { name: ENABLE_IDEMPOTENCE_CONFIG, type: 'boolean', default: true },
  {
    name: MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
    type: 'int',
    default: 5,
    validator: Range.atLeast(1),
  },
  {
    name: RETRIES_CONFIG,
    type: 'int',
    default: 2147483647,
    validator: Range.between(0, 2147483647),
  },
  { name: DELIVERY_TIMEOUT_MS_CONFIG, type: 'int', default: 120000, validator: Range.atLeast(0) },
  { name: REQUEST_TIMEOUT_MS_CONFIG, type: 'int', default: 30000, validator: Range.atLeast(0) },
  { name: RETRY_BACKOFF_MS_CONFIG, type: 'long', default: 100, validator: Range.atLeast(0) },
  {
    name: MAX_REQUEST_SIZE_CONFIG,
    type: 'int',
    default: 1048576,
    validator: Range.atLeast(0),
    simulatorNote: {
      en: "Kafka's producer refuses a record larger than this (RecordTooLargeException); the simulator checks it before the run. It does not cap the size of a produce request, and records stay within 1 MiB.",
      ko: 'Kafka producer는 이보다 큰 레코드를 RecordTooLargeException으로 거부합니다. 시뮬레이터는 실행 전에 이를 검사합니다. produce 요청 크기는 제한하지 않으며, 레코드는 1 MiB 이하여야 합니다.',
    },
  },
  {
    name: PARTITIONER_CONFIG,
    type: 'enum',
    default: 'default',
    values: ['default', 'round-robin'],
    simulatorNote: {
      en: "Simulator setting. 'default' is Kafka's built-in partitioner (keyless records: uniform sticky, KIP-794, since 3.3); 'round-robin' is the pre-2.4 behaviour many tutorials describe.",
      ko: "시뮬레이터 전용 설정입니다. 'default'는 Kafka의 기본 partitioner(key 없는 레코드는 3.3부터 KIP-794 uniform sticky), 'round-robin'은 많은 튜토리얼이 설명하는 2.4 이전 방식입니다.",
    },
  },
  {
    name: PARTITIONER_CLASS_CONFIG,
    type: 'string',
    default: null,
    normalizeItem: (s) =>
      s === ROUND_ROBIN_PARTITIONER || s === 'RoundRobinPartitioner'
        ? ROUND_ROBIN_PARTITIONER
        : undefined,
    unknownItem: (s) => ({
      en: `Class ${s} could not be found. The simulator knows ${ROUND_ROBIN_PARTITIONER}; leave it unset for Kafka's built-in partitioner.`,
      ko: `클래스 ${s}을(를) 찾을 수 없습니다. 시뮬레이터는 ${ROUND_ROBIN_PARTITIONER}만 알고 있으며, Kafka 기본 partitioner를 쓰려면 비워 두세요.`,
    }),
  },
  { name: PARTITIONER_IGNORE_KEYS_CONFIG, type: 'boolean', default: false },
];

export const PRODUCER_CONFIG_DEF = new ConfigDef('producer', specs);

/** Kafka 4.x ProducerConfig.postProcessAndValidateIdempotenceConfigs: returns whether idempotence stays on. */
function idempotenceEnabled(
  raw: ConfigMap,
  acks: Acks,
  retries: number,
  maxInFlight: number,
  enabled: boolean,
): boolean {
  const userConfiguredIdempotence = Object.prototype.hasOwnProperty.call(
    raw,
    ENABLE_IDEMPOTENCE_CONFIG,
  );
  if (!enabled) return false;
  let disable = false;
  if (retries === 0) {
    if (userConfiguredIdempotence)
      throw ConfigException.bare(
        `Must set ${RETRIES_CONFIG} to non-zero when using the idempotent producer.`,
        `idempotent producer를 쓰려면 ${RETRIES_CONFIG}을(를) 0이 아닌 값으로 설정해야 합니다.`,
        RETRIES_CONFIG,
      );
    disable = true; // Kafka: "Idempotence will be disabled because retries is set to 0."
  }
  if (acks !== -1) {
    if (userConfiguredIdempotence)
      throw ConfigException.bare(
        `Must set ${ACKS_CONFIG} to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.`,
        `idempotent producer를 쓰려면 ${ACKS_CONFIG}을(를) all로 설정해야 합니다. 그렇지 않으면 idempotence를 보장할 수 없습니다.`,
        ACKS_CONFIG,
      );
    disable = true; // Kafka: "Idempotence will be disabled because acks is set to 1, not set to 'all'."
  }
  // Kafka 4.0 turned the 3.x warning into an error: with idempotence on (explicitly or by default),
  // more than 5 in flight is refused even when acks/retries would have switched idempotence off.
  if (maxInFlight > MAX_IN_FLIGHT_FOR_IDEMPOTENCE)
    throw ConfigException.bare(
      `To use the idempotent producer, ${MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION} must be set to at most ${MAX_IN_FLIGHT_FOR_IDEMPOTENCE}. Current value is ${maxInFlight}.`,
      `idempotent producer를 쓰려면 ${MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION}은(는) ${MAX_IN_FLIGHT_FOR_IDEMPOTENCE} 이하여야 합니다. 현재 값은 ${maxInFlight}입니다. (enable.idempotence=false로 두면 더 크게 설정할 수 있습니다.)`,
      MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
    );
  return !disable;
}

/**
 * Resolve a producer's raw config map (Kafka names) into a typed ProducerConfig with Kafka 4.x defaults.
 * Applies Kafka's idempotence rules (quietly off when left unset beside acks≠all or retries=0; a
 * ConfigException when set to true beside them) and KafkaProducer.configureDeliveryTimeout.
 * @throws ConfigException (the first problem, as Kafka would throw it)
 */
export function resolveProducerConfig(raw: ConfigMap = {}): ProducerConfig {
  const c = PRODUCER_CONFIG_DEF.parse(raw);
  const acksStr = c.getString(ACKS_CONFIG);
  const acks: Acks = acksStr === 'all' || acksStr === '-1' ? -1 : acksStr === '0' ? 0 : 1;
  const retries = c.getInt(RETRIES_CONFIG);
  const maxInFlight = c.getInt(MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION);
  const enableIdempotence = idempotenceEnabled(
    raw,
    acks,
    retries,
    maxInFlight,
    c.getBoolean(ENABLE_IDEMPOTENCE_CONFIG),
  );

  // KafkaProducer.configureDeliveryTimeout
  const lingerMs = Math.min(c.getLong(LINGER_MS_CONFIG), 2147483647);
  const requestTimeoutMs = c.getInt(REQUEST_TIMEOUT_MS_CONFIG);
  let deliveryTimeoutMs = c.getInt(DELIVERY_TIMEOUT_MS_CONFIG);
  const lingerAndRequestTimeoutMs = Math.min(lingerMs + requestTimeoutMs, 2147483647);
  if (deliveryTimeoutMs < lingerAndRequestTimeoutMs) {
    if (c.isSet(DELIVERY_TIMEOUT_MS_CONFIG))
      throw ConfigException.bare(
        `${DELIVERY_TIMEOUT_MS_CONFIG} should be equal to or larger than ${LINGER_MS_CONFIG} + ${REQUEST_TIMEOUT_MS_CONFIG}`,
        `${DELIVERY_TIMEOUT_MS_CONFIG}은(는) ${LINGER_MS_CONFIG} + ${REQUEST_TIMEOUT_MS_CONFIG} 이상이어야 합니다.`,
        DELIVERY_TIMEOUT_MS_CONFIG,
      );
    deliveryTimeoutMs = lingerAndRequestTimeoutMs; // Kafka overrides the default for backward compatibility
  }

  // partitioner (simulator) vs partitioner.class (Kafka)
  let partitioner = c.getString(PARTITIONER_CONFIG) as PartitionerChoice;
  const partitionerClass = c.getOptionalString(PARTITIONER_CLASS_CONFIG);
  if (partitionerClass) {
    if (c.isSet(PARTITIONER_CONFIG) && partitioner !== 'round-robin')
      throw ConfigException.bare(
        `${PARTITIONER_CONFIG}=${partitioner} contradicts ${PARTITIONER_CLASS_CONFIG}=${partitionerClass}; set only one of them.`,
        `${PARTITIONER_CONFIG}=${partitioner}와(과) ${PARTITIONER_CLASS_CONFIG}=${partitionerClass}의 설정이 서로 어긋납니다. 둘 중 하나만 설정하세요.`,
        PARTITIONER_CLASS_CONFIG,
      );
    partitioner = 'round-robin';
  }

  return {
    acks,
    lingerMs: c.getLong(LINGER_MS_CONFIG),
    batchSize: c.getInt(BATCH_SIZE_CONFIG),
    compressionType: c.getString(COMPRESSION_TYPE_CONFIG) as CompressionType,
    enableIdempotence,
    maxInFlightRequestsPerConnection: maxInFlight,
    retries,
    deliveryTimeoutMs,
    requestTimeoutMs,
    retryBackoffMs: c.getLong(RETRY_BACKOFF_MS_CONFIG),
    maxRequestSize: c.getInt(MAX_REQUEST_SIZE_CONFIG),
    partitioner,
    partitionerIgnoreKeys: c.getBoolean(PARTITIONER_IGNORE_KEYS_CONFIG),
  };
}

/** Every problem in a producer's raw config: per-key errors, or (when those are clean) the cross-key error. */
export function validateProducerConfig(raw: ConfigMap = {}): ConfigException[] {
  const errors = PRODUCER_CONFIG_DEF.validate(raw);
  if (errors.length === 0) collectConfigErrors(errors, () => resolveProducerConfig(raw));
  return errors;
}
