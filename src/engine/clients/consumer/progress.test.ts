// Consumers that must not stop making progress: after a fault, every group ends owning every
// partition, with its committed offset at the high watermark. Replays of the shared fault cases
// that once left a group stuck, and focused checks of the two client/coordinator rules behind them:
// ListOffsets answered NOT_LEADER_OR_FOLLOWER refreshes metadata and backs off (OffsetFetcher),
// and a KIP-848 heartbeat whose answer is lost is followed by a full request, which the
// coordinator answers with the member's whole assignment (GroupMetadataManager).
import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type Simulation } from '../../index';
import type { Message, NetworkNode } from '../../network/Network';
import { isResponseTo } from '../../network/ApiMessages';
import type { ConsumerGroupHeartbeatResponse } from '../../network/requests';
import type { Snapshot } from '../../snapshot/Snapshot';
import { ofType, runWithTrace } from '../../test/scenarios';
import joinGroupDeadCoordinator from '../../test/fault-cases/lag-joingroup-dead-coordinator.json';
import listOffsets from '../../test/fault-cases/lag-listoffsets.json';
import kip848LostAssignment from '../../test/fault-cases/lag-kip848-lost-assignment.json';
import { RETRY_BACKOFF_MS } from './CoordinatorRequestManager';

/** Every group owns every partition it subscribes to and has committed up to its high watermark. */
function expectCaughtUp(scenario: Scenario, snap: Snapshot): void {
  for (const spec of scenario.consumerGroups) {
    const g = snap.consumerGroups.find((x) => x.id === spec.id)!;
    const owners = new Map<string, string[]>();
    for (const m of g.members.filter((x) => x.status !== 'crashed'))
      for (const tp of m.assignment) {
        const k = `${tp.topic}-${tp.partition}`;
        owners.set(k, [...(owners.get(k) ?? []), m.id]);
      }
    for (const topic of spec.topics) {
      const t = snap.topics.find((x) => x.name === topic)!;
      for (const p of t.partitions) {
        const k = `${topic}-${p.partition}`;
        const where = `${spec.id} ${k}`;
        expect(owners.get(k), `${where}: one owner`).toHaveLength(1);
        const committed = g.committed.find((c) => c.topic === topic && c.partition === p.partition);
        expect(committed?.offset, `${where}: committed`).toBe(p.highWatermark);
        const lag = g.lag.find((c) => c.topic === topic && c.partition === p.partition);
        expect(lag?.lag, `${where}: lag`).toBe(0);
      }
    }
  }
}

function replay(input: unknown, until = 150000): { scenario: Scenario; sim: Simulation } {
  const scenario = input as Scenario;
  const sim = createSimulation(scenario);
  sim.advanceTo(until);
  return { scenario, sim };
}

describe('fault cases: every group catches up', () => {
  it('JoinGroup parked at a coordinator that crashed (lag-joingroup-dead-coordinator)', () => {
    const { scenario, sim } = replay(joinGroupDeadCoordinator);
    const snap = sim.snapshot();
    expect(snap.consumerGroups[0]!.state).toBe('Stable');
    expectCaughtUp(scenario, snap);
  });

  it('ListOffsets at a former leader (lag-listoffsets)', () => {
    const { scenario, sim } = replay(listOffsets);
    expectCaughtUp(scenario, sim.snapshot());
  });

  it('a KIP-848 heartbeat answer that came too late (lag-kip848-lost-assignment)', () => {
    const { scenario, sim } = replay(kip848LostAssignment);
    const snap = sim.snapshot();
    expect(snap.consumerGroups[0]!.state).toBe('Stable');
    expect(snap.consumerGroups[0]!.members.map((m) => m.state)).toEqual(['STABLE']);
    expectCaughtUp(scenario, snap);
  });
});

