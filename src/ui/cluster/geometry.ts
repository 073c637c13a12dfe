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

/** The direction of travel along a curve at t (not normalised). */
export function tangentOnCurve({ p0, c1, c2, p1 }: Curve, t: number): Point {
  const u = 1 - t;
  const a = 3 * u * u;
  const b = 6 * u * t;
  const c = 3 * t * t;
  return {
    x: a * (c1.x - p0.x) + b * (c2.x - c1.x) + c * (p1.x - c2.x),
    y: a * (c1.y - p0.y) + b * (c2.y - c1.y) + c * (p1.y - c2.y),
  };
}

/** A path a flight travels: its SVG `d`, and where it is at t ∈ [0, 1] and where it heads. */
export interface Route {
  d: string;
  at(t: number): Point;
  heading(t: number): Point;
}

export function curveRoute(c: Curve): Route {
  return {
    d: curvePath(c),
    at: (t) => pointOnCurve(c, t),
    heading: (t) => tangentOnCurve(c, t),
  };
}

/**
 * A polyline route through `points` (t by length along it), drawn with its corners rounded by
 * `radius` px.
 */
export function polylineRoute(points: Point[], radius = 6): Route {
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    lengths.push(lengths[i - 1]! + Math.hypot(b.x - a.x, b.y - a.y));
  }
  const total = lengths[lengths.length - 1]!;
  const segment = (t: number) => {
    const s = clamp01(t) * total;
    let i = 1;
    while (i < points.length - 1 && lengths[i]! < s) i++;
    const a = points[i - 1]!;
    const b = points[i]!;
    const len = lengths[i]! - lengths[i - 1]!;
    return { a, b, f: len > 0 ? (s - lengths[i - 1]!) / len : 0 };
  };
  const p = path();
  if (points.length > 0) p.moveTo(points[0]!.x, points[0]!.y);
  for (let i = 1; i < points.length; i++) {
    const cur = points[i]!;
    const next = points[i + 1];
    if (!next) {
      p.lineTo(cur.x, cur.y);
      break;
    }
    const prev = points[i - 1]!;
    const r = Math.min(
      radius,
      Math.hypot(cur.x - prev.x, cur.y - prev.y) / 2,
      Math.hypot(next.x - cur.x, next.y - cur.y) / 2,
    );
    const toward = (from: Point, to: Point, d: number) => {
      const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
      return { x: from.x + ((to.x - from.x) * d) / len, y: from.y + ((to.y - from.y) * d) / len };
    };
    const before = toward(cur, prev, r);
    const after = toward(cur, next, r);
    p.lineTo(before.x, before.y);
    p.quadraticCurveTo(cur.x, cur.y, after.x, after.y);
  }
  return {
    d: points.length > 1 ? p.toString() : '',
    at(t) {
      if (points.length < 2) return points[0] ?? { x: 0, y: 0 };
      const { a, b, f } = segment(t);
      return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
    },
    heading(t) {
      if (points.length < 2) return { x: 1, y: 0 };
      const { a, b } = segment(t);
      return { x: b.x - a.x, y: b.y - a.y };
    },
  };
}

/** The point `px` to the right of the direction of travel at t (two lanes, one per way). */
export function besideRoute(route: Route, t: number, px: number): Point {
  const p = route.at(t);
  if (px === 0) return p;
  const h = route.heading(t);
  const len = Math.hypot(h.x, h.y);
  if (len === 0) return p;
  // Screen y points down: the right-hand normal of (x, y) is (−y, x).
  return { x: p.x - (h.y / len) * px, y: p.y + (h.x / len) * px };
}
