// Middle column: one card per broker, each listing the partition replicas it hosts — or, with more
// replicas than anyone reads as rows, the overview (ClusterOverview: counts and a heat map each).
import { lazy, memo, Suspense } from 'react';
import type { BrokerStatus, Snapshot, TopicSnapshot } from '../../engine';
import { useT } from '../common/useT';
import { useAnchor } from './anchors';
import { BrokerCard } from './BrokerCard';

/** Fetched only for a cluster that needs it (no starter does). */
const ClusterOverview = lazy(() =>
  import('./ClusterOverview').then((m) => ({ default: m.ClusterOverview })),
);

interface Props {
  brokers: { id: number; status: BrokerStatus; rack?: string }[];
  topics: TopicSnapshot[];
  controller: Snapshot['controller'];
  /** Too many replica rows to list (ClusterView decides, overview.ts): the overview instead. */
  overview: boolean;
}

export const BrokerColumn = memo(function BrokerColumn({
  brokers,
  topics,
  controller,
  overview,
}: Props) {
  const t = useT();
  const multiTopic = topics.length > 1;
  return (
    <div className={`brokers${multiTopic ? ' multi-topic' : ''}`}>
      <div className="col-title-row">
        <h2 className="col-title">{t('cluster.brokers')}</h2>
        <ControllerBadge controller={controller} />
      </div>
      {overview ? (
        <Suspense fallback={<p className="muted small">{t('cluster.overviewLoading')}</p>}>
          <ClusterOverview brokers={brokers} topics={topics} controllerId={controller.leader} />
        </Suspense>
      ) : (
        brokers.map((b) => (
          <BrokerCard
            key={b.id}
            broker={b}
            topics={topics}
            isController={controller.leader === b.id}
            showTopic={multiTopic}
          />
        ))
      )}
    </div>
  );
});

/** The active controller; brokers' heartbeats and AlterPartition requests fly to it. */
function ControllerBadge({ controller }: { controller: Snapshot['controller'] }) {
  const t = useT();
  const ref = useAnchor(`controller:${controller.leader ?? 'none'}`);
  return (
    <span className="controller muted small" data-testid="controller" ref={ref}>
      {t('cluster.controller', {
        mode: controller.mode === 'kraft' ? 'KRaft' : 'ZooKeeper',
        leader: controller.leader ?? t('replica.noLeader'),
        epoch: controller.epoch,
      })}
    </span>
  );
}
