// Right column: consumer groups and their members.
import type { Snapshot } from '../../engine';
import { useT } from '../common/useT';
import { GroupCard } from './GroupCard';

export function ConsumerColumn({ snapshot }: { snapshot: Snapshot }) {
  const t = useT();
  const multiTopic = snapshot.topics.length > 1;
  return (
    <div className="cluster-col col-groups">
      <h2 className="col-title">{t('cluster.groups')}</h2>
      {snapshot.consumerGroups.map((g) => (
        <GroupCard key={g.id} group={g} showTopic={multiTopic} />
      ))}
    </div>
  );
}
