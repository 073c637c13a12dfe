// Kafka's metrics Histogram (org.apache.kafka.common.metrics.stats.Histogram) with fixed bins: a
// latency is counted in one bin, so memory stays the same however long a run is. Bins are exact
// below 128 ms and then 4 % wide (each bound is the last one × 1.04, rounded up), up to an hour.

const EXACT = 128;
const GROWTH = 1.04;
const MAX_MS = 3_600_000;

/** Lower bound of each bin, in ms (integers, ascending). Built once by plain multiplication. */
const BOUNDS: readonly number[] = (() => {
  const b: number[] = [];
  for (let i = 0; i < EXACT; i++) b.push(i);
  let v = EXACT;
  while (v <= MAX_MS) {
    b.push(v);
    v = Math.max(v + 1, Math.ceil(v * GROWTH));
  }
  return b;
})();

export const HISTOGRAM_BINS = BOUNDS.length;

/**
 * The bin of each whole millisecond below this, looked up instead of searched: a producer looks
 * up a bin for each send time in every batch acknowledged, nearly all below a few seconds.
 */
const TABLED_MS = 8192;
const BIN_OF_MS: Uint16Array = Uint16Array.from({ length: TABLED_MS }, (_, ms) => searchBin(ms));

/** The bin a value (ms, ≥ 0) falls into. */
export function binOf(ms: number): number {
  if (ms < EXACT) return Math.max(0, Math.floor(ms));
  return ms < TABLED_MS ? BIN_OF_MS[Math.floor(ms)]! : searchBin(ms);
}

/** The last bin whose lower bound is at most `ms` (the bins' bounds are whole ms). */
function searchBin(ms: number): number {
  if (ms < EXACT) return Math.max(0, Math.floor(ms));
  let lo = EXACT;
  let hi = BOUNDS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (BOUNDS[mid]! <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** What a bin stands for: its own value below 128 ms, the middle of its range above. */
export function binValue(bin: number): number {
  const lo = BOUNDS[bin]!;
  if (bin < EXACT) return lo;
  const hi = BOUNDS[bin + 1] ?? lo;
  return Math.round((lo + hi) / 2);
}

/** The value at quantile q (0..1) over the summed counts of several histograms; null if empty. */
export function quantile(histograms: readonly Uint32Array[], q: number): number | null {
  let total = 0;
  for (const h of histograms) for (let i = 0; i < h.length; i++) total += h[i]!;
  if (total === 0) return null;
  // Rank of the q-th value (nearest rank, as Kafka's Percentiles reads its bins).
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let i = 0; i < HISTOGRAM_BINS; i++) {
    for (const h of histograms) seen += h[i]!;
    if (seen >= rank) return binValue(i);
  }
  return binValue(HISTOGRAM_BINS - 1);
}