describe('ListOffsets answered NOT_LEADER_OR_FOLLOWER', () => {
  it('refreshes metadata and retries after retry.backoff.ms, not in a tight loop', () => {
    const { trace } = runWithTrace(listOffsets as unknown as Scenario, 150000);
    const sends = ofType(trace, 'net.send');
    const lookups = sends.filter((e) => e.api === 'ListOffsets' && !e.response);
    // Three partitions, one of them asked once of the stale leader (636 requests before).
    expect(lookups.length).toBeLessThanOrEqual(5);
    const member = 'consumer:g1/g1-2';
    const mine = lookups.filter((e) => e.from === member);
    expect(mine.map((e) => e.to)).toEqual(['broker:3', 'broker:2']);
    // Broker 3 answered NOT_LEADER_OR_FOLLOWER; the member asked for metadata, then waited.
    const refused = sends.find((e) => e.api === 'ListOffsets' && e.response && e.to === member)!;
    const metadata = sends.find(
      (e) => e.api === 'Metadata' && e.from === member && e.time >= refused.arriveAt,
    )!;
    expect(metadata.time).toBe(refused.arriveAt);
    expect(mine[1]!.time).toBeGreaterThanOrEqual(refused.arriveAt + RETRY_BACKOFF_MS);
    expect(
      ofType(trace, 'offset.reset').filter((e) => e.member === 'g1-2' && e.partition === 2),
    ).toHaveLength(1);
  });
});

describe('KIP-848: a lost ConsumerGroupHeartbeat answer', () => {
  /** Two consumer-protocol members on 4 partitions; g-1 crashes, so g-2 is given all four. */
  const scenario: Scenario = {
    version: 1,
    seed: 3,
    cluster: { brokers: 3 },
    topics: [{ name: 'orders', partitions: 4, replicationFactor: 3 }],
    producers: [{ id: 'p1', config: { acks: 'all' } }],
    consumerGroups: [
      {
        id: 'g',
        topics: ['orders'],
        members: 2,
        config: { 'auto.offset.reset': 'earliest', 'group.protocol': 'consumer' },
        processingMsPerRecord: 1,
      },
    ],
    actions: [
      ...[0, 1, 2, 3].map((partition) => ({
        at: 8000,
        do: 'produce' as const,
        producer: 'p1',
        topic: 'orders',
        partition,
        key: null,
        value: `a${partition}`,
      })),
      { at: 20000, do: 'crashConsumer', group: 'g', member: 'g-1' },
      ...[0, 1, 2, 3].map((partition) => ({
        at: 130000,
        do: 'produce' as const,
        producer: 'p1',
        topic: 'orders',
        partition,
        key: null,
        value: `b${partition}`,
      })),
    ],
  } as Scenario;

  it('the member resends its full state after the timeout and is given its assignment', () => {
    const sim = createSimulation(scenario);
    const trace: ReturnType<typeof ofType<'member.assigned'>> = [];
    sim.onTrace((e) => {
      if (e.type === 'member.assigned') trace.push(e);
    });
    sim.advanceTo(1000); // the members are on the network
    // Swallow the first answer that hands g-2 partitions after g-1 is gone, as a lost packet.
    const nodes = (sim as unknown as { ctx: { network: { nodes: Map<string, NetworkNode> } } }).ctx
      .network.nodes;
    const g2 = nodes.get('consumer:g/g-2')!;
    const receive = g2.receive.bind(g2);
    let dropped: ConsumerGroupHeartbeatResponse | null = null;
    let droppedAt = -1;
    g2.receive = (msg: Message) => {
      if (
        dropped === null &&
        isResponseTo(msg, 'ConsumerGroupHeartbeat') &&
        sim.now > 20000 &&
        msg.payload.assignment !== null &&
        msg.payload.assignment.length === 4
      ) {
        dropped = msg.payload;
        droppedAt = sim.now;
        return;
      }
      receive(msg);
    };
    sim.advanceTo(150000);
    expect(dropped).not.toBeNull();
    // Within request.timeout.ms (30 s) and a few heartbeats the member reconciles to all four.
    const taken = trace.find((e) => e.member === 'g-2' && e.time > droppedAt)!;
    expect(taken.assignment).toHaveLength(4);
    expect(taken.time).toBeLessThan(droppedAt + 30000 + 5000);
    const snap = sim.snapshot();
    expect(snap.consumerGroups[0]!.state).toBe('Stable');
    expectCaughtUp(scenario, snap);
  });
});
