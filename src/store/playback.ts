// The playback loop: while playing, each animation frame advances the simulation by
// wall-clock dt × speed (the store caps dt, so a hidden tab does not jump minutes ahead).
import { useSimStore } from './simStore';

/** From this speed on, views refresh at most every FAST_PUBLISH_MS: a blur either way. */
const FAST_SPEED = 10;
const FAST_PUBLISH_MS = 50;

export function startPlaybackLoop(): () => void {
  let raf = 0;
  let last: number | null = null;
  let lastPublish = -Infinity;

  const frame = (ts: number) => {
    const state = useSimStore.getState();
    if (!state.playing) {
      raf = 0;
      last = null;
      return;
    }
    const publish = state.speed < FAST_SPEED || ts - lastPublish >= FAST_PUBLISH_MS;
    if (publish) lastPublish = ts;
    state.advanceWall(last === null ? 0 : ts - last, publish);
    last = ts;
    raf = requestAnimationFrame(frame);
  };

  const kick = () => {
    if (raf === 0 && useSimStore.getState().playing) raf = requestAnimationFrame(frame);
  };

  const unsubscribe = useSimStore.subscribe((s, prev) => {
    if (s.playing !== prev.playing) kick();
  });
  kick();

  return () => {
    unsubscribe();
    if (raf !== 0) cancelAnimationFrame(raf);
    raf = 0;
  };
}
