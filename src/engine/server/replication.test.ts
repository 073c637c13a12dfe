// Replication and broker failure, run headless and checked against what Kafka does.
import { describe, expect, it } from 'vitest';
import type { Action, ActionBody, Scenario } from '../index';
import { ofType, runWithTrace } from '../test/scenarios';

function cluster(opts: {
  acks?: string;
  minIsr?: number;
  unclean?: boolean;
  producer?: Record<string, string | number | boolean>;
  rate?: number;
  actions?: Action[];
}): Scenario {
  return {
    version: 1,
    seed: 5,
    cluster: { brokers: 3, config: { 'unclean.leader.election.enable': opts.unclean ?? false } },
    topics: [
      {
        name: 'orders',
        partitions: 1,
        replicationFactor: 3,
        assignment: [[1, 2, 3]],
        config: { 'min.insync.replicas': opts.minIsr ?? 2 },
      },
    ],
    producers: [
      {
        id: 'p1',
        config: { acks: opts.acks ?? 'all', ...(opts.producer ?? {}) },
        workload: {
          topic: 'orders',
          ratePerSec: opts.rate ?? 20,
          keys: ['k1', 'k2', 'k3'],
          valueBytes: 20,
        },
      },
    ],
    consumerGroups: [],
    actions: opts.actions ?? [],
  };
}

const at = (ms: number, a: ActionBody): Action => ({ at: ms, ...a });

describe('follower replication and the high watermark', () => {
  it('the HW is the smallest LEO in the ISR; followers learn it one fetch later', () => {
    const { sim } = runWithTrace(cluster({}), 5000);
    const p = sim.snapshot().topics[0]!.partitions[0]!;
    const leo = p.replicaStates.map((r) => r.logEndOffset);
    expect(p.isr).toEqual([1, 2, 3]);
    expect(p.highWatermark).toBeLessThanOrEqual(Math.min(...leo));
    expect(p.highWatermark).toBeGreaterThan(80);
    const fol = sim.brokers.get(2)!.replicaManager.getPartition('orders', 0)!;
    expect(fol.log.highWatermark).toBeLessThanOrEqual(p.highWatermark);
  });
});

describe('acks=all with min.insync.replicas=2, RF 3', () => {
  it('one broker down: writes go on once it is fenced and out of the ISR; a second: NOT_ENOUGH_REPLICAS', () => {
    const s = cluster({
      actions: [
        at(2000, { do: 'killBroker', broker: 3 }),
        at(30000, { do: 'killBroker', broker: 2 }),
      ],
    });
    const { sim, trace } = runWithTrace(s, 60000);
    const fence3 = ofType(trace, 'broker.fenced').find((e) => e.broker === 3)!;
    // broker.session.timeout.ms (9 s) after its last heartbeat (every 2 s).
    expect(fence3.time).toBeGreaterThanOrEqual(2000 + 9000 - 2000);
    expect(fence3.time).toBeLessThanOrEqual(2000 + 9000 + 100);
    const shrink = ofType(trace, 'isr.shrink').find((e) => e.removed.includes(3))!;
    expect(shrink.isr).toEqual([1, 2]);
    const snap = sim.snapshot();
    const prod = snap.producers[0]!;
    expect(prod.errors.some((e) => e.error === 'NOT_ENOUGH_REPLICAS')).toBe(false); // retried, not failed yet
    const failed = ofType(trace, 'produce.failed');
    expect(failed.some((f) => f.error === 'NOT_ENOUGH_REPLICAS' && f.time > 30000)).toBe(true);
    expect(failed.some((f) => f.time < 30000)).toBe(false);
    // Acknowledged before broker 2 died: all still there.
    expect(snap.metrics.AcknowledgedRecordsLost).toBe(0);
    expect(snap.metrics.UnderReplicatedPartitions).toBe(1);
    expect(snap.metrics.IsrShrinks).toBe(2);
    expect(snap.metrics.FailedProduceRequests['NOT_ENOUGH_REPLICAS']).toBeGreaterThan(10);
  });

  it.each([1, 2, 3])('no acknowledged record is lost whichever single broker (%i) crashes', (b) => {
    const s = cluster({ actions: [at(3000, { do: 'killBroker', broker: b })] });
    const { sim } = runWithTrace(s, 40000);
    const snap = sim.snapshot();
    expect(snap.producers[0]!.acknowledged).toBeGreaterThan(500);
    expect(snap.metrics.AcknowledgedRecordsLost).toBe(0);
  });

  it.each([1, 2, 3])(
    'no acknowledged record is lost whichever single broker (%i) is cut off',
    (b) => {
      const s = cluster({
        actions: [
          at(3000, { do: 'isolateBroker', broker: b }),
          at(25000, { do: 'healBroker', broker: b }),
        ],
      });
      const { sim } = runWithTrace(s, 60000);
      const snap = sim.snapshot();
      expect(snap.producers[0]!.acknowledged).toBeGreaterThan(500);
      expect(snap.metrics.AcknowledgedRecordsLost).toBe(0);
    },
  );
});

