// Right column: consumer groups and their members.
import { memo } from 'react';
import type { ConsumerGroupSnapshot } from '../../engine';
import { useT } from '../common/useT';
import { GroupCard } from './GroupCard';

interface Props {
  groups: ConsumerGroupSnapshot[];
  multiTopic: boolean;
}

export const ConsumerColumn = memo(function ConsumerColumn({ groups, multiTopic }: Props) {
  const t = useT();
  return (
    <div className="cluster-col col-groups">
      <h2 className="col-title">{t('cluster.groups')}</h2>
      {groups.map((g) => (
        <GroupCard key={g.id} group={g} showTopic={multiTopic} />
      ))}
    </div>
  );
});
