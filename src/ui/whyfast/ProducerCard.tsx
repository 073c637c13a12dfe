// One producer's batching: its settings (live) and what its Sender measured (the snapshot's
// metrics, SenderMetrics in the engine), with the topic's size on the leaders' disks.
import { useShallow } from 'zustand/react/shallow';
import type { MessageKey } from '../../content/i18n';
import type { ProducerMetricsSnapshot } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { formatBytesShort, formatNumber, topicDiskBytes } from './figures';
import { ProducerSettingsForm } from './ProducerSettingsForm';

export function ProducerCard({ id }: { id: string }) {
  const t = useT();
  const settings = useSimStore(useShallow((s) => s.queries.producerSettings(id)));
  const metrics = useSimStore((s) => s.snapshot?.producers.find((p) => p.id === id)?.metrics);
  const topic = settings?.workloadTopic ?? null;
  const disk = useSimStore((s) => (s.snapshot && topic ? topicDiskBytes(s.snapshot, topic) : null));
  if (!settings || !metrics) return null;
  return (
    <article
      className="wf-producer"
      data-testid={`wf-producer-${id}`}
      aria-label={t('whyfast.producer', { id })}
    >
      <header className="wf-producer-head">
        <h4 data-name-label>{t('whyfast.producer', { id })}</h4>
        <span className="muted small">
          {topic !== null && settings.ratePerSec !== null
            ? t('whyfast.producer.workload', { rate: settings.ratePerSec, topic })
            : t('whyfast.producer.noWorkload')}
        </span>
      </header>
      <ProducerSettingsForm id={id} settings={settings} />
      <Figures id={id} metrics={metrics} topic={topic} disk={disk} />
    </article>
  );
}

function Figures({
  id,
  metrics: m,
  topic,
  disk,
}: {
  id: string;
  metrics: ProducerMetricsSnapshot;
  topic: string | null;
  disk: number | null;
}) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const none = t('whyfast.fig.none');
  const num = (v: number | null, digits = 1) => (v === null ? none : formatNumber(v, lang, digits));
  const ms = (v: number | null) => (v === null ? none : t('whyfast.unit.ms', { v }));
  const rows: {
    key: string;
    label: MessageKey;
    hint?: MessageKey;
    value: string;
    raw: number | null;
  }[] = [
    {
      key: 'record-send-rate',
      label: 'whyfast.fig.recordRate',
      hint: 'whyfast.fig.recordRate.hint',
      value: num(m['record-send-rate']),
      raw: m['record-send-rate'],
    },
    {
      key: 'records-per-batch',
      label: 'whyfast.fig.recordsPerBatch',
      hint: 'whyfast.fig.recordsPerBatch.hint',
      value: num(m['records-per-batch-avg']),
      raw: m['records-per-batch-avg'],
    },
    {
      key: 'request-rate',
      label: 'whyfast.fig.requestRate',
      hint: 'whyfast.fig.requestRate.hint',
      value: num(m['request-rate']),
      raw: m['request-rate'],
    },
    {
      key: 'byte-rate',
      label: 'whyfast.fig.byteRate',
      hint: 'whyfast.fig.byteRate.hint',
      value: `${formatBytesShort(m['byte-rate'], lang)}/s`,
      raw: m['byte-rate'],
    },
    {
      key: 'batch-size',
      label: 'whyfast.fig.batchSize',
      value: m['batch-size-avg'] === null ? none : formatBytesShort(m['batch-size-avg'], lang),
      raw: m['batch-size-avg'],
    },
    {
      key: 'compression-rate',
      label: 'whyfast.fig.compression',
      hint: 'whyfast.fig.compression.hint',
      value: num(m['compression-rate-avg'], 3),
      raw: m['compression-rate-avg'],
    },
    {
      key: 'latency',
      label: 'whyfast.fig.latency',
      hint: 'whyfast.fig.latency.hint',
      value: `${ms(m.latency.p50)} / ${ms(m.latency.p99)}`,
      raw: m.latency.p50,
    },
  ];
  return (
    <div className="wf-figures">
      <p className="muted small">
        {t('whyfast.fig.window', { s: formatNumber(m.windowMs / 1000, lang) })}
      </p>
      <dl className="wf-figure-list">
        {rows.map((r) => (
          <div
            key={r.key}
            className="wf-figure"
            data-testid={`wf-${r.key}-${id}`}
            data-value={r.raw ?? ''}
          >
            <dt>{t(r.label)}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
      <dl className="wf-figure-list wf-totals">
        <div className="wf-figure" data-testid={`wf-byte-total-${id}`} data-value={m['byte-total']}>
          <dt>{t('whyfast.fig.sentTotal')}</dt>
          <dd>{formatBytesShort(m['byte-total'], lang)}</dd>
        </div>
        <div
          className="wf-figure"
          data-testid={`wf-uncompressed-total-${id}`}
          data-value={m['uncompressed-byte-total']}
        >
          <dt>{t('whyfast.fig.uncompressedTotal')}</dt>
          <dd>{formatBytesShort(m['uncompressed-byte-total'], lang)}</dd>
        </div>
        {topic !== null && disk !== null && (
          <div className="wf-figure" data-testid={`wf-disk-${id}`} data-value={disk}>
            <dt>{t('whyfast.fig.disk', { topic })}</dt>
            <dd>{formatBytesShort(disk, lang)}</dd>
          </div>
        )}
      </dl>
      <details className="wf-about">
        <summary className="small">{t('whyfast.fig.about')}</summary>
        <dl className="small">
          {rows
            .filter((r) => r.hint)
            .map((r) => (
              <div key={r.key}>
                <dt>{t(r.label)}</dt>
                <dd className="muted">{t(r.hint!)}</dd>
              </div>
            ))}
          <div>
            <dt>{t('whyfast.fig.disk', { topic: topic ?? '' })}</dt>
            <dd className="muted">{t('whyfast.fig.disk.hint')}</dd>
          </div>
        </dl>
      </details>
    </div>
  );
}
