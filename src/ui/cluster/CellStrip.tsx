// A replica row's newest offsets drawn on one canvas: the same cells as OffsetCell (26×22 boxes
// coloured by key, the offset in them, hatched and outlined above the high watermark, the HW
// marker) for a row that gains records faster than anyone reads them. Under load each row gains
// several records a frame; as DOM cells each append and removal was laid out and painted, which
// cost most of the frame (issue #12: the cluster view at 1,000 records/s). A canvas is one box
// whose size never changes, so an append is one small raster and no layout. The row still names
// its offsets in its aria-label, and hovering a cell shows the cell's own tooltip.
import { useLayoutEffect, useRef, type MouseEvent } from 'react';
import type { RecordSnapshot } from '../../engine';
import { textOn, type KeyColor } from '../common/keyColor';
import { useSimStore } from '../../store/simStore';
import type { RecordTitle } from './OffsetCell';
import { REDRAW_MS, cancelDraw, scheduleDraw } from './stripDraws';

/** Keep in step with .cell in cluster.css and CELL_STEP in ReplicaRow.tsx. */
const CELL_W = 26;
const CELL_GAP = 2;
/** The HW marker: 3 px wide with 1 px margins (.hw-marker). */
const HW_W = 5;

interface Props {
  records: readonly RecordSnapshot[];
  /** Index of the first record at or above the HW (the marker goes before it); -1: none. */
  hwIndex: number;
  /** Draw the HW marker (leader rows); after the last cell when every record is committed. */
  showHw: boolean;
  hw: number;
  keyColor: KeyColor;
  titleOf: RecordTitle;
  /** The broker's status: an offline broker's card veils its rows (cluster.css). */
  status: string;
}

/** The compact rows' media query (cluster.css), asked once. */
let compactQuery: MediaQueryList | null = null;
const compact = () =>
  (compactQuery ??= window.matchMedia('(max-width: 760px), (max-height: 520px)'));

interface Layout {
  x: number[];
  hwX: number | null;
  width: number;
}

function layout(n: number, hwIndex: number, showHw: boolean): Layout {
  const x: number[] = [];
  let at = 0;
  let hwX: number | null = null;
  for (let i = 0; i < n; i++) {
    if (showHw && i === hwIndex) {
      hwX = at;
      at += HW_W;
    }
    x.push(at);
    at += CELL_W + CELL_GAP;
  }
  if (showHw && hwX === null && n > 0) {
    hwX = at;
    at += HW_W;
  }
  return { x, hwX, width: Math.max(0, at - CELL_GAP) };
}

/** The 135° hatch of .cell-uncommitted as a pattern, made once per context. */
const hatches = new WeakMap<CanvasRenderingContext2D, CanvasPattern | string>();
function hatch(ctx: CanvasRenderingContext2D): CanvasPattern | string {
  let p = hatches.get(ctx);
  if (p === undefined) {
    const tile = document.createElement('canvas');
    tile.width = tile.height = 5;
    const t = tile.getContext('2d');
    if (t) {
      t.strokeStyle = 'rgb(255 255 255 / 38%)';
      t.lineWidth = 2;
      for (const d of [-5, 0, 5]) {
        t.beginPath();
        t.moveTo(d, 5);
        t.lineTo(d + 5, 0);
        t.stroke();
      }
    }
    p = ctx.createPattern(tile, 'repeat') ?? 'transparent';
    hatches.set(ctx, p);
  }
  return p;
}

interface Look {
  look: string;
  ink: string;
  accent: string;
  veil: string;
  font: string;
  h: number;
}

interface Frame {
  records: readonly RecordSnapshot[];
  geo: Layout;
  hw: number;
  keyColor: KeyColor;
}

