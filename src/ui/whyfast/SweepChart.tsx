// Throughput and latency against linger.ms, drawn with d3 (a point scale for the swept values, a
// linear scale per chart, d3.line for the series). Two small charts side by side, stacked when
// narrow. The same numbers are in SweepTable; the charts are images with a name for readers.
import { line, max, scaleLinear, scalePoint } from 'd3';
import { useRef } from 'react';
import type { MessageKey } from '../../content/i18n';
import type { SweepPoint } from '../../store/sweep/sweepParams';
import { ChartAxes, ChartCaption } from '../common/ChartParts';
import { useElementWidth } from '../common/useElementWidth';
import { useT } from '../common/useT';

interface Series {
  label: MessageKey;
  className: string;
  value: (p: SweepPoint) => number | null;
}

const THROUGHPUT: Series[] = [
  { label: 'whyfast.sweep.series.records', className: 'chart-s1', value: (p) => p.ackedPerSec },
  { label: 'whyfast.sweep.series.requests', className: 'chart-s2', value: (p) => p.requestsPerSec },
];
const LATENCY: Series[] = [
  { label: 'whyfast.sweep.series.p50', className: 'chart-s1', value: (p) => p.p50 },
  { label: 'whyfast.sweep.series.p99', className: 'chart-s2', value: (p) => p.p99 },
];

export function SweepChart({ points }: { points: readonly SweepPoint[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  // Side by side from 560 px, one above the other below.
  const each = width >= 560 ? Math.floor((width - 16) / 2) : width;
  return (
    <div ref={ref} className="wf-charts" data-testid="wf-sweep-chart">
      {each > 0 && (
        <>
          <Chart
            title="whyfast.sweep.throughput"
            unit="whyfast.sweep.axis.perSec"
            series={THROUGHPUT}
            points={points}
            width={each}
          />
          <Chart
            title="whyfast.sweep.latency"
            unit="whyfast.sweep.axis.ms"
            series={LATENCY}
            points={points}
            width={each}
          />
        </>
      )}
    </div>
  );
}

const HEIGHT = 180;
const M = { top: 10, right: 12, bottom: 34, left: 44 };

function Chart({
  title,
  unit,
  series,
  points,
  width,
}: {
  title: MessageKey;
  unit: MessageKey;
  series: Series[];
  points: readonly SweepPoint[];
  width: number;
}) {
  const t = useT();
  const x = scalePoint<number>()
    .domain(points.map((p) => p.lingerMs))
    .range([M.left, width - M.right])
    .padding(0.3);
  const top = max(points.flatMap((p) => series.map((s) => s.value(p) ?? 0))) ?? 0;
  const y = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice()
    .range([HEIGHT - M.bottom, M.top]);
  const draw = (s: Series) =>
    line<SweepPoint>()
      .defined((p) => s.value(p) !== null)
      .x((p) => x(p.lingerMs)!)
      .y((p) => y(s.value(p) ?? 0))(points as SweepPoint[]) ?? '';
  const name = `${t(title)} (${t(unit)}): ${series.map((s) => t(s.label)).join(', ')} — ${t('whyfast.sweep.axis.linger')}`;
  return (
    <figure className="wf-chart" style={{ width }}>
      <ChartCaption
        title={t(title)}
        keys={series.map((s) => ({ className: s.className, label: t(s.label) }))}
      />
      <svg width={width} height={HEIGHT} role="img" aria-label={name}>
        <ChartAxes
          width={width}
          height={HEIGHT}
          m={M}
          yTicks={y.ticks(4)}
          y={y}
          yLabel={(v) => v.toLocaleString()}
          xTicks={points.map((p) => p.lingerMs)}
          x={x}
          xLabel={(v) => v}
          xTitle={t('whyfast.sweep.axis.linger')}
        />
        {series.map((s) => (
          <g key={s.className} className={`chart-series wf-series ${s.className}`}>
            <path d={draw(s)} />
            {points.map((p) =>
              s.value(p) === null ? null : (
                <circle key={p.lingerMs} cx={x(p.lingerMs)} cy={y(s.value(p)!)} r={3} />
              ),
            )}
          </g>
        ))}
      </svg>
    </figure>
  );
}
