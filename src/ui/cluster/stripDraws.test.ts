import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PER_FRAME, cancelDraw, scheduleDraw } from './stripDraws';

/** A hand-run animation frame clock: `frame(now)` runs what was requested. */
function fakeFrames() {
  let waiting: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    waiting.push(cb);
    return waiting.length;
  });
  vi.stubGlobal('cancelAnimationFrame', () => {
    waiting = [];
  });
  return {
    frame(now: number) {
      const run = waiting;
      waiting = [];
      for (const cb of run) cb(now);
    },
    pending: () => waiting.length,
  };
}

describe('strip draws', () => {
  let clock: ReturnType<typeof fakeFrames>;
  beforeEach(() => {
    clock = fakeFrames();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('draws at most PER_FRAME strips a frame, the longest due first, none before it is due', () => {
    const drawn: number[] = [];
    const owners = Array.from({ length: 8 }, () => ({}));
    // Strip i is due at 100 + i, queued in reverse order.
    for (let i = owners.length - 1; i >= 0; i--)
      scheduleDraw(owners[i]!, 100 + i, () => drawn.push(i));
    clock.frame(50);
    expect(drawn).toEqual([]);
    clock.frame(103);
    expect(drawn).toEqual([0, 1, 2].slice(0, PER_FRAME));
    clock.frame(120);
    clock.frame(137);
    expect(drawn).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(clock.pending()).toBe(0);
  });

  it('a strip waiting keeps its place and draws the newest frame once; a cancelled one never', () => {
    const drawn: string[] = [];
    const a = {};
    const b = {};
    scheduleDraw(a, 10, () => drawn.push('a1'));
    scheduleDraw(b, 10, () => drawn.push('b'));
    scheduleDraw(a, 999, () => drawn.push('a2'));
    cancelDraw(b);
    clock.frame(20);
    expect(drawn).toEqual(['a2']);
    expect(clock.pending()).toBe(0);
  });
});
