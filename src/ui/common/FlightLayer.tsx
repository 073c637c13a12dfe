// The messages on the simulated network as shapes moving along routes; the cluster and the
// replication views share it. How long a flight is drawn and where it stands are the rules of
// flightVisual.ts (the engine's sentAt/arriveAt stretched to a minimum on-screen time, never
// ahead of the engine). Per frame React does nothing: a store subscription moves each shape's
// wrapper by its `transform` (on the compositor); React renders only when a shape comes or
// goes. A framer-motion component per message cost about half the frame budget (34 vs 60 fps
// at 1×, measured), so the fade-in is a CSS animation.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { InFlightMessage } from '../../engine';
import { useSimStore, type SimState } from '../../store/simStore';
import { besideRoute, type Route } from '../cluster/geometry';
import { useKeyColor, type KeyColor } from './keyColor';
import { FlightTracker, isStretched, visualProgress } from './flightVisual';
import '../cluster/flights.css';

/** Requests and responses keep to their own side of a route, this far from its middle, px. */
const LANE_PX = 5;

export interface FlightLayerProps {
  /** Whether this view draws the message (cheap: called for every message, every frame). */
  accepts(m: InFlightMessage): boolean;
  /** The message's route, or null while its ends are not on screen. */
  route(m: InFlightMessage): Route | null;
  /** A class for the shape (the view's own colours), if any. */
  variant?(m: InFlightMessage): string | undefined;
  /** Draw each route shown as a faint trail under the shapes. */
  trails?: boolean;
}

