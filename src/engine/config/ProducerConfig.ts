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
  },
  {
    name: PARTITIONER_CONFIG,
    type: 'enum',
    default: 'default',
    values: ['default', 'round-robin'],
  },
  {
    name: PARTITIONER_CLASS_CONFIG,
    type: 'string',
    default: null,
    normalizeItem: (s) =>
      s === ROUND_ROBIN_PARTITIONER || s === 'RoundRobinPartitioner'
        ? ROUND_ROBIN_PARTITIONER
        : undefined,
    unknownItem: { code: 'config.unknownPartitionerClass', known: [ROUND_ROBIN_PARTITIONER] },
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
      throw ConfigException.of('config.idempotence.retries', {}, RETRIES_CONFIG);
    disable = true; // Kafka: "Idempotence will be disabled because retries is set to 0."
  }
  if (acks !== -1) {
    if (userConfiguredIdempotence)
      throw ConfigException.of('config.idempotence.acks', {}, ACKS_CONFIG);
    disable = true; // Kafka: "Idempotence will be disabled because acks is set to 1, not set to 'all'."
  }
  // Kafka 4.0 turned the 3.x warning into an error: with idempotence on (explicitly or by default),
  // more than 5 in flight is refused even when acks/retries would have switched idempotence off.
  if (maxInFlight > MAX_IN_FLIGHT_FOR_IDEMPOTENCE)
    throw ConfigException.of(
      'config.idempotence.maxInFlight',
      { value: maxInFlight, max: MAX_IN_FLIGHT_FOR_IDEMPOTENCE },
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
      throw ConfigException.of('config.deliveryTimeoutTooSmall', {}, DELIVERY_TIMEOUT_MS_CONFIG);
    deliveryTimeoutMs = lingerAndRequestTimeoutMs; // Kafka overrides the default for backward compatibility
  }

  // partitioner (simulator) vs partitioner.class (Kafka)
  let partitioner = c.getString(PARTITIONER_CONFIG) as PartitionerChoice;
  const partitionerClass = c.getOptionalString(PARTITIONER_CLASS_CONFIG);
  if (partitionerClass) {
    if (c.isSet(PARTITIONER_CONFIG) && partitioner !== 'round-robin')
      throw ConfigException.of(
        'config.partitionerConflict',
        { partitioner, partitionerClass },
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
