// Consumers (and the metadata cache) back off from a dead broker as Kafka's clients do (KIP-580):
// while the dead broker is still the coordinator or a leader in metadata — about 9 s, until the
// controller fences it — FindCoordinator, JoinGroup, heartbeats, fetches and metadata refreshes
// are retried after retry.backoff.ms doubling up to retry.backoff.max.ms, and a broker whose
// connection was reset is not connected to again before reconnect.backoff.ms doubling up to
// reconnect.backoff.max.ms. They used to retry every ~100 ms, some 100 times each. Recovery
// after the fencing stays within a few seconds.
import { describe, expect, it } from 'vitest';
import type { Scenario, TraceEvent } from '../../index';
import { ofType, runWithTrace } from '../../test/scenarios';
import { Random } from '../../sim/Random';
import { ExponentialBackoff, retryBackoff } from '../../common/utils/ExponentialBackoff';
import joinGroupDeadCoordinator from '../../test/fault-cases/lag-joingroup-dead-coordinator.json';

type Send = Extract<TraceEvent, { type: 'net.send' }>;

const requests = (trace: TraceEvent[], from: number, to: number): Send[] =>
  ofType(trace, 'net.send').filter((e) => !e.response && e.time >= from && e.time < to);

const fencedAt = (trace: TraceEvent[], broker: number, after: number): number =>
  ofType(trace, 'broker.fenced').find((e) => e.broker === broker && e.time > after)!.time;

/** Gaps between consecutive sends. */
const gaps = (sends: Send[]): number[] => sends.slice(1).map((e, i) => e.time - sends[i]!.time);

