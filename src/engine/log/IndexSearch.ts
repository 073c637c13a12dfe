// Kafka's AbstractIndex search (indexSlotRangeFor + binarySearch), probe for probe: first the
// "warm" section (the last 8192 bytes of entries, the part every in-sync reader touches), then the
// cold part; the binary search takes the upper middle ((lo + hi + 1) >>> 1). Optionally records
// each probe so the UI can replay the search.

/** KEY: compare entries by their first field (offset / timestamp); VALUE: by their second. */
export type IndexSearchType = 'KEY' | 'VALUE';
export type SearchResultType = 'LARGEST_LOWER_BOUND' | 'SMALLEST_UPPER_BOUND';

export interface IndexProbe {
  /** Which check: is the target in the warm section, is it below the first entry, a binary-search step. */
  step: 'warm-section' | 'first-entry' | 'binary-search';
  slot: number;
  entry: readonly [number, number];
  /** Sign of (entry's compared field − target): -1 entry below the target, 0 equal, 1 above. */
  comparison: -1 | 0 | 1;
}

/** Kafka's warmEntries(): 8192 / entrySize. */
export function warmEntries(entrySize: number): number {
  return Math.floor(8192 / entrySize);
}

/** An index's entries as two columns (keys: offset / timestamp; values: position / offset). */
export interface IndexEntries {
  readonly size: number;
  key(slot: number): number;
  value(slot: number): number;
}

/** Pairs as IndexEntries (tests, small lists). */
export function pairEntries(pairs: readonly (readonly [number, number])[]): IndexEntries {
  return {
    size: pairs.length,
    key: (slot) => pairs[slot]![0],
    value: (slot) => pairs[slot]![1],
  };
}

/** The slot found, or -1 (nothing ≤ target for a lower bound; nothing ≥ target for an upper one). */
export function indexSlotRangeFor(
  entries: IndexEntries,
  target: number,
  type: IndexSearchType,
  result: SearchResultType,
  entrySize: number,
  probes?: IndexProbe[],
): number {
  const n = entries.size;
  if (n === 0) return -1;
  const probe = (step: IndexProbe['step'], slot: number): -1 | 0 | 1 => {
    const v = type === 'KEY' ? entries.key(slot) : entries.value(slot);
    const c = v < target ? -1 : v > target ? 1 : 0;
    probes?.push({ step, slot, entry: [entries.key(slot), entries.value(slot)], comparison: c });
    return c;
  };
  const firstHotEntry = Math.max(0, n - 1 - warmEntries(entrySize));
  if (probe('warm-section', firstHotEntry) < 0)
    return binarySearch(probe, n, result, firstHotEntry, n - 1);
  if (probe('first-entry', 0) > 0) return result === 'LARGEST_LOWER_BOUND' ? -1 : 0;
  return binarySearch(probe, n, result, 0, firstHotEntry);
}

function binarySearch(
  probe: (step: IndexProbe['step'], slot: number) => -1 | 0 | 1,
  entries: number,
  result: SearchResultType,
  begin: number,
  end: number,
): number {
  let lo = begin;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const c = probe('binary-search', mid);
    if (c > 0) hi = mid - 1;
    else if (c < 0) lo = mid;
    else return mid;
  }
  if (result === 'LARGEST_LOWER_BOUND') return lo;
  return lo === entries - 1 ? -1 : lo + 1;
}
