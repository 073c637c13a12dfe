// buildSnapshot reuses what did not change since the last snapshot of the same simulation (each
// replica's segments, each partition, each topic). It must equal a snapshot built afresh at every
// moment, through appends, rolls, retention, compaction, truncation and leader changes, and it
// must reuse: an idle partition is the same object in the next snapshot.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type SnapshotOptions } from '../index';
import {
  WARM_REPLICAS_PER_CALL,
  buildSnapshot,
  lastWarmedReplicas,
  warmSnapshotCaches,
} from './buildSnapshot';
import { STARTERS } from '../../content/scenarios';
import unclean from '../../content/scenarios/replication-unclean-election-on.json';
import zombie from '../../content/scenarios/replication-zombie-leader.json';
import segments from '../../content/scenarios/log-segments.json';

const PAGE: SnapshotOptions = { records: true, recordWindow: 24, acked: false };

const cases: [string, unknown][] = [
  ['unclean election', unclean],
  ['zombie leader', zombie],
  ['segments, retention and compaction', segments],
];

describe('a snapshot reusing the last one equals one built afresh', () => {
  it.each(cases)('%s: every 100 ms, as the page publishes it', (_name, s) => {
    const sim = createSimulation(s as Scenario);
    const until = Math.max(60_000, ...(s as Scenario).actions.map((a) => a.at + 15_000));
    for (let t = 0; t <= until; t += 100) {
      sim.advanceTo(t);
      expect(sim.snapshot(PAGE), `at ${t} ms`).toEqual(buildSnapshot(sim, PAGE, { reuse: false }));
    }
  });

  it('every starter, every second, with and without records', () => {
    for (const starter of STARTERS) {
      const scenario = starter.scenario as Scenario;
      const sim = createSimulation(scenario);
      const until = Math.max(20_000, ...(scenario.actions ?? []).map((a) => a.at + 5_000));
      for (let t = 0; t <= until; t += 1000) {
        sim.advanceTo(t);
        for (const opts of [PAGE, {}])
          expect(sim.snapshot(opts), `${starter.id} at ${t} ms`).toEqual(
            buildSnapshot(sim, opts, { reuse: false }),
          );
      }
    }
  });
});

describe('a snapshot reuses what did not change', () => {
  it('an idle topic and an idle partition are the same objects in the next snapshot', () => {
    const sim = createSimulation({
      version: 1,
      seed: 1,
      cluster: { brokers: 3 },
      topics: [
        { name: 'busy', partitions: 2, replicationFactor: 3 },
        { name: 'idle', partitions: 2, replicationFactor: 3 },
      ],
      producers: [
        {
          id: 'p1',
          workload: { topic: 'busy', ratePerSec: 100, keys: ['a', 'b'], valueBytes: 10 },
        },
      ],
      consumerGroups: [],
      actions: [],
    });
    sim.advanceTo(5_000);
    const a = sim.snapshot(PAGE);
    sim.advanceTo(6_000);
    const b = sim.snapshot(PAGE);
    const topic = (s: typeof a, name: string) => s.topics.find((t) => t.name === name)!;
    expect(topic(b, 'idle')).toBe(topic(a, 'idle'));
    expect(topic(b, 'busy')).not.toBe(topic(a, 'busy'));
    // A busy partition's replicas changed; built afresh they are equal, not the same.
    expect(topic(b, 'busy').partitions[0]!.highWatermark).toBeGreaterThan(
      topic(a, 'busy').partitions[0]!.highWatermark,
    );
    const fresh = buildSnapshot(sim, PAGE, { reuse: false });
    expect(topic(fresh, 'idle')).not.toBe(topic(b, 'idle'));
    expect(topic(fresh, 'idle')).toEqual(topic(b, 'idle'));
  });
});

describe('warming the snapshot caches of a big cluster', () => {
  it('walks a bounded number of replicas per call, going on where it stopped', () => {
    // 3 brokers, 2 × 300 partitions at RF 3: 1,800 replicas.
    const sim = createSimulation({
      version: 1,
      seed: 1,
      cluster: { brokers: 3 },
      topics: [
        { name: 'a', partitions: 300, replicationFactor: 3 },
        { name: 'b', partitions: 300, replicationFactor: 3 },
      ],
      producers: [
        { id: 'p1', workload: { topic: 'a', ratePerSec: 200, keys: ['k'], valueBytes: 10 } },
      ],
      consumerGroups: [],
      actions: [],
    });
    sim.advanceTo(2_000);
    const counts: number[] = [];
    for (let i = 0; i < 3; i++) {
      warmSnapshotCaches(sim);
      counts.push(lastWarmedReplicas(sim));
    }
    // The first call stops at the bound, the second finishes the walk and starts the next one
    // (wrapping at most once), the third goes on from there.
    expect(counts).toEqual([
      WARM_REPLICAS_PER_CALL,
      WARM_REPLICAS_PER_CALL,
      WARM_REPLICAS_PER_CALL,
    ]);
    expect(WARM_REPLICAS_PER_CALL).toBeLessThan(1_800);
    // A warmed simulation's snapshot is the one built afresh.
    expect(sim.snapshot(PAGE)).toEqual(buildSnapshot(sim, PAGE, { reuse: false }));
  });

  it('a cluster under the bound is walked whole at every call', () => {
    const sim = createSimulation(segments as unknown as Scenario);
    sim.advanceTo(5_000);
    warmSnapshotCaches(sim);
    const whole = lastWarmedReplicas(sim);
    expect(whole).toBeGreaterThan(0);
    expect(whole).toBeLessThan(WARM_REPLICAS_PER_CALL);
    warmSnapshotCaches(sim);
    expect(lastWarmedReplicas(sim)).toBe(whole);
  });
});

describe('what the reuse holds on to', () => {
  it('does not keep a simulation alive once nothing else holds it', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const dropped = (() => {
      const sim = createSimulation(segments as unknown as Scenario);
      sim.advanceTo(1_000);
      sim.snapshot(PAGE);
      return new WeakRef(sim);
    })();
    // (a WeakRef holds its target until the current job ends)
    for (let i = 0; i < 5 && dropped.deref(); i++) {
      await new Promise((r) => setTimeout(r, 0));
      gc();
    }
    expect(dropped.deref()).toBeUndefined();
  });
});
