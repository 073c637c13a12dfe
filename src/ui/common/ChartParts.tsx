// What the small line charts (the failover comparison's, the linger.ms sweep's) draw alike: the
// caption with the title and a line swatch per series, and the axes — horizontal grid lines with
// their values on the left, the x values along the bottom and the axis titles. Each chart draws
// its own series; a series' class (chart-s1, chart-s2 in chart.css: its colour and dash) is shared
// by its path, its points and its swatch.
import type { ReactNode } from 'react';
import './chart.css';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export function ChartCaption({
  title,
  keys,
}: {
  title: string;
  keys: readonly { className: string; label: string }[];
}) {
  return (
    <figcaption className="small chart-caption">
      <strong>{title}</strong>
      {keys.map((k) => (
        <span key={k.className} className={`chart-key ${k.className}`}>
          <svg width="18" height="8" aria-hidden="true">
            <line x1="0" x2="18" y1="4" y2="4" />
          </svg>
          {k.label}
        </span>
      ))}
    </figcaption>
  );
}

export function ChartAxes({
  width,
  height,
  m,
  yTicks,
  y,
  yLabel,
  yTitle,
  xTicks,
  x,
  xLabel,
  xTitle,
}: {
  width: number;
  height: number;
  m: Margins;
  yTicks: readonly number[];
  y: (v: number) => number;
  yLabel: (v: number) => ReactNode;
  /** Written at the top left, when the chart's name does not say the unit. */
  yTitle?: string;
  xTicks: readonly number[];
  x: (v: number) => number | undefined;
  xLabel: (v: number) => ReactNode;
  xTitle: string;
}) {
  return (
    <g className="chart-axis">
      {yTicks.map((v) => (
        <g key={v} transform={`translate(0,${y(v)})`}>
          <line x1={m.left} x2={width - m.right} className="chart-grid-line" />
          <text x={m.left - 6} dy="0.32em" textAnchor="end">
            {yLabel(v)}
          </text>
        </g>
      ))}
      {yTitle !== undefined && (
        <text x={4} y={m.top + 4} className="chart-axis-title">
          {yTitle}
        </text>
      )}
      {xTicks.map((v) => (
        <text key={v} x={x(v)} y={height - m.bottom + 16} textAnchor="middle">
          {xLabel(v)}
        </text>
      ))}
      <text
        x={(m.left + width - m.right) / 2}
        y={height - 4}
        textAnchor="middle"
        className="chart-axis-title"
      >
        {xTitle}
      </text>
    </g>
  );
}