describe('leader election', () => {
  it('the leader crashes: the first alive ISR member in replica order leads, epoch bumps', () => {
    const { sim, trace } = runWithTrace(
      cluster({ actions: [at(2000, { do: 'killBroker', broker: 1 })] }),
      20000,
    );
    const elected = ofType(trace, 'leader.elected')[0]!;
    expect(elected).toMatchObject({ topic: 'orders', partition: 0, leader: 2, leaderEpoch: 1 });
    const p = sim.snapshot().topics[0]!.partitions[0]!;
    expect(p.leader).toBe(2);
    expect(p.isr).toEqual([2, 3]);
    expect(sim.snapshot().brokers.find((b) => b.id === 1)!.status).toBe('offline');
    // The producer found the new leader and kept writing.
    const after = ofType(trace, 'produce.acked').filter((e) => e.time > elected.time);
    expect(after.length).toBeGreaterThan(50);
  });

  it('a restarted broker truncates by leader epoch, catches up and rejoins the ISR', () => {
    const { sim, trace } = runWithTrace(
      cluster({
        acks: '1',
        minIsr: 1,
        actions: [
          at(2000, { do: 'killBroker', broker: 1 }),
          at(20000, { do: 'restartBroker', broker: 1 }),
        ],
      }),
      40000,
    );
    const expand = ofType(trace, 'isr.expand').find((e) => e.added.includes(1))!;
    expect(expand.time).toBeGreaterThan(20000);
    const p = sim.snapshot().topics[0]!.partitions[0]!;
    expect(p.isr.sort()).toEqual([1, 2, 3]);
    // Its log is now the leader's, record for record (anything only it had was cut off).
    const ids = (b: number) => {
      const log = sim.brokers.get(b)!.replicaManager.getPartition('orders', 0)!.log;
      return [...log.batches()].flatMap((x) => (x.records ?? []).map((r) => `${r.offset}:${r.id}`));
    };
    const mine = ids(1);
    const leader = ids(p.leader!);
    expect(mine.length).toBeGreaterThan(300);
    expect(mine).toEqual(leader.slice(0, mine.length));
  });

  it('a leader that crashed with writes its followers never fetched cuts them off on return', () => {
    // Followers paused: the leader alone holds the latest acks=1 writes when it dies.
    const { trace } = runWithTrace(
      cluster({
        acks: '1',
        minIsr: 1,
        actions: [
          at(1000, { do: 'slowBroker', broker: 2, factor: 5 }),
          at(1000, { do: 'slowBroker', broker: 3, factor: 5 }),
          at(3500, { do: 'killBroker', broker: 1 }),
          at(20000, { do: 'restartBroker', broker: 1 }),
        ],
      }),
      30000,
    );
    const cut = ofType(trace, 'log.truncate').find((e) => e.broker === 1)!;
    expect(cut.time).toBeGreaterThan(20000);
    expect(cut.from).toBeGreaterThan(cut.to);
    expect(cut.reason).toContain('leader epoch 0');
  });

  it('auto leader rebalance brings leadership back to the preferred replica', () => {
    const { sim, trace } = runWithTrace(
      {
        ...cluster({
          actions: [
            at(2000, { do: 'killBroker', broker: 1 }),
            at(15000, { do: 'restartBroker', broker: 1 }),
          ],
        }),
        cluster: { brokers: 3, config: { 'leader.imbalance.check.interval.seconds': 60 } },
      },
      70000,
    );
    const back = ofType(trace, 'leader.elected').find((e) => e.leader === 1)!;
    expect(back.reason).toBe('preferred leader election');
    expect(sim.snapshot().topics[0]!.partitions[0]!.leader).toBe(1);
  });

  it('unclean election off: with no ISR member alive the partition goes offline', () => {
    const s = cluster({
      acks: '1',
      minIsr: 1,
      actions: [
        at(1000, { do: 'slowBroker', broker: 2 }),
        at(1000, { do: 'slowBroker', broker: 3 }),
        at(50000, { do: 'killBroker', broker: 1 }),
      ],
    });
    const { sim, trace } = runWithTrace(s, 70000);
    expect(ofType(trace, 'isr.shrink').at(-1)!.isr).toEqual([1]);
    const snap = sim.snapshot();
    expect(snap.topics[0]!.partitions[0]!.leader).toBeNull();
    expect(snap.metrics.OfflinePartitionsCount).toBe(1);
    expect(snap.metrics.AcknowledgedRecordsLost).toBe(0);
  });

  it('unclean election on: an out-of-sync replica leads and acknowledged records are lost', () => {
    const s = cluster({
      acks: '1',
      minIsr: 1,
      unclean: true,
      actions: [
        at(1000, { do: 'slowBroker', broker: 2 }),
        at(1000, { do: 'slowBroker', broker: 3 }),
        at(50000, { do: 'killBroker', broker: 1 }),
      ],
    });
    const { sim, trace } = runWithTrace(s, 70000);
    const elected = ofType(trace, 'leader.elected').at(-1)!;
    expect(elected.leader).toBe(2);
    expect(elected.reason).toContain('unclean');
    const snap = sim.snapshot();
    expect(snap.metrics.OfflinePartitionsCount).toBe(0);
    expect(snap.metrics.AcknowledgedRecordsLost).toBeGreaterThan(0);
  });
});

