// A member in a rebalance: "joining the group (rebalance in progress)" — not "idle", which is a
// member the assignment left without a partition — with what the coordinator waits for counting
// down, from the snapshot's joinDeadline (group.initial.rebalance.delay.ms for a new group, else
// the rebalance timeout). The member's own state says it: a classic member between UNJOINED and
// its SyncGroup answer, a KIP-848 member joining or reconciling, owning nothing yet.
import type { ConsumerGroupSnapshot, GroupMemberSnapshot } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { secondsLeft } from './upcoming';

const JOINING_STATES = new Set([
  // classic AbstractCoordinator.MemberState
  'UNJOINED',
  'PREPARING_REBALANCE',
  'COMPLETING_REBALANCE',
  // KIP-848 MemberState
  'JOINING',
  'RECONCILING',
  'ACKNOWLEDGING',
]);

/** Owns nothing because a rebalance is under way (not because the assignor left it out). */
export function isJoining(member: GroupMemberSnapshot): boolean {
  return (
    member.status === 'running' &&
    (member.assignment ?? []).length === 0 &&
    JOINING_STATES.has(member.state)
  );
}

/** What the join phase waits for, counting down; null when the coordinator holds no timer. */
export function JoinCountdown({ group }: { group: ConsumerGroupSnapshot }) {
  const t = useT();
  const now = useSimStore((s) => s.now);
  const deadline = group.joinDeadline;
  if (!deadline || deadline.at < now) return null;
  return (
    <span
      className="join-countdown"
      data-testid={`group-${group.id}-join-countdown`}
      data-wait={deadline.wait}
      data-at={deadline.at}
    >
      {t(
        deadline.wait === 'initialDelay'
          ? 'captions.joining.initialDelay'
          : 'captions.joining.rebalanceTimeout',
        { seconds: secondsLeft(deadline.at, now) },
      )}
    </span>
  );
}
