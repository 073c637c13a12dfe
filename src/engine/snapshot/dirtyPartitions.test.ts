// A snapshot of the page's simulation looks only at the partitions marked changed since the last
// one (DirtyPartitions). A change to a partition must always be in the next snapshot: at random
// moments of random fault schedules (KRaft and ZooKeeper) and of starters, the incremental
// snapshot equals one built afresh; and an idle partition is not looked at.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type SnapshotOptions } from '../index';
import { buildSnapshot, lastPartitionsLooked } from './buildSnapshot';
import { faultPlanArb, toScenario } from '../test/faults/FaultSchedule';
import { STARTERS } from '../../content/scenarios';

const PAGE: SnapshotOptions = { records: true, recordWindow: 24, acked: false };

/** Snapshots `sim` at the moments `steps` apart, each compared with a full build. */
function compareAlong(scenario: Scenario, steps: readonly number[], opts: SnapshotOptions): void {
  const sim = createSimulation(scenario);
  for (const step of steps) {
    sim.advanceTo(sim.now + step);
    expect(sim.snapshot(opts), `at ${sim.now} ms`).toEqual(
      buildSnapshot(sim, opts, { reuse: false }),
    );
  }
}

const stepsArb = fc.array(fc.integer({ min: 1, max: 4_000 }), { minLength: 20, maxLength: 60 });

describe('an incremental snapshot equals a full build', () => {
  it('at random moments of random fault schedules (KRaft and ZooKeeper)', () => {
    fc.assert(
      fc.property(
        faultPlanArb('unsafe'),
        fc.constantFrom('kraft' as const, 'zookeeper' as const),
        fc.boolean(),
        stepsArb,
        (plan, metadata, records, steps) =>
          compareAlong(toScenario(plan, metadata), steps, records ? PAGE : {}),
      ),
      { numRuns: 12, seed: 20261207 },
    );
  }, 300_000);

  it('at random moments of every starter', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STARTERS), stepsArb, (starter, steps) =>
        compareAlong(starter.scenario as Scenario, steps, PAGE),
      ),
      { numRuns: STARTERS.length, seed: 7 },
    );
  }, 300_000);
});

describe('a snapshot looks only at what changed', () => {
  it('a record to one partition of 600 has the next snapshot look at that partition alone', () => {
    const sim = createSimulation({
      version: 1,
      seed: 1,
      cluster: { brokers: 3 },
      topics: [
        { name: 'a', partitions: 300, replicationFactor: 3 },
        { name: 'b', partitions: 300, replicationFactor: 3 },
      ],
      producers: [{ id: 'p1' }],
      consumerGroups: [],
      actions: [],
    });
    sim.advanceTo(2_000);
    sim.snapshot(PAGE);
    expect(lastPartitionsLooked(sim)).toBe(600);
    sim.advanceTo(3_000);
    sim.snapshot(PAGE);
    expect(lastPartitionsLooked(sim)).toBe(0);
    sim.apply({ do: 'produce', producer: 'p1', topic: 'b', partition: 7, key: 'k', value: 'v' });
    sim.advanceTo(4_000);
    const s = sim.snapshot(PAGE);
    expect(lastPartitionsLooked(sim)).toBe(1);
    expect(s.topics[1]!.partitions[7]!.highWatermark).toBe(1);
    expect(s).toEqual(buildSnapshot(sim, PAGE, { reuse: false }));
  });
});
