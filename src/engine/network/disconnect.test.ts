// A crashed broker resets its TCP connections: every request it had received and not answered
// (a produce waiting for acks=all, a parked fetch, a JoinGroup) fails at the client at once with
// a disconnect, as Kafka's NetworkClient reports a closed connection — not after the request
// timeout. An isolated broker still holds its connections: its clients only time out.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../index';
import { ofType, runWithTrace } from '../test/scenarios';
import joinGroupDeadCoordinator from '../test/fault-cases/lag-joingroup-dead-coordinator.json';

/** One partition led by broker 1; its followers stop fetching, so an acks=all produce parks. */
function parkedProduce(
  fault: 'killBroker' | 'shutdownBroker' | 'isolateBroker',
  resumeAt = 8000,
): Scenario {
  return {
    version: 1,
    seed: 5,
    cluster: { brokers: 3 },
    topics: [
      {
        name: 't',
        partitions: 1,
        replicationFactor: 3,
        assignment: [[1, 2, 3]],
        config: { 'min.insync.replicas': 2 },
      },
    ],
    producers: [{ id: 'p1', config: { acks: 'all', 'linger.ms': 0 } }],
    consumerGroups: [],
    actions: [
      { at: 4000, do: 'slowBroker', broker: 2, factor: 60 },
      { at: 4000, do: 'slowBroker', broker: 3, factor: 60 },
      { at: 6000, do: 'produce', producer: 'p1', topic: 't', key: 'k', value: 'v' },
      { at: 8000, do: fault, broker: 1 },
      { at: resumeAt, do: 'slowBroker', broker: 2, factor: 1 },
      { at: resumeAt, do: 'slowBroker', broker: 3, factor: 1 },
    ],
  } as Scenario;
}

describe('a dead broker resets the connections of the requests it holds', () => {
  it('a parked acks=all produce at a killed leader fails at once with a disconnect, then is retried', () => {
    const { trace } = runWithTrace(parkedProduce('killBroker'), 120000);
    const sent = ofType(trace, 'produce.sent');
    // The produce reached the leader before the crash and was waiting there for the followers.
    expect(sent[0]!.time).toBeLessThan(6100);
    expect(ofType(trace, 'produce.failed').filter((e) => e.time < 8000)).toEqual([]);
    const failed = ofType(trace, 'produce.failed');
    expect(failed[0]).toMatchObject({ error: 'NETWORK_EXCEPTION', retriable: true });
    // One hop after the crash, not request.timeout.ms (30 s) after the send.
    expect(failed[0]!.time).toBeGreaterThanOrEqual(8000);
    expect(failed[0]!.time).toBeLessThan(8100);
    expect(ofType(trace, 'produce.failed').some((e) => e.error === 'REQUEST_TIMED_OUT')).toBe(
      false,
    );
    // Retried: acknowledged by the next leader.
    const acked = ofType(trace, 'produce.acked');
    expect(acked).toHaveLength(1);
    expect(acked[0]!.time).toBeGreaterThan(8000);
    expect(sent.filter((e) => e.time > 8000 && e.broker !== 1).length).toBeGreaterThan(0);
  });

  it('a controlled shutdown closes the connections too, once the process stops', () => {
    // The followers resume once broker 1 has stopped: its controlled shutdown ends when the
    // controller quorum has committed the leadership move (a few round trips), and followers
    // fetching before that would complete the produce first.
    const { trace } = runWithTrace(parkedProduce('shutdownBroker', 8500), 120000);
    const stopped = ofType(trace, 'broker.status').find(
      (e) => e.broker === 1 && e.status === 'offline',
    )!;
    const failed = ofType(trace, 'produce.failed');
    expect(failed[0]).toMatchObject({ error: 'NETWORK_EXCEPTION' });
    expect(failed[0]!.time).toBeGreaterThanOrEqual(stopped.time);
    expect(failed[0]!.time).toBeLessThan(stopped.time + 100);
    expect(ofType(trace, 'produce.acked')).toHaveLength(1);
  });

  it('an isolated broker keeps its client connections: the parked produce is not reset', () => {
    const { trace } = runWithTrace(parkedProduce('isolateBroker'), 20000);
    // Nothing fails before the request timeout: the client still reaches the zombie leader.
    expect(ofType(trace, 'produce.failed').filter((e) => e.time < 6000 + 30000)).toEqual([]);
  });

  it('a killed coordinator fails the JoinGroup it held at once; the members find the new one', () => {
    const scenario = joinGroupDeadCoordinator as unknown as Scenario;
    const { trace } = runWithTrace(scenario, 40000);
    const kill = 4102;
    // Both members' JoinGroups were parked at broker 3 (the initial rebalance delay) when it died.
    const joins = ofType(trace, 'group.join');
    expect(joins.filter((j) => j.time < kill).map((j) => j.coordinator)).toEqual([3, 3]);
    // The disconnect reaches them one hop later: they look for the coordinator again at once.
    for (const member of ['g2-1', 'g2-2']) {
      const find = ofType(trace, 'net.send').find(
        (e) => e.time >= kill && e.from === `consumer:g2/${member}` && e.api === 'FindCoordinator',
      );
      expect(find!.time).toBeLessThan(kill + 300);
    }
    // The new coordinator (once the controller moved __consumer_offsets) gets their JoinGroups
    // seconds later — not after the 300 s JoinGroup timeout.
    const rejoins = joins.filter((j) => j.time > kill);
    expect(new Set(rejoins.map((j) => j.member))).toEqual(new Set(['g2-1', 'g2-2']));
    for (const j of rejoins) {
      expect(j.coordinator).not.toBe(3);
      expect(j.time).toBeLessThan(kill + 15000);
    }
    const stable = ofType(trace, 'group.state').find((e) => e.to === 'Stable');
    expect(stable!.time).toBeLessThan(kill + 20000);
  });
});
