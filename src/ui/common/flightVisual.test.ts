import { describe, expect, it } from 'vitest';
import type { InFlightMessage } from '../../engine';
import { flightProgress } from './flight';
import {
  FlightTracker,
  MIN_VISIBLE_WALL_MS,
  isDrawn,
  minVisibleWallMs,
  visualProgress,
  visualSpan,
} from './flightVisual';

function msg(id: number, sentAt: number, hop = 30, api: InFlightMessage['api'] = 'Produce') {
  return {
    msgId: id,
    from: 'producer:p1',
    to: 'broker:1',
    api,
    response: false,
    sentAt,
    arriveAt: sentAt + hop,
    records: [],
  } satisfies InFlightMessage;
}

const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 100];

describe('visual span', () => {
  it('is at least the minimum on-screen time at 1× and slower', () => {
    expect(minVisibleWallMs(1)).toBe(MIN_VISIBLE_WALL_MS);
    expect(minVisibleWallMs(0.25)).toBe(MIN_VISIBLE_WALL_MS);
    // 700 ms of wall time: 700 simulated ms at 1×, 175 at 0.25×.
    expect(visualSpan(msg(1, 0), 1)).toBe(700);
    expect(visualSpan(msg(1, 0), 0.25)).toBe(175);
  });

  it('shrinks at higher speeds, but never below the hop', () => {
    expect(minVisibleWallMs(4)).toBe(350);
    expect(minVisibleWallMs(100)).toBeLessThan(minVisibleWallMs(10));
    for (const speed of SPEEDS) {
      expect(visualSpan(msg(1, 0), speed)).toBeGreaterThanOrEqual(30);
      // A slow follower's long hop keeps its own length.
      expect(visualSpan(msg(1, 0, 20_000, 'Fetch'), speed)).toBe(20_000);
    }
  });

  it('leaves control chatter at the engine span', () => {
    expect(visualSpan(msg(1, 0, 30, 'Heartbeat'), 1)).toBe(30);
    // A broker's Fetch of the controller's metadata log.
    const metadata = { ...msg(1, 0, 30, 'Fetch'), from: 'broker:1', to: 'controller:3001' };
    expect(visualSpan(metadata, 1)).toBe(30);
    expect(visualSpan({ ...msg(1, 0, 30, 'Fetch'), from: 'broker:2', to: 'broker:1' }, 1)).toBe(
      700,
    );
  });
});

describe('visual progress', () => {
  it('never reaches the receiver before the engine delivered, and never runs ahead of it', () => {
    for (const speed of SPEEDS)
      for (const hop of [0, 1, 30, 40, 699, 700, 701, 5000]) {
        const m = msg(1, 1000, hop, 'Fetch');
        const end = 1000 + hop + 800 * speed;
        for (let i = 0; i <= 200; i++) {
          const t = 1000 + ((end - 1000) * i) / 200;
          const p = visualProgress(m, t, speed);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(flightProgress(m, t));
          if (t < m.arriveAt) expect(p).toBeLessThan(1);
        }
      }
  });

  it('moves from departure to arrival over the visual span, starting when the engine sent it', () => {
    const m = msg(1, 1000);
    expect(visualProgress(m, 1000, 1)).toBe(0);
    const samples = [100, 200, 350, 500, 650].map((d) => visualProgress(m, 1000 + d, 1));
    for (let i = 1; i < samples.length; i++) expect(samples[i]!).toBeGreaterThan(samples[i - 1]!);
    expect(visualProgress(m, 1350, 1)).toBeCloseTo(0.5, 5);
    expect(visualProgress(m, 1700, 1)).toBe(1);
  });

  it('is drawn from its send until the end of the span: at most the minimum after delivery', () => {
    for (const speed of SPEEDS) {
      const m = msg(1, 1000);
      const span = visualSpan(m, speed);
      expect(isDrawn(m, 999, speed)).toBe(false);
      expect(isDrawn(m, 1000, speed)).toBe(true);
      expect(isDrawn(m, 1000 + span - 0.5, speed)).toBe(true);
      expect(isDrawn(m, 1000 + span, speed)).toBe(false);
      const afterDelivery = 1000 + span - m.arriveAt;
      expect(afterDelivery).toBeLessThanOrEqual(minVisibleWallMs(speed) * speed);
    }
  });
});

describe('FlightTracker', () => {
  it('keeps a delivered message drawn until its visual span ends', () => {
    const tracker = new FlightTracker();
    const m = msg(1, 1000);
    expect(tracker.update([m], 1010, 1)).toEqual([m]);
    // Delivered at 1030: gone from the engine's list, still drawn.
    expect(tracker.update([], 1100, 1)).toEqual([m]);
    expect(tracker.update([], 1699, 1)).toEqual([m]);
    expect(tracker.update([], 1700, 1)).toEqual([]);
  });

  it('returns the same array while nothing comes or goes', () => {
    const tracker = new FlightTracker();
    const a = tracker.update([msg(1, 0), msg(2, 5)], 10, 1);
    // The store hands out new objects for the same messages.
    const b = tracker.update([msg(1, 0), msg(2, 5)], 20, 1);
    expect(b).toBe(a);
    expect(tracker.update([msg(2, 5)], 40, 1)).toBe(a);
    expect(tracker.update([], 702, 1)).not.toBe(a);
  });

  it('caps the delivered ones it keeps (the newest) and the shapes in all', () => {
    const tracker = new FlightTracker(5, 8);
    const many = Array.from({ length: 30 }, (_, i) => msg(i + 1, i * 10));
    tracker.update(many, 300, 1);
    const lingering = tracker.update([], 320, 1);
    expect(lingering.map((m) => m.msgId)).toEqual([26, 27, 28, 29, 30]);
    const live = Array.from({ length: 7 }, (_, i) => msg(100 + i, 330));
    const mixed = tracker.update(live, 331, 1);
    expect(mixed).toHaveLength(8);
    expect(mixed.filter((m) => m.msgId >= 100)).toHaveLength(7);
  });

  it('forgets what it remembered when the time goes back (a seek)', () => {
    const tracker = new FlightTracker();
    tracker.update([msg(1, 1000)], 1010, 1);
    expect(tracker.update([], 1100, 1)).toHaveLength(1);
    expect(tracker.update([], 900, 1)).toEqual([]);
  });
});