describe('ExponentialBackoff (KIP-580)', () => {
  it('doubles from retry.backoff.ms up to retry.backoff.max.ms, within ±20 % jitter', () => {
    const b = retryBackoff(100, 1000);
    const random = new Random(1);
    for (let attempts = 0; attempts < 8; attempts++) {
      const term = Math.min(100 * 2 ** attempts, 1000);
      for (let i = 0; i < 50; i++) {
        const v = b.backoff(attempts, random);
        expect(v).toBeGreaterThanOrEqual(Math.floor(term * 0.8));
        expect(v).toBeLessThanOrEqual(Math.min(term * 1.2, 1000));
      }
      expect(b.maxBackoff(attempts)).toBe(Math.min(Math.floor(term * 1.2), 1000));
    }
  });

  it('is constant when the maximum is not above the base (retry.backoff.ms > retry.backoff.max.ms)', () => {
    const random = new Random(2);
    expect(retryBackoff(5000, 1000).backoff(0, random)).toBe(1000);
    expect(retryBackoff(5000, 1000).backoff(7, random)).toBe(1000);
    expect(new ExponentialBackoff(50, 2, 50, 0.2).backoff(3, random)).toBe(50);
  });

  it('draws its jitter from the seeded PRNG: the same seed, the same backoffs', () => {
    const b = retryBackoff(100, 1000);
    const draw = (seed: number) => {
      const r = new Random(seed);
      return [0, 1, 2, 3, 4, 5].map((n) => b.backoff(n, r));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });
});

describe('a killed group coordinator, until the controller fences it', () => {
  const kill = 4102; // broker 3, the coordinator; both members' JoinGroups are parked there
  const members = ['consumer:g2/g2-1', 'consumer:g2/g2-2'];

  function run(config?: Record<string, unknown>) {
    const scenario = structuredClone(joinGroupDeadCoordinator) as unknown as Scenario;
    if (config) scenario.consumerGroups[0]!.config = config as never;
    const { trace, sim } = runWithTrace(scenario, 40000);
    const fenced = fencedAt(trace, 3, kill);
    return { trace, sim, fenced, window: requests(trace, kill, fenced) };
  }

  it('classic: JoinGroup reaches the dead broker about once per reconnect backoff, not every ~100 ms', () => {
    const { trace, fenced, window } = run();
    expect(fenced - kill).toBeGreaterThan(8500); // broker.session.timeout.ms
    for (const member of members) {
      const mine = window.filter((e) => e.from === member);
      const toDead = mine.filter((e) => e.to === 'broker:3');
      // ~60 before; now the connection attempts follow 50, 100, 200, 400, 800, 1000 … ms.
      expect(toDead.length).toBeGreaterThanOrEqual(5);
      expect(toDead.length).toBeLessThanOrEqual(15);
      expect(toDead.every((e) => e.api === 'JoinGroup')).toBe(true);
      const later = gaps(toDead).slice(-3);
      for (const g of later) expect(g).toBeGreaterThanOrEqual(700);
      // FindCoordinator and Metadata go to brokers the member is connected to, never the dead one.
      const lookups = mine.filter((e) => e.api === 'FindCoordinator');
      expect(lookups.length).toBeLessThanOrEqual(40); // ~90 before; each lookup loop backs off
      expect(lookups.every((e) => e.to !== 'broker:3')).toBe(true);
      const refreshes = mine.filter((e) => e.api === 'Metadata');
      expect(refreshes.length).toBeLessThanOrEqual(15);
      expect(refreshes.every((e) => e.to !== 'broker:3')).toBe(true);
    }
    // Recovery: both members reach the new coordinator within about a second of the fencing,
    // and the group is Stable there as before (its rebalance delay dominates).
    for (const member of members) {
      const join = ofType(trace, 'net.send').find(
        (e) => e.from === member && e.api === 'JoinGroup' && e.time > fenced && e.to !== 'broker:3',
      )!;
      expect(join.time - fenced).toBeLessThan(1500);
    }
    const stable = ofType(trace, 'group.state').find((e) => e.time > fenced && e.to === 'Stable')!;
    expect(stable.time - fenced).toBeLessThan(8000);
  });

  it('KIP-848: heartbeats and lookups back off exponentially; the member is back within seconds', () => {
    const { trace, sim, fenced, window } = run({
      'auto.offset.reset': 'earliest',
      'group.protocol': 'consumer',
    });
    for (const member of members) {
      const mine = window.filter((e) => e.from === member);
      const toDead = mine.filter((e) => e.to === 'broker:3');
      // ~48 heartbeats each before.
      expect(toDead.length).toBeLessThanOrEqual(15);
      const lookups = mine.filter((e) => e.api === 'FindCoordinator');
      expect(lookups.length).toBeLessThanOrEqual(15); // ~70 before
      expect(lookups.every((e) => e.to !== 'broker:3')).toBe(true);
      const heartbeats = toDead.filter((e) => e.api === 'ConsumerGroupHeartbeat');
      for (const g of gaps(heartbeats).slice(-3)) expect(g).toBeGreaterThanOrEqual(700);
      expect(mine.filter((e) => e.api === 'Metadata').length).toBeLessThanOrEqual(15);
      const back = ofType(trace, 'net.send').find(
        (e) =>
          e.from === member &&
          e.api === 'ConsumerGroupHeartbeat' &&
          e.time > fenced &&
          e.to !== 'broker:3',
      )!;
      expect(back.time - fenced).toBeLessThan(3000);
    }
    const snap = sim.snapshot();
    expect(snap.consumerGroups[0]!.state).toBe('Stable');
    expect(snap.consumerGroups[0]!.members.flatMap((m) => m.assignment)).toHaveLength(2);
  });

  it('retry.backoff.max.ms and reconnect.backoff.max.ms are the consumer’s own settings', () => {
    // Constant 100 ms / 50 ms backoffs: the consumer retries as often as it used to.
    const { window } = run({
      'auto.offset.reset': 'earliest',
      'group.protocol': 'consumer',
      'retry.backoff.max.ms': 100,
      'reconnect.backoff.max.ms': 50,
    });
    for (const member of members) {
      const toDead = window.filter((e) => e.from === member && e.to === 'broker:3');
      expect(toDead.length).toBeGreaterThan(30);
    }
  });

  it('the jitter is seeded: the same scenario retries at the same times', () => {
    const times = () =>
      run()
        .window.filter((e) => e.to === 'broker:3')
        .map((e) => `${e.from}@${e.time}`);
    expect(times()).toEqual(times());
  });
});

describe('a killed partition leader, until the controller fences it', () => {
  const kill = 10000;
  const scenario = (protocol: 'classic' | 'consumer'): Scenario =>
    ({
      version: 1,
      seed: 7,
      cluster: { brokers: 3 },
      topics: [
        {
          name: 't',
          partitions: 3,
          replicationFactor: 3,
          assignment: [
            [2, 1, 3],
            [2, 3, 1],
            [2, 1, 3],
          ],
        },
      ],
      producers: [
        {
          id: 'p1',
          config: { acks: 'all', 'linger.ms': 5 },
          workload: { topic: 't', ratePerSec: 20, keys: ['a', 'b', 'c', 'd'], valueBytes: 50 },
        },
      ],
      consumerGroups: [
        {
          id: 'g',
          topics: ['t'],
          members: 1,
          config: { 'auto.offset.reset': 'earliest', 'group.protocol': protocol },
          processingMsPerRecord: 1,
        },
      ],
      actions: [{ at: kill, do: 'killBroker', broker: 2 }],
    }) as Scenario;

  it.each(['classic', 'consumer'] as const)(
    '%s: fetches and metadata refreshes back off; consumption resumes soon after the fencing',
    (protocol) => {
      const { trace, sim } = runWithTrace(scenario(protocol), 40000);
      const fenced = fencedAt(trace, 2, kill);
      const window = requests(trace, kill, fenced);
      const consumer = 'consumer:g/g-1';
      // ~110 fetches to the dead leader and ~75 metadata refreshes before.
      const deadFetches = window.filter(
        (e) => e.from === consumer && e.api === 'Fetch' && e.to === 'broker:2',
      );
      expect(deadFetches.length).toBeLessThanOrEqual(15);
      for (const g of gaps(deadFetches).slice(-3)) expect(g).toBeGreaterThanOrEqual(700);
      const refreshes = window.filter((e) => e.from === consumer && e.api === 'Metadata');
      expect(refreshes.length).toBeGreaterThan(3);
      expect(refreshes.length).toBeLessThanOrEqual(15);
      for (const g of gaps(refreshes).slice(-3)) expect(g).toBeGreaterThanOrEqual(700);
      expect(refreshes.every((e) => e.to !== 'broker:2')).toBe(true);
      // The producer's metadata cache backs off the same way (~55 refreshes before).
      const producerRefreshes = window.filter(
        (e) => e.from === 'producer:p1' && e.api === 'Metadata',
      );
      expect(producerRefreshes.length).toBeLessThanOrEqual(15);
      // The consumer learns the new leaders within a backoff or two of the fencing.
      for (const partition of [0, 1, 2]) {
        const leader = sim.metadata.leaderOf('t', partition)!;
        expect(leader).not.toBe(2);
        const fetch = ofType(trace, 'consumer.fetch').find(
          (e) => e.time > fenced && e.partition === partition && e.broker === leader,
        )!;
        expect(fetch.time - fenced).toBeLessThan(2500);
      }
      // …and consumes from them again (the partitions the keys go to).
      const written = new Set(ofType(trace, 'produce.record').map((e) => e.partition));
      expect(written.size).toBeGreaterThan(0);
      for (const partition of written) {
        const consumed = ofType(trace, 'consume.record').find(
          (e) => e.time > fenced && e.partition === partition,
        )!;
        expect(consumed.time - fenced).toBeLessThan(3000);
      }
    },
  );
});
