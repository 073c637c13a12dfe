// The hex inspector's byte layout: every byte of a batch belongs to exactly one labelled field,
// header fields sit where Kafka's format puts them, record fields match the record encoder.
import { describe, expect, it } from 'vitest';
import { encodeBatch, recordsFromStrings } from '../../engine/record/DefaultRecordBatch';
import { batchLayout } from './batchFields';

function batch(compression: 'none' | 'gzip') {
  return encodeBatch({
    baseOffset: 1000,
    partitionLeaderEpoch: 3,
    baseTimestamp: 5000,
    maxTimestamp: 5002,
    producerId: 42,
    producerEpoch: 1,
    baseSequence: 7,
    compression,
    records: recordsFromStrings([
      { key: 'restaurant-1', value: 'table for 2', timestampDelta: 0 },
      { key: null, value: null, timestampDelta: 2 },
      { key: 'k', value: 'héllo', headers: { trace: 'abc', empty: null } },
    ]),
  });
}

describe('batchLayout', () => {
  it('covers every byte of an uncompressed batch once, in order', () => {
    const bytes = batch('none');
    const { decoded, fields } = batchLayout(bytes);
    let at = 0;
    for (const f of fields) {
      expect(f.start).toBe(at);
      expect(f.end).toBeGreaterThan(f.start);
      at = f.end;
    }
    expect(at).toBe(bytes.length);
    expect(decoded.sizeInBytes).toBe(bytes.length);
  });

  it('labels the header fields at Kafka’s offsets with their values', () => {
    const { fields } = batchLayout(batch('none'));
    const f = (id: string) => fields.find((x) => x.id === id)!;
    expect([f('baseOffset').start, f('baseOffset').end, f('baseOffset').value]).toEqual([
      0,
      8,
      '1000',
    ]);
    expect([f('magic').start, f('magic').end, f('magic').value]).toEqual([16, 17, '2']);
    expect([f('crc').start, f('crc').end]).toEqual([17, 21]);
    expect([f('recordCount').start, f('recordCount').value]).toEqual([57, '3']);
    expect(f('partitionLeaderEpoch').value).toBe('3');
    expect(f('producerId').value).toBe('42');
    expect(f('baseSequence').value).toBe('7');
    expect(f('lastOffsetDelta').value).toBe('2');
  });

  it('reads each record’s varints, key, value and headers', () => {
    const { fields } = batchLayout(batch('none'));
    const f = (id: string) => fields.find((x) => x.id === id);
    expect(f('r0.key')?.value).toBe('restaurant-1');
    expect(f('r0.value')?.value).toBe('table for 2');
    expect(f('r1.keyLength')?.value).toBe('-1');
    expect(f('r1.key')).toBeUndefined();
    expect(f('r1.valueLength')?.value).toBe('-1');
    expect(f('r1.timestampDelta')?.value).toBe('2');
    expect(f('r2.offsetDelta')?.value).toBe('2');
    expect(f('r2.value')?.value).toBe('héllo');
    expect(f('r2.headerCount')?.value).toBe('2');
    expect(f('r2.headers')).toBeDefined();
  });

  it('shows a compressed records section as one range', () => {
    const bytes = batch('gzip');
    const { decoded, fields } = batchLayout(bytes);
    expect(decoded.compression).toBe('gzip');
    const rec = fields.at(-1)!;
    expect(rec.id).toBe('records');
    expect([rec.start, rec.end]).toEqual([61, bytes.length]);
  });
});
