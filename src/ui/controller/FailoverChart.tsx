// Time to a new active controller against partitions, drawn with d3: a log scale for the
// partition counts, a linear one for seconds, d3.line through each mode's medians and a bar over
// each point's seeds. The same numbers are in FailoverTable; the chart is an image with a name.
import { line, max, scaleLinear, scaleLog } from 'd3';
import { useRef } from 'react';
import type { FailoverMode, FailoverPoint } from '../../store/failover/failoverParams';
import { useSimStore } from '../../store/simStore';
import { useElementWidth } from '../common/useElementWidth';
import { useT } from '../common/useT';
import { formatNumber } from '../whyfast/figures';

const HEIGHT = 200;
const M = { top: 10, right: 16, bottom: 36, left: 40 };
const CLASS: Record<FailoverMode, string> = { kraft: 'fo-kraft', zookeeper: 'fo-zk' };

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
          <figcaption className="small">
            <strong>{t('controller.failover.chart')}</strong>
            {modes.map((m) => (
              <span key={m} className={`fo-key ${CLASS[m]}`}>
                <svg width="18" height="8" aria-hidden="true">
                  <line x1="0" x2="18" y1="4" y2="4" />
                </svg>
                {t(`controller.failover.mode.${m}`)}
              </span>
            ))}
          </figcaption>
          <svg width={width} height={HEIGHT} role="img" aria-label={name}>
            <g className="fo-axis">
              {y.ticks(4).map((v) => (
                <g key={v} transform={`translate(0,${y(v)})`}>
                  <line x1={M.left} x2={width - M.right} className="fo-grid-line" />
                  <text x={M.left - 6} dy="0.32em" textAnchor="end">
                    {formatNumber(v, lang)}
                  </text>
                </g>
              ))}
              <text x={4} y={M.top + 4} className="fo-axis-title">
                {t('controller.failover.axis.seconds')}
              </text>
              {partitions.map((n) => (
                <text key={n} x={x(n)} y={HEIGHT - M.bottom + 16} textAnchor="middle">
                  {formatNumber(n, lang)}
                </text>
              ))}
              <text
                x={(M.left + width - M.right) / 2}
                y={HEIGHT - 4}
                textAnchor="middle"
                className="fo-axis-title"
              >
                {t('controller.failover.axis.partitions')}
              </text>
            </g>
            {modes.map((m) => {
              const series = points.filter((p) => p.mode === m && p.medianMs !== null);
              const path =
                line<FailoverPoint>()
                  .x((p) => x(p.partitions))
                  .y((p) => y(p.medianMs! / 1000))(series) ?? '';
              return (
                <g key={m} className={`fo-series ${CLASS[m]}`} data-mode={m}>
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
