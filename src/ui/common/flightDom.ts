// A flight's element, built without React (FlightDrawer adds and removes these as messages come
// and go; the element then only has its transform set each frame). The DOM is what the views'
// styles (flights.css, replication.css) and the browser tests read: a zero-size .flight-pos
// wrapper at the flight's point, with the message's data attributes, around its shape.
import type { InFlightMessage } from '../../engine';
import type { KeyColor } from './keyColor';
import { isStretched } from './flightVisual';

/** Above this many records a batch is drawn by runs of one key, not one segment per record. */
const SEGMENTS_MAX = 8;
/** Runs drawn at most in a big batch; the rest share the last segment. */
const RUNS_MAX = 12;

const SVG = 'http://www.w3.org/2000/svg';

/** The positioned wrapper and the message's shape in it. */
export function flightElement(
  msg: InFlightMessage,
  keyColor: KeyColor,
  extra: string | undefined,
): HTMLElement {
  const pos = document.createElement('div');
  pos.className = 'flight-pos';
  const d = pos.dataset;
  d.testid = 'flight';
  d.msg = String(msg.msgId);
  d.from = msg.from;
  d.to = msg.to;
  d.api = msg.api;
  d.response = String(msg.response);
  d.count = String(msg.records.length);
  pos.append(flightShape(msg, keyColor, extra));
  return pos;
}

/**
 * What a message looks like. Records: one pill per batch, a segment per record (by runs of
 * one key in a big batch) in its key's colour, in offset order, with a count. A produce
 * response: the ack, a check. A Fetch request: an outlined ring; an empty response: a filled
 * dot. Other requests (heartbeats, group and controller traffic): small and faint.
 */
function flightShape(msg: InFlightMessage, keyColor: KeyColor, extra: string | undefined): Element {
  const cls = (base: string) =>
    `flight ${base} flight-${msg.api.toLowerCase()}${extra ? ` ${extra}` : ''}`;
  const n = msg.records.length;
  if (n > 0) {
    const batch = document.createElement('div');
    batch.className = cls('flight-batch');
    batch.dataset.testid = 'flight-batch';
    batch.dataset.count = String(n);
    const segments = document.createElement('span');
    segments.className = 'flight-segments';
    const runs =
      n <= SEGMENTS_MAX ? msg.records.map((r) => ({ key: r.key, count: 1 })) : runsOf(msg.records);
    const { width, image } = segmentStripes(runs, n > SEGMENTS_MAX, keyColor);
    segments.style.width = `${width}px`;
    segments.style.backgroundImage = image;
    batch.append(segments);
    if (n > 1) {
      const count = document.createElement('span');
      count.className = 'flight-count';
      count.textContent = `×${n}`;
      batch.append(count);
    }
    return batch;
  }
  if (msg.api === 'Produce' && msg.response) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', cls('flight-ack'));
    svg.setAttribute('viewBox', '-8 -8 16 16');
    const circle = document.createElementNS(SVG, 'circle');
    circle.setAttribute('r', '6.5');
    const check = document.createElementNS(SVG, 'path');
    check.setAttribute('d', 'M-3 0.3 -0.8 2.5 3.2 -2');
    svg.append(circle, check);
    return svg;
  }
  const dot = document.createElement('span');
  dot.className = cls(
    `${isStretched(msg) ? 'flight-data' : 'flight-control'} ${msg.response ? 'flight-response' : 'flight-request'}`,
  );
  return dot;
}

/** A segment's width and the gap between two, px (a run of one key in a big batch: at least SEG_MIN). */
const SEG_W = 7;
const SEG_GAP = 1;
const SEG_MIN = 2;
/** The segments of a big batch share this width, px; a small one's is at least MIN_W. */
const RUNS_W = 44;
const MIN_W = 12;

/**
 * The segments as hard-edged stripes of one gradient, gaps transparent (the pill shows through):
 * one element per batch instead of one per record or run, for a shape made and dropped many
 * times a second.
 */
function segmentStripes(
  runs: { key: string | null; count: number }[],
  big: boolean,
  keyColor: KeyColor,
): { width: number; image: string } {
  const gaps = (runs.length - 1) * SEG_GAP;
  const total = runs.reduce((a, r) => a + r.count, 0);
  const widths = big
    ? runs.map((r) => Math.max(SEG_MIN, ((RUNS_W - gaps) * r.count) / total))
    : runs.map(() => SEG_W);
  const sum = widths.reduce((a, w) => a + w, 0) + gaps;
  // A lone record stretches to the pill's least width, as a flex segment would.
  if (sum < MIN_W) widths[widths.length - 1]! += MIN_W - sum;
  const stops: string[] = [];
  let x = 0;
  runs.forEach((r, i) => {
    if (i > 0) {
      stops.push(`transparent ${px(x)} ${px(x + SEG_GAP)}`);
      x += SEG_GAP;
    }
    stops.push(`${keyColor(r.key)} ${px(x)} ${px(x + widths[i]!)}`);
    x += widths[i]!;
  });
  return {
    width: Math.round(x * 10) / 10,
    image: `linear-gradient(to right, ${stops.join(', ')})`,
  };
}

const px = (n: number) => `${Math.round(n * 10) / 10}px`;

function runsOf(records: InFlightMessage['records']) {
  const runs: { key: string | null; count: number }[] = [];
  for (const r of records) {
    const last = runs[runs.length - 1];
    if (last && (last.key === r.key || runs.length >= RUNS_MAX)) last.count++;
    else runs.push({ key: r.key, count: 1 });
  }
  return runs;
}
