// The page cache of each broker machine: its hit ratio and disk traffic from the snapshot, and
// every segment file drawn as a bar whose coloured part is in memory (from the engine's
// brokerStorage query: resident and dirty pages per file).
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { formatBytesShort } from './figures';
import { SegmentResidencyChart } from './SegmentResidencyChart';
import {
  formatDeviceMs,
  formatMemory,
  formatRatio,
  useBrokerIds,
  useBrokerStorage,
} from './useBrokerStorage';

export function PageCachePanel() {
  const t = useT();
  const brokers = useBrokerIds();
  const groups = useSimStore((s) => s.snapshot?.consumerGroups);
  const lang = useSimStore((s) => s.lang);
  return (
    <section className="card wf-panel" aria-labelledby="wf-cache-title" data-testid="wf-cache">
      <h3 id="wf-cache-title">{t('whyfast.cache.title')}</h3>
      <p className="muted small">{t('whyfast.cache.intro')}</p>
      <Legend />
      <div className="wf-brokers">
        {brokers.map((id) => (
          <BrokerCache key={id} id={id} />
        ))}
      </div>
      {groups && groups.length > 0 && (
        <div>
          <h4 className="wf-subhead">{t('whyfast.cache.groups')}</h4>
          <ul className="wf-groups" data-testid="wf-cache-groups">
            {groups.map((g) => (
              <li key={g.id} data-group={g.id} data-ratio={g.cacheHitRatio ?? ''}>
                <span className="mono">{g.id}</span>{' '}
                <strong>{formatRatio(g.cacheHitRatio, lang) ?? t('whyfast.cache.noReads')}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function Legend() {
  const t = useT();
  return (
    <ul className="wf-legend small">
      <li>
        <span className="wf-swatch wf-hot" aria-hidden="true" />
        {t('whyfast.cache.legend.hot')}
      </li>
      <li>
        <span className="wf-swatch wf-dirty" aria-hidden="true" />
        {t('whyfast.cache.legend.dirty')}
      </li>
      <li>
        <span className="wf-swatch wf-cold" aria-hidden="true" />
        {t('whyfast.cache.legend.cold')}
      </li>
    </ul>
  );
}

function BrokerCache({ id }: { id: number }) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const view = useBrokerStorage(id);
  const storage = useSimStore((s) => s.snapshot?.brokers.find((b) => b.id === id)?.storage);
  if (!view || !storage) return null;
  const ratio = formatRatio(storage.cacheHitRatio, lang);
  return (
    <div
      className="wf-broker"
      data-testid={`wf-cache-broker-${id}`}
      data-hit-ratio={storage.cacheHitRatio ?? ''}
      data-resident={view.residentPages}
    >
      <div className="wf-broker-head">
        <h4>{t('whyfast.cache.broker', { id })}</h4>
        <span className="muted small">
          {t('whyfast.cache.device', {
            device: t(`whyfast.cache.device.${view.device.kind}`),
            size: formatMemory(view.pageCacheBytes, lang),
          })}
        </span>
      </div>
      <dl className="wf-figs">
        <div title={t('whyfast.cache.hitRatio.hint')}>
          <dt>{t('whyfast.cache.hitRatio')}</dt>
          <dd>{ratio ?? t('whyfast.cache.noReads')}</dd>
        </div>
        <div>
          <dt>{t('whyfast.cache.used')}</dt>
          <dd>
            {t('whyfast.cache.usedValue', {
              pages: view.residentPages,
              capacity: view.capacityPages,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('whyfast.cache.deviceRead')}</dt>
          <dd>{formatBytesShort(storage.deviceReadBytes, lang)}</dd>
        </div>
        <div>
          <dt>{t('whyfast.cache.deviceWrite')}</dt>
          <dd>{formatBytesShort(storage.deviceWriteBytes, lang)}</dd>
        </div>
        <div>
          <dt>{t('whyfast.cache.deviceBusy')}</dt>
          <dd>{formatDeviceMs(storage.deviceBusyMs, lang)}</dd>
        </div>
      </dl>
      <SegmentResidencyChart view={view} />
    </div>
  );
}
