// The replication metrics, as a broker would report them: under-replicated and offline
// partitions, ISR shrinks and expands, failed produce requests by error, and — the one
// that matters most — acknowledged records that no replica has any more.
import type { Snapshot } from '../../engine';
import { useT } from '../common/useT';

export function MetricsPanel({ snapshot }: { snapshot: Snapshot }) {
  const t = useT();
  const m = snapshot.metrics;
  const lost = m.AcknowledgedRecordsLost;
  const failedByError = Object.entries(m.FailedProduceRequests ?? {}).sort((a, b) => b[1] - a[1]);
  const gaveUp = snapshot.producers.reduce((n, p) => n + p.failed, 0);
  return (
    <section className="repl-metrics card" aria-label={t('repl.metrics.title')}>
      <h3>{t('repl.metrics.title')}</h3>
      <div
        className={`repl-lost${lost > 0 ? ' repl-lost-bad' : ''}`}
        data-testid="metric-acked-lost"
        data-value={lost}
        title={t('repl.metrics.lost.hint')}
      >
        <span className="repl-lost-value">{lost}</span>
        <span className="repl-lost-text">
          <span className="repl-metric-name">{t('repl.metrics.lost')}</span>
          <span>{t(lost > 0 ? 'repl.metrics.lost.some' : 'repl.metrics.lost.zero')}</span>
        </span>
      </div>
      <dl className="repl-metric-grid">
        <Metric
          name={t('repl.metrics.underReplicated')}
          hint={t('repl.metrics.underReplicated.hint')}
          value={m.UnderReplicatedPartitions}
          testId="metric-under-replicated"
          warn={m.UnderReplicatedPartitions > 0}
        />
        <Metric
          name={t('repl.metrics.offline')}
          hint={t('repl.metrics.offline.hint')}
          value={m.OfflinePartitionsCount}
          testId="metric-offline"
          bad={m.OfflinePartitionsCount > 0}
        />
        <Metric
          name={t('repl.metrics.isrShrinks')}
          value={m.IsrShrinks ?? 0}
          testId="metric-isr-shrinks"
        />
        <Metric
          name={t('repl.metrics.isrExpands')}
          value={m.IsrExpands ?? 0}
          testId="metric-isr-expands"
        />
      </dl>
      <div
        className="repl-failed"
        title={t('repl.metrics.failed.hint')}
        data-testid="metric-failed"
      >
        <span className="repl-metric-name">{t('repl.metrics.failed')}</span>
        {failedByError.length === 0 ? (
          <span className="muted small">{t('repl.metrics.failed.none')}</span>
        ) : (
          <ul>
            {failedByError.map(([error, count]) => (
              <li key={error} data-error={error} data-count={count}>
                <code>{error}</code> <strong>{count}</strong>
              </li>
            ))}
          </ul>
        )}
        {gaveUp > 0 && (
          <span className="small repl-gave-up">
            {t('repl.metrics.gaveUp')} <strong>{gaveUp}</strong>
          </span>
        )}
      </div>
    </section>
  );
}

function Metric({
  name,
  hint,
  value,
  testId,
  warn,
  bad,
}: {
  name: string;
  hint?: string;
  value: number;
  testId: string;
  warn?: boolean;
  bad?: boolean;
}) {
  return (
    <div
      className={bad ? 'repl-metric-bad' : warn ? 'repl-metric-warn' : undefined}
      title={hint}
      data-testid={testId}
      data-value={value}
    >
      <dt className="repl-metric-name">{name}</dt>
      <dd>{value}</dd>
    </div>
  );
}
