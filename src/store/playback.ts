// The playback loop: while playing, each animation frame advances the simulation by
// wall-clock dt × speed (the store caps dt, so a hidden tab does not jump minutes ahead), within
// the frame's engine budget; a run too heavy for that redraws less often, not more slowly.
import { FRAME_ENGINE_BUDGET_MS, useSimStore } from './simStore';

/** From this speed on, views refresh at most every FAST_PUBLISH_MS: a blur either way. */
const FAST_SPEED = 10;
const FAST_PUBLISH_MS = 50;
/**
 * A frame that publishes (engine, snapshot, structural sharing) costing more than this, ms, is a
 * run too big to redraw every frame (thousands of partitions): it then publishes at most once
 * every PUBLISH_SHARE × its cost, so publishing takes at most 1/PUBLISH_SHARE of the time and the
 * frames between stay short.
 */
const CHEAP_PUBLISH_MS = 12;
const PUBLISH_SHARE = 10;

export function startPlaybackLoop(): () => void {
  let raf = 0;
  let last: number | null = null;
  let lastPublish = -Infinity;
  /** What the last publishing frame cost, ms (0 until one has run). */
  let publishCost = 0;

  const frame = (ts: number) => {
    const state = useSimStore.getState();
    if (!state.playing) {
      raf = 0;
      last = null;
      return;
    }
    const gap = Math.max(
      state.speed < FAST_SPEED ? 0 : FAST_PUBLISH_MS,
      publishCost > CHEAP_PUBLISH_MS ? publishCost * PUBLISH_SHARE : 0,
    );
    const publish = ts - lastPublish >= gap;
    if (publish) lastPublish = ts;
    const started = performance.now();
    state.advanceWall(last === null ? 0 : ts - last, publish, FRAME_ENGINE_BUDGET_MS);
    if (publish) publishCost = performance.now() - started;
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
