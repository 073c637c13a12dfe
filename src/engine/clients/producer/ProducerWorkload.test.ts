// A workload's keys: a list drawn from (seeded), or none for keyless records — left out,
// `"keys": null` or `[]` all mean the same run.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../index';

function run(keys: { keys?: null | string[] }): string {
  const sim = createSimulation({
    version: 1,
    seed: 7,
    cluster: { brokers: 3 },
    topics: [{ name: 't', partitions: 3, replicationFactor: 2 }],
    producers: [
      {
        id: 'p',
        config: { 'linger.ms': 5 },
        workload: { topic: 't', ratePerSec: 50, valueBytes: 40, ...keys },
      },
    ],
    consumerGroups: [{ id: 'g', topics: ['t'], members: 2 }],
  });
  sim.advanceTo(4000);
  return JSON.stringify(sim.snapshot({ records: true }));
}

describe('ProducerWorkload keys', () => {
  it('"keys": null produces keyless records, the same run as leaving keys out', () => {
    const omitted = run({});
    const nullKeys = run({ keys: null });
    expect(nullKeys).toEqual(omitted);
    expect(run({ keys: [] })).toEqual(omitted);
    // The records really are keyless (and a keyed run differs).
    expect(omitted).toMatch(/"key":null/);
    expect(omitted).not.toMatch(/"key":"/);
    expect(run({ keys: ['a'] })).not.toEqual(omitted);
  });
});
