// A scenario for the consumer-group tests: one topic `orders` fed by a keyed producer, and groups
// reading it (3 members, auto.offset.reset=earliest, 5 ms per record unless told otherwise).
import type { Action, ConsumerGroupSpec, Scenario } from '../scenario/Scenario';

export const TOPIC = 'orders';

export function groupScenario(opts: {
  groups?: Partial<ConsumerGroupSpec>[];
  actions?: Action[];
  rate?: number;
  partitions?: number;
  brokers?: number;
  cluster?: Record<string, string | number | boolean>;
}): Scenario {
  return {
    version: 1,
    seed: 21,
    cluster: { brokers: opts.brokers ?? 3, config: opts.cluster ?? {} },
    topics: [
      {
        name: TOPIC,
        partitions: opts.partitions ?? 3,
        replicationFactor: Math.min(3, opts.brokers ?? 3),
      },
    ],
    producers: [
      {
        id: 'p1',
        config: { acks: 'all' },
        workload: {
          topic: TOPIC,
          ratePerSec: opts.rate ?? 30,
          keys: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
          valueBytes: 20,
        },
      },
    ],
    consumerGroups: (opts.groups ?? [{}]).map((g, i) => ({
      id: g.id ?? (i === 0 ? 'g' : `g${i}`),
      topics: [TOPIC],
      members: g.members ?? 3,
      config: { 'auto.offset.reset': 'earliest', ...(g.config ?? {}) },
      processingMsPerRecord: g.processingMsPerRecord ?? 5,
    })),
    actions: opts.actions ?? [],
  };
}
