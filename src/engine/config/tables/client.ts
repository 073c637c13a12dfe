// Configs both clients have (Kafka's CommonClientConfigs).
import { configTable } from '../ConfigDef';

export const COMMON_CLIENT_CONFIGS = configTable({
  /**
   * KIP-580: the wait before retrying a failed request, doubling per failure up to
   * retry.backoff.max.ms (the consumer's), ±20 % jitter.
   */
  retryBackoffMs: { name: 'retry.backoff.ms', type: 'long', default: 100, min: 0 },
});
