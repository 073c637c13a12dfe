// The byte ranges of one record batch (format v2), for the hex inspector: the 61-byte header
// field by field (Kafka's DefaultRecordBatch layout), then each record's fields (varints read
// from the bytes themselves), or one range for a compressed records section. Values come from
// the engine's decodeBatch; nothing here invents a byte.
import {
  ATTRIBUTES_OFFSET,
  BASE_OFFSET_OFFSET,
  BASE_SEQUENCE_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  CRC_OFFSET,
  LAST_OFFSET_DELTA_OFFSET,
  LENGTH_OFFSET,
  MAGIC_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  PARTITION_LEADER_EPOCH_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  RECORDS_COUNT_OFFSET,
  RECORDS_OFFSET,
  decodeBatch,
  type DecodedRecordBatch,
} from '../../engine/record/DefaultRecordBatch';
import { readInt8, readVarint, readVarlong } from '../../engine/record/ByteUtils';

export type HeaderFieldName =
  | 'baseOffset'
  | 'batchLength'
  | 'partitionLeaderEpoch'
  | 'magic'
  | 'crc'
  | 'attributes'
  | 'lastOffsetDelta'
  | 'baseTimestamp'
  | 'maxTimestamp'
  | 'producerId'
  | 'producerEpoch'
  | 'baseSequence'
  | 'recordCount';

export type RecordFieldName =
  | 'length'
  | 'attributes'
  | 'timestampDelta'
  | 'offsetDelta'
  | 'keyLength'
  | 'key'
  | 'valueLength'
  | 'value'
  | 'headerCount'
  | 'headers';

export interface ByteField {
  /** Unique within the batch: `magic`, `r0.key` … */
  id: string;
  /** Kafka's field name. */
  name: HeaderFieldName | RecordFieldName | 'records';
  /** Which record (0-based) for record fields; null for header fields. */
  record: number | null;
  /** Byte range inside the batch, [start, end). */
  start: number;
  end: number;
  /** A display value (numbers, the decoded text of a key/value). */
  value: string;
  /** For a group's colour: header fields share one family, each record alternates. */
  group: 'header' | 'record-even' | 'record-odd' | 'compressed';
  /** Position in the field list: neighbours alternate shades by its parity. */
  order: number;
}

export interface BatchLayout {
  decoded: DecodedRecordBatch;
  fields: ByteField[];
}

const HEADER: readonly [HeaderFieldName, number, number][] = [
  ['baseOffset', BASE_OFFSET_OFFSET, 8],
  ['batchLength', LENGTH_OFFSET, 4],
  ['partitionLeaderEpoch', PARTITION_LEADER_EPOCH_OFFSET, 4],
  ['magic', MAGIC_OFFSET, 1],
  ['crc', CRC_OFFSET, 4],
  ['attributes', ATTRIBUTES_OFFSET, 2],
  ['lastOffsetDelta', LAST_OFFSET_DELTA_OFFSET, 4],
  ['baseTimestamp', BASE_TIMESTAMP_OFFSET, 8],
  ['maxTimestamp', MAX_TIMESTAMP_OFFSET, 8],
  ['producerId', PRODUCER_ID_OFFSET, 8],
  ['producerEpoch', PRODUCER_EPOCH_OFFSET, 2],
  ['baseSequence', BASE_SEQUENCE_OFFSET, 4],
  ['recordCount', RECORDS_COUNT_OFFSET, 4],
];

const decoder = new TextDecoder('utf-8', { fatal: false });

/** UTF-8 text of some bytes, shortened for display. */
export function previewText(bytes: Uint8Array | null, max = 40): string {
  if (bytes === null) return 'null';
  const s = decoder.decode(bytes);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

function hex32(n: number): string {
  return `0x${(n >>> 0).toString(16).padStart(8, '0')}`;
}

function headerValue(name: HeaderFieldName, d: DecodedRecordBatch): string {
  switch (name) {
    case 'baseOffset':
      return String(d.baseOffset);
    case 'batchLength':
      return String(d.batchLength);
    case 'partitionLeaderEpoch':
      return String(d.partitionLeaderEpoch);
    case 'magic':
      return String(d.magic);
    case 'crc':
      return hex32(d.crc);
    case 'attributes':
      return `0x${d.attributes.toString(16).padStart(4, '0')}`;
    case 'lastOffsetDelta':
      return String(d.lastOffsetDelta);
    case 'baseTimestamp':
      return String(d.baseTimestamp);
    case 'maxTimestamp':
      return String(d.maxTimestamp);
    case 'producerId':
      return String(d.producerId);
    case 'producerEpoch':
      return String(d.producerEpoch);
    case 'baseSequence':
      return String(d.baseSequence);
    case 'recordCount':
      return String(d.recordCount);
  }
}

/** Each record's fields, read from the uncompressed records section starting at `start`. */
function recordFields(bytes: Uint8Array, start: number, count: number): ByteField[] {
  const out: ByteField[] = [];
  let pos = start;
  for (let r = 0; r < count && pos < bytes.length; r++) {
    const group = r % 2 === 0 ? 'record-even' : 'record-odd';
    const add = (name: RecordFieldName, s: number, e: number, value: string) => {
      if (e > s)
        out.push({
          id: `r${r}.${name}`,
          name,
          record: r,
          start: s,
          end: e,
          value,
          group,
          order: 0,
        });
    };
    const len = readVarint(bytes, pos);
    add('length', pos, len.offset, String(len.value));
    const bodyEnd = len.offset + len.value;
    let p = len.offset;
    add('attributes', p, p + 1, String(readInt8(bytes, p)));
    p += 1;
    const ts = readVarlong(bytes, p);
    add('timestampDelta', p, ts.offset, String(ts.value));
    p = ts.offset;
    const od = readVarint(bytes, p);
    add('offsetDelta', p, od.offset, String(od.value));
    p = od.offset;
    const kl = readVarint(bytes, p);
    add('keyLength', p, kl.offset, String(kl.value));
    p = kl.offset;
    if (kl.value >= 0) {
      add('key', p, p + kl.value, previewText(bytes.subarray(p, p + kl.value)));
      p += kl.value;
    }
    const vl = readVarint(bytes, p);
    add('valueLength', p, vl.offset, String(vl.value));
    p = vl.offset;
    if (vl.value >= 0) {
      add('value', p, p + vl.value, previewText(bytes.subarray(p, p + vl.value)));
      p += vl.value;
    }
    const hc = readVarint(bytes, p);
    add('headerCount', p, hc.offset, String(hc.value));
    p = hc.offset;
    add('headers', p, bodyEnd, String(hc.value));
    pos = bodyEnd;
  }
  return out;
}

/** Decode the batch at the start of `bytes` and lay out its fields. */
export function batchLayout(bytes: Uint8Array): BatchLayout {
  const decoded = decodeBatch(bytes, 0);
  const fields: ByteField[] = HEADER.map(([name, start, size]) => ({
    id: name,
    name,
    record: null,
    start,
    end: start + size,
    value: headerValue(name, decoded),
    group: 'header',
    order: 0,
  }));
  const end = decoded.sizeInBytes;
  if (decoded.compression === 'none') {
    fields.push(...recordFields(bytes.subarray(0, end), RECORDS_OFFSET, decoded.recordCount));
  } else if (end > RECORDS_OFFSET) {
    fields.push({
      id: 'records',
      name: 'records',
      record: null,
      start: RECORDS_OFFSET,
      end,
      value: `${decoded.compression}, ${end - RECORDS_OFFSET}`,
      group: 'compressed',
      order: 0,
    });
  }
  fields.forEach((f, i) => (f.order = i));
  return { decoded, fields };
}
