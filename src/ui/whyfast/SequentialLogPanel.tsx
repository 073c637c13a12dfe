// The append-only log written sequentially: for each broker machine, what its disk spent writing
// the dirty pages back (each run of adjacent pages one request) against what the same pages
// would cost as scattered 4 KiB writes on the same device — both from the engine's device model.
// Two bars per broker on one d3 linear scale shared by the brokers, so they compare too.
import { scaleLinear } from 'd3';
import { useRef } from 'react';
import type { BrokerStorageView } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { useElementWidth } from '../common/useElementWidth';
import { useT } from '../common/useT';
import { formatBytesShort, formatNumber } from './figures';
import { formatDeviceMs, useBrokerIds, useBrokerStorage } from './useBrokerStorage';

export function SequentialLogPanel() {
  const t = useT();
  const ids = useBrokerIds();
  useSimStore((s) => s.now);
  const queries = useSimStore((s) => s.queries);
  let maxMs = 0;
  for (const id of ids) {
    const c = queries.brokerStorage(id)?.cache;
    if (c) maxMs = Math.max(maxMs, c.writebackMs, c.randomWritebackMs);
  }
  return (
    <section className="card wf-panel" aria-labelledby="wf-seq-title" data-testid="wf-seq">
      <h3 id="wf-seq-title">{t('whyfast.seq.title')}</h3>
      <p className="muted small">{t('whyfast.seq.intro')}</p>
      <div className="wf-brokers">
        {ids.map((id) => (
          <BrokerWriteback key={id} id={id} maxMs={maxMs} />
        ))}
      </div>
    </section>
  );
}

function BrokerWriteback({ id, maxMs }: { id: number; maxMs: number }) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const view = useBrokerStorage(id);
  if (!view) return null;
  const { profile, stats, kind } = view.device;
  const c = view.cache;
  return (
    <div
      className="wf-broker"
      data-testid={`wf-seq-broker-${id}`}
      data-sequential-ms={c.writebackMs}
      data-random-ms={c.randomWritebackMs}
    >
      <div className="wf-broker-head">
        <h4>{t('whyfast.cache.broker', { id })}</h4>
        <span className="muted small">
          {t('whyfast.seq.profile', {
            device: t(`whyfast.cache.device.${kind}`),
            read: formatNumber(profile.readBytesPerMs / 1000, lang, 0),
            write: formatNumber(profile.writeBytesPerMs / 1000, lang, 0),
            access: formatNumber(profile.accessMs, lang, 1),
          })}
        </span>
      </div>
      <dl className="wf-figs">
        <div>
          <dt>{t('whyfast.seq.appended')}</dt>
          <dd>{formatBytesShort(c.writtenBytes, lang)}</dd>
        </div>
        <div>
          <dt>{t('whyfast.seq.written')}</dt>
          <dd>
            {t('whyfast.seq.requests', {
              pages: c.writebackPages,
              requests: stats.writeRequests,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('whyfast.seq.dirty')}</dt>
          <dd>{view.dirtyPages}</dd>
        </div>
      </dl>
      {c.writebackPages > 0 ? (
        <WritebackBars view={view} maxMs={maxMs} />
      ) : (
        <p className="muted small">{t('whyfast.seq.none')}</p>
      )}
    </div>
  );
}

const BAR_H = 14;
const LABEL_W = 130;

function WritebackBars({ view, maxMs }: { view: BrokerStorageView; maxMs: number }) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const seq = view.cache.writebackMs;
  const rnd = view.cache.randomWritebackMs;
  const narrow = width < 360;
  const labelW = narrow ? 0 : LABEL_W;
  const x = scaleLinear()
    .domain([0, Math.max(maxMs, seq, rnd, 1e-9)])
    .range([0, Math.max(0, width - labelW - 70)]);
  const bars = [
    { key: 'sequential', label: t('whyfast.seq.bar.sequential'), ms: seq },
    { key: 'random', label: t('whyfast.seq.bar.random'), ms: rnd },
  ];
  const rowH = narrow ? BAR_H * 2 + 4 : BAR_H + 8;
  return (
    <div ref={ref} className="wf-bars">
      {width > 0 && (
        <svg
          width={width}
          height={bars.length * rowH}
          role="img"
          aria-label={t('whyfast.seq.chart', {
            id: view.broker,
            seq: formatNumber(seq, lang, 1),
            rnd: formatNumber(rnd, lang, 1),
          })}
        >
          {bars.map((b, i) => {
            const y = i * rowH + (narrow ? BAR_H : 0);
            return (
              <g key={b.key} className={`wf-bar wf-bar-${b.key}`}>
                <text className="wf-bar-label" x={0} y={narrow ? i * rowH + 11 : y + 11}>
                  {b.label}
                </text>
                <rect x={labelW} y={y} width={Math.max(1, x(b.ms))} height={BAR_H} rx={2} />
                <text className="wf-bar-value" x={labelW + x(b.ms) + 6} y={y + 11}>
                  {formatDeviceMs(b.ms, lang)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {seq > 0 && (
        <p className="small" data-testid={`wf-seq-ratio-${view.broker}`}>
          {t('whyfast.seq.ratio', { x: formatNumber(rnd / seq, lang, 1) })}
        </p>
      )}
    </div>
  );
}
