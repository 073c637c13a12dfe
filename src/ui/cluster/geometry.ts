// Where lines and flights go between two boxes of the cluster view, in container pixels.
// Links and flights share one curve shape, so a record visibly travels along the line.
import { path } from 'd3';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A cubic Bézier from p0 to p1 with control points c1, c2. */
export interface Curve {
  p0: Point;
  c1: Point;
  c2: Point;
  p1: Point;
}

const mid = (r: Rect) => r.y + r.h / 2;

/** Leaves p0 and reaches p1 horizontally: the shape of a link between two columns. */
export function sCurve(p0: Point, p1: Point): Curve {
  const mx = (p0.x + p1.x) / 2;
  return { p0, c1: { x: mx, y: p0.y }, c2: { x: mx, y: p1.y }, p1 };
}

/**
 * Side by side: from facing edge to facing edge. Stacked (the brokers column): from right
 * edge to right edge, bowing out to the right so the path stays off the logs.
 */
export function curveBetween(a: Rect, b: Rect): Curve {
  if (a.x + a.w <= b.x) return sCurve({ x: a.x + a.w, y: mid(a) }, { x: b.x, y: mid(b) });
  if (b.x + b.w <= a.x) return sCurve({ x: a.x, y: mid(a) }, { x: b.x + b.w, y: mid(b) });
  const p0 = { x: a.x + a.w, y: mid(a) };
  const p1 = { x: b.x + b.w, y: mid(b) };
  const bow = 16 + Math.min(Math.abs(p1.y - p0.y) * 0.08, 20);
  const x = Math.max(p0.x, p1.x) + bow;
  return { p0, c1: { x, y: p0.y }, c2: { x, y: p1.y }, p1 };
}

export function pointOnCurve({ p0, c1, c2, p1 }: Curve, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * p0.x + b * c1.x + c * c2.x + d * p1.x,
    y: a * p0.y + b * c1.y + c * c2.y + d * p1.y,
  };
}

export function curvePath({ p0, c1, c2, p1 }: Curve): string {
  const p = path();
  p.moveTo(p0.x, p0.y);
  p.bezierCurveTo(c1.x, c1.y, c2.x, c2.y, p1.x, p1.y);
  return p.toString();
}

export function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}
