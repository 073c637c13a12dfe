// The fixed latency histogram: exact below 128 ms, bins at most 4 % wide above, nearest-rank
// quantiles over several samples' counts.
import { describe, expect, it } from 'vitest';
import { HISTOGRAM_BINS, binOf, binValue, quantile } from './Histogram';

function histogramOf(values: number[]): Uint32Array {
  const h = new Uint32Array(HISTOGRAM_BINS);
  for (const v of values) h[binOf(v)]!++;
  return h;
}

describe('Histogram', () => {
  it('keeps values below 128 ms exact and larger ones within 4 %', () => {
    for (let v = 0; v < 128; v++) expect(binValue(binOf(v))).toBe(v);
    for (const v of [128, 131, 500, 1234, 9999, 60_000, 3_000_000]) {
      const back = binValue(binOf(v));
      expect(Math.abs(back - v) / v).toBeLessThanOrEqual(0.04);
    }
    // Bins are ordered: a larger value never falls into an earlier bin.
    let last = 0;
    for (let v = 0; v < 200_000; v += 37) {
      expect(binOf(v)).toBeGreaterThanOrEqual(last);
      last = binOf(v);
    }
    expect(HISTOGRAM_BINS).toBeLessThan(600); // fixed memory per sample
  });

  it('looks up the bins it keeps in a table as it searches the others', () => {
    let last = binOf(127);
    for (let v = 128; v < 10_000; v++) {
      const bin = binOf(v);
      // Consecutive whole ms fall into the same bin or the next; a fraction changes nothing.
      expect(bin - last).toBeGreaterThanOrEqual(0);
      expect(bin - last).toBeLessThanOrEqual(1);
      expect(binOf(v + 0.5)).toBe(bin);
      expect(Math.abs(binValue(bin) - v) / v).toBeLessThanOrEqual(0.04);
      last = bin;
    }
  });

  it('p50 and p99 by nearest rank, over the sum of several histograms', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1); // 1 … 100
    expect(quantile([histogramOf(values)], 0.5)).toBe(50);
    expect(quantile([histogramOf(values)], 0.99)).toBe(99);
    const a = histogramOf(values.slice(0, 50));
    const b = histogramOf(values.slice(50));
    expect(quantile([a, b], 0.5)).toBe(50);
    expect(quantile([a, b], 0.99)).toBe(99);
    expect(quantile([new Uint32Array(HISTOGRAM_BINS)], 0.5)).toBeNull();
  });
});
