// The main screen: producers → brokers → consumer groups, with the network drawn over them.
import { useReducedMotion } from 'framer-motion';
import { useMemo, useRef } from 'react';
import { useSimStore } from '../../store/simStore';
import { EventLog } from '../events/EventLog';
import { useT } from '../common/useT';
import { AnchorProvider, AnchorRegistry, useAnchorRects } from './anchors';
import { BrokerColumn } from './BrokerColumn';
import { ConsumerColumn } from './ConsumerColumn';
import { InFlightList } from './InFlightList';
import { Overlay } from './Overlay';
import { ProducerColumn } from './ProducerColumn';
import './cluster.css';

export function ClusterView() {
  const t = useT();
  const snapshot = useSimStore((s) => s.snapshot);
  const inFlight = useSimStore((s) => s.inFlight);
  const time = useSimStore((s) => s.displayTime);
  const reducedMotion = useReducedMotion() ?? false;
  const registry = useMemo(() => new AnchorRegistry(), []);
  const containerRef = useRef<HTMLElement>(null);
  const rects = useAnchorRects(containerRef, registry);

  return (
    <AnchorProvider value={registry}>
      <section className="cluster" ref={containerRef} aria-label={t('cluster.label')}>
        {snapshot ? (
          <>
            <ProducerColumn snapshot={snapshot} />
            <div className="cluster-col col-brokers">
              <BrokerColumn snapshot={snapshot} />
              {reducedMotion && <InFlightList inFlight={inFlight} time={time} />}
              <EventLog />
            </div>
            <ConsumerColumn snapshot={snapshot} />
            <Overlay
              rects={rects}
              snapshot={snapshot}
              inFlight={inFlight}
              time={time}
              showFlights={!reducedMotion}
            />
          </>
        ) : (
          <p className="cluster-empty muted">{t('cluster.empty')}</p>
        )}
      </section>
    </AnchorProvider>
  );
}
