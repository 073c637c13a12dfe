// One broker: its status and every partition replica it hosts, as rows of offsets.
import { memo } from 'react';
import type { BrokerStatus, TopicSnapshot } from '../../engine';
import { BrokerControls } from '../common/BrokerControls';
import { useT } from '../common/useT';
import { brokerAnchor, useAnchor } from './anchors';
import { ReplicaRow } from './ReplicaRow';

export interface BrokerCardBroker {
  id: number;
  status: BrokerStatus;
  rack?: string;
  isolated?: true;
  slowFactor?: number;
  pendingRestart?: string[];
}

interface Props {
  broker: BrokerCardBroker;
  topics: TopicSnapshot[];
  isController: boolean;
  showTopic: boolean;
}

export const BrokerCard = memo(function BrokerCard({
  broker,
  topics,
  isController,
  showTopic,
}: Props) {
  const t = useT();
  const ref = useAnchor(brokerAnchor(broker.id));
  const rows = topics.flatMap((topic) =>
    topic.partitions
      .filter((p) => p.replicas.includes(broker.id))
      .map((p) => ({ topic: topic.name, partition: p })),
  );
  return (
    <article
      className={`card broker broker-${broker.status}`}
      ref={ref}
      data-testid={`broker-${broker.id}`}
      data-status={broker.status}
    >
      <BrokerHeader broker={broker} isController={isController} />
      {rows.length === 0 ? (
        <p className="muted small">{t('broker.noReplicas')}</p>
      ) : (
        <div className="replicas">
          {rows.map(({ topic, partition }) => (
            <ReplicaRow
              key={`${topic}/${partition.partition}`}
              topic={topic}
              partition={partition}
              broker={broker.id}
              status={broker.status}
              showTopic={showTopic}
            />
          ))}
        </div>
      )}
    </article>
  );
});

/**
 * A broker card's head: its name, status, rack, roles and the failure buttons. Memo: the card
 * re-renders with every new offset of its rows, the broker itself (shared while unchanged) rarely.
 */
export const BrokerHeader = memo(function BrokerHeader({
  broker,
  isController,
}: {
  broker: BrokerCardBroker;
  isController: boolean;
}) {
  const t = useT();
  return (
    <header className="card-head">
      <BrokerIcon />
      <h3 data-name-label>{t('broker.title', { id: broker.id })}</h3>
      <span className={`pill pill-${broker.status}`}>{t(`broker.status.${broker.status}`)}</span>
      {broker.rack && (
        <span className="muted small">{t('broker.rack', { rack: broker.rack })}</span>
      )}
      {isController && <span className="pill pill-controller">{t('broker.controller')}</span>}
      {broker.isolated && <span className="pill pill-isolated">{t('brokerState.isolated')}</span>}
      {broker.pendingRestart && (
        <span
          className="pill pill-pending"
          data-testid={`broker-${broker.id}-pending-restart`}
          title={t('brokerState.pendingRestart.hint', { keys: broker.pendingRestart.join(', ') })}
        >
          {t('brokerState.pendingRestart')}
        </span>
      )}
      {(broker.slowFactor ?? 1) > 1 && (
        <span className="pill pill-slow">{t('brokerState.slow')}</span>
      )}
      <BrokerControls broker={broker} compact className="broker-action" />
    </header>
  );
});

function BrokerIcon() {
  return (
    <svg viewBox="0 0 16 16" className="icon card-icon" aria-hidden="true">
      <rect x="2.5" y="2.5" width="11" height="4.5" rx="1" />
      <rect x="2.5" y="9" width="11" height="4.5" rx="1" />
    </svg>
  );
}
