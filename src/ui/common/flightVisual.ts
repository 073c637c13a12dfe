// How long a message stays on screen. The engine's hop (sentAt → arriveAt, ~30 ms of
// simulated time) is the truth and is never changed; only the drawing is stretched:
//
//   span     = max(arriveAt − sentAt, minWallMs(speed) × speed)        (simulated ms)
//   progress = min(ease((displayTime − sentAt) / span), engine progress)
//
// so at 1× a Produce or Fetch is drawn for at least MIN_VISIBLE_WALL_MS of wall time, eased
// from its sender (at sentAt, when the engine sent it) to its receiver. It never reaches the
// receiver before the engine delivered it (progress ≤ the engine's own), and outlives the
// delivery by less than the minimum. Everything reads the store's display clock, not the wall
// clock: a paused run holds its flights still, and the same moment draws the same flights.
// Faster playback shortens the minimum (MIN_VISIBLE_WALL_MS / √speed); other requests
// (heartbeats, group traffic, the controller's metadata fetches) keep the engine's own span. The messages the
// engine has delivered stay drawn from the tracker's memory, at most MAX_LINGERING of them
// (the newest), so a heavy load stays cheap.
import type { InFlightMessage } from '../../engine';
import { flightProgress } from './flight';

/** At 1× (and slower) a data flight is on screen at least this long, wall-clock ms. */
export const MIN_VISIBLE_WALL_MS = 700;
/** Delivered messages still drawn, at most (the newest are kept). */
export const MAX_LINGERING = 40;
/** Shapes drawn at once, at most: the engine's messages first, then the lingering ones. */
export const MAX_SHAPES = 90;

export type FlightTiming = Pick<InFlightMessage, 'api' | 'from' | 'to' | 'sentAt' | 'arriveAt'>;

/** The minimum on-screen time at `speed`, in wall-clock ms. */
export function minVisibleWallMs(speed: number): number {
  if (!(speed > 0)) return MIN_VISIBLE_WALL_MS;
  return speed <= 1 ? MIN_VISIBLE_WALL_MS : MIN_VISIBLE_WALL_MS / Math.sqrt(speed);
}

/**
 * Data on the move is stretched: Produce (records, acks) and Fetch between clients and brokers
 * (a broker's Fetch of the controller's metadata log is control chatter, like heartbeats).
 */
export function isStretched(m: Pick<InFlightMessage, 'api' | 'from' | 'to'>): boolean {
  if (m.api === 'Produce') return true;
  return m.api === 'Fetch' && !m.from.startsWith('controller:') && !m.to.startsWith('controller:');
}

/** How long the message is drawn, in simulated ms from sentAt: never shorter than its hop. */
export function visualSpan(m: FlightTiming, speed: number): number {
  const hop = Math.max(0, m.arriveAt - m.sentAt);
  if (!isStretched(m)) return hop;
  return Math.max(hop, minVisibleWallMs(speed) * (speed > 0 ? speed : 1));
}

/** Smooth start and stop (a sine ease in and out). */
export function ease(x: number): number {
  return x <= 0 ? 0 : x >= 1 ? 1 : (1 - Math.cos(Math.PI * x)) / 2;
}

/**
 * Where the drawing stands, 0 at the sender, 1 at the receiver: eased over the visual span and
 * never ahead of the engine's own progress.
 */
export function visualProgress(m: FlightTiming, time: number, speed: number): number {
  const span = visualSpan(m, speed);
  const x = span > 0 ? (time - m.sentAt) / span : 1;
  return Math.min(ease(x), flightProgress(m, time));
}

/** Drawn at `time`: sent, and not yet at the end of its visual span. */
export function isDrawn(m: FlightTiming, time: number, speed: number): boolean {
  if (time < m.sentAt) return false;
  const span = visualSpan(m, speed);
  return span > 0 ? time < m.sentAt + span : time <= m.sentAt;
}

const keyOf = (m: InFlightMessage) => `${m.msgId}@${m.sentAt}`;

/**
 * Remembers the messages it has been shown so that they stay drawn after the engine delivered
 * them, until their visual span ends. `update` returns the same array while the set drawn is
 * unchanged, so a view re-renders only when a shape comes or goes.
 */
export class FlightTracker {
  private known = new Map<string, InFlightMessage>();
  private last: InFlightMessage[] = [];
  private lastTime = -Infinity;

  constructor(
    private readonly maxLingering = MAX_LINGERING,
    private readonly maxShapes = MAX_SHAPES,
  ) {}

  reset(): void {
    this.known.clear();
    this.last = [];
    this.lastTime = -Infinity;
  }

  /** The messages to draw at `time`, in msgId order (the same array while nothing changed). */
  update(inFlight: readonly InFlightMessage[], time: number, speed: number): InFlightMessage[] {
    // A seek back: what was remembered belongs to another moment.
    if (time < this.lastTime) this.known.clear();
    this.lastTime = time;
    const live = new Set<string>();
    const shown: InFlightMessage[] = [];
    for (const m of inFlight) {
      const k = keyOf(m);
      live.add(k);
      // The first copy seen stays: the store hands out new objects for the same message.
      let kept = this.known.get(k);
      if (!kept) this.known.set(k, (kept = m));
      if (shown.length < this.maxShapes && time >= m.sentAt) shown.push(kept);
    }
    const lingering: InFlightMessage[] = [];
    for (const [k, m] of this.known) {
      if (live.has(k)) continue;
      if (isDrawn(m, time, speed)) lingering.push(m);
      else this.known.delete(k);
    }
    if (lingering.length > 0) {
      // Newest first; what does not fit is forgotten.
      lingering.sort((a, b) => b.sentAt - a.sentAt || b.msgId - a.msgId);
      const room = Math.max(0, Math.min(this.maxLingering, this.maxShapes - shown.length));
      for (let i = room; i < lingering.length; i++) this.known.delete(keyOf(lingering[i]!));
      for (let i = 0; i < room && i < lingering.length; i++) shown.push(lingering[i]!);
      shown.sort((a, b) => a.msgId - b.msgId);
    }
    if (sameShown(shown, this.last)) return this.last;
    this.last = shown;
    return shown;
  }
}

function sameShown(a: InFlightMessage[], b: InFlightMessage[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}
