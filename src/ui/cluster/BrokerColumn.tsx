// Middle column: one card per broker, each listing the partition replicas it hosts.
import type { Snapshot } from '../../engine';
import { useT } from '../common/useT';
import { BrokerCard } from './BrokerCard';

export function BrokerColumn({ snapshot }: { snapshot: Snapshot }) {
  const t = useT();
  const multiTopic = snapshot.topics.length > 1;
  const { controller } = snapshot;
  return (
    <div className={`brokers${multiTopic ? ' multi-topic' : ''}`}>
      <div className="col-title-row">
        <h2 className="col-title">{t('cluster.brokers')}</h2>
        <span className="muted small" data-testid="controller">
          {t('cluster.controller', {
            mode: controller.mode === 'kraft' ? 'KRaft' : 'ZooKeeper',
            leader: controller.leader ?? t('replica.noLeader'),
            epoch: controller.epoch,
          })}
        </span>
      </div>
      {snapshot.brokers.map((b) => (
        <BrokerCard
          key={b.id}
          broker={b}
          topics={snapshot.topics}
          isController={controller.leader === b.id}
          showTopic={multiTopic}
        />
      ))}
    </div>
  );
}
