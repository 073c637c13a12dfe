// One group member and the partitions it owns (with their lag). A member owning nothing says
// why: joining the group while a rebalance is under way (with what the coordinator waits for,
// counting down), or idle — the assignment left it without a partition.
import { memo } from 'react';
import type { ConsumerGroupSnapshot, GroupMemberSnapshot } from '../../engine';
import { tpName } from '../common/format';
import { useT } from '../common/useT';
import { isJoining, JoinCountdown } from '../captions/Joining';
import { memberAnchor, useAnchor } from './anchors';

interface Props {
  group: ConsumerGroupSnapshot;
  member: GroupMemberSnapshot;
  showTopic: boolean;
}

export const MemberCard = memo(function MemberCard({ group, member, showTopic }: Props) {
  const t = useT();
  const ref = useAnchor(memberAnchor(group.id, member.id));
  const joining = isJoining(member);
  const idle = !joining && member.assignment.length === 0;
  const lagOf = (topic: string, partition: number) =>
    group.lag.find((l) => l.topic === topic && l.partition === partition)?.lag;
  return (
    <li
      // A member fades in (CSS: off with reduced motion and while an export captures frames).
      className={`member${idle ? ' member-idle' : ''}${joining ? ' member-joining' : ''}`}
      ref={ref}
      data-testid={`consumer-${group.id}-${member.id}`}
      data-assignment={member.assignment.map((a) => tpName(a.topic, a.partition)).join(',')}
      data-joining={joining ? 'true' : undefined}
    >
      <span className="member-id" data-name-label>
        {member.id}
      </span>
      {joining ? (
        <span className="member-idle-note member-joining-note small" data-testid="member-joining">
          {t('captions.joining')}
          <JoinCountdown group={group} />
        </span>
      ) : idle ? (
        <span className="member-idle-note small">{t('member.idle')}</span>
      ) : (
        <span className="chips">
          {member.assignment.map((a) => {
            const lag = lagOf(a.topic, a.partition);
            return (
              <span
                key={tpName(a.topic, a.partition)}
                className="chip"
                title={tpName(a.topic, a.partition)}
              >
                {showTopic
                  ? tpName(a.topic, a.partition)
                  : t('replica.partition', { partition: a.partition })}
                {lag !== undefined && lag > 0 && (
                  <span className="chip-lag" title={t('group.lag', { lag })}>
                    +{lag}
                  </span>
                )}
              </span>
            );
          })}
        </span>
      )}
    </li>
  );
});
