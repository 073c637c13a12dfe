// A record's size against Kafka's limits: the producer's max.request.size (RecordTooLargeException,
// checked on the serialized size upper bound as KafkaProducer does), the topic's max.message.bytes for
// an uncompressed batch (the broker's MESSAGE_TOO_LARGE), and the simulator's 1 MiB per record.
import { resolveBrokerTopicDefaults } from '../../config/BrokerConfig';
import { resolveProducerConfig } from '../../config/ProducerConfig';
import { resolveTopicConfig } from '../../config/TopicConfig';
import { utf8Length } from '../../record/ByteUtils';
import type { ConfigMap, WorkloadSpec } from '../Scenario';
import type { ValidationContext, WorkloadInfo } from './context';
import { refusal } from './report';
import type { Refusal } from './report';
import { SCENARIO_LIMITS } from './limits';

/** DefaultRecordBatch.RECORD_BATCH_OVERHEAD and DefaultRecord.MAX_RECORD_OVERHEAD. */
const RECORD_BATCH_OVERHEAD = 61;
const MAX_RECORD_OVERHEAD = 21;

/** Bytes of the zig-zag varint of a non-negative length (any size, no 32-bit wrap). */
function varintSize(n: number): number {
  let u = 2 * n;
  let bytes = 1;
  while (u >= 128) {
    u = Math.floor(u / 128);
    bytes++;
  }
  return bytes;
}

function nullableSize(bytes: number | null): number {
  return bytes === null ? 1 : varintSize(bytes) + bytes;
}

/**
 * KafkaProducer's size of a record before it is accepted (AbstractRecords.estimateSizeInBytesUpperBound for
 * magic v2, no headers): checked against max.request.size.
 */
export function estimateRecordSizeUpperBound(
  keyBytes: number | null,
  valueBytes: number | null,
): number {
  return (
    RECORD_BATCH_OVERHEAD +
    MAX_RECORD_OVERHEAD +
    nullableSize(keyBytes) +
    nullableSize(valueBytes) +
    1
  );
}

/** The exact size of an uncompressed batch holding this record alone (what the broker holds to max.message.bytes). */
function singleRecordBatchSize(keyBytes: number | null, valueBytes: number | null): number {
  // attributes, timestampDelta 0, offsetDelta 0, key, value, no headers
  const body = 3 + nullableSize(keyBytes) + nullableSize(valueBytes) + 1;
  return RECORD_BATCH_OVERHEAD + varintSize(body) + body;
}

export interface RecordLimits {
  /** The producer's max.request.size. */
  maxRequestSize: number;
  /** The topic's max.message.bytes, when the producer sends uncompressed batches and the topic is known. */
  maxMessageBytes: number | null;
}

/** The limits a record meets, from raw configs; undefined when a config is broken (reported elsewhere). */
export function recordLimits(
  producer: ConfigMap,
  topic: ConfigMap | undefined,
  cluster: ConfigMap,
): RecordLimits | undefined {
  try {
    const p = resolveProducerConfig(producer);
    const maxMessageBytes =
      topic !== undefined && p.compressionType === 'none'
        ? resolveTopicConfig(topic, resolveBrokerTopicDefaults(cluster)).maxMessageBytes
        : null;
    return { maxRequestSize: p.maxRequestSize, maxMessageBytes };
  } catch {
    return undefined;
  }
}

/**
 * Why Kafka (or the simulator) would refuse a record of this size; undefined if it fits. `workload`
 * names the workload whose records these are, when the error is reported elsewhere (at a setConfig).
 */
export function recordTooLarge(
  keyBytes: number | null,
  valueBytes: number | null,
  limits: RecordLimits,
  workload: string | null = null,
): Refusal | undefined {
  const size = estimateRecordSizeUpperBound(keyBytes, valueBytes);
  const { maxRequestSize, maxMessageBytes } = limits;
  if (size > maxRequestSize)
    return refusal('record.tooLargeForProducer', { size, maxRequestSize, workload });
  const max = SCENARIO_LIMITS.maxRecordBytes;
  if (size > max) return refusal('record.tooLargeForSimulator', { size, max, workload });
  const batchSize = singleRecordBatchSize(keyBytes, valueBytes);
  if (maxMessageBytes !== null && batchSize > maxMessageBytes)
    return refusal('record.tooLargeForTopic', { batchSize, maxMessageBytes, workload });
  return undefined;
}

/** A workload's largest record: the longest key (null if all keyless) and valueBytes. */
export function workloadInfo(producer: string, w: WorkloadSpec, path: string): WorkloadInfo {
  let keyBytes: number | null = null;
  for (const k of w.keys ?? []) if (k !== null) keyBytes = Math.max(keyBytes ?? 0, utf8Length(k));
  return {
    producer,
    topic: w.topic,
    keyBytes,
    valueBytes: w.valueBytes ?? 100,
    ratePerSec: w.ratePerSec,
    path,
  };
}

/** Where to blame a workload's too-large record: its valueBytes, or its keys when a key is the larger part. */
export function workloadBlame(w: WorkloadInfo): string {
  return w.keyBytes !== null && w.keyBytes > w.valueBytes
    ? `${w.path}.keys`
    : `${w.path}.valueBytes`;
}

/**
 * The first workload whose records a config change (or a new topic) would make too large: why, with
 * the workload named; undefined when they all still fit.
 */
export function workloadTooLarge(
  ctx: ValidationContext,
  change: {
    producer?: { id: string; config: ConfigMap };
    topic?: { name: string; config: ConfigMap };
    cluster?: ConfigMap;
  },
): Refusal | undefined {
  const cluster = change.cluster ?? ctx.configs?.cluster ?? {};
  for (const w of ctx.workloads ?? []) {
    const affected =
      change.cluster !== undefined ||
      change.producer?.id === w.producer ||
      change.topic?.name === w.topic;
    if (!affected) continue;
    const producer =
      change.producer?.id === w.producer
        ? change.producer.config
        : (ctx.configs?.producers?.get(w.producer) ?? {});
    const topic =
      change.topic?.name === w.topic ? change.topic.config : ctx.configs?.topics?.get(w.topic);
    if (topic === undefined && !ctx.topics.has(w.topic)) continue; // not created yet
    const limits = recordLimits(producer, topic ?? {}, cluster);
    const why = limits && recordTooLarge(w.keyBytes, w.valueBytes, limits, w.path);
    if (why) return why;
  }
  return undefined;
}
