// A segment's map draws its batches and index entries one shape each; a segment grows with the run
// (the active one up to segment.bytes, a gibibyte by default), so the map draws a bounded window:
// the newest MAP_WINDOW of each, plus older ones a lookup or a pick is about. The older batches
// are one block; the older index entries are counted in the map's label.

/** At most this many batches, offset-index and time-index entries are drawn one by one. */
export const MAP_WINDOW = 300;

/**
 * The indexes (ascending) of the items drawn one by one: the newest `max`, and any older one
 * `keep` asks for. `from` is the first index of the newest run; items before it that are not
 * kept are left out (`from - kept` of them).
 */
export function mapWindow<T>(
  items: readonly T[],
  max: number,
  keep: (item: T, index: number) => boolean,
): { shown: number[]; from: number } {
  const from = Math.max(0, items.length - max);
  const shown: number[] = [];
  for (let i = 0; i < from; i++) if (keep(items[i]!, i)) shown.push(i);
  for (let i = from; i < items.length; i++) shown.push(i);
  return { shown, from };
}
