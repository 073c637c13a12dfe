// One producer: its delivery settings and how many records were sent, acked and failed.
import { memo } from 'react';
import type { ProducerSnapshot, ProducerSpec } from '../../engine';
import { useT } from '../common/useT';
import { producerAnchor, useAnchor } from './anchors';

export const ProducerCard = memo(function ProducerCard({
  producer,
  spec,
}: {
  producer: ProducerSnapshot;
  spec?: ProducerSpec;
}) {
  const t = useT();
  const ref = useAnchor(producerAnchor(producer.id));
  const acks = String(spec?.config?.['acks'] ?? 'all');
  // The partitioner only decides for keyless records, so it is named only where it was chosen.
  const partitioner = spec?.config?.['partitioner'];
  const lastError = producer.errors.at(-1);
  return (
    <article className="card producer" ref={ref} data-testid={`producer-${producer.id}`}>
      <header className="card-head">
        <ProducerIcon />
        <h3 data-name-label>{producer.id}</h3>
      </header>
      <p className="muted small">
        {`acks=${acks}`}
        {partitioner === 'round-robin' && ` · ${t('producer.partitioner.round-robin')}`}
        {partitioner === 'default' && ` · ${t('producer.partitioner.default')}`}
      </p>
      <dl className="stats">
        <div>
          <dt>{t('producer.sent')}</dt>
          <dd data-testid={`producer-${producer.id}-sent`}>{producer.sent}</dd>
        </div>
        <div>
          <dt>{t('producer.acked')}</dt>
          <dd>{producer.acknowledged}</dd>
        </div>
        <div className={producer.failed > 0 ? 'stat-bad' : undefined}>
          <dt>{t('producer.failed')}</dt>
          <dd>{producer.failed}</dd>
        </div>
      </dl>
      {lastError && (
        <p className="card-error small">
          {t('producer.lastError', {
            error: lastError.error,
            topic: lastError.topic,
            partition: lastError.partition,
          })}
        </p>
      )}
    </article>
  );
});

function ProducerIcon() {
  return (
    <svg viewBox="0 0 16 16" className="icon card-icon" aria-hidden="true">
      <path d="M2 8h8M7 4.5 10.5 8 7 11.5M12.5 3v10" />
    </svg>
  );
}
