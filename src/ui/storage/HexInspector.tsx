// A record batch's bytes, exactly as the segment's .log holds them (the segmentFile query), with every
// header field and every record field labelled. Hover or focus a field to light up its bytes;
// hover a byte to find its field. When the batch's payload has left the simulator's window the
// bytes cannot be rebuilt, and the inspector says so instead of inventing them.
import { memo, useId, useMemo, useState } from 'react';
import type { LogDirSegment } from '../../engine';
import { codecSupport } from '../../engine';
import type { MessageKey } from '../../content/i18n';
import { useSimStore } from '../../store/simStore';
import { useT, type TFunction } from '../common/useT';
import { batchLayout, type BatchLayout, type ByteField } from './batchFields';
import type { ReplicaRef } from './useLogDir';
import { MAP_WINDOW, mapWindow } from './mapWindow';

type Batch = LogDirSegment['batches'][number];

interface Props {
  replica: ReplicaRef;
  segment: LogDirSegment;
  batch: Batch | null;
  onSelectBatch(position: number): void;
}

const ROW = 16;
const SHOW_FIRST = 1024;

type Loaded =
  | { kind: 'ok'; bytes: Uint8Array; layout: BatchLayout }
  | { kind: 'gone' }
  | { kind: 'error'; message: string };

function rangeText(f: ByteField): string {
  return f.end - f.start === 1 ? `${f.start}` : `${f.start}–${f.end - 1}`;
}

function fieldNote(f: ByteField, l: BatchLayout, t: TFunction): string {
  const d = l.decoded;
  if (f.record !== null) return '';
  switch (f.name) {
    case 'crc':
      return t(d.crcValid ? 'storage.hex.crc.ok' : 'storage.hex.crc.bad');
    case 'attributes':
      return t('storage.hex.attributes', {
        codec: d.compression,
        tsType: d.timestampType,
        flags: [
          d.isTransactional ? 'transactional' : '',
          d.isControl ? 'control' : '',
          d.deleteHorizonMs !== null ? 'deleteHorizon' : '',
        ]
          .filter(Boolean)
          .join(', '),
      });
    case 'lastOffsetDelta':
      return t('storage.hex.lastOffset', { offset: d.baseOffset + d.lastOffsetDelta });
    case 'batchLength':
      return t('storage.hex.batchLength', { size: d.sizeInBytes });
    case 'producerId':
      return d.producerId < 0 ? t('storage.hex.none') : '';
    case 'records':
      return t('storage.hex.compressed', { codec: d.compression });
    default:
      return '';
  }
}

function fieldTitleKey(f: ByteField): MessageKey {
  return (f.record === null ? `storage.field.${f.name}` : `storage.rfield.${f.name}`) as MessageKey;
}

