// The Sender's metrics from runs: linger.ms trades latency for fewer, fuller requests, and the
// bytes on the wire are the real codec's output for the very batches sent.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../index';
import type { ConfigMap } from '../../scenario/Scenario';
import { compress, type CompressionCodec } from '../../record/CompressionType';
import { encodeRecords, RECORD_BATCH_OVERHEAD } from '../../record/DefaultRecordBatch';
import { recordInputsOf } from '../../log/LogBatchCodec';
import type { LogRecord } from '../../log/RecordBatch';

function run(config: ConfigMap, ratePerSec: number, until = 10_000) {
  const sim = createSimulation({
    version: 1,
    seed: 5,
    cluster: { brokers: 1 },
    topics: [{ name: 't', partitions: 1, replicationFactor: 1 }],
    producers: [
      {
        id: 'p',
        config: { acks: 1, ...config },
        workload: { topic: 't', ratePerSec, keys: ['a', 'b', 'c'], valueBytes: 120 },
      },
    ],
  });
  sim.advanceTo(until);
  return { sim, metrics: sim.snapshot().producers[0]!.metrics };
}

describe('SenderMetrics', () => {
  it('a larger linger.ms gives more records per batch and fewer requests at the same rate', () => {
    const m = [0, 50, 100].map((linger) => run({ 'linger.ms': linger }, 400).metrics);
    const perBatch = m.map((x) => x['records-per-batch-avg']!);
    const requests = m.map((x) => x['request-rate']);
    expect(perBatch[1]).toBeGreaterThan(perBatch[0]! * 1.5);
    expect(perBatch[2]).toBeGreaterThan(perBatch[1]! * 1.5);
    expect(requests[1]).toBeLessThan(requests[0]! / 1.5);
    expect(requests[2]).toBeLessThan(requests[1]! / 1.5);
    // The same records go out whatever the batching.
    for (const x of m) expect(x['record-send-rate']).toBeCloseTo(400, -1);
    // One partition, one batch per request.
    for (const x of m) expect(x['records-per-request-avg']).toBe(x['records-per-batch-avg']);
  });

  it('send-to-ack latency grows with linger.ms at a low rate', () => {
    const fast = run({ 'linger.ms': 0 }, 5).metrics.latency;
    const slow = run({ 'linger.ms': 200 }, 5).metrics.latency;
    expect(fast.count).toBeGreaterThan(30);
    // At 5 records/s each record waits out linger.ms alone in its batch.
    expect(slow.p50! - fast.p50!).toBeGreaterThanOrEqual(180);
    expect(slow.p50! - fast.p50!).toBeLessThanOrEqual(220);
    expect(slow.p99!).toBeGreaterThanOrEqual(slow.p50!);
  });

  it.each(['gzip', 'snappy', 'lz4'] as const)(
    '%s: bytes on the wire are the codec’s output for each batch sent',
    (codec: CompressionCodec) => {
      // Records from actions (not a workload), so that all of them are acknowledged when read.
      const actions = Array.from({ length: 300 }, (_, i) => ({
        at: 100 + i * 7,
        do: 'produce' as const,
        producer: 'p',
        topic: 't',
        key: `k${i % 3}`,
        value: `order ${i} ${'x'.repeat(60 + (i % 40))}`,
      }));
      const sim = createSimulation({
        version: 1,
        seed: 2,
        cluster: { brokers: 1 },
        topics: [{ name: 't', partitions: 1, replicationFactor: 1 }],
        producers: [{ id: 'p', config: { acks: 1, 'linger.ms': 30, 'compression.type': codec } }],
        actions,
      });
      const sent: number[][] = [];
      sim.onTrace((e) => {
        if (e.type === 'produce.sent')
          for (const b of e.batches) sent.push(b.records.map((r) => r.id));
      });
      sim.advanceTo(5000);
      const log = sim.brokers.get(1)!.replicaManager.getPartition('t', 0)!.log;
      const byId = new Map<number, LogRecord>();
      for (const b of log.batches()) for (const r of b.records ?? []) byId.set(r.id, r);
      let expected = 0;
      let uncompressed = 0;
      for (const ids of sent) {
        // The records as the producer had them: offsets 0.. within its batch.
        const recs = ids.map((id, i) => ({ ...byId.get(id)!, offset: i }));
        const section = encodeRecords(recordInputsOf(recs, 0, recs[0]!.timestamp));
        expected += RECORD_BATCH_OVERHEAD + compress(codec, section).length;
        uncompressed += RECORD_BATCH_OVERHEAD + section.length;
      }
      const m = sim.snapshot().producers[0]!.metrics;
      expect(sent.length).toBeGreaterThan(20);
      expect(m['byte-total']).toBe(expected);
      expect(m['uncompressed-byte-total']).toBe(uncompressed);
      expect(m['compression-rate-avg']!).toBeLessThan(0.5);
    },
  );

  it('without compression the wire bytes are the uncompressed batches and the rate is 1', () => {
    const m = run({ 'linger.ms': 10 }, 200, 3000).metrics;
    expect(m['byte-total']).toBe(m['uncompressed-byte-total']);
    expect(m['compression-rate-avg']).toBe(1);
    expect(m['batch-size-avg']!).toBeGreaterThan(RECORD_BATCH_OVERHEAD);
  });

  it('rates cover the last 10 s only, and a live linger.ms change shows in them', () => {
    const { sim, metrics } = run({ 'linger.ms': 0 }, 400, 12_500);
    expect(metrics.windowMs).toBe(9_500); // samples of 3 s … 12 s: nine whole ones and half
    // Within the window, the rate is the workload's.
    expect(metrics['record-send-rate']).toBeCloseTo(400, -1);
    sim.apply({ do: 'setConfig', target: 'producer:p', key: 'linger.ms', value: 100 });
    sim.advanceTo(23_500);
    const after = sim.snapshot().producers[0]!.metrics;
    expect(after['records-per-batch-avg']!).toBeGreaterThan(metrics['records-per-batch-avg']! * 4);
    expect(after['request-total']).toBeGreaterThan(metrics['request-total']);
  });
});
