import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type TraceEvent } from '..';
import { findStarter } from '../../content/scenarios';
import { ConsumerGroupApp } from './ConsumerGroupApp';
import type { SimContext } from './SimContext';
import { Random } from './Random';

const CHATTER = new Set<TraceEvent['type']>(['net.send', 'net.deliver', 'replica.fetch']);

describe('trace listeners', () => {
  it('a listener skipping chatter hears every other event with the same seq as one hearing all', () => {
    const scenario = findStarter('waiting-events')!.scenario;
    const sim = createSimulation(scenario);
    const all: TraceEvent[] = [];
    const some: TraceEvent[] = [];
    sim.onTrace((e) => all.push(e));
    sim.onTrace((e) => some.push(e), { skip: CHATTER });
    sim.advanceTo(20_000);
    expect(all.some((e) => CHATTER.has(e.type))).toBe(true);
    expect(some.some((e) => CHATTER.has(e.type))).toBe(false);
    expect(some).toEqual(all.filter((e) => !CHATTER.has(e.type)));
  });

  it('with only skipping listeners the chatter is not built, and seqs match a run that built it', () => {
    const scenario = findStarter('waiting-events')!.scenario;
    const quiet = createSimulation(scenario);
    const loud = createSimulation(scenario);
    const a: TraceEvent[] = [];
    const b: TraceEvent[] = [];
    quiet.onTrace((e) => a.push(e), { skip: CHATTER });
    loud.onTrace((e) => b.push(e));
    quiet.advanceTo(20_000);
    loud.advanceTo(20_000);
    expect(a).toEqual(b.filter((e) => !CHATTER.has(e.type)));
    expect(quiet.snapshot({ records: true })).toEqual(loud.snapshot({ records: true }));
  });

  it('unsubscribing a listener that wanted chatter stops building it for the rest', () => {
    const sim = createSimulation(findStarter('waiting-events')!.scenario);
    const seen: TraceEvent[] = [];
    const off = sim.onTrace(() => {});
    sim.onTrace((e) => seen.push(e), { skip: CHATTER });
    sim.advanceTo(5_000);
    off();
    sim.advanceTo(10_000);
    expect(seen.some((e) => CHATTER.has(e.type))).toBe(false);
    // seq has no gaps except where the chatter was.
    expect(seen.every((e, i) => i === 0 || e.seq > seen[i - 1]!.seq)).toBe(true);
  });

  it('a group whose consume.record nobody hears counts its records at once, as record by record', () => {
    // No processing time (records processed at once), and a crash that makes redeliveries.
    const scenario: Scenario = {
      version: 1,
      seed: 4,
      cluster: { brokers: 3 },
      topics: [{ name: 't', partitions: 3, replicationFactor: 3 }],
      producers: [
        {
          id: 'p1',
          config: { acks: 'all' },
          workload: { topic: 't', ratePerSec: 300, keys: ['a', 'b', 'c', 'd'], valueBytes: 10 },
        },
      ],
      consumerGroups: [
        {
          id: 'g',
          topics: ['t'],
          members: 2,
          config: {
            'auto.offset.reset': 'earliest',
            'session.timeout.ms': 6000,
            'heartbeat.interval.ms': 2000,
          },
          processingMsPerRecord: 0,
        },
      ],
      actions: [{ at: 12_000, do: 'crashConsumer', group: 'g', member: 'g-1' }],
    };
    const quiet = createSimulation(scenario);
    const loud = createSimulation(scenario);
    const skip = new Set<TraceEvent['type']>([...CHATTER, 'consume.record']);
    const a: TraceEvent[] = [];
    const b: TraceEvent[] = [];
    quiet.onTrace((e) => a.push(e), { skip });
    loud.onTrace((e) => b.push(e));
    quiet.advanceTo(30_000);
    loud.advanceTo(30_000);
    expect(b.some((e) => e.type === 'consume.record')).toBe(true);
    expect(loud.snapshot().consumerGroups[0]!.redelivered).toBeGreaterThan(0);
    expect(a).toEqual(b.filter((e) => !skip.has(e.type)));
    expect(quiet.snapshot({ records: true })).toEqual(loud.snapshot({ records: true }));
  });

  it('recordsConsumed counts consumed and redelivered records as recordConsumed one by one', () => {
    const r = new Random(9);
    const bulk = new ConsumerGroupApp('g', ['t'], {} as never, 0, {} as SimContext, []);
    const one = new ConsumerGroupApp('g', ['t'], {} as never, 0, {} as SimContext, []);
    for (let i = 0; i < 300; i++) {
      const partition = r.nextInt(4);
      const first = r.nextInt(200);
      const count = 1 + r.nextInt(30);
      bulk.recordsConsumed('t', partition, first, count);
      for (let o = first; o < first + count; o++) one.recordConsumed('t', partition, o);
      expect([bulk.consumed, bulk.redelivered]).toEqual([one.consumed, one.redelivered]);
    }
    expect(one.redelivered).toBeGreaterThan(0);
  });
});
