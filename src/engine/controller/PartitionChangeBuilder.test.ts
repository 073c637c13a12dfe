import { describe, expect, it } from 'vitest';
import {
  alterPartitionAnswer,
  buildPartitionChange,
  staleAlterPartition,
  traceStoredChange,
} from './PartitionChangeBuilder';
import type { TraceEventBody } from '../trace/TraceEvent';
import type { PartitionRegistration } from './MetadataImage';

const reg = (over: Partial<PartitionRegistration> = {}): PartitionRegistration => ({
  replicas: [1, 2, 3],
  isr: [1, 2, 3],
  leader: 1,
  leaderEpoch: 4,
  partitionEpoch: 9,
  ...over,
});
const alive =
  (...ids: number[]) =>
  (b: number) =>
    ids.includes(b);

describe('PartitionChangeBuilder (Kafka KRaft election rules)', () => {
  it('the leader dies: the first alive ISR member in replica order leads, epochs bump', () => {
    const c = buildPartitionChange(reg(), {
      targetIsr: [2, 3],
      isAcceptableLeader: alive(2, 3),
      election: 'ONLINE',
    })!;
    expect(c).toMatchObject({
      leader: 2,
      isr: [2, 3],
      leaderEpoch: 5,
      partitionEpoch: 10,
      unclean: false,
    });
  });

  it('replica order decides, not ISR order', () => {
    const c = buildPartitionChange(reg({ replicas: [1, 3, 2], isr: [2, 3, 1] }), {
      targetIsr: [2, 3],
      isAcceptableLeader: alive(2, 3),
      election: 'ONLINE',
    })!;
    expect(c.leader).toBe(3);
  });

  it('keeps a valid current leader; an ISR shrink moves only the partition epoch', () => {
    const c = buildPartitionChange(reg(), {
      targetIsr: [1, 2],
      isAcceptableLeader: alive(1, 2, 3),
      election: 'ONLINE',
    })!;
    expect(c).toMatchObject({
      leader: 1,
      isr: [1, 2],
      leaderEpoch: 4,
      partitionEpoch: 10,
      leaderChanged: false,
    });
  });

  it('no alive ISR member and unclean election off: offline, the last ISR member stays in the ISR', () => {
    const c = buildPartitionChange(reg({ isr: [1], leader: 1 }), {
      targetIsr: [],
      isAcceptableLeader: alive(2, 3),
      election: 'ONLINE',
    })!;
    expect(c).toMatchObject({ leader: null, isr: [1], leaderEpoch: 5, unclean: false });
  });

  it('unclean election: the first alive replica leads and becomes the whole ISR', () => {
    const c = buildPartitionChange(reg({ isr: [1], leader: 1 }), {
      targetIsr: [],
      isAcceptableLeader: alive(2, 3),
      election: 'UNCLEAN',
    })!;
    expect(c).toMatchObject({ leader: 2, isr: [2], leaderEpoch: 5, unclean: true });
  });

  it('unclean election is not used while a clean choice exists', () => {
    const c = buildPartitionChange(reg({ isr: [1, 3] }), {
      targetIsr: [3],
      isAcceptableLeader: alive(2, 3),
      election: 'UNCLEAN',
    })!;
    expect(c).toMatchObject({ leader: 3, unclean: false });
  });

  it('preferred election moves leadership back to the first replica when it is in the ISR', () => {
    const c = buildPartitionChange(reg({ leader: 2 }), {
      isAcceptableLeader: alive(1, 2, 3),
      election: 'PREFERRED',
    })!;
    expect(c).toMatchObject({ leader: 1, leaderEpoch: 5 });
    expect(
      buildPartitionChange(reg({ leader: 2, isr: [2, 3] }), {
        isAcceptableLeader: alive(1, 2, 3),
        election: 'PREFERRED',
      }),
    ).toBeNull();
  });

  it('nothing to change: no record', () => {
    expect(
      buildPartitionChange(reg(), { isAcceptableLeader: alive(1, 2, 3), election: 'ONLINE' }),
    ).toBeNull();
  });
});

describe('what both controllers share about a partition change', () => {
  const req = {
    topic: 't',
    partition: 0,
    brokerId: 1,
    leaderEpoch: 4,
    partitionEpoch: 9,
    newIsr: [1, 2],
  };

  it('refuses an AlterPartition from a non-leader or an old epoch, then one built on old state', () => {
    expect(staleAlterPartition(reg(), req)).toBeNull();
    expect(staleAlterPartition(reg({ leader: 2 }), req)).toBe('FENCED_LEADER_EPOCH');
    expect(staleAlterPartition(reg({ leaderEpoch: 5 }), req)).toBe('FENCED_LEADER_EPOCH');
    expect(staleAlterPartition(reg({ partitionEpoch: 10 }), req)).toBe('INVALID_UPDATE_VERSION');
    expect(alterPartitionAnswer(reg({ isr: [1, 3] }), req, 'NONE')).toEqual({
      topic: 't',
      partition: 0,
      error: 'NONE',
      leader: 1,
      leaderEpoch: 4,
      partitionEpoch: 9,
      isr: [1, 3],
    });
  });

  it('traces a stored change: ISR shrink, expand, then the new leader (an unclean one named)', () => {
    const events: TraceEventBody[] = [];
    const ctx = { trace: (e: TraceEventBody) => events.push(e) };
    const change = {
      leader: 3,
      isr: [3, 4],
      leaderEpoch: 5,
      partitionEpoch: 10,
      unclean: true,
      leaderChanged: true,
    };
    traceStoredChange(ctx, 't', 0, [1, 3], change, 'broker 1 fenced');
    expect(events).toEqual([
      {
        type: 'isr.shrink',
        topic: 't',
        partition: 0,
        removed: [1],
        isr: [3, 4],
        reason: 'broker 1 fenced',
      },
      {
        type: 'isr.expand',
        topic: 't',
        partition: 0,
        added: [4],
        isr: [3, 4],
        reason: 'broker 1 fenced',
      },
      {
        type: 'leader.elected',
        topic: 't',
        partition: 0,
        leader: 3,
        leaderEpoch: 5,
        reason: 'broker 1 fenced (unclean)',
      },
    ]);
    events.length = 0;
    traceStoredChange(ctx, 't', 0, [3, 4], { ...change, leaderChanged: false }, 'broker 1 fenced');
    expect(events).toEqual([]);
  });
});
