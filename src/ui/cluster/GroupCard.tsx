// One consumer group: state, generation, progress, and its members.
import { memo } from 'react';
import type { ConsumerGroupSnapshot } from '../../engine';
import { useT } from '../common/useT';
import { MemberCard } from './MemberCard';

export const GroupCard = memo(function GroupCard({
  group,
  showTopic,
}: {
  group: ConsumerGroupSnapshot;
  showTopic: boolean;
}) {
  const t = useT();
  const totalLag = group.lag.reduce((sum, l) => sum + l.lag, 0);
  return (
    <article className="card group" data-testid={`group-${group.id}`} data-state={group.state}>
      <header className="card-head">
        <GroupIcon />
        <h3 data-name-label>{group.id}</h3>
        <span className="pill">{group.state}</span>
      </header>
      <p className="muted small group-meta">
        <span>{t('group.generation', { generation: group.generation })}</span>
        <span>{t('group.consumed', { count: group.consumed })}</span>
        <span>{t('group.lag', { lag: totalLag })}</span>
      </p>
      {group.members.length === 0 ? (
        <p className="muted small">{t('group.noMembers')}</p>
      ) : (
        <ul className="members">
          {group.members.map((m) => (
            <MemberCard key={m.id} group={group} member={m} showTopic={showTopic} />
          ))}
        </ul>
      )}
    </article>
  );
});

function GroupIcon() {
  return (
    <svg viewBox="0 0 16 16" className="icon card-icon" aria-hidden="true">
      <circle cx="5.5" cy="6" r="2.2" />
      <circle cx="11" cy="6" r="2.2" />
      <path d="M1.8 13c.6-2.2 2-3.2 3.7-3.2s3.1 1 3.7 3.2M8.6 10.1c.6-.3 1.5-.4 2.4-.4 1.7 0 3.1 1 3.7 3.3" />
    </svg>
  );
}
