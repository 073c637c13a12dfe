// What the fetch path does per partition per fetch (issue #16: 30,000 replicas on 50 brokers,
// where idle partitions are most of every follower fetch): each is checked once on arrival, an
// idle partition's request entry is sent again rather than rebuilt, and the follower matches the
// answer to its request by position instead of looking each partition up.
import { describe, expect, it, vi } from 'vitest';
import type { Scenario, Simulation } from '../index';
import { createSimulation } from '../index';
import type { FetchRequest } from '../network/requests';
import { ReplicaManager } from './ReplicaManager';
import { REPLICA_SOCKET_TIMEOUT_MS } from './ReplicaFetcherThread';
import { Partition } from './Partition';
import { LogSegment } from '../log/LogSegment';

/** Two partitions led by broker 1, followed by 2 and 3; a slow workload on one (key 'a'). */
function cluster(): Scenario {
  return {
    version: 1,
    seed: 7,
    cluster: { brokers: 3 },
    topics: [
      {
        name: 't',
        partitions: 2,
        replicationFactor: 3,
        assignment: [
          [1, 2, 3],
          [1, 2, 3],
        ],
      },
    ],
    producers: [
      {
        id: 'p1',
        config: { acks: '1', 'linger.ms': 0 },
        workload: { topic: 't', ratePerSec: 2, keys: ['a'], valueBytes: 10 },
      },
    ],
    consumerGroups: [],
    actions: [],
  };
}

/** Every fetch follower 2 sends leader 1 from now on, as broker 1 receives it. */
function fetchesFromTwo(sim: Simulation): FetchRequest[] {
  const rm = sim.brokers.get(1)!.replicaManager;
  const handle = rm.handleFetch.bind(rm);
  const fromTwo: FetchRequest[] = [];
  rm.handleFetch = (req, respond) => {
    if (req.replicaId === 2) fromTwo.push(req);
    handle(req, respond);
  };
  return fromTwo;
}