/** Keep `accepts`, `route` and `variant` stable (useCallback): a new one re-renders every shape. */
export const FlightLayer = memo(function FlightLayer({
  accepts,
  route,
  variant,
  trails = false,
}: FlightLayerProps) {
  const keyColor = useKeyColor();
  const tracker = useRef<FlightTracker | null>(null);
  tracker.current ??= new FlightTracker();
  const acceptsRef = useRef(accepts);
  acceptsRef.current = accepts;
  const shownRef = useRef<InFlightMessage[]>([]);
  const [shown, setShown] = useState<InFlightMessage[]>(() =>
    select(tracker.current!, useSimStore.getState(), accepts),
  );
  shownRef.current = shown;
  // A message's route is worked out once per `route` (that is, per layout): shapes come and go
  // every few frames under load, the others keep theirs.
  const known = useRef<{
    route: FlightLayerProps['route'];
    byMsg: Map<InFlightMessage, Route | null>;
  } | null>(null);
  const before = known.current?.route === route ? known.current.byMsg : null;
  const byMsg = new Map<InFlightMessage, Route | null>();
  const routes = new Map<number, Route>();
  for (const m of shown) {
    const cached = before?.get(m);
    const r = cached !== undefined ? cached : route(m);
    byMsg.set(m, r);
    if (r) routes.set(m.msgId, r);
  }
  known.current = { route, byMsg };
  const routesRef = useRef(routes);
  routesRef.current = routes;
  const elements = useRef(new Map<number, HTMLElement>());

  const place = useCallback((s: Pick<SimState, 'displayTime' | 'speed'>) => {
    for (const m of shownRef.current) {
      const el = elements.current.get(m.msgId);
      const r = routesRef.current.get(m.msgId);
      if (!el || !r) continue;
      const t = visualProgress(m, s.displayTime, s.speed);
      const p = besideRoute(r, t, isStretched(m) ? LANE_PX : 0);
      el.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)`;
    }
  }, []);

  // Every render (a shape came or went, the layout moved): place them before paint.
  useLayoutEffect(() => place(useSimStore.getState()));

  useEffect(() => {
    const t = tracker.current!;
    const sync = (s: SimState, prev: SimState) => {
      if (s.simId !== prev.simId) t.reset();
      const next = select(t, s, acceptsRef.current);
      if (next !== shownRef.current) setShown(next);
      place(s);
    };
    const unsubscribe = useSimStore.subscribe((s, prev) => {
      if (
        s.displayTime !== prev.displayTime ||
        s.inFlight !== prev.inFlight ||
        s.speed !== prev.speed ||
        s.simId !== prev.simId
      )
        sync(s, prev);
    });
    return unsubscribe;
  }, [place]);

  // A new `accepts` (another partition picked): choose again.
  useEffect(() => {
    const next = select(tracker.current!, useSimStore.getState(), accepts);
    if (next !== shownRef.current) setShown(next);
  }, [accepts]);

  const bind = useCallback((id: number) => {
    return (el: HTMLElement | null) => {
      if (el) elements.current.set(id, el);
      else elements.current.delete(id);
    };
  }, []);

  const trailList = trails ? uniqueTrails(shown, routes) : [];
  return (
    <div className="flights" aria-hidden="true">
      {trailList.length > 0 && (
        <svg className="overlay flight-trails">
          {trailList.map(([key, d, api]) => (
            <path key={key} d={d} className={`flight-trail flight-trail-${api.toLowerCase()}`} />
          ))}
        </svg>
      )}
      {shown.map((m) =>
        routes.has(m.msgId) ? (
          <FlightPos key={m.msgId} msg={m} bind={bind} extra={variant?.(m)} keyColor={keyColor} />
        ) : null,
      )}
    </div>
  );
});

function select(
  tracker: FlightTracker,
  s: Pick<SimState, 'inFlight' | 'displayTime' | 'speed'>,
  accepts: (m: InFlightMessage) => boolean,
): InFlightMessage[] {
  return tracker.update(s.inFlight.filter(accepts), s.displayTime, s.speed);
}

function uniqueTrails(shown: InFlightMessage[], routes: Map<number, Route>) {
  const seen = new Map<string, [string, string, string]>();
  for (const m of shown) {
    const r = routes.get(m.msgId);
    if (!r || !isStretched(m)) continue;
    // One trail per pair of ends, whichever way the message goes.
    const key = m.from < m.to ? `${m.from}|${m.to}` : `${m.to}|${m.from}`;
    if (!seen.has(key)) seen.set(key, [key, r.d, m.api]);
  }
  return [...seen.values()];
}

const FlightPos = memo(function FlightPos({
  msg,
  bind,
  extra,
  keyColor,
}: {
  msg: InFlightMessage;
  bind: (id: number) => (el: HTMLElement | null) => void;
  extra: string | undefined;
  keyColor: KeyColor;
}) {
  const ref = useMemo(() => bind(msg.msgId), [bind, msg.msgId]);
  return (
    <div
      ref={ref}
      className="flight-pos"
      data-testid="flight"
      data-msg={msg.msgId}
      data-from={msg.from}
      data-to={msg.to}
      data-api={msg.api}
      data-response={msg.response}
      data-count={msg.records.length}
    >
      <FlightShape msg={msg} keyColor={keyColor} extra={extra} />
    </div>
  );
});

/** Above this many records a batch is drawn by runs of one key, not one segment per record. */
const SEGMENTS_MAX = 8;
/** Runs drawn at most in a big batch; the rest share the last segment. */
const RUNS_MAX = 12;

/**
 * What a message looks like. Records: one pill per batch, a segment per record (by runs of
 * one key in a big batch) in its key's colour, in offset order, with a count. A produce
 * response: the ack, a check. A Fetch request: an outlined ring; an empty response: a filled
 * dot. Other requests (heartbeats, group and controller traffic): small and faint.
 */
export const FlightShape = memo(function FlightShape({
  msg,
  keyColor,
  extra,
}: {
  msg: InFlightMessage;
  keyColor: KeyColor;
  extra?: string | undefined;
}) {
  const cls = (base: string) =>
    `flight ${base} flight-${msg.api.toLowerCase()}${extra ? ` ${extra}` : ''}`;
  const n = msg.records.length;
  if (n > 0) {
    const segments =
      n <= SEGMENTS_MAX ? msg.records.map((r) => ({ key: r.key, count: 1 })) : runsOf(msg.records);
    return (
      <div className={cls('flight-batch')} data-testid="flight-batch" data-count={n}>
        <span className={`flight-segments${n > SEGMENTS_MAX ? ' flight-segments-runs' : ''}`}>
          {segments.map((s, i) => (
            <span
              key={i}
              className="flight-seg"
              style={{ backgroundColor: keyColor(s.key), flexGrow: s.count }}
            />
          ))}
        </span>
        {n > 1 && <span className="flight-count">×{n}</span>}
      </div>
    );
  }
  if (msg.api === 'Produce' && msg.response)
    return (
      <svg className={cls('flight-ack')} viewBox="-8 -8 16 16">
        <circle r={6.5} />
        <path d="M-3 0.3 -0.8 2.5 3.2 -2" />
      </svg>
    );
  const data = isStretched(msg);
  return (
    <span
      className={cls(
        `${data ? 'flight-data' : 'flight-control'} ${msg.response ? 'flight-response' : 'flight-request'}`,
      )}
    />
  );
});

function runsOf(records: InFlightMessage['records']) {
  const runs: { key: string | null; count: number }[] = [];
  for (const r of records) {
    const last = runs[runs.length - 1];
    if (last && (last.key === r.key || runs.length >= RUNS_MAX)) last.count++;
    else runs.push({ key: r.key, count: 1 });
  }
  return runs;
}
