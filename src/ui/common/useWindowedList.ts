// Windowing for lists that grow with partitions (issue #16): past WINDOW_THRESHOLD rows only
// those in or near the viewport are in the DOM, between two spacers that keep the list's full
// scroll height. A small hook rather than a library: the lists scroll with the page (not in a
// box of their own), their rows are alike in height, and the hook is the whole need — the
// measured height of a rendered row and the list's place in the viewport.
import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';

/** Starters have at most 120 replicas: below this every row is drawn, as before. */
export const WINDOW_THRESHOLD = 120;

export interface WindowRange {
  start: number;
  end: number;
}

/**
 * The rows [start, end) a list of `count` rows of `step` px (row plus gap) shows when its top is
 * `top` px from the viewport's top in a viewport `viewport` px high, widened by `overscan` rows.
 */
export function windowRange(
  count: number,
  step: number,
  top: number,
  viewport: number,
  overscan: number,
): WindowRange {
  const s = Math.max(1, step);
  const start = Math.min(count, Math.max(0, Math.floor(-top / s) - overscan));
  const end = Math.min(count, Math.max(start, Math.ceil((viewport - top) / s) + overscan));
  return { start, end };
}

export interface WindowedList<E extends HTMLElement> {
  /** The list element (its rows' parent). */
  listRef: React.RefObject<E | null>;
  /** Whether the list is windowed at all (more than WINDOW_THRESHOLD rows). */
  windowed: boolean;
  start: number;
  end: number;
  /** The spacers' styles before and after the rows drawn; null when none is needed. */
  before: CSSProperties | null;
  after: CSSProperties | null;
}

/**
 * `estimate` is a row's height before one is measured; the gap between rows is the list's own
 * (read from its style: a container query may narrow it).
 * Rows drawn carry aria-posinset (the hook measures the first of them), and the list's rows
 * aria-setsize, so assistive technology knows the list's length and each row's place in it.
 */
export function useWindowedList<E extends HTMLElement>(
  count: number,
  { estimate, overscan = 6 }: { estimate: number; overscan?: number },
): WindowedList<E> {
  const listRef = useRef<E>(null);
  const windowed = count > WINDOW_THRESHOLD;
  const [size, setSize] = useState({ row: estimate, gap: 0 });
  const [range, setRange] = useState<WindowRange>(() => ({
    start: 0,
    end: windowed ? Math.min(count, 2 * overscan) : count,
  }));
  useLayoutEffect(() => {
    if (!windowed) return;
    const list = listRef.current;
    if (!list) return;
    let frame = 0;
    let { row: h, gap } = size;
    const update = () => {
      frame = 0;
      const row = list.querySelector<HTMLElement>(':scope > [aria-posinset]');
      // Fractional: a rounded height drifts by a pixel every two rows over a thousand.
      const measured = row ? row.getBoundingClientRect().height : 0;
      if (measured > 0) h = measured;
      gap = parseFloat(getComputedStyle(list).rowGap) || 0;
      const next = windowRange(
        count,
        h + gap,
        list.getBoundingClientRect().top,
        window.innerHeight,
        overscan,
      );
      setSize((prev) => (prev.row === h && prev.gap === gap ? prev : { row: h, gap }));
      setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    // Rows drawn may change height after their first layout (a strip, a font): measure again.
    const ro = new ResizeObserver(schedule);
    ro.observe(list);
    // Capture: a scroll anywhere (the page or a box around the list) moves the list.
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      ro.disconnect();
      document.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    };
    // size is read once as the start; the effect keeps its own measure after.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [windowed, count, overscan]);
  if (!windowed) return { listRef, windowed, start: 0, end: count, before: null, after: null };
  const start = Math.min(range.start, count);
  const end = Math.min(Math.max(range.end, start), count);
  const { gap } = size;
  const step = size.row + gap;
  // A spacer takes a gap of its own in the flex column: it is one gap shorter than its rows.
  const spacer = (rows: number): CSSProperties | null =>
    rows > 0 ? { height: rows * step - gap, flex: 'none' } : null;
  return { listRef, windowed, start, end, before: spacer(start), after: spacer(count - end) };
}