describe('the fetch path per partition', () => {
  it('a follower sends an idle partition’s entry again, and a new one when its offset moves', () => {
    const sim = createSimulation(cluster());
    const fromTwo = fetchesFromTwo(sim);
    sim.advanceTo(20_000);
    const entries = (partition: number) =>
      fromTwo.flatMap((r) => r.partitions.filter((pd) => pd.partition === partition));
    const distinct = (partition: number) => new Set(entries(partition)).size;
    const offsets = (partition: number) =>
      new Set(entries(partition).map((e) => e.fetchOffset)).size;
    expect(fromTwo.length).toBeGreaterThan(20);
    // One entry object per distinct request, not one per fetch.
    for (const partition of [0, 1]) {
      expect(entries(partition).length).toBe(fromTwo.length);
      const epochs = new Set(
        entries(partition).map((e) => `${e.currentLeaderEpoch}/${e.lastFetchedEpoch}`),
      ).size;
      expect(distinct(partition)).toBeLessThanOrEqual(offsets(partition) + epochs);
    }
    const [busy, idle] = offsets(0) > offsets(1) ? [0, 1] : [1, 0];
    expect(offsets(busy)).toBeGreaterThan(5);
    expect(offsets(idle)).toBe(1);
    expect(distinct(idle)).toBeLessThanOrEqual(2);
  });

  it('the leader checks each partition of a follower fetch once on arrival', () => {
    const sim = createSimulation(cluster());
    sim.advanceTo(5_000);
    const rm = sim.brokers.get(1)!.replicaManager;
    const checkFetch = vi.spyOn(
      ReplicaManager.prototype as unknown as { checkFetch: (...args: unknown[]) => unknown },
      'checkFetch',
    );
    const handle = rm.handleFetch.bind(rm);
    let fetches = 0;
    rm.handleFetch = (req, respond) => {
      checkFetch.mockClear();
      handle(req, respond);
      if (req.replicaId < 0) return;
      // The checks of this request's own partitions while it was handled (a parked fetch of the
      // other follower may be re-checked meanwhile, as the HW moves): one each, not one to update
      // the follower's state and another to read.
      const own = new Set<unknown>(req.partitions);
      const calls = checkFetch.mock.calls.filter((c) => own.has(c[1]));
      expect(calls.length).toBe(req.partitions.length);
      fetches++;
    };
    sim.advanceTo(15_000);
    checkFetch.mockRestore();
    expect(fetches).toBeGreaterThan(20);
  });

  it('a follower looks no partition up per fetch once it has it', () => {
    const sim = createSimulation(cluster());
    sim.advanceTo(5_000);
    const map = sim.brokers.get(2)!.replicaManager.partitions;
    const get = vi.spyOn(map, 'get');
    sim.advanceTo(15_000);
    expect(get).not.toHaveBeenCalled();
    get.mockRestore();
  });

  it('the leader walks its followers for the HW without the map’s iterator', () => {
    const sim = createSimulation(cluster());
    sim.advanceTo(5_000);
    const p = sim.brokers.get(1)!.replicaManager.getPartition('t', 0)!;
    const iterate = vi.spyOn(p.followers, Symbol.iterator);
    const entries = vi.spyOn(p.followers, 'entries');
    sim.advanceTo(10_000);
    expect(p.followers.size).toBe(2);
    expect(iterate).not.toHaveBeenCalled();
    expect(entries).not.toHaveBeenCalled();
  });

  it('a fetcher keeps one request-timeout event queued, not one per fetch for 30 s', () => {
    const sim = createSimulation(cluster());
    const sentAt = new Set<number>();
    sim.onTrace((e) => {
      if (e.type === 'replica.fetch') sentAt.add(e.time);
    });
    sim.advanceTo(40_000);
    const lastTimeout = [...sentAt].filter((t) => t > 10_000);
    expect(lastTimeout.length).toBeGreaterThan(50);
    // Events due when one of the last 30 s's fetches would time out: before, one per fetch.
    const queue = sim['queue'] as unknown as { heap: ({ time: number } | null)[] };
    const due = new Set(lastTimeout.map((t) => t + REPLICA_SOCKET_TIMEOUT_MS));
    const timeouts = queue.heap.filter((e) => e && due.has(e.time));
    expect(timeouts.length).toBeLessThanOrEqual(2); // one per fetcher thread (2 and 3 fetch from 1)
  });

  it('an idle follower’s fetch does not check the HW (Kafka: only when its LEO moved)', () => {
    const sim = createSimulation(cluster());
    sim.advanceTo(5_000);
    const rm = sim.brokers.get(1)!.replicaManager;
    const [a, b] = [rm.getPartition('t', 0)!, rm.getPartition('t', 1)!];
    const check = vi.spyOn(Partition.prototype, 'maybeIncrementLeaderHW');
    sim.advanceTo(15_000);
    const contexts = [...check.mock.contexts];
    check.mockRestore();
    const checked = (p: Partition) => contexts.filter((c) => c === p).length;
    const [busy, idle] = a.log.logEndOffset > b.log.logEndOffset ? [a, b] : [b, a];
    expect(busy.log.logEndOffset).toBeGreaterThan(10);
    expect(idle.log.logEndOffset).toBe(0);
    // The busy partition's HW is checked on its appends and on fetches that bring a new LEO.
    expect(checked(busy)).toBeGreaterThan(10);
    expect(checked(idle)).toBe(0);
  });

  it('a log end offset is read without going to the active segment (kept at each change)', () => {
    const sim = createSimulation(cluster());
    sim.advanceTo(5_000);
    const next = vi.spyOn(LogSegment.prototype, 'nextOffset', 'get');
    const append = vi.spyOn(LogSegment.prototype, 'append');
    sim.advanceTo(15_000);
    const [nextCalls, appends] = [next.mock.calls.length, append.mock.calls.length];
    next.mockRestore();
    append.mockRestore();
    expect(appends).toBeGreaterThan(20);
    // Once per append (the log keeps its end), not once per partition of every fetch.
    expect(nextCalls).toBeLessThanOrEqual(appends);
    for (const b of sim.brokers.values())
      for (const p of b.replicaManager.partitions.values())
        expect(p.log.logEndOffset).toBe(p.log.activeSegment.nextOffset);
  });

  it('the leader looks each partition of a parked follower fetch up once (read and keys reuse it)', () => {
    const sim = createSimulation(cluster());
    sim.advanceTo(5_000);
    const rm = sim.brokers.get(1)!.replicaManager;
    const get = vi.spyOn(rm, 'getPartition');
    const handle = rm.handleFetch.bind(rm);
    let fetches = 0;
    let lookups = 0;
    let partitions = 0;
    rm.handleFetch = (req, respond) => {
      get.mockClear();
      handle(req, respond);
      if (req.replicaId < 0) return;
      fetches++;
      lookups += get.mock.calls.length;
      partitions += req.partitions.length;
    };
    sim.advanceTo(15_000);
    get.mockRestore();
    expect(fetches).toBeGreaterThan(20);
    // Once on arrival (before: again to read and again to park). A follower's fetch that moves
    // the HW re-checks the other follower's parked fetch meanwhile: 120 for 80 here (280 before).
    expect(lookups).toBeLessThanOrEqual(partitions * 2);
  });

  it('a fetch with nothing to read parks without a response built first: it is read once', () => {
    const sim = createSimulation(cluster());
    sim.advanceTo(5_000);
    const rm = sim.brokers.get(1)!.replicaManager;
    const read = vi.spyOn(
      ReplicaManager.prototype as unknown as { readForFetch: (req: FetchRequest) => unknown },
      'readForFetch',
    );
    const parkedBefore = rm['fetchPurgatory'].size;
    const handle = rm.handleFetch.bind(rm);
    let fetches = 0;
    rm.handleFetch = (req, respond) => {
      if (req.replicaId >= 0) fetches++;
      handle(req, respond);
    };
    sim.advanceTo(15_000);
    const reads = read.mock.calls.filter(([req]) => req.replicaId >= 0).length;
    read.mockRestore();
    expect(fetches).toBeGreaterThan(20);
    // Once each: when answered (at once with data, or on completing or expiring once parked).
    expect(reads).toBe(parkedBefore + fetches - rm['fetchPurgatory'].size);
  });

  it('an idle follower sends its last request again as it is; a moved offset makes a new one', () => {
    const busy = follow(cluster());
    expect(busy.changed).toBeGreaterThan(5);
    const idle = follow({ ...cluster(), producers: [] });
    expect(idle.again).toBeGreaterThan(5);
    expect(idle.changed).toBe(0);
  });
});

