// The follower's fetcher under faults (issue #9): Kafka's ReplicaFetcherThread /
// AbstractFetcherThread and the leader's side of a fetch (Partition.fetchRecords, DelayedFetch).
// - A leader change moves a partition to the new leader's fetcher thread, which fetches it at once.
// - A request lost on a cut link times out after replica.socket.timeout.ms (30 s); the connection
//   is then closed, and the next one is made as soon as the healed link lets a SYN through.
// - KIP-320: a follower sends the leader epoch it follows; the leader answers FENCED_LEADER_EPOCH
//   (older) or UNKNOWN_LEADER_EPOCH (newer than its own metadata), and the follower waits for
//   new metadata or backs off that partition alone.
// - The leader-epoch cache loses the epochs below the log start offset (truncateFromStart).
import { describe, expect, it } from 'vitest';
import type { Scenario, Simulation, TraceEvent } from '../index';
import { createSimulation } from '../index';
import type { FetchRequest, FetchResponse } from '../network/requests';
import { resolveBrokerTopicDefaults } from '../config/BrokerConfig';
import { standaloneEnv } from '../log/LogEnv';
import { LeaderEpochFileCache } from '../log/LeaderEpochFileCache';
import { Partition } from './Partition';
import { ofType } from '../test/scenarios';

/** Partitions on brokers [1, 2, 3] (broker 1 leads), with a slow acks=1 workload or none. */
function cluster(
  partitions = 1,
  actions: Scenario['actions'] = [],
  workload = true,
  config: Record<string, string | number | boolean> = {},
): Scenario {
  return {
    version: 1,
    seed: 7,
    cluster: { brokers: 3, config },
    topics: [
      {
        name: 't',
        partitions,
        replicationFactor: 3,
        assignment: Array.from({ length: partitions }, () => [1, 2, 3]),
      },
    ],
    producers: [
      {
        id: 'p1',
        config: { acks: '1', 'linger.ms': 0 },
        ...(workload
          ? { workload: { topic: 't', ratePerSec: 4, keys: ['a', 'b', 'c', 'd'], valueBytes: 10 } }
          : {}),
      },
    ],
    consumerGroups: [],
    actions,
  };
}

/**
 * Broker 1 goes (a controlled shutdown: broker 2 leads in epoch 1) and comes back; at the next
 * leader-imbalance check (10 s) the controller moves the leadership back to it, its preferred
 * replica (auto.leader.rebalance.enable), in epoch 2 — broker 2 stays up.
 */
function preferredLeaderBack(workload: boolean): Scenario {
  return cluster(
    1,
    [
      { at: 3000, do: 'shutdownBroker', broker: 1 },
      { at: 4000, do: 'restartBroker', broker: 1 },
    ],
    workload,
    { 'leader.imbalance.check.interval.seconds': 10 },
  );
}

function start(s: Scenario): { sim: Simulation; trace: TraceEvent[] } {
  const sim = createSimulation(s);
  const trace: TraceEvent[] = [];
  sim.onTrace((e) => trace.push(e));
  return { sim, trace };
}

/** Every Fetch a broker answers, with when it was received and when (and how) it was answered. */
interface Answer {
  receivedAt: number;
  answeredAt: number;
  req: FetchRequest;
  res: FetchResponse;
}

function recordAnswers(sim: Simulation, broker: number): Answer[] {
  const rm = sim.brokers.get(broker)!.replicaManager;
  const handle = rm.handleFetch.bind(rm);
  const answers: Answer[] = [];
  rm.handleFetch = (req, respond) => {
    const receivedAt = sim.now;
    handle(req, (res) => {
      answers.push({ receivedAt, answeredAt: sim.now, req, res });
      respond(res);
    });
  };
  return answers;
}

