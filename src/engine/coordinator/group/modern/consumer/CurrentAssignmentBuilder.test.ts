// The reconciliation steps of KIP-848, as Kafka's CurrentAssignmentBuilderTest drives them: revoke
// first at the same epoch, then the next epoch with what is free, then what others release.
import { describe, expect, it } from 'vitest';
import { toList, type TopicPartitions } from '../Assignment';
import { newMember, type ConsumerGroupMember } from './ConsumerGroupMember';
import { reconcile, type ReconcileInput } from './CurrentAssignmentBuilder';

const tps = (...ps: number[]): TopicPartitions => new Map([['t', new Set(ps)]]);
const parts = (tp: TopicPartitions) => toList(tp).map((x) => x.partition);

function member(epoch: number, assigned: number[], state: ConsumerGroupMember['state'] = 'STABLE') {
  return {
    ...newMember('m'),
    memberEpoch: epoch,
    previousMemberEpoch: epoch - 1,
    state,
    subscribedTopicNames: ['t'],
    assignedPartitions: tps(...assigned),
  };
}

function input(
  epoch: number,
  target: number[],
  owned: number[] | null,
  ownedElsewhere: number[] = [],
): ReconcileInput {
  return {
    targetAssignmentEpoch: epoch,
    targetAssignment: tps(...target),
    currentPartitionEpoch: (_t, p) => (ownedElsewhere.includes(p) ? 7 : -1),
    ownedTopicPartitions: owned === null ? null : tps(...owned),
  };
}

describe('CurrentAssignmentBuilder', () => {
  it('moves a stable member to a new epoch at once when it loses nothing', () => {
    const next = reconcile(member(10, [1, 2]), input(11, [1, 2, 3], [1, 2]));
    expect(next.state).toBe('STABLE');
    expect(next.memberEpoch).toBe(11);
    expect(next.previousMemberEpoch).toBe(10);
    expect(parts(next.assignedPartitions)).toEqual([1, 2, 3]);
  });

  it('asks for revocation first, keeping the epoch', () => {
    const next = reconcile(member(10, [1, 2]), input(11, [2, 3], [1, 2]));
    expect(next.state).toBe('UNREVOKED_PARTITIONS');
    expect(next.memberEpoch).toBe(10);
    expect(parts(next.assignedPartitions)).toEqual([2]);
    expect(parts(next.partitionsPendingRevocation)).toEqual([1]);
  });

  it('waits while the member still reports a partition to revoke', () => {
    const pending = reconcile(member(10, [1, 2]), input(11, [2, 3], [1, 2]));
    expect(reconcile(pending, input(11, [2, 3], [1, 2]))).toBe(pending);
    expect(reconcile(pending, input(11, [2, 3], null))).toBe(pending);
  });

  it('moves to the target epoch once revoked, and takes only what is free', () => {
    const pending = reconcile(member(10, [1, 2]), input(11, [2, 3, 4], [1, 2]));
    const next = reconcile(pending, input(11, [2, 3, 4], [2], [4]));
    expect(next.state).toBe('UNRELEASED_PARTITIONS');
    expect(next.memberEpoch).toBe(11);
    expect(parts(next.assignedPartitions)).toEqual([2, 3]);
    expect(parts(next.partitionsPendingRevocation)).toEqual([]);
    // Partition 4 is released by its owner: the member gets it on its next heartbeat.
    const done = reconcile(next, input(11, [2, 3, 4], [2, 3]));
    expect(done.state).toBe('STABLE');
    expect(parts(done.assignedPartitions)).toEqual([2, 3, 4]);
  });

  it('goes one epoch at a time when the target moved on meanwhile', () => {
    const pending = reconcile(member(10, [1, 2]), input(11, [2], [1, 2]));
    // The target is at epoch 13 by the time the member acknowledges: it moves to 11 only, and
    // must revoke again before it gets anything new.
    const next = reconcile(pending, input(13, [3], [2]));
    expect(next.memberEpoch).toBe(11);
    expect(next.state).toBe('UNREVOKED_PARTITIONS');
    expect(parts(next.partitionsPendingRevocation)).toEqual([2]);
  });
});
