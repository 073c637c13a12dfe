// ConsumerGroupHeartbeat at the coordinator, driven request by request: what a member that does
// not give up its partitions in time, or comes back with a wrong epoch, gets from it.
import { describe, expect, it } from 'vitest';
import type { SimContext } from '../../../../sim/SimContext';
import type { MetadataImage } from '../../../../controller/MetadataImage';
import type {
  ConsumerGroupHeartbeatRequest,
  ConsumerGroupHeartbeatResponse,
} from '../../../../network/requests';
import type { TraceEventBody } from '../../../../trace/TraceEvent';
import type { GroupMetadataManager } from '../../GroupMetadataManager';
import { resolveBrokerConfig } from '../../../../config/BrokerConfig';
import { ConsumerGroup } from './ConsumerGroup';
import { ConsumerGroupHeartbeat } from './ConsumerGroupHeartbeat';

/** A coordinator with a hand-driven clock, records stored at once, and a 3-partition topic. */
function coordinator() {
  let now = 0;
  const timers: { at: number; fire: () => void; cancelled: boolean }[] = [];
  const trace: TraceEventBody[] = [];
  const ctx = {
    now: () => now,
    schedule: (at: number, fire: () => void) => {
      const t = { at, fire, cancelled: false };
      timers.push(t);
      return { cancel: () => (t.cancelled = true) };
    },
    trace: (e: TraceEventBody) => trace.push(e),
    brokerConfig: resolveBrokerConfig(),
  } as unknown as SimContext;
  const groups = new Map<string, ConsumerGroup>();
  const manager = {
    consumerGroups: groups,
    getOrMaybeCreateConsumerGroup: (id: string, create: boolean) => {
      if (!groups.has(id) && create) groups.set(id, new ConsumerGroup(id));
      return groups.get(id) ?? null;
    },
    storeConsumerGroupRecords: (_g: string, _r: unknown[], done: (e: 'NONE') => void) =>
      done('NONE'),
  } as unknown as GroupMetadataManager;
  const image = { partitionCount: (t: string) => (t === 'orders' ? 3 : 0) } as MetadataImage;
  const hb = new ConsumerGroupHeartbeat(
    1,
    ctx,
    manager,
    () => image,
    () => true,
  );
  const send = (
    memberId: string,
    memberEpoch: number,
    /** null: not sent (unchanged since the last heartbeat). */
    owned: number[] | null,
    serverAssignor: string | null = null,
    /** Only what changed: no rebalance timeout, no subscription (a full request has them). */
    partial = false,
  ) => {
    let res: ConsumerGroupHeartbeatResponse | undefined;
    const req: ConsumerGroupHeartbeatRequest = {
      groupId: 'g',
      memberId,
      memberEpoch,
      rebalanceTimeoutMs: partial ? -1 : 10000,
      subscribedTopicNames: partial ? null : ['orders'],
      serverAssignor,
      topicPartitions: owned?.map((partition) => ({ topic: 'orders', partition })) ?? null,
    };
    hb.handle(req, (r) => (res = r));
    return res!;
  };
  const advanceTo = (t: number) => {
    for (;;) {
      const next = timers.filter((x) => !x.cancelled && x.at <= t).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      next.cancelled = true;
      now = next.at;
      next.fire();
    }
    now = t;
  };
  return { send, advanceTo, trace, group: () => groups.get('g')! };
}

const parts = (r: ConsumerGroupHeartbeatResponse) => r.assignment?.map((a) => a.partition);