/** The broker ignores what the controller sends it while `hold()` says so: its image lags. */
function laggingMetadata(sim: Simulation, broker: number, hold: () => boolean): void {
  const listener = sim.brokers.get(broker)!.metadata;
  const onResponse = listener.onResponse.bind(listener);
  listener.onResponse = (msg) => {
    if (!hold()) onResponse(msg);
  };
}

const fetchesOf = (trace: TraceEvent[], broker: number, partition = 0) =>
  ofType(trace, 'replica.fetch').filter(
    (e) => e.broker === broker && e.topic === 't' && e.partition === partition,
  );

const errorsFor = (answers: Answer[], replica: number, error: string, partition = 0) =>
  answers.filter(
    (a) =>
      a.req.replicaId === replica &&
      a.res.partitions.some((p) => p.partition === partition && p.error === error),
  );

describe('a follower fetches again at once when it can (item 1)', () => {
  it('after a heal, at the next SYN through — not another request timeout later', () => {
    // Isolated long enough for the lost fetch to time out (30 s) while still cut off.
    const heal = 47050;
    const { sim, trace } = start(
      cluster(1, [
        { at: 5000, do: 'isolateBroker', broker: 3 },
        { at: heal, do: 'healBroker', broker: 3 },
      ]),
    );
    sim.advanceTo(80000);
    const fetches = fetchesOf(trace, 3);
    const during = fetches.filter((e) => e.time >= 5000 && e.time < heal);
    // Only the fetch in flight when the links were cut: the retries wait for a connection.
    expect(during.length).toBeLessThanOrEqual(1);
    const after = fetches.find((e) => e.time >= heal)!;
    // The fetch lost at 4.8 s timed out at 34.8 s; after replica.fetch.backoff.ms, a connection
    // attempt from 35.8 s failed after socket.connection.setup.timeout.ms (10 s); the next began
    // at 46.8 s and its SYN, sent again 1 s later, gets through the healed link: 47.8 s (the old
    // fetcher retried into the cut link at 34.8 s and waited for that to time out: 64.8 s).
    expect(after.time - heal).toBeLessThan(1000);
    // It catches up and rejoins the ISR.
    const expand = ofType(trace, 'isr.expand').find((e) => e.added.includes(3));
    expect(expand!.time).toBeLessThan(after.time + 2000);
    const leader = sim.brokers.get(1)!.replicaManager.getPartition('t', 0)!;
    const follower = sim.brokers.get(3)!.replicaManager.getPartition('t', 0)!;
    expect(follower.log.logEndOffset).toBeGreaterThan(leader.log.logEndOffset - 3);
  });

  it('a leader change: the new leader’s thread fetches the partition within a fetch round', () => {
    // Broker 3 cannot reach broker 1: its fetch to 1 is lost and would only time out at ~34 s.
    const { sim, trace } = start(cluster(1, [{ at: 6000, do: 'shutdownBroker', broker: 1 }]));
    sim.advanceTo(4000);
    sim.network.setLinkCut('broker:3', 'broker:1', true);
    sim.advanceTo(20000);
    const elected = ofType(trace, 'leader.elected').find((e) => e.topic === 't')!;
    expect(elected.leader).toBe(2);
    const first = fetchesOf(trace, 3).find((e) => e.leader === 2)!;
    expect(first.time - elected.time).toBeLessThan(300);
    // …and replicates from it.
    const leader = sim.brokers.get(2)!.replicaManager.getPartition('t', 0)!;
    const follower = sim.brokers.get(3)!.replicaManager.getPartition('t', 0)!;
    expect(follower.log.logEndOffset).toBeGreaterThan(leader.log.logEndOffset - 3);
  });

  it('a slowed broker set back to normal speed fetches at once', () => {
    const { sim, trace } = start(
      cluster(1, [
        { at: 3000, do: 'slowBroker', broker: 3, factor: 60 },
        { at: 10000, do: 'slowBroker', broker: 3, factor: 1 },
      ]),
    );
    sim.advanceTo(12000);
    const fetches = fetchesOf(trace, 3);
    // Slowed: one fetch, then a pause of 59 s…
    expect(fetches.filter((e) => e.time > 3600 && e.time < 10000)).toEqual([]);
    // …cut short by the new factor.
    const resumed = fetches.find((e) => e.time >= 10000)!;
    expect(resumed.time).toBe(10000);
  });

  it('a fetch parked at a leader that loses the partition is answered at once (DelayedFetch)', () => {
    // No writes: a follower's fetch waits at the leader for fetch.max.wait.ms (500 ms). Broker 2
    // leads while broker 1 is away, and stays up when the leadership goes back to broker 1.
    const { sim, trace } = start(preferredLeaderBack(false));
    const answers = recordAnswers(sim, 2);
    sim.advanceTo(15000);
    const back = ofType(trace, 'leader.elected').find((e) => e.leader === 1)!;
    // Parked before the controller committed the change and still parked once broker 2 had
    // applied it (a metadata hop after the commit); one whose 500 ms ran out in between is
    // answered NONE, rightly.
    const parked = answers.filter(
      (a) =>
        a.receivedAt < back.time &&
        a.receivedAt + 500 > back.time + 100 &&
        a.answeredAt >= back.time &&
        a.req.replicaId > 0,
    );
    expect(parked.length).toBeGreaterThan(0);
    for (const a of parked) {
      // Fenced: broker 2 now knows epoch 2; the fetch named epoch 1.
      expect(a.res.partitions[0]!.error).toBe('FENCED_LEADER_EPOCH');
      // Answered when broker 2 applied the change (a metadata hop), not at its 500 ms deadline.
      expect(a.answeredAt - back.time).toBeLessThan(100);
      expect(a.answeredAt - a.receivedAt).toBeLessThan(500);
    }
  });
});

