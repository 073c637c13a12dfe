// Plain-data queries about a running Simulation, for readers that must not hold the live,
// mutable object (the UI reads the store's snapshot plus these). Every answer is plain data
// computed at the call: a copy, never a reference into the simulation's own state.
import type { Simulation } from './Simulation';
import { logDir, replicaLog, segmentFileBytes } from './logDirQueries';
import type { LogDirView, SegmentFileKind } from '../log/LogDir';
import type { OffsetLookupExplanation, TimestampLookupExplanation } from '../log/OffsetLookup';
import type { UnifiedLog } from '../log/UnifiedLog';
import type { Action } from '../scenario/Scenario';
import type { BrokerConfig, TopicConfig } from '../config/types';
import { resolveBrokerConfig } from '../config/BrokerConfig';

export { ASSIGNMENT_STRATEGIES, GROUP_PROTOCOLS } from '../config/ConsumerConfig';
export {
  SERVER_ASSIGNORS,
  DEFAULT_SERVER_ASSIGNOR,
} from '../coordinator/group/assignor/serverAssignors';

/** A replica's log directory (files, sizes, segments, index entries); null for no such replica. */
export function queryLogDir(
  sim: Simulation,
  broker: number,
  topic: string,
  partition: number,
): LogDirView | null {
  return logDir(sim, broker, topic, partition);
}

/**
 * A cheap key for a replica's log contents (segments, sizes, index entries, offsets): equal keys
 * mean an equal LogDirView, so a reader can keep its previous one. '' for no such replica.
 */
export function logDirKey(
  sim: Simulation,
  broker: number,
  topic: string,
  partition: number,
): string {
  const log = replicaLog(sim, broker, topic, partition);
  return log ? fingerprint(log) : '';
}

function fingerprint(log: UnifiedLog): string {
  let key = `${log.logStartOffset}/${log.highWatermark}/${log.logEndOffset}|`;
  for (const s of log.segments)
    key += `${s.baseOffset}:${s.nextOffset}:${s.size}:${s.offsetIndex.entries.length}:${s.offsetIndex.length}:${s.timeIndex.entries.length}:${s.timeIndex.length},`;
  key += '|';
  for (const d of log.deletedSegments) key += `${d.segment.baseOffset}:${d.segment.size},`;
  return key;
}

/** A segment file's exact bytes (a fresh array); null for an unknown segment or gone payloads. */
export function querySegmentFile(
  sim: Simulation,
  broker: number,
  topic: string,
  partition: number,
  baseOffset: number,
  kind: SegmentFileKind,
): Uint8Array | null {
  return segmentFileBytes(sim, broker, topic, partition, baseOffset, kind);
}

/** How the replica's log finds `offset`, step by step; null for no such replica. */
export function offsetLookup(
  sim: Simulation,
  broker: number,
  topic: string,
  partition: number,
  offset: number,
): OffsetLookupExplanation | null {
  return replicaLog(sim, broker, topic, partition)?.explainOffsetLookup(offset) ?? null;
}

/** How the replica's log finds the first record at or after `timestamp`; null for no such replica. */
export function timestampLookup(
  sim: Simulation,
  broker: number,
  topic: string,
  partition: number,
  timestamp: number,
): TimestampLookupExplanation | null {
  return replicaLog(sim, broker, topic, partition)?.explainTimestampLookup(timestamp) ?? null;
}

/** The topic's resolved config (Kafka's defaults, cluster and topic overrides, setConfig), a copy. */
export function topicConfig(sim: Simulation, topic: string): TopicConfig | null {
  const config = sim.topicConfigs.get(topic);
  return config ? { ...config } : null;
}

/** The brokers' resolved config, a copy; Kafka's defaults when there is no simulation. */
export function brokerConfig(sim: Simulation | null): BrokerConfig {
  return { ...(sim ? sim.brokerConfig : resolveBrokerConfig()) };
}

export interface ProducerSettings {
  /** acks as Kafka prints it: 'all', '1' or '0'. */
  acks: string;
  idempotent: boolean;
}

/** A scenario producer's delivery settings; null for an unknown producer. */
export function producerSettings(sim: Simulation, id: string): ProducerSettings | null {
  const config = sim.producers.get(id)?.producer.config;
  if (!config) return null;
  return {
    acks: config.acks === -1 ? 'all' : String(config.acks),
    idempotent: config.enableIdempotence,
  };
}

/** The actions applied so far (the scenario's and the user's), a deep copy. */
export function actionLog(sim: Simulation): Action[] {
  return structuredClone(sim.actionLog);
}
