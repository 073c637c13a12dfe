// kafkajs as an independent oracle: its record batch encoder and decoder are a separate
// implementation of format v2, its default partitioner a separate port of Java's murmur2
// placement (used by tests only; kafkajs is a dev dependency).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface KjsEncoder {
  buffer: Buffer;
}
export interface KjsRecord {
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, Buffer | Buffer[]>;
}
export interface KjsBatch {
  firstOffset: string;
  firstTimestamp: string;
  maxTimestamp: string;
  partitionLeaderEpoch: number;
  lastOffsetDelta: number;
  producerId: string;
  producerEpoch: number;
  firstSequence: number;
  records: KjsRecord[];
}

const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0') as {
  RecordBatch: (opts: Record<string, unknown>) => Promise<KjsEncoder>;
};
const KjsRecordV0 = require('kafkajs/src/protocol/recordBatch/record/v0') as (
  opts: Record<string, unknown>,
) => KjsEncoder;
const Decoder = require('kafkajs/src/protocol/decoder') as new (buf: Buffer) => {
  canReadInt64(): boolean;
  offset: number;
};
const decodeBatchV0 = require('kafkajs/src/protocol/recordBatch/v0/decoder') as (
  decoder: unknown,
) => Promise<KjsBatch>;
const Compression = (
  require('kafkajs/src/protocol/message/compression') as { Types: Record<string, number> }
).Types;
const Long = require('kafkajs/src/utils/long') as { fromValue(v: number): unknown };

export interface OracleRecord {
  offset: number;
  timestamp: number;
  key: string | null;
  value: string | null;
  headers?: readonly { key: string; value: string | null }[];
}

export interface OracleBatch {
  baseOffset: number;
  lastOffset?: number;
  partitionLeaderEpoch: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  records: readonly OracleRecord[];
  /** kafkajs encodes gzip itself; other codecs need plugins it does not ship. */
  compression?: string;
}

/** The batch as kafkajs's producer would encode it. */
export async function kafkajsEncode(b: OracleBatch): Promise<Buffer> {
  if (b.compression !== undefined && b.compression !== 'none' && b.compression !== 'gzip')
    throw new Error(`kafkajs has no ${b.compression} codec without plugins`);
  const base = b.records[0]!.timestamp;
  const maxTimestamp = Math.max(...b.records.map((r) => r.timestamp));
  const records = b.records.map((r) =>
    KjsRecordV0({
      offsetDelta: r.offset - b.baseOffset,
      timestampDelta: r.timestamp - base,
      key: r.key === null ? null : Buffer.from(r.key, 'utf8'),
      value: r.value === null ? null : Buffer.from(r.value, 'utf8'),
      headers: Object.fromEntries(
        (r.headers ?? []).map((h) => [h.key, Buffer.from(h.value ?? '')]),
      ),
    }),
  );
  const enc = await RecordBatch({
    compression: b.compression === 'gzip' ? Compression.GZIP : Compression.None,
    firstOffset: Long.fromValue(b.baseOffset),
    firstTimestamp: base,
    maxTimestamp,
    partitionLeaderEpoch: b.partitionLeaderEpoch,
    lastOffsetDelta: (b.lastOffset ?? b.records[b.records.length - 1]!.offset) - b.baseOffset,
    producerId: Long.fromValue(b.producerId),
    producerEpoch: b.producerEpoch,
    firstSequence: b.baseSequence,
    records,
  });
  return enc.buffer;
}

/** Decode every batch of a .log file with kafkajs. */
export async function kafkajsDecodeLog(bytes: Uint8Array): Promise<KjsBatch[]> {
  const out: KjsBatch[] = [];
  let pos = 0;
  const buf = Buffer.from(bytes);
  while (pos < buf.length) {
    const size = buf.readInt32BE(pos + 8) + 12;
    out.push(await decodeBatchV0(new Decoder(buf.subarray(pos, pos + size))));
    pos += size;
  }
  return out;
}

const { Partitioners } = require('kafkajs') as {
  Partitioners: { DefaultPartitioner: () => (args: unknown) => number };
};

/** The partition kafkajs's Java-compatible default partitioner gives `key` among `n`. */
export function kafkajsPartition(key: string, n: number): number {
  const partitionMetadata = Array.from({ length: n }, (_, i) => ({ partitionId: i, leader: 1 }));
  return Partitioners.DefaultPartitioner()({
    topic: 't',
    partitionMetadata,
    message: { key, value: null },
  });
}
