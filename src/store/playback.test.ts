import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPlaybackLoop } from './playback';
import { useSimStore, type Speed } from './simStore';

/** Runs the playback loop over `frames` 60 Hz frames; what each asked advanceWall to publish. */
function publishes(speed: Speed, frames: number): (boolean | 'clock' | undefined)[] {
  const next: { cb: FrameRequestCallback | null } = { cb: null };
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    next.cb = cb;
    return 1;
  });
  vi.stubGlobal('cancelAnimationFrame', () => {
    next.cb = null;
  });
  const asked: (boolean | 'clock' | undefined)[] = [];
  const advanceWall = vi.fn((_dt: number, publish?: boolean | 'clock') => {
    asked.push(publish);
  });
  useSimStore.setState({ advanceWall, speed, playing: true });
  const stop = startPlaybackLoop();
  for (let i = 0; i < frames; i++) {
    const run = next.cb;
    next.cb = null;
    run?.((1000 / 60) * i);
  }
  stop();
  useSimStore.setState({ playing: false });
  return asked;
}

describe('playback loop', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('below 10× publishes the snapshot every third 60 Hz frame and the clock in between', () => {
    const asked = publishes(1, 12);
    expect(asked).toEqual([
      true, 'clock', 'clock', true, 'clock', 'clock',
      true, 'clock', 'clock', true, 'clock', 'clock',
    ]); // prettier-ignore
  });

  it('at 10× and faster refreshes nothing between snapshots', () => {
    expect(publishes(10, 6)).toEqual([true, false, false, true, false, false]);
  });
});