describe('ConsumerGroupHeartbeat', () => {
  it('a member that keeps reporting a partition to revoke is fenced after its rebalance timeout', () => {
    const c = coordinator();
    expect(parts(c.send('a', 0, []))).toEqual([0, 1, 2]);
    c.send('a', 1, [0, 1, 2]);
    // b joins: epoch 2, and a must give up one partition before b can have it.
    const b = c.send('b', 0, []);
    expect(b.memberEpoch).toBe(2);
    expect(parts(b)).toEqual([]);
    const a = c.send('a', 1, [0, 1, 2]);
    expect(a.memberEpoch).toBe(1);
    expect(c.group().members.get('a')!.state).toBe('UNREVOKED_PARTITIONS');
    expect(c.group().state).toBe('Reconciling');
    // a goes on heartbeating (its session stays alive) but never lets go.
    for (let t = 2000; t < 10000; t += 2000) {
      c.advanceTo(t);
      c.send('a', 1, [0, 1, 2]);
    }
    c.advanceTo(10001);
    expect(c.group().members.has('a')).toBe(false);
    expect(c.trace).toContainEqual(
      expect.objectContaining({ type: 'member.left', member: 'a', reason: 'rebalance.timeout' }),
    );
    // Its next heartbeat is refused; b gets everything at its next one.
    expect(c.send('a', 1, [0, 1, 2]).error).toBe('UNKNOWN_MEMBER_ID');
    expect(parts(c.send('b', 2, []))).toEqual([0, 1, 2]);
  });

  it('fences a member ahead of its epoch, and one behind it unless its answer was lost', () => {
    const c = coordinator();
    c.send('a', 0, []);
    c.send('b', 0, []);
    const a = c.send('a', 1, [0, 1, 2]);
    expect(a.memberEpoch).toBe(1);
    const done = c.send('a', 1, [0]);
    expect(done.memberEpoch).toBe(2);
    // The answer moving a to epoch 2 was lost: the previous epoch with a subset is accepted.
    expect(c.send('a', 1, [0]).error).toBe('NONE');
    expect(c.send('a', 3, [0]).error).toBe('FENCED_MEMBER_EPOCH');
    // Behind by one but still reporting all three: not a lost answer.
    expect(c.send('a', 1, [0, 1, 2]).error).toBe('FENCED_MEMBER_EPOCH');
  });

  it('sends the assignment when it changed or the request was full, not on a partial one', () => {
    const c = coordinator();
    expect(parts(c.send('a', 0, []))).toEqual([0, 1, 2]);
    // An ordinary heartbeat: only the owned partitions changed (now reconciled); no assignment.
    expect(c.send('a', 1, [0, 1, 2], null, true).assignment).toBeNull();
    expect(c.send('a', 1, null, null, true).assignment).toBeNull();
    // The subscription and rebalance timeout kept their values although not sent.
    const member = c.group().members.get('a')!;
    expect(member.subscribedTopicNames).toEqual(['orders']);
    expect(member.rebalanceTimeoutMs).toBe(10000);
    // A full request (sent again after a failed heartbeat) gets the whole assignment back.
    expect(parts(c.send('a', 1, [0, 1, 2]))).toEqual([0, 1, 2]);
    // b joins; a must revoke one partition. That change is sent even on a partial request.
    c.send('b', 0, []);
    const kept = parts(c.send('a', 1, null, null, true))!;
    expect(kept).toHaveLength(2);
    // Not reporting its partitions, a cannot prove it revoked them: it stays where it is.
    expect(c.send('a', 1, null, null, true).assignment).toBeNull();
    expect(c.group().members.get('a')!.state).toBe('UNREVOKED_PARTITIONS');
    // Nor can a member behind by one epoch without its owned partitions prove a lost answer.
    const done = c.send('a', 1, kept, null, true);
    expect(done.memberEpoch).toBe(2);
    expect(c.send('a', 1, null, null, true).error).toBe('FENCED_MEMBER_EPOCH');
  });

  it('refuses an assignor the broker does not offer', () => {
    const c = coordinator();
    expect(c.send('a', 0, [], 'sticky').error).toBe('UNSUPPORTED_ASSIGNOR');
    expect(c.group()).toBeUndefined();
    const res = c.send('a', 0, [], 'range');
    expect(res.error).toBe('NONE');
    expect(c.trace).toContainEqual(
      expect.objectContaining({ type: 'group.target', assignor: 'range' }),
    );
  });
});