describe('the fetcher’s current leader epoch (KIP-320, item 2)', () => {
  it('the leader checks it before anything else: FENCED_LEADER_EPOCH, UNKNOWN_LEADER_EPOCH', () => {
    const { sim } = start(cluster());
    sim.advanceTo(3000);
    const rm = sim.brokers.get(1)!.replicaManager;
    const epoch = rm.getPartition('t', 0)!.leaderEpoch;
    const ask = (currentLeaderEpoch: number | undefined, replicaId = 2) => {
      let res: FetchResponse | undefined;
      rm.handleFetch(
        {
          replicaId,
          maxWaitMs: 0,
          minBytes: 1,
          maxBytes: 1 << 20,
          partitions: [
            {
              topic: 't',
              partition: 0,
              fetchOffset: 0,
              partitionMaxBytes: 1 << 20,
              ...(currentLeaderEpoch !== undefined ? { currentLeaderEpoch } : {}),
            },
          ],
        },
        (r) => (res = r),
      );
      return res!.partitions[0]!;
    };
    expect(ask(epoch).error).toBe('NONE');
    expect(ask(epoch).batches.length).toBeGreaterThan(0);
    expect(ask(undefined).error).toBe('NONE');
    expect(ask(epoch - 1).error).toBe('FENCED_LEADER_EPOCH');
    expect(ask(epoch + 1).error).toBe('UNKNOWN_LEADER_EPOCH');
    // On a follower too, the epoch comes first (Partition.getLocalLog).
    const follower = sim.brokers.get(2)!.replicaManager;
    const onFollower = (currentLeaderEpoch: number) => {
      let res: FetchResponse | undefined;
      follower.handleFetch(
        {
          replicaId: 3,
          maxWaitMs: 0,
          minBytes: 1,
          maxBytes: 1 << 20,
          partitions: [
            { topic: 't', partition: 0, fetchOffset: 0, partitionMaxBytes: 1, currentLeaderEpoch },
          ],
        },
        (r) => (res = r),
      );
      return res!.partitions[0]!.error;
    };
    expect(onFollower(epoch - 1)).toBe('FENCED_LEADER_EPOCH');
    expect(onFollower(epoch)).toBe('NOT_LEADER_OR_FOLLOWER');
    // A replica the leader does not know, naming the right epoch (followerReplicaOrThrow).
    expect(ask(epoch, 7).error).toBe('UNKNOWN_LEADER_EPOCH');
    expect(ask(undefined, 7).error).toBe('NOT_LEADER_OR_FOLLOWER');
  });

  it('followers send their leader epoch with every fetch', () => {
    const { sim } = start(cluster());
    const answers = recordAnswers(sim, 1);
    sim.advanceTo(3000);
    const fromFollowers = answers.filter((a) => a.req.replicaId > 0);
    expect(fromFollowers.length).toBeGreaterThan(4);
    for (const a of fromFollowers) expect(a.req.partitions[0]!.currentLeaderEpoch).toBe(0);
  });

  it('a new leader whose metadata lags: UNKNOWN_LEADER_EPOCH, and the follower backs off that partition alone', () => {
    // Partition 0 moves to broker 2 by a controlled shutdown of broker 1; broker 2 already leads
    // partition 1. Broker 2 does not hear of the move for a while; broker 3 does at once and
    // asks broker 2 for partition 0 in the new epoch.
    let hold = false;
    const s = cluster(2, [{ at: 6000, do: 'shutdownBroker', broker: 1 }]);
    s.topics[0]!.assignment = [
      [1, 2, 3],
      [2, 1, 3],
    ];
    const { sim, trace } = start(s);
    laggingMetadata(sim, 2, () => hold);
    const answers = recordAnswers(sim, 2);
    sim.advanceTo(5900);
    hold = true;
    sim.advanceTo(12000);
    hold = false;
    sim.advanceTo(20000);
    const elected = ofType(trace, 'leader.elected').find((e) => e.topic === 't')!;
    expect(elected).toMatchObject({ partition: 0, leader: 2 });
    const unknown = errorsFor(answers, 3, 'UNKNOWN_LEADER_EPOCH');
    expect(unknown.length).toBeGreaterThan(2);
    // Each retry waits replica.fetch.backoff.ms (1 s): no loop at the speed of the network.
    for (let i = 1; i < unknown.length; i++)
      expect(unknown[i]!.receivedAt - unknown[i - 1]!.receivedAt).toBeGreaterThanOrEqual(1000);
    // Meanwhile partition 1 (broker 2 still leads it) is fetched as usual, several times a second.
    const p1 = fetchesOf(trace, 3, 1).filter((e) => e.time > elected.time + 1000 && e.time < 11000);
    expect(p1.length).toBeGreaterThan(8);
    // Once broker 2 learns it leads partition 0, broker 3 replicates it.
    const leader = sim.brokers.get(2)!.replicaManager.getPartition('t', 0)!;
    const follower = sim.brokers.get(3)!.replicaManager.getPartition('t', 0)!;
    expect(leader.isLeader).toBe(true);
    expect(follower.log.logEndOffset).toBeGreaterThan(leader.log.logEndOffset - 3);
    expect(errorsFor(answers, 3, 'NONE').some((a) => a.receivedAt > 12000)).toBe(true);
  });

  it('a follower whose metadata lags is fenced: it stops fetching until it learns the new leader', () => {
    // Broker 3 does not hear that the leadership went back to broker 1 and keeps asking broker
    // 2, which knows it no longer leads in epoch 1.
    let hold = false;
    const { sim, trace } = start(preferredLeaderBack(true));
    laggingMetadata(sim, 3, () => hold);
    const answers = recordAnswers(sim, 2);
    sim.advanceTo(8000);
    expect(ofType(trace, 'isr.expand').some((e) => e.added.includes(1))).toBe(true);
    hold = true;
    sim.advanceTo(15000);
    const back = ofType(trace, 'leader.elected').find((e) => e.leader === 1)!;
    expect(back.leaderEpoch).toBe(2);
    const fenced = errorsFor(answers, 3, 'FENCED_LEADER_EPOCH');
    expect(fenced.length).toBe(1);
    expect(fenced[0]!.req.partitions[0]!.currentLeaderEpoch).toBe(1);
    // AbstractFetcherThread.onPartitionFenced → markPartitionFailed: no more fetches for it.
    const firstFenced = fenced[0]!.answeredAt;
    expect(fetchesOf(trace, 3).filter((e) => e.time > firstFenced + 100)).toEqual([]);
    hold = false;
    sim.advanceTo(25000);
    // With the new epoch from its metadata, it fetches from broker 1 and catches up.
    const resumed = fetchesOf(trace, 3).filter((e) => e.time > 15000);
    expect(resumed[0]!.leader).toBe(1);
    const leader = sim.brokers.get(1)!.replicaManager.getPartition('t', 0)!;
    const follower = sim.brokers.get(3)!.replicaManager.getPartition('t', 0)!;
    expect(follower.log.logEndOffset).toBeGreaterThan(leader.log.logEndOffset - 3);
  });
});

