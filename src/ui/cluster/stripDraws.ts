// When the playing cell strips (CellStrip.tsx) redraw: in animation frames, a few a frame. Each
// strip may redraw every REDRAW_MS; left to their own timers the strips of a busy cluster came
// due together (they render in the same commit), so every REDRAW_MS one frame drew all of them
// (18 strips at 1,000 records/s, about 7 ms) and missed its vsync. Here the due draws wait in
// one queue, oldest first, and each frame draws at most PER_FRAME of them: the work is spread
// evenly, and a page that paints fewer frames redraws its strips less often, not later each time.

/** A strip's draws are at least this far apart while the run plays, wall ms. */
export const REDRAW_MS = 100;
/** Strip draws per animation frame at most (18 strips × 10 a second fit at 60 fps). */
export const PER_FRAME = 3;

interface Pending {
  due: number;
  draw: () => void;
}

/** Waiting strips by their owner, in the order they were queued (a Map keeps it). */
const queue = new Map<object, Pending>();
let raf = 0;

function flush(now: number): void {
  raf = 0;
  const due = [...queue].filter(([, p]) => p.due <= now).sort((a, b) => a[1].due - b[1].due);
  for (const [owner, p] of due.slice(0, PER_FRAME)) {
    queue.delete(owner);
    p.draw();
  }
  if (queue.size > 0) raf = requestAnimationFrame(flush);
}

/**
 * Draw `owner`'s strip in an animation frame from `due` (performance.now() ms) on; a strip
 * already waiting keeps its place and due time and draws the newest `draw` given.
 */
export function scheduleDraw(owner: object, due: number, draw: () => void): void {
  const waiting = queue.get(owner);
  if (waiting) waiting.draw = draw;
  else queue.set(owner, { due, draw });
  if (raf === 0) raf = requestAnimationFrame(flush);
}

/** Forget `owner`'s waiting draw (it drew at once, or it is gone). */
export function cancelDraw(owner: object): void {
  queue.delete(owner);
  if (queue.size === 0 && raf !== 0) {
    cancelAnimationFrame(raf);
    raf = 0;
  }
}
