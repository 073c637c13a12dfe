// The producer's configs resolved: the table is tables/producer.ts (Kafka's ProducerConfig 4.x names
// and defaults, plus the simulator's `partitioner`).

import type { ConfigMap } from '../scenario/Scenario';
import { ConfigDef, ConfigException, collectConfigErrors } from './ConfigDef';
import { PRODUCER_CONFIGS } from './tables/producer';
import type { Acks, ProducerConfig } from './types';

export { PRODUCER_CONFIGS } from './tables/producer';

/** Kafka's MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION_FOR_IDEMPOTENCE. */
export const MAX_IN_FLIGHT_FOR_IDEMPOTENCE = 5;

export const PRODUCER_CONFIG_DEF = new ConfigDef('producer', PRODUCER_CONFIGS);

const P = PRODUCER_CONFIGS;

/** Kafka 4.x ProducerConfig.postProcessAndValidateIdempotenceConfigs: returns whether idempotence stays on. */
function idempotenceEnabled(
  userConfiguredIdempotence: boolean,
  acks: Acks,
  retries: number,
  maxInFlight: number,
  enabled: boolean,
): boolean {
  if (!enabled) return false;
  let disable = false;
  if (retries === 0) {
    if (userConfiguredIdempotence)
      throw ConfigException.of('config.idempotence.retries', {}, P.retries.name);
    disable = true; // Kafka: "Idempotence will be disabled because retries is set to 0."
  }
  if (acks !== -1) {
    if (userConfiguredIdempotence)
      throw ConfigException.of('config.idempotence.acks', {}, P.acks.name);
    disable = true; // Kafka: "Idempotence will be disabled because acks is set to 1, not set to 'all'."
  }
  // Kafka 4.0 turned the 3.x warning into an error: with idempotence on (explicitly or by default),
  // more than 5 in flight is refused even when acks/retries would have switched idempotence off.
  if (maxInFlight > MAX_IN_FLIGHT_FOR_IDEMPOTENCE)
    throw ConfigException.of(
      'config.idempotence.maxInFlight',
      { value: maxInFlight, max: MAX_IN_FLIGHT_FOR_IDEMPOTENCE },
      P.maxInFlightRequestsPerConnection.name,
    );
  return !disable;
}

/**
 * Resolve a producer's raw config map (Kafka names) into a new, frozen ProducerConfig with Kafka 4.x
 * defaults. Applies Kafka's idempotence rules (quietly off when left unset beside acks≠all or
 * retries=0; a ConfigException when set to true beside them) and KafkaProducer.configureDeliveryTimeout.
 * @throws ConfigException (the first problem, as Kafka would throw it)
 */
export function resolveProducerConfig(raw: ConfigMap = {}): ProducerConfig {
  const c = PRODUCER_CONFIG_DEF.parse(raw);
  const resolved = c.resolved();
  const enableIdempotence = idempotenceEnabled(
    c.isSet('enableIdempotence'),
    resolved.acks,
    resolved.retries,
    resolved.maxInFlightRequestsPerConnection,
    resolved.enableIdempotence,
  );

  // KafkaProducer.configureDeliveryTimeout
  const lingerMs = Math.min(resolved.lingerMs, 2147483647);
  let deliveryTimeoutMs = resolved.deliveryTimeoutMs;
  const lingerAndRequestTimeoutMs = Math.min(lingerMs + resolved.requestTimeoutMs, 2147483647);
  if (deliveryTimeoutMs < lingerAndRequestTimeoutMs) {
    if (c.isSet('deliveryTimeoutMs'))
      throw ConfigException.of('config.deliveryTimeoutTooSmall', {}, P.deliveryTimeoutMs.name);
    deliveryTimeoutMs = lingerAndRequestTimeoutMs; // Kafka overrides the default for backward compatibility
  }

  // partitioner (simulator) vs partitioner.class (Kafka)
  let partitioner = resolved.partitioner;
  const partitionerClass = resolved.partitionerClass;
  if (partitionerClass) {
    if (c.isSet('partitioner') && partitioner !== 'round-robin')
      throw ConfigException.of(
        'config.partitionerConflict',
        { partitioner, partitionerClass },
        P.partitionerClass.name,
      );
    partitioner = 'round-robin';
  }

  return Object.freeze({ ...resolved, enableIdempotence, deliveryTimeoutMs, partitioner });
}

/** Every problem in a producer's raw config: per-key errors, or (when those are clean) the cross-key error. */
export function validateProducerConfig(raw: ConfigMap = {}): ConfigException[] {
  const errors = PRODUCER_CONFIG_DEF.validate(raw);
  if (errors.length === 0) collectConfigErrors(errors, () => resolveProducerConfig(raw));
  return errors;
}
