// Time to a new active controller against partitions, drawn with d3: a log scale for the
// partition counts, a linear one for seconds, d3.line through each mode's medians and a bar over
// each point's seeds. The same numbers are in FailoverTable; the chart is an image with a name.
import { line, max, scaleLinear, scaleLog } from 'd3';
import { useRef } from 'react';
import type { FailoverMode, FailoverPoint } from '../../store/failover/failoverParams';
import { useSimStore } from '../../store/simStore';
import { ChartAxes, ChartCaption } from '../common/ChartParts';
import { useElementWidth } from '../common/useElementWidth';
import { useT } from '../common/useT';
import { formatNumber } from '../whyfast/figures';

const HEIGHT = 200;
const M = { top: 10, right: 16, bottom: 36, left: 40 };
/** Each mode's series style (ChartParts' chart.css). */
const CLASS: Record<FailoverMode, string> = { kraft: 'chart-s1', zookeeper: 'chart-s2' };

export function FailoverChart({
  points,
  modes,
  partitions,
}: {
  points: readonly FailoverPoint[];
  modes: readonly FailoverMode[];
  partitions: readonly number[];
}) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const ref = useRef<HTMLDivElement>(null);
  const width = Math.min(useElementWidth(ref), 640);
  const x = scaleLog()
    .domain([Math.min(...partitions), Math.max(...partitions)])
    .range([M.left + 12, width - M.right - 12]);
  const top = max(points, (p) => p.maxMs ?? 0) ?? 0;
  const y = scaleLinear()
    .domain([0, top > 0 ? top / 1000 : 1])
    .nice()
    .range([HEIGHT - M.bottom, M.top]);
  const name = `${t('controller.failover.chart')}: ${modes.map((m) => t(`controller.failover.mode.${m}`)).join(', ')}`;
  return (
    <div ref={ref} className="failover-chart" data-testid="failover-chart">
      {width > 0 && (
        <figure style={{ width }}>
          <ChartCaption
            title={t('controller.failover.chart')}
            keys={modes.map((m) => ({
              className: CLASS[m],
              label: t(`controller.failover.mode.${m}`),
            }))}
          />
          <svg width={width} height={HEIGHT} role="img" aria-label={name}>
            <ChartAxes
              width={width}
              height={HEIGHT}
              m={M}
              yTicks={y.ticks(4)}
              y={y}
              yLabel={(v) => formatNumber(v, lang)}
              yTitle={t('controller.failover.axis.seconds')}
              xTicks={partitions}
              x={x}
              xLabel={(n) => formatNumber(n, lang)}
              xTitle={t('controller.failover.axis.partitions')}
            />
            {modes.map((m) => {
              const series = points.filter((p) => p.mode === m && p.medianMs !== null);
              const path =
                line<FailoverPoint>()
                  .x((p) => x(p.partitions))
                  .y((p) => y(p.medianMs! / 1000))(series) ?? '';
              return (
                <g key={m} className={`chart-series fo-series ${CLASS[m]}`} data-mode={m}>
                  <path d={path} />
                  {series.map((p) => (
                    <g key={p.partitions}>
                      <line
                        className="fo-range"
                        x1={x(p.partitions)}
                        x2={x(p.partitions)}
                        y1={y(p.minMs! / 1000)}
                        y2={y(p.maxMs! / 1000)}
                      />
                      <circle cx={x(p.partitions)} cy={y(p.medianMs! / 1000)} r={3.5} />
                    </g>
                  ))}
                </g>
              );
            })}
          </svg>
        </figure>
      )}
    </div>
  );
}
