// The scale scenario, shared by `npm run bench` (the engine's 10k-replica minute), `npm run
// bench:ui` (the page at that scale) and e2e/scale.spec.ts (every view ready within 2 s).
import type { Scenario } from '../src/engine';

/**
 * The scale case (issue #16 item 3): 50 brokers, 10 topics of 1,000 partitions at RF 3 — 30,000
 * replicas, 30,150 with __consumer_offsets (50 × 3), under the engine's cap of 32,000 — 1k keyed
 * records/s into one topic read by a group of 4.
 */
export function scaleScenario(): Scenario {
  return {
    version: 1,
    seed: 42,
    cluster: { brokers: 50 },
    topics: Array.from({ length: 10 }, (_, i) => ({
      name: `t${i}`,
      partitions: 1000,
      replicationFactor: 3,
    })),
    producers: [
      {
        id: 'p1',
        config: { acks: 'all', 'linger.ms': 5 },
        workload: {
          topic: 't0',
          ratePerSec: 1000,
          keys: Array.from({ length: 1000 }, (_, k) => `key-${k}`),
          valueBytes: 100,
        },
      },
    ],
    consumerGroups: [
      {
        id: 'g1',
        topics: ['t0'],
        members: 4,
        config: { 'auto.offset.reset': 'earliest' },
        processingMsPerRecord: 0,
      },
    ],
    actions: [],
  };
}