/**
 * Follower 2's fetches from leader 1 for 20 s: how many were sent again as the previous request
 * (the same object) and how many changed (a new one), checking each partition is still traced.
 */
function follow(scenario: Scenario): { again: number; changed: number } {
  const sim = createSimulation(scenario);
  const fromTwo = fetchesFromTwo(sim);
  const events: { partition: number; fetchOffset: number }[] = [];
  sim.onTrace((e) => {
    if (e.type === 'replica.fetch' && e.broker === 2) events.push(e);
  });
  sim.advanceTo(20_000);
  let again = 0;
  let changed = 0;
  for (let i = 1; i < fromTwo.length; i++) {
    const [prev, req] = [fromTwo[i - 1]!, fromTwo[i]!];
    const same =
      prev.partitions.length === req.partitions.length &&
      req.partitions.every((pd, j) => pd === prev.partitions[j]);
    if (same) again++;
    else changed++;
    expect(req === prev).toBe(same);
  }
  // Each partition of each fetch is still traced, with what it was sent with (the first fetch
  // went out as the simulation was built, before the listener).
  const sent = fromTwo.slice(1).flatMap((r) => r.partitions);
  expect(events.map((e) => [e.partition, e.fetchOffset])).toEqual(
    sent.map((pd) => [pd.partition, pd.fetchOffset]),
  );
  return { again, changed };
}
