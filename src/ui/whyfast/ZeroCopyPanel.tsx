// A fetch through the zero-copy path vs the copy path, with the engine's counts of copies and
// user/kernel mode switches (brokerStorage query), and the switch that puts a consumer group on
// the brokers' SSL listener — a setConfig of security.protocol, applied like any other action.
import { useState } from 'react';
import type { CopyCounts, TransferPath } from '../../engine';
import { errorMessage } from '../../content/errors';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { formatBytesShort } from './figures';
import { FetchPathDiagram } from './FetchPathDiagram';
import { formatDeviceMs, useBrokerIds } from './useBrokerStorage';

export function ZeroCopyPanel() {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const ids = useBrokerIds();
  useSimStore((s) => s.now);
  const queries = useSimStore((s) => s.queries);
  const [chosen, setChosen] = useState<number | null>(null);
  const views = ids.map((id) => queries.brokerStorage(id));
  // Unless the reader picked one: the broker that answered a fetch with records last.
  let latest: number | null = null;
  let at = -1;
  for (const v of views)
    if (v?.lastFetch && v.lastFetch.at > at) {
      at = v.lastFetch.at;
      latest = v.broker;
    }
  const broker = chosen ?? latest ?? ids[0] ?? null;
  const view = views.find((v) => v?.broker === broker) ?? null;
  const last = view?.lastFetch ?? null;
  const totals = view?.fetches.consumer;
  const kafka: TransferPath = last?.path ?? 'sendfile';
  return (
    <section className="card wf-panel" aria-labelledby="wf-copy-title" data-testid="wf-copy">
      <h3 id="wf-copy-title">{t('whyfast.copy.title')}</h3>
      <p className="muted small">{t('whyfast.copy.intro')}</p>
      {ids.length > 1 && (
        <div className="segmented" role="group" aria-label={t('whyfast.copy.broker')}>
          {ids.map((id) => (
            <button
              key={id}
              type="button"
              aria-pressed={id === broker}
              data-testid={`wf-copy-broker-${id}`}
              onClick={() => setChosen(id)}
            >
              {t('whyfast.cache.broker', { id })}
            </button>
          ))}
        </div>
      )}
      {last ? (
        <p className="small" data-testid="wf-copy-last" data-path={last.path} data-seq={last.seq}>
          {t('whyfast.copy.last', {
            kind: t(`whyfast.copy.kind.${last.kind}`),
            client: last.client.replace(/^(consumer|broker):/, ''),
            bytes: formatBytesShort(last.bytes, lang),
            time: formatDeviceMs(last.at, lang),
            hits: last.pageHits,
            misses: last.pageMisses,
          })}
          {last.delayMs > 0 && <> — {t('whyfast.copy.waited', { ms: last.delayMs })}</>}
        </p>
      ) : (
        <p className="muted small">{t('whyfast.copy.none')}</p>
      )}
      <FetchPathDiagram kafka={kafka} last={last} />
      {totals && totals.transfers > 0 && (
        <div className="small" data-testid="wf-copy-totals" data-ssl={totals.sslTransfers}>
          <h4 className="wf-subhead">{t('whyfast.copy.totals')}</h4>
          <Counts
            label={t('whyfast.copy.kafkaTotals', { ssl: totals.sslTransfers })}
            c={totals.actual}
            n={totals.transfers}
            path="actual"
          />
          <Counts
            label={t('whyfast.copy.lane.readWrite')}
            c={totals.readWrite}
            n={totals.transfers}
            path="readWrite"
          />
        </div>
      )}
      <TlsSwitches />
      <p className="muted small">{t('whyfast.copy.downConversion')}</p>
    </section>
  );
}

function Counts(props: { label: string; c: CopyCounts; n: number; path: string }) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const { c } = props;
  return (
    <p
      className="wf-counts"
      data-path={props.path}
      data-cpu={c.cpuCopies}
      data-switches={c.modeSwitches}
    >
      <strong>{props.label}</strong>{' '}
      {t('whyfast.copy.counts', {
        transfers: props.n,
        dma: c.dmaCopies,
        cpu: c.cpuCopies,
        cpuBytes: formatBytesShort(c.cpuCopyBytes, lang),
        switches: c.modeSwitches,
      })}
    </p>
  );
}

/** For each consumer group: its security.protocol, switched live through setConfig. */
function TlsSwitches() {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const apply = useSimStore((s) => s.apply);
  const queries = useSimStore((s) => s.queries);
  const groupIds = useSimStore((s) => s.snapshot?.consumerGroups.map((g) => g.id).join('\n') ?? '');
  const groups =
    groupIds === ''
      ? []
      : groupIds.split('\n').map((id) => ({
          id,
          ssl:
            queries
              .effectiveConfigs({ kind: 'group', group: id })
              .find((c) => c.name === 'security.protocol')?.value === 'SSL',
        }));
  const [refused, setRefused] = useState<string | null>(null);
  const toggle = (id: string, ssl: boolean) => {
    const ok = apply({
      do: 'setConfig',
      target: `group:${id}`,
      key: 'security.protocol',
      value: ssl ? 'SSL' : 'PLAINTEXT',
    });
    const err = useSimStore.getState().error;
    setRefused(
      ok
        ? null
        : err && (err.kind === 'action' || err.kind === 'scenario')
          ? err.errors.map((x) => errorMessage(x, lang)).join(' ')
          : '',
    );
  };
  if (groups.length === 0) return <p className="muted small">{t('whyfast.copy.noGroups')}</p>;
  return (
    <fieldset className="wf-tls">
      <legend>{t('whyfast.copy.tls')}</legend>
      {groups.map((g) => (
        <label key={g.id}>
          <input
            type="checkbox"
            checked={g.ssl}
            data-testid={`wf-tls-${g.id}`}
            onChange={(e) => toggle(g.id, e.target.checked)}
          />{' '}
          {t('whyfast.copy.tlsGroup', { id: g.id })}
        </label>
      ))}
      <p className="muted small">{t('whyfast.copy.tlsNote')}</p>
      {refused !== null && (
        <p className="wf-refused small" role="alert">
          {t('whyfast.setting.refused', { reason: refused })}
        </p>
      )}
    </fieldset>
  );
}
