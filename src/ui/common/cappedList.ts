// A list a sentence names: a big cluster's rebalance, failover or commit names hundreds of
// partitions, more than a caption or an event line can hold.

/** Items a sentence names at most. */
export const CAPTION_LIST_MAX = 12;

/** `a, b, c` — past CAPTION_LIST_MAX items, the first ones and `… +N` (the same in both languages). */
export function cappedList(items: readonly string[]): string {
  if (items.length <= CAPTION_LIST_MAX) return items.join(', ');
  return `${items.slice(0, CAPTION_LIST_MAX).join(', ')}, … +${items.length - CAPTION_LIST_MAX}`;
}
