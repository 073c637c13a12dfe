// One segment drawn along its bytes: the .log as record batches at their byte positions (a d3
// linear scale maps position → x), the sparse .index entries below it with lines pointing at the
// positions they hold, and the .timeindex entries pointing at the batch holding their offset.
// A lookup's steps mark the probed index entries, the entry landed on, the start position of
// the scan, the batches read and the one found.
import { scaleLinear } from 'd3';
import { memo, useRef } from 'react';
import type { LogDirSegment } from '../../engine';
import { useElementWidth } from '../common/useElementWidth';
import { useT } from '../common/useT';
import type { IndexKind } from './lookupSteps';
import { MAP_WINDOW, mapWindow } from './mapWindow';

export interface MapHighlights {
  probes: { index: IndexKind; slot: number; comparison: -1 | 0 | 1; current: boolean }[];
  entry: { index: IndexKind; slot: number } | null;
  startPosition: number | null;
  scanned: { position: number; found: boolean; current: boolean }[];
}

interface Props {
  segment: LogDirSegment;
  segmentBytes: number;
  highlights: MapHighlights | null;
  selectedBatch: number | null;
  onSelectBatch(position: number): void;
}

const LEFT = 82;
const RIGHT = 18;
const LOG_Y = 22;
const LOG_H = 34;
const INDEX_Y = 104;
const TIME_Y = 150;
const HEIGHT = 178;
const CHAR_W = 6.3;

/** The byte range drawn: up to segment.bytes when that is near the segment's size, else the size. */
export function drawnBytes(size: number, segmentBytes: number): number {
  if (segmentBytes > 0 && segmentBytes <= Math.max(size * 3, 4096))
    return Math.max(segmentBytes, size, 1);
  return Math.max(size * 1.05, 1024);
}

/** Keep labels that do not overlap the previous kept one. */
function spaced<T>(items: T[], x: (item: T) => number, width: (item: T) => number): Set<T> {
  const kept = new Set<T>();
  let lastEnd = -Infinity;
  for (const it of items) {
    const left = x(it) - width(it) / 2;
    if (left >= lastEnd + 4) {
      kept.add(it);
      lastEnd = left + width(it);
    }
  }
  return kept;
}

function probeClass(c: -1 | 0 | 1): string {
  return c < 0 ? 'st-probe-lt' : c > 0 ? 'st-probe-gt' : 'st-probe-eq';
}

