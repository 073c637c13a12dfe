// A broker's replicas as a heat map: one small square each, in topic then partition order,
// coloured by state (leads it, follows in the ISR, follows out of it, no leader). One canvas per
// broker instead of a row per replica: 600 replicas are 600 squares of paint, not 6,000 elements.
// Colours repeat the card's counts in text, never replace them; hovering a square names it, and
// clicking one drills down to its topic.
import { memo, useEffect, useRef, useState } from 'react';
import { useT } from '../common/useT';
import { CellState, type BrokerSummary } from './overview';

/** A square and the gap after it, CSS px. */
const CELL = 7;
const PITCH = 9;

/** CSS custom properties the states are drawn in (app.css), so the theme applies. */
const STATE_COLOR_VARS: Record<CellState, string> = {
  [CellState.Leader]: '--accent',
  [CellState.InSync]: '--link',
  [CellState.OutOfSync]: '--warn',
  [CellState.NoLeader]: '--bad',
};

const STATE_LABEL = {
  [CellState.Leader]: 'overview.cell.leader',
  [CellState.InSync]: 'overview.cell.inSync',
  [CellState.OutOfSync]: 'overview.cell.outOfSync',
  [CellState.NoLeader]: 'overview.cell.noLeader',
} as const;

interface Props {
  broker: number;
  summary: BrokerSummary;
  onPick(topic: string): void;
}

export const PartitionHeatMap = memo(function PartitionHeatMap({ broker, summary, onPick }: Props) {
  const t = useT();
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const [hover, setHover] = useState<number | null>(null);
  const perLine = Math.max(1, Math.floor((width + PITCH - CELL) / PITCH));
  const lines = Math.ceil(summary.cells.length / perLine);
  const height = Math.max(0, lines * PITCH - (PITCH - CELL));

  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    setWidth(el.clientWidth);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const c = canvas.current;
    if (!c || width === 0) return;
    const dpr = window.devicePixelRatio || 1;
    c.width = Math.round(width * dpr);
    c.height = Math.round(height * dpr);
    const g = c.getContext('2d');
    if (!g) return;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, width, height);
    const style = getComputedStyle(c);
    const colors = Object.values(STATE_COLOR_VARS).map((v) => style.getPropertyValue(v).trim());
    summary.cells.forEach((state, i) => {
      g.fillStyle = colors[state] ?? '#888';
      g.fillRect((i % perLine) * PITCH, Math.floor(i / perLine) * PITCH, CELL, CELL);
    });
  }, [summary, width, height, perLine]);

  const cellAt = (e: React.MouseEvent<HTMLCanvasElement>): number | null => {
    const r = e.currentTarget.getBoundingClientRect();
    const col = Math.floor((e.clientX - r.left) / PITCH);
    const row = Math.floor((e.clientY - r.top) / PITCH);
    const i = row * perLine + col;
    return col < perLine && i >= 0 && i < summary.cells.length ? i : null;
  };
  const hovered = hover !== null ? summary.refs[hover] : undefined;

  return (
    <div className="heat" ref={wrap}>
      <canvas
        ref={canvas}
        className="heat-map"
        style={{ width: `${width}px`, height: `${height}px` }}
        data-testid={`heat-map-${broker}`}
        data-cells={summary.cells.length}
        role="img"
        aria-label={t('overview.heat.label', { id: broker, count: summary.cells.length })}
        onMouseMove={(e) => setHover(cellAt(e))}
        onMouseLeave={() => setHover(null)}
        onClick={(e) => {
          const i = cellAt(e);
          if (i !== null) onPick(summary.refs[i]!.topic);
        }}
      />
      <p className="heat-hover muted small" aria-live="off">
        {hovered && hover !== null
          ? t('overview.cell', {
              topic: hovered.topic,
              partition: hovered.partition,
              state: t(STATE_LABEL[summary.cells[hover] as CellState]),
            })
          : '\u00a0'}
      </p>
    </div>
  );
});
