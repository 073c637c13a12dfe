// Time to a new active controller after the active one is killed, headless. In KRaft the standby
// voters already hold the metadata log: the time is the quorum's timeouts and a vote, whatever the
// partition count.
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../engine';
import { failoverPoint, failoverScenario, runFailover } from './failoverRun';
import { FAILOVER_KILL_SPREAD_MS, FAILOVER_SEEDS } from './failoverParams';

/** A point as the worker runs it. */
const series = (mode: 'kraft' | 'zookeeper', partitions: number) =>
  failoverPoint(
    FAILOVER_SEEDS.map((seed, i) =>
      runFailover(mode, partitions, seed, i * FAILOVER_KILL_SPREAD_MS),
    ),
  );

describe('failover comparison runs', () => {
  it('builds valid clusters up to 10,000 partitions in both modes', () => {
    for (const mode of ['kraft', 'zookeeper'] as const) {
      const s = failoverScenario(mode, 10_000, 1);
      expect(s.topics.reduce((n, t) => n + t.partitions, 0)).toBe(10_000);
      expect(s.topics.every((t) => t.partitions <= 1000 && t.replicationFactor === 1)).toBe(true);
      const r = validateScenario(s);
      expect(r.ok ? [] : r.errors.map((e) => `${e.path}:${e.code}`)).toEqual([]);
    }
  });

  it('takes the median and range over the runs that recovered', () => {
    const base = { mode: 'kraft', partitions: 100, killed: 3001, killedAt: 5000 } as const;
    const s = (seed: number, recoveryMs: number | null) => ({
      ...base,
      seed,
      next: recoveryMs === null ? null : 3002,
      epoch: recoveryMs === null ? null : 2,
      recoveryMs,
    });
    expect(failoverPoint([s(1, 3000), s(2, null), s(3, 1000), s(4, 2000)])).toMatchObject({
      medianMs: 2000,
      minMs: 1000,
      maxMs: 3000,
    });
    expect(failoverPoint([s(1, 3000), s(2, 1000)]).medianMs).toBe(2000);
    expect(failoverPoint([s(1, null)])).toMatchObject({ medianMs: null, minMs: null });
  });

  it('KRaft: another voter is active within the quorum’s timeouts, as fast at 10,000 partitions as at 100', () => {
    const small = series('kraft', 100);
    const large = series('kraft', 10_000);
    for (const s of [...small.samples, ...large.samples]) {
      expect(s.killed).toBe(3001);
      expect(s.next).not.toBeNull();
      expect(s.next).not.toBe(3001);
      expect(s.epoch!).toBeGreaterThan(1);
      // Followers notice after controller.quorum.fetch.timeout.ms (2 s) without a fetch answered;
      // a vote (a split one retried after an election timeout) takes the rest.
      expect(s.recoveryMs!).toBeGreaterThan(1000);
      expect(s.recoveryMs!).toBeLessThan(7000);
    }
    // Nothing to load: 100 times the partitions moves the median by less than one election
    // timeout (1 s), the spread of the randomized timeouts themselves.
    expect(Math.abs(large.medianMs! - small.medianMs!)).toBeLessThan(1000);
  });

  it('ZooKeeper: the next controller is active only after the session timeout and a reload that grows with the partitions', () => {
    const points = [100, 1000, 10_000].map((n) => series('zookeeper', n));
    for (const p of points)
      for (const s of p.samples) {
        // The controller is a broker; another broker takes /controller in epoch 2.
        expect(s.killed).toBeLessThanOrEqual(3);
        expect(s.next).not.toBeNull();
        expect(s.next).not.toBe(s.killed);
        expect(s.next!).toBeLessThanOrEqual(3);
        expect(s.epoch).toBe(2);
        // Nothing happens before ZooKeeper expires the dead broker's session: at least two thirds
        // of zookeeper.session.timeout.ms (18 s) after the kill, as pings come every third.
        expect(s.recoveryMs!).toBeGreaterThan(12_000);
      }
    const [p100, p1000, p10000] = points.map((p) => p.medianMs!);
    // Each partition's state is read back before the controller acts: more partitions, longer.
    expect(p1000!).toBeGreaterThan(p100! + 3000);
    expect(p10000!).toBeGreaterThan(p1000! + 30_000);
    // The same kill moments in KRaft: seconds, not tens of seconds.
    expect(series('kraft', 10_000).medianMs!).toBeLessThan(p100! / 3);
  });
});
