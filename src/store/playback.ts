// The playback loop: while playing, each animation frame advances the simulation by
// wall-clock dt × speed (the store caps dt, so a hidden tab does not jump minutes ahead), within
// the frame's engine budget; a run too heavy for that redraws less often, not more slowly.
import { FRAME_ENGINE_BUDGET_MS, useSimStore } from './simStore';

/** From this speed on, views refresh at most every FAST_PUBLISH_MS: a blur either way. */
const FAST_SPEED = 10;
const FAST_PUBLISH_MS = 50;
/**
 * Below FAST_SPEED the snapshot is published at most this often, wall ms (every third frame at
 * 60 Hz); the frames between publish only the clock and the messages in flight, so the flights
 * move every frame while the rest of the page (offsets, HW/LEO, captions, the sim time) is
 * redrawn 20 times a second. Publishing every frame re-rendered the views, and restyled and laid
 * out what they changed, about 60 times a second for numbers no one reads that fast: at 1,000
 * records/s most of each frame's work. (A little under 50, so frame jitter does not make it 4.)
 */
const SNAPSHOT_MS = 45;
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
    const slow = state.speed < FAST_SPEED;
    const gap = Math.max(
      slow ? SNAPSHOT_MS : FAST_PUBLISH_MS,
      publishCost > CHEAP_PUBLISH_MS ? publishCost * PUBLISH_SHARE : 0,
    );
    const publish = ts - lastPublish >= gap;
    if (publish) lastPublish = ts;
    const started = performance.now();
    state.advanceWall(
      last === null ? 0 : ts - last,
      publish || (slow ? 'clock' : false),
      FRAME_ENGINE_BUDGET_MS,
    );
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
