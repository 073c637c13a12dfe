// Time travel is exact: a seek to t shows what a fresh run to t shows, snapshot for snapshot,
// whatever the checkpoints, the order of seeks and the user's actions; acting after a seek back
// replaces the future; undo returns to the moment before the action.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  createSimulation,
  replay,
  type Action,
  type ActionBody,
  type Scenario,
  type Simulation,
} from '../engine';
import { findStarter } from '../content/scenarios';
import { lastLostRecordChecks } from '../engine/snapshot/buildSnapshot';
import { ReplicaManager } from '../engine/server/ReplicaManager';
import { EventQueue } from '../engine/sim/EventQueue';
import { REPLICAS_PER_STEP } from '../engine/sim/Simulation';
import { TimeMachine, type Host } from './timeTravel';

/** A host whose idle work runs only when the test says so (buildFor). */
const testHost: Host = {
  now: () => performance.now(),
  yield: () => new Promise((r) => setImmediate(r)),
  idle: () => () => {},
};

/**
 * The same host on this process's CPU clock: a test about what running a stretch costs measures
 * this process's work, not the wall time other processes (parallel test files) take from it.
 */
const cpuHost: Host = {
  ...testHost,
  now: () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  },
};

function machineFor(
  id: string,
  opts: { maxCheckpoints?: number; sliceMs?: number; targetSeekMs?: number } = {},
) {
  const sim = createSimulation(findStarter(id)!.scenario);
  return new TimeMachine(sim, {}, { host: cpuHost, sliceMs: 4, ...opts });
}

/** What a fresh run of the scenario with the branch's user actions shows at `t`. */
function fresh(m: TimeMachine, t: number): string {
  const s: Scenario = m.scenario;
  const sim = replay(s, [...s.actions, ...m.userActions()], t);
  return state(sim);
}

function state(sim: Simulation): string {
  return JSON.stringify(sim.snapshot({ records: true }));
}

/** Actions a person could take in these starters (some may be refused at their moment). */
function actionsFor(id: string): ActionBody[] {
  const s = createSimulation(findStarter(id)!.scenario).scenario;
  const topic = s.topics[0]!.name;
  const producer = s.producers[0]?.id;
  const out: ActionBody[] = [
    { do: 'killBroker', broker: 2 },
    { do: 'restartBroker', broker: 2 },
    { do: 'isolateBroker', broker: 1 },
    { do: 'healBroker', broker: 1 },
    { do: 'shutdownBroker', broker: 3 },
    { do: 'restartBroker', broker: 3 },
    { do: 'slowBroker', broker: 1 },
  ];
  if (producer)
    out.push(
      { do: 'produce', producer, topic, key: 'k-1', value: 'v' },
      { do: 'produce', producer, topic, key: null, value: 'w' },
      { do: 'setConfig', target: `producer:${producer}`, key: 'linger.ms', value: 20 },
    );
  const group = s.consumerGroups[0]?.id;
  if (group) out.push({ do: 'addConsumer', group });
  return out;
}

const STARTERS = ['replication-kill-two-brokers', 'waiting-events', 'group-crash-redelivery'];

