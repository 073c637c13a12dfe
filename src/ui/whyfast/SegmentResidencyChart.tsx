// One broker's segment files, a row per partition, oldest on the left, each file as long as its
// pages (a d3 linear scale shared by the rows). Where the engine says pages are in memory the bar
// is coloured, more strongly the more of that stretch is resident; dirty pages (not yet written
// to the disk) are marked on top. The engine maps each file in at most 48 stretches.
import { scaleLinear } from 'd3';
import { useRef } from 'react';
import type { BrokerStorageView, SegmentResidency } from '../../engine';
import { useElementWidth } from '../common/useElementWidth';
import { useT } from '../common/useT';

/** Partitions drawn at most; with more than LABELLED_ROWS the rows are thin and unlabelled. */
const MAX_ROWS = 40;
const LABELLED_ROWS = 10;
const LABEL_W = 128;

interface Row {
  key: string;
  segments: SegmentResidency[];
  pages: number;
}

function rowsOf(view: BrokerStorageView): Row[] {
  const rows = new Map<string, Row>();
  for (const s of view.segments) {
    if (s.deleted) continue;
    const key = `${s.topic}-${s.partition}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, segments: [], pages: 0 }));
    row.segments.push(s);
    row.pages += s.pages;
  }
  // The run's own topics first, internal ones (__consumer_offsets) after.
  return [...rows.values()].sort(
    (a, b) => Number(a.key.startsWith('__')) - Number(b.key.startsWith('__')),
  );
}

export function SegmentResidencyChart({ view }: { view: BrokerStorageView }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const all = rowsOf(view);
  const rows = all.slice(0, MAX_ROWS);
  const labelled = rows.length <= LABELLED_ROWS;
  const rowH = labelled ? 16 : 6;
  const labelW = labelled ? LABEL_W : 0;
  const maxPages = Math.max(1, ...rows.map((r) => r.pages));
  const x = scaleLinear()
    .domain([0, maxPages])
    .range([0, Math.max(0, width - labelW - 4)]);
  const height = rows.length * rowH;
  return (
    <div ref={ref} className="wf-residency">
      {width > 0 && rows.length > 0 && (
        <svg
          width={width}
          height={height}
          role="img"
          aria-label={t('whyfast.cache.segments', { id: view.broker })}
          data-testid={`wf-residency-${view.broker}`}
        >
          {rows.map((row, i) => {
            let at = 0;
            return (
              <g key={row.key} transform={`translate(0, ${i * rowH})`}>
                {labelled && (
                  <text className="wf-row-label" x={0} y={rowH - 4}>
                    {shortLabel(row.key)}
                  </text>
                )}
                {row.segments.map((s) => {
                  const x0 = labelW + x(at);
                  at += s.pages;
                  const w = Math.max(1, labelW + x(at) - x0 - 1);
                  return (
                    <SegmentBar
                      key={s.baseOffset}
                      s={s}
                      x0={x0}
                      w={w}
                      h={rowH - 2}
                      name={`${row.key}/${s.baseOffset}`}
                    />
                  );
                })}
              </g>
            );
          })}
        </svg>
      )}
      {all.length > rows.length && (
        <p className="muted small">
          {t('whyfast.cache.morePartitions', { n: all.length - rows.length })}
        </p>
      )}
    </div>
  );
}

function SegmentBar(props: {
  s: SegmentResidency;
  x0: number;
  w: number;
  h: number;
  name: string;
}) {
  const { s, x0, w, h, name } = props;
  const t = useT();
  const b = s.buckets;
  const n = b?.resident.length ?? 0;
  return (
    <g data-segment={name} data-resident={s.resident} data-pages={s.pages}>
      <title>
        {t('whyfast.cache.segment', { name, resident: s.resident, pages: s.pages, dirty: s.dirty })}
      </title>
      <rect className="wf-cold" x={x0} y={1} width={w} height={h} />
      {b
        ? b.resident.map((r, i) => {
            if (r === 0) return null;
            const span = bucketPages(s.pages, n, i);
            const bx = x0 + (w * i) / n;
            const bw = w / n;
            return (
              <g key={i}>
                <rect
                  className="wf-hot"
                  x={bx}
                  y={1}
                  width={bw}
                  height={h}
                  fillOpacity={0.25 + (0.75 * r) / span}
                />
                {b.dirty[i]! > 0 && (
                  <rect className="wf-dirty" x={bx} y={1 + h * 0.55} width={bw} height={h * 0.45} />
                )}
              </g>
            );
          })
        : s.resident > 0 && (
            // A file too large to map: only how much of it is resident.
            <rect
              className="wf-hot"
              x={x0}
              y={1 + h * (1 - s.resident / s.pages)}
              width={w}
              height={(h * s.resident) / s.pages}
            />
          )}
    </g>
  );
}

/** Pages in stretch `i` of `n` over a file of `pages` (as the engine splits it). */
function bucketPages(pages: number, n: number, i: number): number {
  return Math.max(1, Math.ceil(((i + 1) * pages) / n) - Math.ceil((i * pages) / n));
}

/** A row's name within the label column: __consumer_offsets-12 → __c…offsets-12. */
function shortLabel(key: string): string {
  return key.length <= 20 ? key : `${key.slice(0, 3)}…${key.slice(key.length - 16)}`;
}