function draw(canvas: HTMLCanvasElement, look: Look, { records, geo, hw, keyColor }: Frame) {
  const { ink, accent, veil, h } = look;
  const dpr = window.devicePixelRatio || 1;
  const w = Math.max(1, geo.width);
  if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  records.forEach((r, i) => {
    const x = geo.x[i]!;
    ctx.fillStyle = keyColor(r.key);
    ctx.beginPath();
    ctx.roundRect(x, 0, CELL_W, h, 4);
    ctx.fill();
    if (veil) {
      ctx.fillStyle = veil;
      ctx.fill();
    }
    if (r.offset >= hw) {
      // Above the HW: the hatch and dashed outline of .cell-uncommitted.
      ctx.fillStyle = hatch(ctx);
      ctx.fillRect(x, 0, CELL_W, h);
      ctx.strokeStyle = ink;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([3, 2]);
      ctx.strokeRect(x + 0.75, 0.75, CELL_W - 1.5, h - 1.5);
      ctx.setLineDash([]);
    }
  });
  // The numbers last, one font change per size (setting a font is costly).
  for (const wide of [false, true]) {
    ctx.font = `600 ${wide ? 8.5 : 11}px ${look.font}`;
    records.forEach((r, i) => {
      if (r.offset >= 1000 !== wide) return;
      ctx.fillStyle = veil ? ink : textOn(keyColor(r.key));
      ctx.fillText(String(r.offset), geo.x[i]! + CELL_W / 2, h / 2 + 0.5, CELL_W - 1);
    });
  }
  if (geo.hwX !== null) {
    ctx.fillStyle = accent;
    ctx.beginPath();
    ctx.roundRect(geo.hwX + 1, 0, 3, h, 2);
    ctx.fill();
  }
}

export function CellStrip({ records, hwIndex, showHw, hw, keyColor, titleOf, status }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const geo = layout(records.length, hwIndex, showHw);

  // Reading computed style or a size forces a style and layout pass in the middle of a commit:
  // done once per look (theme, compact rows, the broker's status), not once per draw.
  const theme = useSimStore((st) => st.theme);
  const playing = useSimStore((st) => st.playing);
  const look = `${theme}|${compact().matches}|${status}`;
  const lookRef = useRef<Look | null>(null);
  /** The frame to draw next, and the one on the canvas (for the tooltip). */
  const latest = useRef<Frame | null>(null);
  const shown = useRef<Frame | null>(null);
  const lastDraw = useRef(-Infinity);

  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    latest.current = { records, geo, hw, keyColor };
    const paint = () => {
      const frame = latest.current;
      if (!frame || !lookRef.current || !ref.current) return;
      lastDraw.current = performance.now();
      draw(ref.current, lookRef.current, frame);
      shown.current = frame;
    };
    let now = lookRef.current?.look !== look;
    if (now) {
      const cs = getComputedStyle(canvas);
      lookRef.current = {
        look,
        ink: cs.color,
        accent: cs.getPropertyValue('--accent').trim() || cs.color,
        // An offline broker's rows: key colours under the card's veil, text in ink (as .cell).
        veil: cs.getPropertyValue('--strip-veil').trim(),
        font: cs.fontFamily,
        h: canvas.clientHeight || 22,
      };
    }
    // While the run plays a strip shows rows that gain more than a dozen records a second,
    // faster than anyone reads single cells, and each redraw is a raster and a texture upload: it
    // redraws at most every REDRAW_MS, a few strips a frame (stripDraws.ts), lagging the engine
    // by about that. A paused run (a seek, a step, an export's frames) shows the moment at once.
    now ||= !playing || lastDraw.current === -Infinity;
    if (now) {
      cancelDraw(ref);
      paint();
    } else scheduleDraw(ref, lastDraw.current + REDRAW_MS, paint);
  });
  useLayoutEffect(() => () => cancelDraw(ref), []);

  /** The hovered cell's tooltip, as the DOM cell's title would give it. */
  const onMove = (e: MouseEvent<HTMLCanvasElement>) => {
    const canvas = e.currentTarget;
    const x = e.clientX - canvas.getBoundingClientRect().left;
    const frame = shown.current;
    const i = frame ? frame.geo.x.findIndex((cx) => x >= cx && x < cx + CELL_W) : -1;
    const r = frame && i >= 0 ? frame.records[i] : undefined;
    const title = r && frame ? titleOf(r.offset, r.key, r.value, r.offset >= frame.hw) : '';
    if (canvas.title !== title) canvas.title = title;
  };

  const first = records[0];
  const last = records.at(-1);
  return (
    <canvas
      ref={ref}
      className="cell-strip"
      style={{ width: `${geo.width}px` }}
      data-testid="cell-strip"
      data-from={first?.offset}
      data-to={last?.offset}
      aria-hidden="true"
      onMouseMove={onMove}
    />
  );
}
