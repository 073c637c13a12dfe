// The flights of a FlightLayer, kept in the DOM without React: on each store change it picks
// the messages to draw (FlightTracker), adds an element for each new one (flightDom.ts), removes
// those gone and moves every element by its `transform`. React rendered a component per shape
// and re-rendered the layer whenever one came or went — under load several times a second, each
// a commit of its own work — for elements whose only per-frame change is their position. The
// faint trails under them (one per pair of ends in use) are kept the same way.
import type { InFlightMessage } from '../../engine';
import type { SimState } from '../../store/simStore';
import { besideRoute, type Route } from '../cluster/geometry';
import { flightElement } from './flightDom';
import { FlightTracker, isStretched, visualProgress } from './flightVisual';
import type { KeyColor } from './keyColor';

/** Requests and responses keep to their own side of a route, this far from its middle, px. */
const LANE_PX = 5;

export interface FlightOptions {
  /** Whether this view draws the message (cheap: called for every message, every frame). */
  accepts(m: InFlightMessage): boolean;
  /** The message's route, or null while its ends are not on screen. */
  route(m: InFlightMessage): Route | null;
  /** A class for the shape (the view's own colours), if any. */
  variant?: ((m: InFlightMessage) => string | undefined) | undefined;
  keyColor: KeyColor;
}

export type FlightState = Pick<SimState, 'inFlight' | 'displayTime' | 'speed' | 'simId'>;

/** One pair of route ends drawn as a trail: [key, path, api]. */
type Trail = [key: string, d: string, api: string];

interface Drawn {
  route: Route | null;
  el: HTMLElement | null;
}

export class FlightDrawer {
  private readonly tracker = new FlightTracker();
  private shown: InFlightMessage[] = [];
  /** By message (the tracker hands out one object per message while it is drawn). */
  private readonly drawn = new Map<InFlightMessage, Drawn>();
  private simId: unknown = undefined;

  /** The trail paths drawn, by pair of ends. */
  private readonly trailPaths = new Map<string, SVGPathElement>();

  constructor(
    private readonly host: HTMLElement,
    private options: FlightOptions,
    /** Where the faint trails under the shapes go; none: no trails. */
    private readonly trailHost: SVGSVGElement | null,
  ) {}

  /** A store change: choose again if the messages, the clock or the run changed; move them. */
  sync(s: FlightState): void {
    if (s.simId !== this.simId) {
      this.simId = s.simId;
      this.tracker.reset();
      this.clear();
    }
    const next = this.tracker.update(
      s.inFlight.filter(this.options.accepts),
      s.displayTime,
      s.speed,
    );
    if (next !== this.shown) this.reconcile(next);
    this.place(s);
  }

  /** New options: another layout (routes), colours or variant (shapes), or filter. */
  setOptions(options: FlightOptions, s: FlightState): void {
    const before = this.options;
    this.options = options;
    if (options.keyColor !== before.keyColor || options.variant !== before.variant) this.clear();
    else if (options.route !== before.route)
      for (const [m, d] of this.drawn) {
        d.route = options.route(m);
        if (!d.route && d.el) {
          d.el.remove();
          d.el = null;
        }
      }
    this.shown = [];
    this.sync(s);
  }

  /** Remove every element (they are made again from the next sync). */
  clear(): void {
    for (const d of this.drawn.values()) d.el?.remove();
    this.drawn.clear();
    this.shown = [];
    this.drawTrails([]);
  }

  private reconcile(next: InFlightMessage[]): void {
    const keep = new Set(next);
    for (const [m, d] of this.drawn)
      if (!keep.has(m)) {
        d.el?.remove();
        this.drawn.delete(m);
      }
    const { route, variant, keyColor } = this.options;
    // In the order of `next` (msgId), whatever order they came in: the DOM, and so what an
    // export captures, is a function of the moment shown, not of how it was reached.
    let cursor = this.host.firstChild;
    for (const m of next) {
      let d = this.drawn.get(m);
      if (!d) this.drawn.set(m, (d = { route: route(m), el: null }));
      if (d.route && !d.el) d.el = flightElement(m, keyColor, variant?.(m));
      if (!d.el) continue;
      if (d.el === cursor) cursor = cursor.nextSibling;
      else this.host.insertBefore(d.el, cursor);
    }
    this.shown = next;
    if (this.trailHost) this.drawTrails(this.trails());
  }

  private drawTrails(trails: Trail[]): void {
    const keep = new Set(trails.map(([key]) => key));
    for (const [key, path] of this.trailPaths)
      if (!keep.has(key)) {
        path.remove();
        this.trailPaths.delete(key);
      }
    let cursor = this.trailHost?.firstChild ?? null;
    for (const [key, d, api] of trails) {
      let path = this.trailPaths.get(key);
      if (!path) {
        path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        this.trailPaths.set(key, path);
      }
      const cls = `flight-trail flight-trail-${api.toLowerCase()}`;
      if (path.getAttribute('class') !== cls) path.setAttribute('class', cls);
      if (path.getAttribute('d') !== d) path.setAttribute('d', d);
      if (path === cursor) cursor = cursor.nextSibling;
      else this.trailHost?.insertBefore(path, cursor);
    }
  }

  private place(s: Pick<SimState, 'displayTime' | 'speed'>): void {
    for (const m of this.shown) {
      const d = this.drawn.get(m);
      if (!d?.el || !d.route) continue;
      const t = visualProgress(m, s.displayTime, s.speed);
      const p = besideRoute(d.route, t, isStretched(m) ? LANE_PX : 0);
      d.el.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)`;
    }
  }

  /** One trail per pair of ends, whichever way the message goes; data traffic only. */
  private trails(): Trail[] {
    const seen = new Map<string, Trail>();
    for (const m of this.shown) {
      const r = this.drawn.get(m)?.route;
      if (!r || !isStretched(m)) continue;
      const key = m.from < m.to ? `${m.from}|${m.to}` : `${m.to}|${m.from}`;
      if (!seen.has(key)) seen.set(key, [key, r.d, m.api]);
    }
    return [...seen.values()];
  }
}
