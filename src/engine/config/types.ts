// Resolved, typed configs: derived from the config tables (tables/*.ts), one readonly field per row,
// Kafka's defaults filled in. The raw maps (Kafka property names) live in the scenario; config/*.ts
// resolve them.
import type { ResolvedConfig } from './ConfigDef';
import type { BROKER_CONFIGS } from './tables/broker';
import type { CONSUMER_CONFIGS } from './tables/consumer';
import type { PRODUCER_CONFIGS } from './tables/producer';
import type { TOPIC_CONFIGS } from './tables/topic';

export type ProducerConfig = ResolvedConfig<typeof PRODUCER_CONFIGS>;
export type ConsumerConfig = ResolvedConfig<typeof CONSUMER_CONFIGS>;
export type TopicConfig = ResolvedConfig<typeof TOPIC_CONFIGS>;
export type BrokerConfig = ResolvedConfig<typeof BROKER_CONFIGS>;

/** The producer's codecs (compression.type). */
export type CompressionType = ProducerConfig['compressionType'];
export type CleanupPolicy = TopicConfig['cleanupPolicy'];
/** acks as sent: -1 = all. */
export type Acks = ProducerConfig['acks'];
/** Simulator choice: KIP-794 uniform sticky ('default') or pre-2.4 round-robin. */
export type PartitionerChoice = ProducerConfig['partitioner'];
export type AssignmentStrategy = ConsumerConfig['partitionAssignmentStrategy'][number];
export type OffsetReset = ConsumerConfig['autoOffsetReset'];
/** group.protocol: 'classic' (JoinGroup/SyncGroup) or 'consumer' (KIP-848). */
export type GroupProtocol = ConsumerConfig['groupProtocol'];
