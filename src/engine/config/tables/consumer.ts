// The consumer's configs: Kafka's org.apache.kafka.clients.consumer.ConsumerConfig (4.x names and
// defaults). The group id is the consumer group's `id` in the scenario, not a config key.
import { configTable } from '../ConfigDef';
import { COMMON_CLIENT_CONFIGS } from './client';

/** group.protocol's values: classic (JoinGroup/SyncGroup) or consumer (KIP-848). */
export const GROUP_PROTOCOLS = ['classic', 'consumer'] as const;

/** The assignors' protocol names (ConsumerPartitionAssignor.name()), which is how the simulator names them. */
export const ASSIGNMENT_STRATEGIES = [
  'range',
  'roundrobin',
  'sticky',
  'cooperative-sticky',
] as const;

type AssignorName = (typeof ASSIGNMENT_STRATEGIES)[number];

const ASSIGNOR_CLASSES: Record<string, AssignorName> = {
  RangeAssignor: 'range',
  RoundRobinAssignor: 'roundrobin',
  StickyAssignor: 'sticky',
  CooperativeStickyAssignor: 'cooperative-sticky',
};

/** `range`, `RangeAssignor` or `org.apache.kafka.clients.consumer.RangeAssignor` → `range`. */
export function assignorName(item: string): AssignorName | undefined {
  const known = ASSIGNMENT_STRATEGIES.find((s) => s === item);
  if (known) return known;
  const simple = item.startsWith('org.apache.kafka.clients.consumer.')
    ? item.slice('org.apache.kafka.clients.consumer.'.length)
    : item;
  return Object.prototype.hasOwnProperty.call(ASSIGNOR_CLASSES, simple)
    ? ASSIGNOR_CLASSES[simple]
    : undefined;
}

export const CONSUMER_CONFIGS = configTable({
  sessionTimeoutMs: { name: 'session.timeout.ms', type: 'int', default: 45000 },
  heartbeatIntervalMs: { name: 'heartbeat.interval.ms', type: 'int', default: 3000 },
  maxPollIntervalMs: { name: 'max.poll.interval.ms', type: 'int', default: 300000, min: 1 },
  maxPollRecords: { name: 'max.poll.records', type: 'int', default: 500, min: 1 },
  enableAutoCommit: { name: 'enable.auto.commit', type: 'boolean', default: true },
  autoCommitIntervalMs: { name: 'auto.commit.interval.ms', type: 'int', default: 5000, min: 0 },
  autoOffsetReset: {
    name: 'auto.offset.reset',
    type: 'enum',
    default: 'latest',
    values: ['latest', 'earliest', 'none'],
  },
  /** The first entry is the one used (the client's preference order). */
  partitionAssignmentStrategy: {
    name: 'partition.assignment.strategy',
    type: 'list',
    default: ['range', 'cooperative-sticky'],
    values: ASSIGNMENT_STRATEGIES,
    nonEmpty: true,
    normalizeItem: assignorName,
    unknownItem: { code: 'config.unknownAssignor', known: ASSIGNMENT_STRATEGIES },
  },
  fetchMinBytes: { name: 'fetch.min.bytes', type: 'int', default: 1, min: 0 },
  fetchMaxWaitMs: { name: 'fetch.max.wait.ms', type: 'int', default: 500, min: 0 },
  fetchMaxBytes: { name: 'fetch.max.bytes', type: 'int', default: 52428800, min: 0 },
  maxPartitionFetchBytes: {
    name: 'max.partition.fetch.bytes',
    type: 'int',
    default: 1048576,
    min: 0,
  },
  groupProtocol: {
    name: 'group.protocol',
    type: 'enum',
    default: 'classic',
    values: GROUP_PROTOCOLS,
    caseInsensitive: true,
  },
  /** The server assignor to ask for (consumer protocol); null for the broker's default. */
  groupRemoteAssignor: { name: 'group.remote.assignor', type: 'string', default: null },
  retryBackoffMs: COMMON_CLIENT_CONFIGS.retryBackoffMs,
  /**
   * CommonClientConfigs' security.protocol: which broker listener the members connect to (the
   * simulated brokers listen on PLAINTEXT and SSL). On SSL the brokers' fetch responses are
   * encrypted in user space, so no zero-copy (network/TransportLayer). SASL is not simulated.
   */
  securityProtocol: {
    name: 'security.protocol',
    type: 'enum',
    default: 'PLAINTEXT',
    values: ['PLAINTEXT', 'SSL'],
    caseInsensitive: true,
  },
  retryBackoffMaxMs: { name: 'retry.backoff.max.ms', type: 'long', default: 1000, min: 0 },
  /**
   * A broker whose connection was reset is not connected to again before reconnect.backoff.ms,
   * doubling per failed attempt up to reconnect.backoff.max.ms, ±20 % jitter.
   */
  reconnectBackoffMs: { name: 'reconnect.backoff.ms', type: 'long', default: 50, min: 0 },
  reconnectBackoffMaxMs: {
    name: 'reconnect.backoff.max.ms',
    type: 'long',
    default: 1000,
    min: 0,
  },
});
