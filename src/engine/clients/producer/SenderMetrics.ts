// Kafka's Sender.SenderMetrics: what the Sender records for each produce request it sends and
// each batch acknowledged, under the names of Kafka's SenderMetricsRegistry (request-rate,
// record-send-rate, batch-size-avg, records-per-request-avg, compression-rate-avg, and the topic
// metrics byte-rate/byte-total), plus the send()-to-acknowledgement latency that Kafka's
// ProducerPerformance tool reports as its 50th and 99th percentiles.
//
// As Kafka's SampledStat, rates and averages cover a window of samples (here 10 of 1 s of
// simulated time), so a changed setting shows within seconds and memory stays fixed; totals
// cover the whole run. Latencies go into a fixed histogram per sample (common/metrics/Histogram).
import { binOf, HISTOGRAM_BINS, quantile } from '../../common/metrics/Histogram';
import type { ProducerMetricsSnapshot } from '../../snapshot/Snapshot';

export const SAMPLE_MS = 1000;
export const NUM_SAMPLES = 10;

interface Sample {
  /** Start of the sample's second (a multiple of SAMPLE_MS); -1 while unused. */
  start: number;
  requests: number;
  batches: number;
  records: number;
  wireBytes: number;
  /** Sum over batches of wire size / uncompressed size (Kafka averages the batches' ratios). */
  ratioSum: number;
  latencies: Uint32Array | null;
}

function emptySample(): Sample {
  return {
    start: -1,
    requests: 0,
    batches: 0,
    records: 0,
    wireBytes: 0,
    ratioSum: 0,
    latencies: null,
  };
}

/** One batch of a produce request as the Sender put it on the wire. */
export interface SentBatch {
  records: number;
  /** Bytes of the record batch as encoded with the producer's compression.type. */
  wireBytes: number;
  /** Bytes of the same batch uncompressed. */
  uncompressedBytes: number;
}

export class SenderMetrics {
  private readonly samples: Sample[] = Array.from({ length: NUM_SAMPLES }, emptySample);
  private requestTotal = 0;
  private recordSendTotal = 0;
  private byteTotal = 0;
  private uncompressedByteTotal = 0;

  private sampleAt(now: number): Sample {
    const start = Math.floor(now / SAMPLE_MS) * SAMPLE_MS;
    const s = this.samples[(start / SAMPLE_MS) % NUM_SAMPLES]!;
    if (s.start !== start) {
      Object.assign(s, emptySample(), { start });
    }
    return s;
  }

  /** Sender.sendProduceRequest → updateProduceRequestMetrics. */
  recordRequest(now: number, batches: readonly SentBatch[]): void {
    this.recordRequestStart(now);
    for (const b of batches) this.recordBatchSent(now, b.records, b.wireBytes, b.uncompressedBytes);
  }

  /**
   * recordRequest in steps, for the Sender: the request, then each of its batches at the same
   * `now` (no SentBatch object per batch sent).
   */
  recordRequestStart(now: number): void {
    this.sampleAt(now).requests++;
    this.requestTotal++;
  }

  recordBatchSent(
    now: number,
    records: number,
    wireBytes: number,
    uncompressedBytes: number,
  ): void {
    const s = this.sampleAt(now);
    s.batches++;
    s.records += records;
    s.wireBytes += wireBytes;
    s.ratioSum += uncompressedBytes > 0 ? wireBytes / uncompressedBytes : 1;
    this.recordSendTotal += records;
    this.byteTotal += wireBytes;
    this.uncompressedByteTotal += uncompressedBytes;
  }

  /** A batch's records were acknowledged: each one's time since its send(). */
  recordAcked(now: number, sendTimes: readonly { timestamp: number }[]): void {
    const s = this.sampleAt(now);
    const h = (s.latencies ??= new Uint32Array(HISTOGRAM_BINS));
    // A batch's records share their send times by the millisecond: one bin lookup for each run.
    let at = NaN;
    let bin = 0;
    for (const r of sendTimes) {
      if (r.timestamp !== at) bin = binOf(now - (at = r.timestamp));
      h[bin]!++;
    }
  }

  snapshot(now: number): ProducerMetricsSnapshot {
    const oldest = Math.max(0, (Math.floor(now / SAMPLE_MS) - NUM_SAMPLES + 1) * SAMPLE_MS);
    const live = this.samples.filter((s) => s.start >= oldest && s.start <= now);
    const sum = (f: (s: Sample) => number) => live.reduce((n, s) => n + f(s), 0);
    const spanMs = Math.max(1, now - oldest);
    const requests = sum((s) => s.requests);
    const batches = sum((s) => s.batches);
    const records = sum((s) => s.records);
    const wireBytes = sum((s) => s.wireBytes);
    const hists = live.flatMap((s) => (s.latencies ? [s.latencies] : []));
    let acked = 0;
    for (const h of hists) for (let i = 0; i < h.length; i++) acked += h[i]!;
    const perSec = (n: number) => (n * 1000) / spanMs;
    return {
      windowMs: spanMs,
      'request-rate': perSec(requests),
      'record-send-rate': perSec(records),
      'byte-rate': perSec(wireBytes),
      'batch-size-avg': batches > 0 ? wireBytes / batches : null,
      'records-per-request-avg': requests > 0 ? records / requests : null,
      'records-per-batch-avg': batches > 0 ? records / batches : null,
      'compression-rate-avg': batches > 0 ? sum((s) => s.ratioSum) / batches : null,
      'request-total': this.requestTotal,
      'record-send-total': this.recordSendTotal,
      'byte-total': this.byteTotal,
      'uncompressed-byte-total': this.uncompressedByteTotal,
      latency: { p50: quantile(hists, 0.5), p99: quantile(hists, 0.99), count: acked },
    };
  }
}
