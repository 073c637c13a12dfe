// The producer's configs: Kafka's org.apache.kafka.clients.producer.ProducerConfig (4.x names and
// defaults), plus one simulator key, `partitioner` ('default' = KIP-794 uniform sticky,
// 'round-robin' = pre-2.4).
import { configTable } from '../ConfigDef';
import { COMMON_CLIENT_CONFIGS } from './client';
import { TOPIC_CONFIGS } from './topic';

/** The partitioner.class the simulator knows (DefaultPartitioner/UniformStickyPartitioner left in 4.0). */
export const ROUND_ROBIN_PARTITIONER = 'org.apache.kafka.clients.producer.RoundRobinPartitioner';

/** acks as the producer sends it: all = -1. */
function acksOf(acks: 'all' | '-1' | '0' | '1'): -1 | 0 | 1 {
  return acks === 'all' || acks === '-1' ? -1 : acks === '0' ? 0 : 1;
}

export const PRODUCER_CONFIGS = configTable({
  acks: { name: 'acks', type: 'enum', default: 'all', values: ['all', '-1', '0', '1'], to: acksOf },
  lingerMs: { name: 'linger.ms', type: 'long', default: 5, min: 0 },
  batchSize: { name: 'batch.size', type: 'int', default: 16384, min: 0 },
  // The producer's codec has the topic config's name.
  compressionType: {
    name: TOPIC_CONFIGS.compressionType.name,
    type: 'enum',
    default: 'none',
    values: ['none', 'gzip', 'snappy', 'lz4', 'zstd'],
  },
  enableIdempotence: { name: 'enable.idempotence', type: 'boolean', default: true },
  maxInFlightRequestsPerConnection: {
    name: 'max.in.flight.requests.per.connection',
    type: 'int',
    default: 5,
    min: 1,
  },
  retries: { name: 'retries', type: 'int', default: 2147483647, min: 0, max: 2147483647 },
  deliveryTimeoutMs: { name: 'delivery.timeout.ms', type: 'int', default: 120000, min: 0 },
  requestTimeoutMs: { name: 'request.timeout.ms', type: 'int', default: 30000, min: 0 },
  retryBackoffMs: COMMON_CLIENT_CONFIGS.retryBackoffMs,
  /** A larger record is refused (RecordTooLargeException); checked before the run. */
  maxRequestSize: { name: 'max.request.size', type: 'int', default: 1048576, min: 0 },
  /** Simulator key: KIP-794 uniform sticky ('default') or pre-2.4 round-robin. */
  partitioner: {
    name: 'partitioner',
    type: 'enum',
    default: 'default',
    values: ['default', 'round-robin'],
  },
  /** Kafka's key; only RoundRobinPartitioner is known. */
  partitionerClass: {
    name: 'partitioner.class',
    type: 'string',
    default: null,
    normalizeItem: (s: string) =>
      s === ROUND_ROBIN_PARTITIONER || s === 'RoundRobinPartitioner'
        ? ROUND_ROBIN_PARTITIONER
        : undefined,
    unknownItem: { code: 'config.unknownPartitionerClass', known: [ROUND_ROBIN_PARTITIONER] },
  },
  partitionerIgnoreKeys: { name: 'partitioner.ignore.keys', type: 'boolean', default: false },
});
