// Payloads of the Kafka requests the simulated actors exchange (a small subset of each
// request's real fields: the ones that change behaviour here).
import type { LogBatch } from '../log/RecordBatch';
import type { CompressionType } from '../config/types';

export type ErrorCode =
  | 'NONE'
  | 'NOT_LEADER_OR_FOLLOWER'
  | 'UNKNOWN_TOPIC_OR_PARTITION'
  | 'NOT_ENOUGH_REPLICAS'
  | 'NOT_ENOUGH_REPLICAS_AFTER_APPEND'
  | 'REQUEST_TIMED_OUT'
  | 'MESSAGE_TOO_LARGE'
  | 'OUT_OF_ORDER_SEQUENCE_NUMBER'
  | 'OFFSET_OUT_OF_RANGE'
  | 'LEADER_NOT_AVAILABLE'
  | 'FENCED_LEADER_EPOCH'
  | 'NETWORK_EXCEPTION'
  | 'INVALID_RECORD';

export interface ProducerRecordData {
  id: number;
  key: string | null;
  value: string | null;
  timestamp: number;
}

export interface ProduceRequest {
  acks: 0 | 1 | -1;
  timeoutMs: number;
  producerId: number;
  producerEpoch: number;
  partitions: {
    topic: string;
    partition: number;
    baseSequence: number;
    /** The codec the producer compressed this batch with (its compression.type); default none. */
    compression?: CompressionType;
    records: ProducerRecordData[];
  }[];
}

export interface ProduceResponse {
  partitions: { topic: string; partition: number; error: ErrorCode; baseOffset: number }[];
}

export interface FetchRequest {
  /** -1 for a consumer, the broker id for a follower. */
  replicaId: number;
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  partitions: {
    topic: string;
    partition: number;
    fetchOffset: number;
    partitionMaxBytes: number;
    /** Followers: the epoch of the last batch they hold, so the leader can spot a divergence. */
    lastFetchedEpoch?: number;
  }[];
}

export interface FetchResponse {
  partitions: {
    topic: string;
    partition: number;
    error: ErrorCode;
    highWatermark: number;
    logStartOffset: number;
    batches: LogBatch[];
    /** The follower's log diverged: truncate to this epoch's end offset, then fetch again. */
    divergingEpoch?: { epoch: number; endOffset: number };
  }[];
}

export interface MetadataRequest {
  /** null = all topics. */
  topics: string[] | null;
}

export interface MetadataResponse {
  brokers: number[];
  topics: {
    name: string;
    error: ErrorCode;
    partitions: {
      partition: number;
      leader: number | null;
      leaderEpoch: number;
      replicas: number[];
      isr: number[];
    }[];
  }[];
}

export interface ListOffsetsRequest {
  partitions: { topic: string; partition: number; timestamp: number }[];
}

/** ListOffsets special timestamps, as Kafka's ListOffsetsRequest. */
export const EARLIEST_TIMESTAMP = -2;
export const LATEST_TIMESTAMP = -1;

export interface ListOffsetsResponse {
  partitions: {
    topic: string;
    partition: number;
    error: ErrorCode;
    offset: number;
    /** For a lookup by timestamp: the found record's timestamp (-1 otherwise, or when none). */
    timestamp?: number;
  }[];
}
