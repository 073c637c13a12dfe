// The messages on the simulated network as shapes moving along routes; the cluster and the
// replication views share it. How long a flight is drawn and where it stands are the rules of
// flightVisual.ts (the engine's sentAt/arriveAt stretched to a minimum on-screen time, never
// ahead of the engine). React renders the layer; the shapes and their faint trails are plain DOM
// kept by FlightDrawer from a store subscription (added and removed as messages come and go,
// moved each frame by their `transform`), so a flight coming or going is no React commit.
import { memo, useLayoutEffect, useRef } from 'react';
import type { InFlightMessage } from '../../engine';
import { useSimStore } from '../../store/simStore';
import type { Route } from '../cluster/geometry';
import { useKeyColor } from './keyColor';
import { FlightDrawer, type FlightOptions } from './flightDrawer';
import '../cluster/flights.css';

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

/** Keep `accepts`, `route` and `variant` stable (useCallback): a new one redraws every shape. */
export const FlightLayer = memo(function FlightLayer({
  accepts,
  route,
  variant,
  trails = false,
}: FlightLayerProps) {
  const keyColor = useKeyColor();
  const host = useRef<HTMLDivElement>(null);
  const trailHost = useRef<SVGSVGElement>(null);
  const drawer = useRef<FlightDrawer | null>(null);
  const options: FlightOptions = { accepts, route, variant, keyColor };
  const optionsRef = useRef(options);
  optionsRef.current = options;

  // Before paint, so the first frame has its shapes in place.
  useLayoutEffect(() => {
    const d = new FlightDrawer(host.current!, optionsRef.current, trailHost.current);
    drawer.current = d;
    d.sync(useSimStore.getState());
    const unsubscribe = useSimStore.subscribe((s, prev) => {
      if (
        s.displayTime !== prev.displayTime ||
        s.inFlight !== prev.inFlight ||
        s.speed !== prev.speed ||
        s.simId !== prev.simId
      )
        d.sync(s);
    });
    return () => {
      unsubscribe();
      d.clear();
      drawer.current = null;
    };
  }, []);

  // Another layout, partition, colours or variant: routes or shapes again, before paint.
  useLayoutEffect(() => {
    drawer.current?.setOptions(optionsRef.current, useSimStore.getState());
  }, [accepts, route, variant, keyColor]);

  return (
    <div className="flights" aria-hidden="true">
      {trails && <svg className="overlay flight-trails" ref={trailHost} />}
      <div ref={host} className="flight-host" />
    </div>
  );
});