export const SegmentMap = memo(function SegmentMap({
  segment,
  segmentBytes,
  highlights,
  selectedBatch,
  onSelectBatch,
}: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const width = Math.max(useElementWidth(ref), 320);
  const end = drawnBytes(segment.sizeBytes, segmentBytes);
  const x = scaleLinear()
    .domain([0, end])
    .range([LEFT, width - RIGHT]);
  const batches = segment.batches;
  const showBatchLabels = batches.length <= 400;

  const indexLabel = (e: [number, number]) => `${e[0]}→${e[1]}`;
  const batchOf = (offset: number) =>
    batches.find((b) => b.baseOffset <= offset && offset <= b.lastOffset) ??
    batches.find((b) => b.lastOffset >= offset);
  const timeX = (offset: number) => {
    const b = batchOf(offset);
    return b ? x(b.position + b.sizeBytes / 2) : x(segment.sizeBytes);
  };
  const timeLabel = (e: [number, number]) => `${e[0]}→${e[1]}`;

  const probeFor = (index: IndexKind, slot: number) =>
    highlights?.probes.filter((p) => p.index === index && p.slot === slot).at(-1);
  const landed = (index: IndexKind, slot: number) =>
    highlights?.entry?.index === index && highlights.entry.slot === slot;
  const scanOf = (position: number) => highlights?.scanned.find((s) => s.position === position);
  // A bounded window of shapes (mapWindow.ts): the newest, and the older ones a lookup or a pick
  // is about; the older batches are one block.
  const batchWindow = mapWindow(
    batches,
    MAP_WINDOW,
    (b) => selectedBatch === b.position || scanOf(b.position) !== undefined,
  );
  const earlierBatches = batches.slice(0, batchWindow.from);
  const indexWindow = mapWindow(
    segment.index,
    MAP_WINDOW,
    (_, slot) => probeFor('offset', slot) !== undefined || landed('offset', slot),
  );
  const timeWindow = mapWindow(
    segment.timeIndex,
    MAP_WINDOW,
    (_, slot) => probeFor('time', slot) !== undefined || landed('time', slot),
  );
  const posLabels = spaced(
    batchWindow.shown.map((i) => batches[i]!),
    (b) => x(b.position),
    (b) => String(b.position).length * CHAR_W,
  );
  const indexLabels = spaced(
    indexWindow.shown.map((slot) => segment.index[slot]!),
    (e) => x(e[1]),
    (e) => indexLabel(e).length * CHAR_W,
  );
  const timeLabels = spaced(
    timeWindow.shown.map((slot) => segment.timeIndex[slot]!),
    (e) => timeX(e[1]),
    (e) => timeLabel(e).length * CHAR_W,
  );
  const limitX = segmentBytes > 0 && segmentBytes <= end ? x(segmentBytes) : null;

  return (
    <div className="st-map" ref={ref}>
      <svg
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-label={t('storage.map.label', {
          batches: batches.length,
          entries: segment.index.length,
          size: segment.sizeBytes,
        })}
        data-testid="segment-map"
      >
        <text className="st-row-label" x={8} y={LOG_Y + LOG_H / 2 + 4}>
          .log
        </text>
        <text className="st-row-label" x={8} y={INDEX_Y + 4}>
          .index
        </text>
        <text className="st-row-label" x={8} y={TIME_Y + 4}>
          .timeindex
        </text>

        {/* The file: its whole drawn range, then the batches in it. */}
        <rect
          className="st-log-bg"
          x={x(0)}
          y={LOG_Y}
          width={Math.max(0, x(end) - x(0))}
          height={LOG_H}
          rx={3}
        />
        {batches.length === 0 && (
          <text className="st-map-note" x={x(0) + 8} y={LOG_Y + LOG_H / 2 + 4}>
            {t('storage.map.empty')}
          </text>
        )}
        {earlierBatches.length > 0 && (
          <rect
            className="st-batch-earlier"
            data-testid="log-batch-earlier"
            data-count={earlierBatches.length}
            x={x(0)}
            y={LOG_Y}
            width={Math.max(1, x(batches[batchWindow.from]!.position) - x(0) - 0.6)}
            height={LOG_H}
            rx={2}
          >
            <title>
              {t('storage.map.earlier', {
                count: earlierBatches.length,
                range: `${earlierBatches[0]!.baseOffset}–${earlierBatches.at(-1)!.lastOffset}`,
              })}
            </title>
          </rect>
        )}
        {batchWindow.shown.map((i) => {
          const b = batches[i]!;
          const bx = x(b.position);
          const bw = Math.max(1, x(b.position + b.sizeBytes) - bx - 0.6);
          const scan = scanOf(b.position);
          const label =
            b.baseOffset === b.lastOffset ? `${b.baseOffset}` : `${b.baseOffset}–${b.lastOffset}`;
          const cls = [
            'st-batch',
            i % 2 ? 'st-batch-odd' : 'st-batch-even',
            selectedBatch === b.position ? 'st-batch-selected' : '',
            scan ? (scan.found ? 'st-batch-found' : 'st-batch-scanned') : '',
            scan?.current ? 'st-batch-current' : '',
          ].join(' ');
          return (
            <g
              key={b.position}
              className={cls}
              data-testid="log-batch"
              data-position={b.position}
              data-base-offset={b.baseOffset}
              data-last-offset={b.lastOffset}
              data-size={b.sizeBytes}
              onClick={() => onSelectBatch(b.position)}
            >
              <title>
                {t('storage.map.batch', {
                  range: label,
                  position: b.position,
                  size: b.sizeBytes,
                  records: b.recordCount,
                })}
              </title>
              <rect x={bx} y={LOG_Y} width={bw} height={LOG_H} rx={2} />
              {showBatchLabels && bw > label.length * CHAR_W + 4 && (
                <text className="st-batch-label" x={bx + bw / 2} y={LOG_Y + LOG_H / 2 + 4}>
                  {label}
                </text>
              )}
              {posLabels.has(b) && (
                <text className="st-pos-label" x={bx} y={LOG_Y - 6}>
                  {b.position}
                </text>
              )}
            </g>
          );
        })}
        {limitX !== null && (
          <g className="st-limit">
            <line x1={limitX} x2={limitX} y1={LOG_Y - 4} y2={LOG_Y + LOG_H + 4} />
            <text x={limitX} y={LOG_Y + LOG_H + 15} textAnchor="end">
              segment.bytes = {segmentBytes}
            </text>
          </g>
        )}
        {limitX === null && segment.sizeBytes > 0 && (
          <text
            className="st-pos-label"
            x={x(segment.sizeBytes)}
            y={LOG_Y + LOG_H + 15}
            textAnchor="end"
          >
            {segment.sizeBytes}
          </text>
        )}
        {highlights?.startPosition !== null && highlights?.startPosition !== undefined && (
          <g className="st-start" transform={`translate(${x(highlights.startPosition)},0)`}>
            <path d={`M0 ${LOG_Y + LOG_H + 2} l-6 9 h12 z`} />
            {/* Label on the side with room, away from the segment.bytes mark on the right. */}
            <text
              x={x(highlights.startPosition) > width / 2 ? -8 : 8}
              y={LOG_Y + LOG_H + 11}
              textAnchor={x(highlights.startPosition) > width / 2 ? 'end' : 'start'}
            >
              {t('storage.map.start', { position: highlights.startPosition })}
            </text>
          </g>
        )}

        {/* The sparse offset index: each entry points at the position it holds. */}
        {segment.index.length === 0 && (
          <text className="st-map-note" x={x(0)} y={INDEX_Y + 4}>
            {t('storage.map.noEntries')}
          </text>
        )}
        {indexWindow.shown.map((slot) => {
          const e = segment.index[slot]!;
          const ex = x(e[1]);
          const probe = probeFor('offset', slot);
          const hit = landed('offset', slot);
          const cls = [
            'st-entry',
            probe ? probeClass(probe.comparison) : '',
            probe?.current ? 'st-probe-current' : '',
            hit ? 'st-entry-hit' : '',
          ].join(' ');
          return (
            <g
              key={`i${slot}`}
              className={cls}
              data-testid="index-entry"
              data-slot={slot}
              data-offset={e[0]}
              data-position={e[1]}
            >
              <title>{t('storage.map.entry', { slot, offset: e[0], position: e[1] })}</title>
              <line x1={ex} x2={ex} y1={LOG_Y + LOG_H} y2={INDEX_Y - 6} />
              <circle cx={ex} cy={INDEX_Y} r={probe?.current || hit ? 6 : 4} />
              {(indexLabels.has(e) || probe || hit) && (
                <text x={ex} y={INDEX_Y + 18}>
                  {indexLabel(e)}
                </text>
              )}
            </g>
          );
        })}

        {/* The time index: timestamp → offset, drawn at the batch holding that offset. */}
        {segment.timeIndex.length === 0 && (
          <text className="st-map-note" x={x(0)} y={TIME_Y + 4}>
            {t('storage.map.noEntries')}
          </text>
        )}
        {timeWindow.shown.map((slot) => {
          const e = segment.timeIndex[slot]!;
          const ex = timeX(e[1]);
          const probe = probeFor('time', slot);
          const hit = landed('time', slot);
          const cls = [
            'st-entry st-time-entry',
            probe ? probeClass(probe.comparison) : '',
            probe?.current ? 'st-probe-current' : '',
            hit ? 'st-entry-hit' : '',
          ].join(' ');
          const r = probe?.current || hit ? 6 : 4;
          return (
            <g key={`t${slot}`} className={cls} data-testid="time-index-entry" data-slot={slot}>
              <title>{t('storage.map.timeEntry', { slot, timestamp: e[0], offset: e[1] })}</title>
              <line x1={ex} x2={ex} y1={INDEX_Y + 24} y2={TIME_Y - 7} strokeDasharray="3 3" />
              <path d={`M${ex} ${TIME_Y - r} l${r} ${r} l${-r} ${r} l${-r} ${-r} z`} />
              {(timeLabels.has(e) || probe || hit) && (
                <text x={ex} y={TIME_Y + 20}>
                  {timeLabel(e)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {highlights && (
        <p className="st-map-legend small" aria-hidden="true">
          <span className="st-key st-key-lt">{t('storage.map.legend.lt')}</span>
          <span className="st-key st-key-gt">{t('storage.map.legend.gt')}</span>
          <span className="st-key st-key-hit">{t('storage.map.legend.hit')}</span>
          <span className="st-key st-key-scanned">{t('storage.map.legend.scanned')}</span>
          <span className="st-key st-key-found">{t('storage.map.legend.found')}</span>
        </p>
      )}
    </div>
  );
});