describe('the leader-epoch cache follows the log start offset (item 3)', () => {
  it('truncateFromStart keeps the epoch of the first offset kept, moved up to it', () => {
    const c = new LeaderEpochFileCache();
    c.assign(0, 0);
    c.assign(2, 10);
    c.assign(5, 20);
    c.truncateFromStart(4);
    expect(c.entries).toEqual([
      { epoch: 0, startOffset: 4 },
      { epoch: 2, startOffset: 10 },
      { epoch: 5, startOffset: 20 },
    ]);
    c.truncateFromStart(15);
    expect(c.entries).toEqual([
      { epoch: 2, startOffset: 15 },
      { epoch: 5, startOffset: 20 },
    ]);
    // Exclusive: an epoch starting right at the new log start stays as it is.
    c.truncateFromStart(20);
    expect(c.entries).toEqual([{ epoch: 5, startOffset: 20 }]);
    c.truncateFromStart(3); // never backwards
    expect(c.entries).toEqual([{ epoch: 5, startOffset: 20 }]);
  });

  it('retention deleting segments moves the first epoch up to the new log start offset', () => {
    const config = { ...resolveBrokerTopicDefaults(), segmentBytes: 200 };
    const p = new Partition(1, 't', 0, config, standaloneEnv(1));
    for (let offset = 0; offset < 12; offset++) {
      const epoch = offset < 4 ? 0 : offset < 8 ? 1 : 2;
      p.epochCache.assign(epoch, offset);
      p.log.appendAsLeader([{ id: offset, key: 'k', value: 'v'.repeat(40), timestamp: 0 }], epoch, {
        producerId: -1,
        producerEpoch: -1,
        baseSequence: -1,
      });
    }
    p.log.highWatermark = p.log.logEndOffset;
    expect(p.log.segments.length).toBeGreaterThan(3);
    // Retention takes every segment below the one holding offset 5 (LogDeletion → the log
    // start offset moves to that segment's base offset).
    const keepFrom = p.log.segmentIndexFor(5);
    p.log.removeOldestSegments(keepFrom, 'retention.bytes');
    const start = p.log.logStartOffset;
    expect(start).toBeGreaterThan(4);
    expect(start).toBeLessThanOrEqual(5);
    expect(p.epochCache.entries).toEqual([
      { epoch: 1, startOffset: start },
      { epoch: 2, startOffset: 8 },
    ]);
    // The leader now answers an older epoch with its log start (Kafka's endOffsetFor).
    expect(p.endOffsetForEpoch(0)).toEqual({ epoch: 0, endOffset: start });
    // A follower taking the leader's log start does the same.
    p.log.maybeIncrementLogStartOffset(9, 'leader.offset.incremented');
    expect(p.epochCache.entries).toEqual([{ epoch: 2, startOffset: 9 }]);
  });
});