describe('controlled shutdown against a crash', () => {
  const run = (how: 'shutdownBroker' | 'killBroker') =>
    runWithTrace(cluster({ actions: [at(3000, { do: how, broker: 1 })] }), 20000);

  it('a controlled shutdown moves leadership first: the partition is never offline, writes barely pause', () => {
    const { sim, trace } = run('shutdownBroker');
    const elected = ofType(trace, 'leader.elected')[0]!;
    expect(elected.reason).toContain('controlled shutdown');
    const stopped = ofType(trace, 'broker.status').find((e) => e.status === 'offline')!;
    expect(stopped.time).toBeGreaterThan(elected.time);
    expect(elected.time - 3000).toBeLessThan(500);
    expect(ofType(trace, 'leader.elected').every((e) => e.leader !== null)).toBe(true);
    expect(sim.snapshot().metrics.AcknowledgedRecordsLost).toBe(0);
  });

  it('a crash leaves the partition leaderless until the session times out', () => {
    const { trace } = run('killBroker');
    const elected = ofType(trace, 'leader.elected')[0]!;
    expect(elected.time - 3000).toBeGreaterThan(6000);
  });
});

describe('acks=1 and a cut-off leader (the zombie)', () => {
  it('writes acknowledged by the isolated old leader vanish when it rejoins', () => {
    const s = cluster({
      acks: '1',
      minIsr: 1,
      actions: [
        at(3000, { do: 'isolateBroker', broker: 1 }),
        at(20000, { do: 'healBroker', broker: 1 }),
      ],
    });
    const { sim, trace } = runWithTrace(s, 40000);
    expect(ofType(trace, 'leader.elected')[0]!.leader).toBe(2);
    const truncated = ofType(trace, 'log.truncate').find((e) => e.broker === 1)!;
    expect(truncated.from).toBeGreaterThan(truncated.to);
    expect(sim.snapshot().metrics.AcknowledgedRecordsLost).toBeGreaterThan(0);
  });

  it('with acks=all the same cut loses nothing: the zombie cannot reach min.insync.replicas', () => {
    const s = cluster({
      actions: [
        at(3000, { do: 'isolateBroker', broker: 1 }),
        at(20000, { do: 'healBroker', broker: 1 }),
      ],
    });
    const { sim } = runWithTrace(s, 40000);
    expect(sim.snapshot().metrics.AcknowledgedRecordsLost).toBe(0);
  });
});

describe('retries and idempotence', () => {
  // A slow follower holds the HW back, so acks=all requests time out and the producer retries
  // batches the leader has already written.
  const s = (idempotent: boolean) =>
    cluster({
      rate: 5,
      producer: {
        'enable.idempotence': idempotent,
        'request.timeout.ms': 2000,
        'delivery.timeout.ms': 120000,
        ...(idempotent ? {} : { 'max.in.flight.requests.per.connection': 1 }),
      },
      actions: [at(1000, { do: 'slowBroker', broker: 3 })],
    });

  function duplicates(idempotent: boolean): number {
    const { sim } = runWithTrace(s(idempotent), 60000);
    const log = sim.brokers.get(1)!.replicaManager.getPartition('orders', 0)!.log;
    const seen = new Map<number, number>();
    for (const b of log.batches())
      for (const r of b.records ?? []) seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
    return [...seen.values()].filter((n) => n > 1).length;
  }

  it('without idempotence a retried batch is written twice', () => {
    expect(duplicates(false)).toBeGreaterThan(0);
  });

  it('with idempotence the leader recognises the retry and writes it once', () => {
    expect(duplicates(true)).toBe(0);
  });
});

describe('producer retries, request.timeout.ms and delivery.timeout.ms', () => {
  const twoDown = (producer: Record<string, string | number | boolean>) =>
    cluster({
      producer,
      actions: [
        at(1000, { do: 'killBroker', broker: 2 }),
        at(1000, { do: 'killBroker', broker: 3 }),
      ],
    });

  it('retries=0: the first NOT_ENOUGH_REPLICAS is final and reported', () => {
    const { sim } = runWithTrace(twoDown({ retries: 0, 'enable.idempotence': false }), 20000);
    const p = sim.snapshot().producers[0]!;
    expect(p.failed).toBeGreaterThan(50);
    expect(new Set(p.errors.map((e) => e.error))).toContain('NOT_ENOUGH_REPLICAS');
  });

  it('with retries, a batch fails only when delivery.timeout.ms has passed since it was created', () => {
    const { sim, trace } = runWithTrace(
      twoDown({ 'delivery.timeout.ms': 8000, 'request.timeout.ms': 3000 }),
      30000,
    );
    const p = sim.snapshot().producers[0]!;
    const expired = p.errors.filter((e) => e.error.startsWith('TIMEOUT'));
    expect(expired.length).toBeGreaterThan(0);
    // Retried meanwhile: the same records failed retriably before they expired.
    expect(ofType(trace, 'produce.failed').some((f) => f.retriable)).toBe(true);
    expect(expired[0]!.at).toBeGreaterThanOrEqual(8000);
  });
});
