// The main screen: producers → brokers → consumer groups, with the network drawn over them.
import { useMemo, useRef } from 'react';
import { useSimStore } from '../../store/simStore';
import { ClusterCaption } from '../captions/ClusterCaption';
import { EventLog } from '../events/EventLog';
import { useReducedMotion } from '../common/useReducedMotion';
import { useT } from '../common/useT';
import { AnchorProvider, AnchorRegistry, useAnchorRects, useVisibleAnchors } from './anchors';
import { BrokerColumn } from './BrokerColumn';
import { ConsumerColumn } from './ConsumerColumn';
import { InFlightList } from './InFlightList';
import { Flights } from './Flights';
import { Links } from './Links';
import { ProducerColumn } from './ProducerColumn';
import { OVERVIEW_REPLICA_ROWS, replicaRowCount } from './overview';
import './cluster.css';

export function ClusterView() {
  const t = useT();
  const snapshot = useSimStore((s) => s.snapshot);
  const reducedMotion = useReducedMotion();
  // At 10× and faster, records land faster than an eye can follow a fade; skip it (cheaper).
  const fast = useSimStore((s) => s.speed >= 10);
  const registry = useMemo(() => new AnchorRegistry(), []);
  const containerRef = useRef<HTMLElement>(null);
  const rects = useAnchorRects(containerRef, registry);
  const overview = snapshot ? replicaRowCount(snapshot.topics) > OVERVIEW_REPLICA_ROWS : false;
  // At scale, messages fly only to or from a card on screen (50 broker cards: most are not).
  const visible = useVisibleAnchors(registry, overview && !reducedMotion);

  return (
    <AnchorProvider value={registry}>
      <section
        className={`cluster${fast ? ' cluster-fast' : ''}`}
        ref={containerRef}
        aria-label={t('cluster.label')}
      >
        {snapshot ? (
          <>
            <ClusterCaption />
            <ProducerColumn producers={snapshot.producers} topics={snapshot.topics} />
            <div className="cluster-col col-brokers">
              <BrokerColumn
                brokers={snapshot.brokers}
                topics={snapshot.topics}
                controller={snapshot.controller}
                overview={overview}
              />
              {reducedMotion && <InFlightList />}
              <EventLog />
            </div>
            <ConsumerColumn
              groups={snapshot.consumerGroups}
              multiTopic={snapshot.topics.length > 1}
            />
            <Links rects={rects} topics={snapshot.topics} groups={snapshot.consumerGroups} />
            {!reducedMotion && (
              <Flights
                rects={rects}
                topics={snapshot.topics}
                groups={snapshot.consumerGroups}
                overview={overview}
                visible={visible}
              />
            )}
          </>
        ) : (
          <p className="cluster-empty muted">{t('cluster.empty')}</p>
        )}
      </section>
    </AnchorProvider>
  );
}