describe('TimeMachine', () => {
  it('a seek to t equals a fresh run to t, for random t, actions and seek orders', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...STARTERS),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 12_000 }), fc.nat(20)), { maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 15_000 }), { minLength: 1, maxLength: 5 }),
        fc.nat(3),
        async (id, acts, seeks, builds) => {
          const m = machineFor(id, { maxCheckpoints: 3 });
          const choices = actionsFor(id);
          // Act at increasing moments on the way (some acts may be refused: that changes nothing).
          for (const [at, pick] of [...acts].sort((a, b) => a[0] - b[0])) {
            m.advanceTo(at);
            try {
              m.apply(choices[pick % choices.length]!);
            } catch {
              // refused at this moment
            }
          }
          m.advanceTo(15_000);
          for (let i = 0; i < builds; i++) m.buildFor(20);
          for (const t of seeks) {
            await m.seek(t);
            expect(m.now).toBe(t);
            expect(state(m.sim)).toBe(fresh(m, t));
            m.buildFor(5);
          }
          m.dispose();
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it('plays on from a seek exactly as the run did, re-applying the actions ahead', async () => {
    const m = machineFor('replication-kill-two-brokers');
    m.advanceTo(3_000);
    m.apply({ do: 'killBroker', broker: 1 });
    m.advanceTo(6_000);
    m.apply({ do: 'restartBroker', broker: 1 });
    m.advanceTo(7_500);
    await m.seek(1_000);
    expect(m.userActions()).toHaveLength(2);
    m.advanceTo(7_500);
    expect(state(m.sim)).toBe(fresh(m, 7_500));
    expect(m.sim.snapshot().brokers.find((b) => b.id === 1)?.status).toBe('online');
    m.dispose();
  });

  it('acting after a seek back replaces the future: a new branch', async () => {
    const m = machineFor('replication-kill-two-brokers');
    m.advanceTo(5_000);
    m.apply({ do: 'killBroker', broker: 2 });
    m.advanceTo(8_000);
    expect(m.horizon).toBe(8_000);
    await m.seek(2_000);
    expect(m.sim.snapshot().brokers.find((b) => b.id === 2)?.status).toBe('online');
    const produced = m.apply({
      do: 'produce',
      producer: 'p1',
      topic: 'payments',
      key: 'branch',
      value: 'new',
    });
    expect(produced.at).toBe(2_000);
    // The kill at 5 s was the old future: gone from the log, and the run is the new branch.
    expect(m.userActions().map((a) => a.do)).toEqual(['produce']);
    expect(m.horizon).toBe(2_000);
    expect(m.tapeEvents().every((e) => e.time <= 2_000)).toBe(true);
    m.advanceTo(8_000);
    expect(m.sim.snapshot().brokers.find((b) => b.id === 2)?.status).toBe('online');
    expect(state(m.sim)).toBe(fresh(m, 8_000));
    m.dispose();
  });

  it('undo returns to the moment before the last action and forgets it', async () => {
    const m = machineFor('replication-kill-two-brokers');
    // (before the starter's own first crash, at 4 s)
    m.advanceTo(2_000);
    const before = state(m.sim);
    const kill = m.apply({ do: 'killBroker', broker: 3 });
    m.advanceTo(3_500);
    const undone = await m.undoLastAction();
    expect(undone).toEqual(kill);
    expect(m.now).toBe(2_000);
    expect(m.userActions()).toEqual([]);
    expect(state(m.sim)).toBe(before);
    expect(
      m.tapeEvents().some((e) => e.type === 'action.applied' && e.action.do === 'killBroker'),
    ).toBe(false);
    m.advanceTo(3_500);
    expect(m.sim.snapshot().brokers.find((b) => b.id === 3)?.status).toBe('online');
    m.dispose();
  });

  it('a refused action changes nothing, the future included', async () => {
    const m = machineFor('replication-kill-two-brokers');
    m.advanceTo(5_000);
    m.apply({ do: 'killBroker', broker: 2 });
    m.advanceTo(8_000);
    await m.seek(2_000);
    expect(() => m.apply({ do: 'killBroker', broker: 99 } as ActionBody)).toThrow();
    expect(m.userActions()).toHaveLength(1);
    expect(m.horizon).toBe(8_000);
    m.dispose();
  });

  it('keeps the tape of the furthest moment across seeks, each event once', async () => {
    const m = machineFor('replication-kill-two-brokers');
    m.advanceTo(10_000);
    const tape = m.tapeEvents().map((e) => e.seq);
    await m.seek(3_000);
    m.advanceTo(10_000);
    expect(m.tapeEvents().map((e) => e.seq)).toEqual(tape);
    expect(new Set(tape).size).toBe(tape.length);
    expect(
      m
        .tapeEvents()
        .slice(0, m.tapeCountUpTo(3_000))
        .every((e) => e.time <= 3_000),
    ).toBe(true);
    m.dispose();
  });

  it('the ladder spreads checkpoints over the run within the memory cap', () => {
    // A seek target no machine meets: the spacing by speed stays below the memory cap's on any
    // machine (at 50 ms, or even 1 ms, a fast machine ran stretches within it and built less).
    const m = machineFor('replication-kill-two-brokers', { maxCheckpoints: 4, targetSeekMs: 1e-6 });
    m.advanceTo(60_000);
    while (m.buildFor(50));
    const times = m.checkpointTimes();
    expect(times.length).toBeGreaterThan(0);
    expect(times.length).toBeLessThanOrEqual(4);
    m.dispose();
  });

  it('places checkpoints by what running a stretch costs, not by simulated time', () => {
    // 1,000 records/s for 10 s, then 1 a second: the first sixth of the run holds most of its cost.
    const base = createSimulation(findStarter('fast-lagging-consumer')!.scenario).scenario;
    const scenario: Scenario = {
      ...base,
      // A burst far heavier than the rest, so no pause of the process (a GC) can outweigh it.
      actions: [
        { at: 1, do: 'setWorkload', producer: 'p1', ratePerSec: 1000 },
        { at: 10_000, do: 'setWorkload', producer: 'p1', ratePerSec: 1 },
      ],
    };
    const opts = { host: cpuHost, maxCheckpoints: 6, minCheckpoints: 6, targetSeekMs: 1e-6 };
    const m = new TimeMachine(createSimulation(scenario), {}, opts);
    m.advanceTo(60_000);
    while (m.buildFor(50));
    const times = m.checkpointTimes();
    expect(times).toHaveLength(6);
    // Evenly by time, one would stand before 12 s; by cost, most of them do.
    expect(times.filter((t) => t < 12_000).length).toBeGreaterThanOrEqual(3);
    m.dispose();
  });

  it('spreads a full ladder evenly by the work of each stretch, whatever the clock says', () => {
    // A clock that jumps 25 ms at every 5th look, as a garbage collection or other work on the
    // machine would make it: the ladder follows the run's own work (its trace events), not that.
    let looks = 0;
    let jumps = 0;
    const noisyHost: Host = {
      ...cpuHost,
      now: () => cpuHost.now() + (++looks % 5 === 0 ? ++jumps : jumps) * 25,
    };
    const scenario = findStarter('fast-lagging-consumer')!.scenario;
    const opts = { host: noisyHost, maxCheckpoints: 6, minCheckpoints: 6, targetSeekMs: 1e-6 };
    const m = new TimeMachine(createSimulation(scenario), {}, opts);
    for (let t = 1000; t <= 60_000; t += 1000) m.advanceTo(t);
    while (m.buildFor(50));
    const times = m.checkpointTimes();
    expect(times).toHaveLength(6);
    // Each stretch's work, counted on a fresh run: within 15 % of a seventh of the whole. (Halving
    // the costliest stretch instead gave six eighths and a quarter; the clock's jumps, anything.)
    const sim = createSimulation(scenario);
    const work = [0, ...times, 60_000].map((t) => {
      sim.advanceTo(t);
      return sim.traceCount;
    });
    const share = work.at(-1)! / 7;
    for (let i = 1; i < work.length; i++) {
      expect(work[i]! - work[i - 1]!).toBeGreaterThan(share * 0.85);
      expect(work[i]! - work[i - 1]!).toBeLessThan(share * 1.15);
    }
    m.dispose();
  });

  it('repairs the hole a seek leaves in a full ladder', async () => {
    const scenario = findStarter('fast-lagging-consumer')!.scenario;
    const opts = { host: cpuHost, maxCheckpoints: 6, minCheckpoints: 6, targetSeekMs: 1e-6 };
    const m = new TimeMachine(createSimulation(scenario), {}, opts);
    for (let t = 1000; t <= 60_000; t += 1000) m.advanceTo(t);
    while (m.buildFor(50));
    // Just before the fourth checkpoint: the seek runs the third one there, and the live
    // simulation it leaves (at 60 s) fills the ladder again.
    await m.seek(m.checkpointTimes()[3]! - 100);
    while (m.buildFor(50));
    const sim = createSimulation(scenario);
    const points = [...new Set([0, ...m.checkpointTimes(), m.now, 60_000])].sort((a, b) => a - b);
    const work = points.map((t) => {
      sim.advanceTo(t);
      return sim.traceCount;
    });
    // No stretch holds much more than a seventh of the run's work (the hole held two).
    for (let i = 1; i < work.length; i++)
      expect(work[i]! - work[i - 1]!).toBeLessThan((work.at(-1)! / 7) * 1.15);
    m.dispose();
  });

  it('keeps as many checkpoints as their estimated heap allows, within the bounds', () => {
    const count = (memoryBudgetBytes: number) => {
      const sim = createSimulation(findStarter('replication-kill-two-brokers')!.scenario);
      // A target no ladder meets (whatever the machine's speed): the count is the capacity's.
      const opts = { maxCheckpoints: 12, minCheckpoints: 2, memoryBudgetBytes, targetSeekMs: 1e-6 };
      const m = new TimeMachine(sim, {}, { host: cpuHost, ...opts });
      m.advanceTo(60_000);
      while (m.buildFor(50));
      const n = m.checkpointTimes().length;
      expect(n).toBe(m.capacity());
      m.dispose();
      return n;
    };
    expect(count(0)).toBe(2);
    expect(count(2 ** 40)).toBe(12);
  });

  it('takes the heap estimate again only once the run has gone a tenth further', () => {
    // (it walks every log: tens of ms at 30,000 replicas, and the builder asks every slice)
    const sim = createSimulation(findStarter('replication-kill-two-brokers')!.scenario);
    const m = new TimeMachine(sim, {}, { host: cpuHost });
    const estimate = vi.spyOn(sim, 'heapEstimate');
    for (let t = 100; t <= 60_000; t += 100) {
      m.advanceTo(t);
      m.capacity();
    }
    // 600 frames; 1 s, then 10 % further each time: about 40 walks
    expect(estimate.mock.calls.length).toBeLessThan(60);
    expect(estimate.mock.calls.length).toBeGreaterThan(10);
    estimate.mockRestore();
    m.dispose();
  });

  it('a checkpoint the builder made snapshots only what a seek ran past it', async () => {
    const m = machineFor('fast-lagging-consumer', { maxCheckpoints: 4, targetSeekMs: 1e-6 });
    m.advanceTo(20_000);
    while (m.buildFor(50));
    const cp = m.checkpointTimes().at(-1)!;
    expect(cp).toBeGreaterThan(10_000);
    await m.seek(cp + 200);
    const snap = m.sim.snapshot();
    const acked = snap.producers.reduce((n, p) => n + p.acknowledged, 0);
    // The builder kept the checkpoint's lost-record check up to date: the snapshot after the seek
    // re-checks the records acknowledged in those 200 ms, not the whole run's.
    expect(acked).toBeGreaterThan(1_000);
    expect(lastLostRecordChecks(m.sim)).toBeLessThan(acked / 20);
    expect(JSON.stringify(snap)).toBe(
      JSON.stringify(replay(m.scenario, m.scenario.actions, cp + 200).snapshot()),
    );
    m.dispose();
  });

  it('builds a fresh simulation and runs it a slice at a time: 100 replicas, 16 events', async () => {
    // 20 brokers, 3,750 replicas (189 on the busiest). For the first 300 slices the host's clock moves 1 ms each time
    // it is read, so every slice (buildFor(1), or a seek's turn between two yields) does the least
    // it may: the work counted is the engine's (replicas created, events run), not wall time.
    // Then the clock is the real one, and the rest is done in slices of 50 ms.
    const scenario: Scenario = {
      version: 1,
      seed: 3,
      cluster: { brokers: 20 },
      topics: Array.from({ length: 4 }, (_, i) => ({
        name: `t${i}`,
        partitions: 300,
        replicationFactor: 3,
      })),
      producers: [
        {
          id: 'p1',
          workload: { topic: 't0', ratePerSec: 500, keys: ['a', 'b', 'c'], valueBytes: 50 },
        },
      ],
      consumerGroups: [{ id: 'g', topics: ['t0'], members: 3 }],
      actions: [],
    };
    let clock = 0;
    const counting = () => slices.length < 300;
    const slices: { replicas: number; events: number }[] = [];
    let slice = { replicas: 0, events: 0 };
    const cut = () => {
      slices.push(slice);
      slice = { replicas: 0, events: 0 };
    };
    const host: Host = {
      now: () => (counting() ? clock++ : performance.now()),
      yield: () => {
        cut();
        return new Promise((r) => setImmediate(r));
      },
      idle: () => () => {},
    };
    const create = ReplicaManager.prototype.getOrCreatePartition;
    const pop = EventQueue.prototype.pop;
    const creates = vi
      .spyOn(ReplicaManager.prototype, 'getOrCreatePartition')
      .mockImplementation(function (this: ReplicaManager, topic: string, partition: number) {
        if (!this.partitions.has(this.key(topic, partition))) slice.replicas++;
        return create.call(this, topic, partition);
      });
    const pops = vi.spyOn(EventQueue.prototype, 'pop').mockImplementation(function (
      this: EventQueue,
    ) {
      slice.events++;
      return pop.call(this);
    });
    try {
      const live = createSimulation(scenario);
      const m = new TimeMachine(live, {}, { host, maxCheckpoints: 2, targetSeekMs: 1e-6 });
      m.advanceTo(3_000);
      // The ladder builder: its first checkpoint, from a fresh simulation.
      slices.length = 0;
      while (counting()) {
        slice = { replicas: 0, events: 0 };
        m.buildFor(1);
        cut();
      }
      expect(Math.max(...slices.map((s) => s.replicas))).toBe(REPLICAS_PER_STEP);
      expect(Math.max(...slices.map((s) => s.events))).toBeLessThanOrEqual(16);
      // (one whole fresh simulation, and then a good stretch of its run)
      const built = slices.reduce((n, s) => n + s.replicas, 0);
      expect(built).toBe(scenario.topics.length * 300 * 3 + 50 * 3);
      expect(slices.filter((s) => s.events > 0).length).toBeGreaterThan(100);
      while (m.checkpointTimes().length === 0) m.buildFor(50);
      const cp = m.checkpointTimes()[0]!;
      await m.seek(cp + 10);
      expect(state(m.sim)).toBe(fresh(m, cp + 10));
      m.dispose();

      // A seek back before any checkpoint: a fresh simulation, built and run in slices too.
      const m2 = new TimeMachine(createSimulation(scenario), {}, { host, sliceMs: 1 });
      m2.advanceTo(3_000);
      slices.length = 0;
      slice = { replicas: 0, events: 0 };
      await m2.seek(1_200);
      cut();
      expect(m2.now).toBe(1_200);
      const counted = slices.slice(0, 300);
      expect(Math.max(...counted.map((s) => s.replicas))).toBe(REPLICAS_PER_STEP);
      expect(Math.max(...counted.map((s) => s.events))).toBeLessThanOrEqual(16);
      expect(counted.reduce((n, s) => n + s.replicas, 0)).toBe(built);
      expect(counted.filter((s) => s.events > 0).length).toBeGreaterThan(100);
      expect(state(m2.sim)).toBe(fresh(m2, 1_200));
      m2.dispose();
    } finally {
      creates.mockRestore();
      pops.mockRestore();
    }
  }, 60_000);

  it('plays within a budget: stops between events, inside a millisecond too, and plays on the same run', () => {
    // The host's clock moves 1 ms each time it is read: a budget of 1 ms lets each call run
    // only as far as one look at the clock (16 events), wherever that falls.
    let clock = 0;
    const host: Host = { ...testHost, now: () => clock++ };
    const scenario = findStarter('replication-kill-two-brokers')!.scenario;
    const whole = new TimeMachine(createSimulation(scenario), {}, { host: testHost });
    whole.advanceTo(9_000);
    const m = new TimeMachine(createSimulation(scenario), {}, { host });
    const pop = EventQueue.prototype.pop;
    let events = 0;
    const pops = vi.spyOn(EventQueue.prototype, 'pop').mockImplementation(function (
      this: EventQueue,
    ) {
      events++;
      return pop.call(this);
    });
    let calls = 0;
    let most = 0;
    let inside = 0;
    try {
      // (until 9 s is run whole: a call may stop inside its last millisecond too)
      while (m.now < 9_000 || m.sim.nextEventTime() === 9_000) {
        events = 0;
        m.advanceTo(9_000, 1);
        calls++;
        most = Math.max(most, events);
        if (m.sim.nextEventTime() === m.now) inside++;
      }
    } finally {
      pops.mockRestore();
    }
    expect(most).toBeLessThanOrEqual(16);
    expect(calls).toBeGreaterThan(20);
    expect(inside).toBeGreaterThan(0);
    // The same run, and each of its events once on the tape.
    expect(state(m.sim)).toBe(state(whole.sim));
    expect(m.tapeEvents().map((e) => e.seq)).toEqual(whole.tapeEvents().map((e) => e.seq));
    m.dispose();
    whole.dispose();
  });

  it('opens a run from an action log (a link) and shows its moment', async () => {
    const m = machineFor('replication-kill-two-brokers');
    const actions: Action[] = [
      { at: 1_500, do: 'killBroker', broker: 1 },
      { at: 4_000, do: 'restartBroker', broker: 1 },
    ];
    await m.load(actions, 3_000);
    expect(m.now).toBe(3_000);
    expect(state(m.sim)).toBe(fresh(m, 3_000));
    expect(m.sim.snapshot().brokers.find((b) => b.id === 1)?.status).toBe('offline');
    m.dispose();
  });
});