export const HexInspector = memo(function HexInspector({
  replica,
  segment,
  batch,
  onSelectBatch,
}: Props) {
  const t = useT();
  const ids = useId();
  // The same function for the simulation's life: the memo below runs when the batch changes.
  const segmentFile = useSimStore((s) => s.queries.segmentFile);
  const [active, setActive] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const { broker, topic, partition } = replica;

  // The batch's bytes never change once written: position, base offset and size identify them.
  const pos = batch?.position;
  const base = batch?.baseOffset;
  const size = batch?.sizeBytes;
  const loaded: Loaded | null = useMemo(() => {
    if (pos === undefined || base === undefined || size === undefined) return null;
    const file = segmentFile(broker, topic, partition, segment.baseOffset, 'log');
    if (!file) return { kind: 'gone' };
    const bytes = file.slice(pos, pos + size);
    try {
      const layout = batchLayout(bytes);
      // A `.deleted` segment that shares its base offset with a live one (compaction) cannot
      // be read back separately: never show another batch's bytes in its place.
      if (layout.decoded.baseOffset !== base || bytes.length !== size) return { kind: 'gone' };
      return { kind: 'ok', bytes, layout };
    } catch (err) {
      return { kind: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  }, [segmentFile, broker, topic, partition, segment.baseOffset, pos, base, size]);

  const fieldAt = useMemo(() => {
    if (loaded?.kind !== 'ok') return [];
    const at: (ByteField | undefined)[] = new Array(loaded.bytes.length);
    for (const f of loaded.layout.fields) for (let i = f.start; i < f.end; i++) at[i] = f;
    return at;
  }, [loaded]);

  const groups = useMemo(() => {
    if (loaded?.kind !== 'ok') return [];
    const out: { title: string; size: number; fields: ByteField[] }[] = [];
    for (const f of loaded.layout.fields) {
      const key =
        f.record === null ? (f.name === 'records' ? 'records' : 'header') : `r${f.record}`;
      let g = out.find((x) => x.title === key);
      if (!g) out.push((g = { title: key, size: 0, fields: [] }));
      g.fields.push(f);
      g.size += f.end - f.start;
    }
    return out;
  }, [loaded]);

  const groupTitle = (key: string, size: number) =>
    key === 'header'
      ? t('storage.hex.header', { size })
      : key === 'records'
        ? t('storage.hex.records', { size })
        : t('storage.hex.record', { n: Number(key.slice(1)), size });

  const zstd = loaded?.kind === 'ok' && loaded.layout.decoded.compression === 'zstd';
  const zstdSupport = zstd ? codecSupport('zstd') : null;

  return (
    <section
      className="card st-card st-hex"
      aria-labelledby="st-hex-title"
      data-testid="hex-inspector"
    >
      <header className="st-card-head">
        <h3 id="st-hex-title">{t('storage.hex.title')}</h3>
        {segment.batches.length > 0 && (
          <div className="field-inline">
            <label htmlFor={`${ids}-b`}>{t('storage.hex.batch')}</label>
            <select
              id={`${ids}-b`}
              data-testid="hex-batch"
              value={batch?.position ?? ''}
              onChange={(e) => {
                onSelectBatch(Number(e.target.value));
                setActive(null);
              }}
            >
              {/* The newest batches and the one shown (a lookup may pick an older one). */}
              {mapWindow(
                segment.batches,
                MAP_WINDOW,
                (b) => b.position === batch?.position,
              ).shown.map((i) => {
                const b = segment.batches[i]!;
                return (
                  <option key={b.position} value={b.position}>
                    {t('storage.hex.batch.option', {
                      range:
                        b.baseOffset === b.lastOffset
                          ? `${b.baseOffset}`
                          : `${b.baseOffset}–${b.lastOffset}`,
                      position: b.position,
                      size: b.sizeBytes,
                    })}
                  </option>
                );
              })}
            </select>
          </div>
        )}
      </header>
      {!batch && <p className="muted small">{t('storage.hex.noBatch')}</p>}
      {loaded?.kind === 'gone' && (
        <p className="small st-warn" data-testid="hex-gone">
          {t('storage.hex.gone')}
        </p>
      )}
      {loaded?.kind === 'error' && (
        <p className="small st-warn">{t('storage.hex.error', { message: loaded.message })}</p>
      )}
      {loaded?.kind === 'ok' && batch && (
        <>
          <p className="small muted">
            {t('storage.hex.summary', {
              position: batch.position,
              size: batch.sizeBytes,
              records: loaded.layout.decoded.recordCount,
            })}
          </p>
          {zstdSupport && (
            <p className="small st-note">
              {t(zstdSupport.compress ? 'storage.hex.zstd' : 'storage.hex.zstd.noWasm')}
            </p>
          )}
          <div className="st-hex-body">
            <div className="st-fields" role="list" aria-label={t('storage.hex.fields')}>
              {groups.map((g) => (
                <div key={g.title} role="listitem" className="st-field-group">
                  <h4>{groupTitle(g.title, g.size)}</h4>
                  <ul>
                    {g.fields.map((f) => {
                      const note = fieldNote(f, loaded.layout, t);
                      return (
                        <li key={f.id}>
                          <button
                            type="button"
                            className={`st-field st-g-${f.group}${f.order % 2 ? ' st-alt' : ''}${active === f.id ? ' st-on' : ''}`}
                            data-testid={`hex-field-${f.id}`}
                            data-value={f.value}
                            data-start={f.start}
                            data-end={f.end}
                            title={t(fieldTitleKey(f))}
                            aria-pressed={active === f.id}
                            onMouseEnter={() => setActive(f.id)}
                            onMouseLeave={() => setActive(null)}
                            onFocus={() => setActive(f.id)}
                            onBlur={() => setActive(null)}
                          >
                            <span className="st-field-name mono">{f.name}</span>
                            <span className="st-field-range mono muted">{rangeText(f)}</span>
                            <span className="st-field-value mono">{f.value}</span>
                            {note && <span className="st-field-note muted">{note}</span>}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ))}
            </div>
            <HexGrid
              bytes={loaded.bytes}
              position={batch.position}
              fieldAt={fieldAt}
              active={active}
              limit={showAll ? loaded.bytes.length : SHOW_FIRST}
              onHover={setActive}
            />
          </div>
          {loaded.bytes.length > SHOW_FIRST && (
            <button type="button" className="btn btn-small" onClick={() => setShowAll((v) => !v)}>
              {showAll
                ? t('storage.hex.showLess', { count: SHOW_FIRST })
                : t('storage.hex.showAll', { count: loaded.bytes.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
});

interface GridProps {
  bytes: Uint8Array;
  /** The batch's position in the file: the first byte's file offset. */
  position: number;
  fieldAt: (ByteField | undefined)[];
  active: string | null;
  limit: number;
  onHover(id: string | null): void;
}

function HexGrid({ bytes, position, fieldAt, active, limit, onHover }: GridProps) {
  const t = useT();
  const rows: number[] = [];
  for (let r = 0; r < Math.min(bytes.length, limit); r += ROW) rows.push(r);
  return (
    <div
      className="st-hexgrid mono"
      aria-label={t('storage.hex.grid', { position })}
      role="group"
      onMouseOver={(e) => {
        const id = (e.target as HTMLElement).dataset.field;
        if (id) onHover(id);
      }}
      onMouseLeave={() => onHover(null)}
    >
      <div className="st-hexrow st-hexhead muted" aria-hidden="true">
        <span className="st-hexpos">{t('storage.hex.position')}</span>
        <span className="st-hexbytes">
          {Array.from({ length: ROW }, (_, i) => (
            <span key={i} className="st-hx">
              {i.toString(16).toUpperCase().padStart(2, '0')}
            </span>
          ))}
        </span>
      </div>
      {rows.map((r) => (
        <div key={r} className="st-hexrow">
          <span className="st-hexpos muted">{position + r}</span>
          <span className="st-hexbytes">
            {Array.from(bytes.subarray(r, Math.min(r + ROW, limit)), (b, i) => {
              const f = fieldAt[r + i];
              const cls = [
                'st-hx',
                f ? `st-g-${f.group}` : '',
                f && f.order % 2 ? 'st-alt' : '',
                f && f.id === active ? 'st-on' : '',
                f && f.start === r + i ? 'st-first' : '',
              ].join(' ');
              return (
                <span
                  key={i}
                  className={cls}
                  data-field={f?.id}
                  title={f ? `${f.name} (${r + i})` : undefined}
                >
                  {b.toString(16).padStart(2, '0')}
                </span>
              );
            })}
          </span>
          <span className="st-hexascii muted" aria-hidden="true">
            {Array.from(bytes.subarray(r, Math.min(r + ROW, limit)), (b) =>
              b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '·',
            ).join('')}
          </span>
        </div>
      ))}
    </div>
  );
}
