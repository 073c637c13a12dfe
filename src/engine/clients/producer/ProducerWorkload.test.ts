// A workload's keys: a list drawn from (seeded), or none for keyless records — left out,
// `"keys": null` or `[]` all mean the same run.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../index';
import { Random } from '../../sim/Random';
import type { SimContext } from '../../sim/SimContext';
import type { KafkaProducer } from './KafkaProducer';
import { ProducerWorkload } from './ProducerWorkload';

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

describe('setWorkload: the record rate changed while running', () => {
  const scenario = () =>
    createSimulation({
      version: 1,
      seed: 7,
      cluster: { brokers: 1 },
      topics: [{ name: 't', partitions: 1, replicationFactor: 1 }],
      producers: [
        { id: 'p', workload: { topic: 't', ratePerSec: 10, valueBytes: 40 } },
        { id: 'q' },
      ],
    });

  it('sends at the new rate from the moment of the action, and stops at 0', () => {
    const sim = scenario();
    sim.advanceTo(5000);
    const sent = () => sim.snapshot().producers[0]!.sent;
    expect(sent()).toBe(50);
    sim.apply({ do: 'setWorkload', producer: 'p', ratePerSec: 200 });
    sim.advanceTo(10_000);
    expect(sent()).toBe(50 + 1000);
    // The Sender's rate over its window (1 s … 10 s) mixes both: (41 + 1000) records in 9 s.
    expect(sim.snapshot().producers[0]!.metrics['record-send-rate']).toBeCloseTo(1041 / 9, 0);
    sim.apply({ do: 'setWorkload', producer: 'p', ratePerSec: 0 });
    sim.advanceTo(12_000);
    expect(sent()).toBe(1050);
  });

  it('is refused for a producer without a workload and past the caps, naming the field', () => {
    const sim = scenario();
    const codes = (a: Parameters<typeof sim.apply>[0]) => {
      try {
        sim.apply(a);
        return [];
      } catch (e) {
        return (e as { errors: { path: string; code: string }[] }).errors.map((x) => [
          x.path,
          x.code,
        ]);
      }
    };
    expect(codes({ do: 'setWorkload', producer: 'q', ratePerSec: 5 })).toEqual([
      ['action.producer', 'setWorkload.noWorkload'],
    ]);
    expect(codes({ do: 'setWorkload', producer: 'p', ratePerSec: 20_000 })).toEqual([
      ['action.ratePerSec', 'workload.tooFast'],
    ]);
    expect(codes({ do: 'setWorkload', producer: 'p', ratePerSec: -1 })[0]?.[0]).toBe(
      'action.ratePerSec',
    );
  });
});

describe('ProducerWorkload record sizes', () => {
  it('hands the producer each key’s UTF-8 length (kept per key: no scan per record), without a record object', () => {
    const sent: { key: string | null; keyBytes: number }[] = [];
    // Only sendWorkload: the workload builds no ProducerRecord per record.
    const producer = {
      sendWorkload: (_t: string, key: string | null, _n: number, _vb: number, keyBytes: number) =>
        sent.push({ key, keyBytes }),
    } as unknown as KafkaProducer;
    let now = 0;
    const queue: { at: number; cb: () => void }[] = [];
    const ctx = {
      now: () => now,
      random: new Random(3),
      schedule: (at: number, cb: () => void) => {
        queue.push({ at, cb });
        return { cancel: () => {} };
      },
    } as unknown as SimContext;
    const keys = ['a', 'ключ', '€'];
    new ProducerWorkload(
      { topic: 't', ratePerSec: 1000, keys, valueBytes: 10 },
      producer,
      ctx,
    ).start();
    while (sent.length < 30) {
      const next = queue.shift()!;
      now = next.at;
      next.cb();
    }
    for (const r of sent) expect(r.keyBytes).toBe(new TextEncoder().encode(r.key!).length);
    expect(new Set(sent.map((r) => r.keyBytes))).toEqual(new Set([1, 8, 3]));
  });
});
