import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { Random } from '../sim/Random';
import { utf8Bytes } from './ByteUtils';
import { initZstd, type CompressionCodec } from './CompressionType';
import { recordSizeInBytes, type RecordHeader, type RecordInput } from './DefaultRecord';
import {
  ATTRIBUTES_OFFSET,
  CRC_OFFSET,
  MAGIC_OFFSET,
  PARTITION_LEADER_EPOCH_OFFSET,
  RECORD_BATCH_OVERHEAD,
  RECORDS_COUNT_OFFSET,
  batchSizeAt,
  computeAttributes,
  decodeBatch,
  encodeBatch,
  estimateBatchSize,
  isValidBatch,
  recordsFromStrings,
  sizeInBytes,
  type RecordBatchInput,
} from './DefaultRecordBatch';

// ---- kafkajs (CommonJS, untyped) -----------------------------------------------------------

interface KafkajsEncoder {
  buffer: Buffer;
}
interface KafkajsRecord {
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, Buffer | Buffer[]>;
  isControlRecord: boolean;
}
interface KafkajsBatch {
  firstOffset: string;
  firstTimestamp: string;
  maxTimestamp: string;
  partitionLeaderEpoch: number;
  inTransaction: boolean;
  isControlBatch: boolean;
  lastOffsetDelta: number;
  producerId: string;
  producerEpoch: number;
  firstSequence: number;
  records: KafkajsRecord[];
}

const require = createRequire(import.meta.url);
const { RecordBatch: KjsRecordBatch } = require('kafkajs/src/protocol/recordBatch/v0') as {
  RecordBatch: (opts: Record<string, unknown>) => Promise<KafkajsEncoder>;
};
const KjsRecord = require('kafkajs/src/protocol/recordBatch/record/v0') as (
  opts: Record<string, unknown>,
) => KafkajsEncoder;
const KjsDecoder = require('kafkajs/src/protocol/decoder') as new (buf: Buffer) => unknown;
const kjsDecodeBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder') as (
  decoder: unknown,
) => Promise<KafkajsBatch>;
const KjsCompression = (
  require('kafkajs/src/protocol/message/compression') as { Types: Record<string, number> }
).Types;
const KjsLong = require('kafkajs/src/utils/long') as { fromValue(v: number): unknown };

const buf = (b: Uint8Array | null) => (b === null ? null : Buffer.from(b));

