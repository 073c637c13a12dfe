// Where lines and flights go between two boxes of the cluster view, in container pixels.
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

/** A quadratic Bézier from p0 to p1 bent towards c. */
export interface Curve {
  p0: Point;
  c: Point;
  p1: Point;
}

const mid = (r: Rect) => r.y + r.h / 2;

/**
 * Side by side: from facing edge to facing edge, straight. Stacked (the brokers column):
 * from right edge to right edge, bowing out to the right so the path stays off the logs.
 */
export function curveBetween(a: Rect, b: Rect): Curve {
  if (a.x + a.w <= b.x) return straight({ x: a.x + a.w, y: mid(a) }, { x: b.x, y: mid(b) });
  if (b.x + b.w <= a.x) return straight({ x: a.x, y: mid(a) }, { x: b.x + b.w, y: mid(b) });
  const p0 = { x: a.x + a.w, y: mid(a) };
  const p1 = { x: b.x + b.w, y: mid(b) };
  const bow = 18 + Math.min(Math.abs(p1.y - p0.y) * 0.12, 26);
  return { p0, c: { x: Math.max(p0.x, p1.x) + bow * 2, y: (p0.y + p1.y) / 2 }, p1 };
}

function straight(p0: Point, p1: Point): Curve {
  return { p0, c: { x: (p0.x + p1.x) / 2, y: (p0.y + p1.y) / 2 }, p1 };
}

export function pointOnCurve({ p0, c, p1 }: Curve, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * p0.x + 2 * u * t * c.x + t * t * p1.x,
    y: u * u * p0.y + 2 * u * t * c.y + t * t * p1.y,
  };
}

/** A horizontal S-curve for a consumer's link to the partition it reads. */
export function linkPath(from: Point, to: Point): string {
  const p = path();
  const dx = (to.x - from.x) / 2;
  p.moveTo(from.x, from.y);
  p.bezierCurveTo(from.x + dx, from.y, to.x - dx, to.y, to.x, to.y);
  return p.toString();
}

export function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}