/** kafkajs takes headers as an object; repeated keys become arrays. */
function kjsHeaders(headers: readonly RecordHeader[]): Record<string, Buffer | Buffer[]> {
  const out: Record<string, Buffer | Buffer[]> = {};
  for (const h of headers) {
    if (h.value === null) throw new Error('kafkajs cannot encode null header values');
    const v = Buffer.from(h.value);
    const prev = out[h.key];
    out[h.key] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

async function kafkajsEncode(batch: RecordBatchInput): Promise<Buffer> {
  const records = batch.records.map((r) =>
    KjsRecord({
      offsetDelta: r.offsetDelta,
      timestampDelta: r.timestampDelta,
      key: buf(r.key),
      value: buf(r.value),
      headers: kjsHeaders(r.headers),
    }),
  );
  const codec = { none: 'None', gzip: 'GZIP', snappy: 'Snappy', lz4: 'LZ4', zstd: 'ZSTD' }[
    batch.compression
  ];
  const enc = await KjsRecordBatch({
    compression: KjsCompression[codec],
    firstOffset: KjsLong.fromValue(batch.baseOffset),
    firstTimestamp: batch.baseTimestamp,
    maxTimestamp: batch.maxTimestamp,
    partitionLeaderEpoch: batch.partitionLeaderEpoch,
    lastOffsetDelta: batch.records.length
      ? batch.records[batch.records.length - 1]!.offsetDelta
      : 0,
    transactional: batch.isTransactional ?? false,
    producerId: KjsLong.fromValue(batch.producerId ?? -1),
    producerEpoch: batch.producerEpoch ?? -1,
    firstSequence: batch.baseSequence ?? -1,
    records,
  });
  return enc.buffer;
}

async function kafkajsDecode(bytes: Uint8Array): Promise<KafkajsBatch> {
  return kjsDecodeBatch(new KjsDecoder(Buffer.from(bytes)));
}

function expectKafkajsSees(decoded: KafkajsBatch, batch: RecordBatchInput): void {
  expect(decoded.firstOffset).toBe(String(batch.baseOffset));
  expect(decoded.firstTimestamp).toBe(String(batch.baseTimestamp));
  expect(decoded.maxTimestamp).toBe(String(batch.maxTimestamp));
  expect(decoded.partitionLeaderEpoch).toBe(batch.partitionLeaderEpoch);
  expect(decoded.producerId).toBe(String(batch.producerId ?? -1));
  expect(decoded.producerEpoch).toBe(batch.producerEpoch ?? -1);
  expect(decoded.firstSequence).toBe(batch.baseSequence ?? -1);
  expect(decoded.inTransaction).toBe(batch.isTransactional ?? false);
  expect(decoded.records).toHaveLength(batch.records.length);
  decoded.records.forEach((r, i) => {
    const want = batch.records[i]!;
    expect(r.offset).toBe(String(batch.baseOffset + want.offsetDelta));
    expect(r.timestamp).toBe(String(batch.baseTimestamp + want.timestampDelta));
    expect(r.key === null ? null : r.key.toString('hex')).toBe(
      buf(want.key)?.toString('hex') ?? null,
    );
    expect(r.value === null ? null : Buffer.compare(r.value, buf(want.value)!)).toBe(
      want.value === null ? null : 0,
    );
    expect(r.headers).toEqual(kjsHeaders(want.headers));
  });
}

function expectWeSee(bytes: Uint8Array, batch: RecordBatchInput): void {
  const d = decodeBatch(bytes);
  expect(d.crcValid).toBe(true);
  expect(d.magic).toBe(2);
  expect(d.sizeInBytes).toBe(bytes.length);
  expect(d.batchLength).toBe(bytes.length - 12);
  expect(d.baseOffset).toBe(batch.baseOffset);
  expect(d.partitionLeaderEpoch).toBe(batch.partitionLeaderEpoch);
  expect(d.baseTimestamp).toBe(batch.baseTimestamp);
  expect(d.maxTimestamp).toBe(batch.maxTimestamp);
  expect(d.producerId).toBe(batch.producerId ?? -1);
  expect(d.producerEpoch).toBe(batch.producerEpoch ?? -1);
  expect(d.baseSequence).toBe(batch.baseSequence ?? -1);
  expect(d.isTransactional).toBe(batch.isTransactional ?? false);
  expect(d.isControl).toBe(batch.isControl ?? false);
  expect(d.compression).toBe(batch.records.length ? batch.compression : 'none');
  expect(d.recordCount).toBe(batch.records.length);
  const same = (a: Uint8Array | null, b: Uint8Array | null) =>
    a === null || b === null ? a === b : Buffer.from(a).equals(Buffer.from(b));
  d.records.forEach((r, i) => {
    const want = batch.records[i]!;
    expect(r.offsetDelta).toBe(want.offsetDelta);
    expect(r.timestampDelta).toBe(want.timestampDelta);
    expect(r.attributes).toBe(0);
    expect(same(r.key, want.key)).toBe(true);
    expect(same(r.value, want.value)).toBe(true);
    expect(r.headers.map((h) => h.key)).toEqual(want.headers.map((h) => h.key));
    r.headers.forEach((h, j) => expect(same(h.value, want.headers[j]!.value)).toBe(true));
  });
  d.records.forEach((r, i) => expect(r.sizeInBytes).toBe(recordSizeInBytes(batch.records[i]!)));
}

// ---- fixtures --------------------------------------------------------------------------------

const T0 = 1_700_000_000_000;

/** About n UTF-16 units of words (never splitting a surrogate pair). */
function text(rnd: Random, n: number, words: readonly string[]): string {
  let s = '';
  while (s.length < n) s += words[rnd.nextInt(words.length)] + ' ';
  return Array.from(s).slice(0, n).join('');
}

function makeBatch(
  records: RecordInput[],
  extra: Partial<RecordBatchInput> = {},
): RecordBatchInput {
  const maxDelta = records.reduce((m, r) => Math.max(m, r.timestampDelta), 0);
  return {
    baseOffset: 0,
    partitionLeaderEpoch: 0,
    baseTimestamp: T0,
    maxTimestamp: T0 + maxDelta,
    compression: 'none',
    records,
    ...extra,
  };
}

const rnd = new Random(42);
const KOREAN = [
  '\uCE74\uD504\uCE74',
  '\uBA54\uC2DC\uC9C0',
  '\uD30C\uD2F0\uC158',
  '\uB9AC\uB354',
  '\uBCF5\uC81C\uBCF8',
  '\uC624\uD504\uC14B',
  '\uBE0C\uB85C\uCEE4',
  '\uD1A0\uD53D',
];
const ENGLISH = ['kafka', 'topic', 'partition', 'leader', 'replica', 'offset', 'broker', 'log'];

const CASES: Record<string, RecordBatchInput> = {
  'one record': makeBatch(recordsFromStrings([{ key: 'k', value: 'hello kafka' }])),
  'many records': makeBatch(
    Array.from({ length: 120 }, (_, i) => ({
      offsetDelta: i,
      timestampDelta: i * 7,
      key: utf8Bytes(`key-${i % 13}`),
      value: utf8Bytes(text(rnd, 20 + (i % 50), ENGLISH)),
      headers: [],
    })),
    { baseOffset: 1000, partitionLeaderEpoch: 3 },
  ),
  'null keys and null values': makeBatch(
    recordsFromStrings([null, 'v1', { key: 'k2', value: null }, { key: null, value: null }]),
  ),
  headers: makeBatch(
    recordsFromStrings([
      { key: 'k', value: 'v', headers: { traceparent: '00-abc-01', source: 'app' } },
      { key: 'k', value: 'v', headers: [] },
      {
        key: 'k',
        value: 'v',
        headers: [
          { key: 'dup', value: 'a' },
          { key: 'dup', value: 'b' },
          { key: 'empty', value: '' },
        ],
      },
    ]),
  ),
  'large value (100 KB)': makeBatch([
    {
      offsetDelta: 0,
      timestampDelta: 0,
      key: utf8Bytes('big'),
      value: utf8Bytes(text(rnd, 100 * 1024, ENGLISH)),
      headers: [],
    },
  ]),
  'Korean UTF-8 text': makeBatch(
    Array.from({ length: 10 }, (_, i) => ({
      offsetDelta: i,
      timestampDelta: i,
      key: utf8Bytes(`\uD0A4-${i}`),
      value: utf8Bytes(text(rnd, 40, KOREAN)),
      headers: [{ key: '\uD5E4\uB354', value: utf8Bytes('\uAC12 ' + i) }],
    })),
  ),
  'idempotent, transactional producer': makeBatch(
    recordsFromStrings(['a', 'b', 'c'].map((v) => ({ key: v, value: v.repeat(10) }))),
    {
      baseOffset: 123456789012,
      partitionLeaderEpoch: 17,
      producerId: 4242,
      producerEpoch: 5,
      baseSequence: 99,
      isTransactional: true,
    },
  ),
  'negative timestamp deltas, sparse offsets': makeBatch(
    [
      { offsetDelta: 0, timestampDelta: 0, key: null, value: utf8Bytes('x'), headers: [] },
      { offsetDelta: 5, timestampDelta: -250, key: null, value: utf8Bytes('y'), headers: [] },
      { offsetDelta: 9, timestampDelta: 100000, key: null, value: utf8Bytes('z'), headers: [] },
    ],
    { maxTimestamp: T0 + 100000 },
  ),
};

// ---- tests -----------------------------------------------------------------------------------

describe('encodeBatch vs kafkajs (uncompressed)', () => {
  it.each(Object.entries(CASES))('%s: bytes identical to kafkajs', async (_name, batch) => {
    const ours = encodeBatch(batch);
    const theirs = await kafkajsEncode(batch);
    expect(ours.length).toBe(theirs.length);
    expect(Buffer.from(ours).equals(theirs)).toBe(true);
  });

  it.each(Object.entries(CASES))('%s: kafkajs decodes ours', async (_name, batch) => {
    expectKafkajsSees(await kafkajsDecode(encodeBatch(batch)), batch);
  });

  it.each(Object.entries(CASES))('%s: we decode kafkajs', async (_name, batch) => {
    expectWeSee(new Uint8Array(await kafkajsEncode(batch)), batch);
  });
});

describe('gzip batches and kafkajs', () => {
  it.each(Object.entries(CASES))('%s: kafkajs decodes our gzip batch', async (_name, b) => {
    const batch = { ...b, compression: 'gzip' as const };
    const ours = encodeBatch(batch);
    expect(ours[ATTRIBUTES_OFFSET + 1]! & 0x07).toBe(1);
    expectKafkajsSees(await kafkajsDecode(ours), batch);
  });

  it.each(Object.entries(CASES))('%s: we decode kafkajs gzip batch', async (_name, b) => {
    const batch = { ...b, compression: 'gzip' as const };
    const theirs = new Uint8Array(await kafkajsEncode(batch));
    expectWeSee(theirs, batch);
    // Same header fields; only the deflate stream (Node's zlib vs Java's) may differ.
    const ours = encodeBatch(batch);
    expect(theirs.subarray(RECORDS_COUNT_OFFSET, RECORD_BATCH_OVERHEAD)).toEqual(
      ours.subarray(RECORDS_COUNT_OFFSET, RECORD_BATCH_OVERHEAD),
    );
    expect(theirs.subarray(ATTRIBUTES_OFFSET, RECORDS_COUNT_OFFSET)).toEqual(
      ours.subarray(ATTRIBUTES_OFFSET, RECORDS_COUNT_OFFSET),
    );
  });
});

describe('batch layout', () => {
  it('has the v2 header at the documented offsets', () => {
    const batch = makeBatch(recordsFromStrings(['a', 'b']), {
      baseOffset: 0x0102030405,
      partitionLeaderEpoch: 9,
      producerId: 77,
      producerEpoch: 2,
      baseSequence: 10,
    });
    const b = encodeBatch(batch);
    const h = Buffer.from(b);
    expect(RECORD_BATCH_OVERHEAD).toBe(61);
    expect(h.readBigInt64BE(0)).toBe(0x0102030405n);
    expect(h.readInt32BE(8)).toBe(b.length - 12);
    expect(h.readInt32BE(PARTITION_LEADER_EPOCH_OFFSET)).toBe(9);
    expect(b[MAGIC_OFFSET]).toBe(2);
    expect(h.readInt16BE(21)).toBe(0); // attributes
    expect(h.readInt32BE(23)).toBe(1); // lastOffsetDelta
    expect(h.readBigInt64BE(27)).toBe(BigInt(T0));
    expect(h.readBigInt64BE(35)).toBe(BigInt(T0));
    expect(h.readBigInt64BE(43)).toBe(77n);
    expect(h.readInt16BE(51)).toBe(2);
    expect(h.readInt32BE(53)).toBe(10);
    expect(h.readInt32BE(57)).toBe(2);
    // First record: length 7, attributes 0, tsDelta 0, offsetDelta 0, key -1, value "a", 0 headers
    expect(h.subarray(61, 61 + 8).toString('hex')).toBe('0e00000001026100');
  });

  it('defaults producer fields to -1 (no producer id / epoch / sequence)', () => {
    const h = Buffer.from(encodeBatch(makeBatch(recordsFromStrings(['a']))));
    expect(h.readBigInt64BE(43)).toBe(-1n);
    expect(h.readInt16BE(51)).toBe(-1);
    expect(h.readInt32BE(53)).toBe(-1);
  });

  it('sets attribute bits like computeAttributes', () => {
    expect(computeAttributes('none')).toBe(0);
    expect(computeAttributes('zstd')).toBe(4);
    expect(computeAttributes('gzip', 'LogAppendTime', true, true)).toBe(0x39);
    const b = encodeBatch(
      makeBatch(recordsFromStrings(['x']), {
        compression: 'lz4',
        timestampType: 'LogAppendTime',
        isTransactional: true,
        isControl: true,
      }),
    );
    expect(Buffer.from(b).readInt16BE(ATTRIBUTES_OFFSET)).toBe(0x3b);
    const d = decodeBatch(b);
    expect(d).toMatchObject({
      compression: 'lz4',
      timestampType: 'LogAppendTime',
      isTransactional: true,
      isControl: true,
      crcValid: true,
    });
  });

  it('keeps an explicit lastOffsetDelta (compacted batch)', () => {
    const b = encodeBatch(makeBatch(recordsFromStrings(['a']), { lastOffsetDelta: 9 }));
    expect(decodeBatch(b).lastOffsetDelta).toBe(9);
  });

  it('writes an empty batch uncompressed, 61 bytes', () => {
    const b = encodeBatch(makeBatch([], { compression: 'gzip', lastOffsetDelta: 4 }));
    expect(b.length).toBe(61);
    const d = decodeBatch(b);
    expect(d).toMatchObject({ compression: 'none', recordCount: 0, lastOffsetDelta: 4 });
    expect(d.records).toEqual([]);
  });
});

describe('CRC-32C', () => {
  it('covers attributes..end but not the partition leader epoch', () => {
    const b = encodeBatch(CASES['many records']!);
    const stored = Buffer.from(b).readUInt32BE(CRC_OFFSET);
    expect(decodeBatch(b).crc).toBe(stored);
    expect(isValidBatch(b)).toBe(true);

    const epochChanged = b.slice();
    Buffer.from(epochChanged.buffer).writeInt32BE(12345, PARTITION_LEADER_EPOCH_OFFSET);
    expect(isValidBatch(epochChanged)).toBe(true);

    for (const pos of [ATTRIBUTES_OFFSET + 1, 30, 60, 100, b.length - 1]) {
      const corrupt = b.slice();
      corrupt[pos]! ^= 0x01;
      expect(isValidBatch(corrupt)).toBe(false);
    }
    const corrupt = b.slice();
    corrupt[200]! ^= 0x40; // inside a value: still parses, CRC tells
    const d = decodeBatch(corrupt);
    expect(d.crcValid).toBe(false);
    expect(d.computedCrc).not.toBe(d.crc);
  });
});

describe('sizes', () => {
  function randomRecords(r: Random, n: number): RecordInput[] {
    const bytes = (len: number) => Uint8Array.from({ length: len }, () => r.nextInt(256));
    let offset = 0;
    return Array.from({ length: n }, () => {
      offset += 1 + (r.nextInt(10) === 0 ? r.nextInt(100000) : 0);
      const headers: RecordHeader[] = Array.from({ length: r.nextInt(3) }, () => ({
        key: text(r, r.nextInt(12), [...ENGLISH, ...KOREAN, '😀']),
        value: r.nextInt(4) === 0 ? null : bytes(r.nextInt(40)),
      }));
      return {
        offsetDelta: offset - 1,
        timestampDelta: r.nextInt(5) === 0 ? -r.nextInt(2 ** 31) : r.nextInt(2 ** 20) * 1000,
        key: r.nextInt(3) === 0 ? null : bytes(r.nextInt(r.nextInt(10) === 0 ? 20000 : 64)),
        value: r.nextInt(8) === 0 ? null : bytes(r.nextInt(r.nextInt(50) === 0 ? 150000 : 1000)),
        headers,
      };
    });
  }

  it('sizeInBytes / estimateBatchSize equal encodeBatch(...).length for random batches', () => {
    const r = new Random(2024);
    for (let t = 0; t < 200; t++) {
      const records = randomRecords(r, r.nextInt(t % 20 === 0 ? 400 : 30));
      const batch = makeBatch(records, { baseOffset: r.nextInt(2 ** 31) });
      const bytes = encodeBatch(batch);
      expect(sizeInBytes(records)).toBe(bytes.length);
      expect(estimateBatchSize(batch)).toBe(bytes.length);
      expect(batchSizeAt(bytes)).toBe(bytes.length);
      expectWeSee(bytes, batch);
    }
  });

  it('round-trips random batches through every codec', async () => {
    await initZstd();
    const r = new Random(99);
    const codecs: CompressionCodec[] = ['gzip', 'snappy', 'lz4', 'zstd'];
    for (let t = 0; t < 40; t++) {
      const batch = makeBatch(randomRecords(r, 1 + r.nextInt(40)), {
        compression: codecs[t % codecs.length]!,
      });
      expectWeSee(encodeBatch(batch), batch);
    }
  });

  it('decodes a batch at an offset inside a larger buffer (a log segment)', () => {
    const a = encodeBatch(CASES['one record']!);
    const b = encodeBatch(CASES['headers']!);
    const seg = new Uint8Array(a.length + b.length);
    seg.set(a, 0);
    seg.set(b, a.length);
    expect(batchSizeAt(seg, 0)).toBe(a.length);
    expect(decodeBatch(seg, a.length).records).toHaveLength(3);
    expect(() => decodeBatch(seg.subarray(0, seg.length - 1), a.length)).toThrow(/Partial/);
  });
});

describe('zstd needs initZstd for compression', () => {
  beforeAll(async () => {
    await initZstd();
  });
  it('encodes and decodes a zstd batch once initialised', () => {
    const batch = makeBatch(recordsFromStrings(['zstd '.repeat(100)]), { compression: 'zstd' });
    const b = encodeBatch(batch);
    expect(b.length).toBeLessThan(sizeInBytes(batch.records));
    expectWeSee(b, batch);
  });
});
