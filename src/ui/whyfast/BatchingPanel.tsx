// The batching and compression panel: for each producer of the run (the first few), its batching
// settings, changed live through setConfig, and the Sender's metrics from the snapshot; then a
// linger.ms sweep over headless runs.
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { ProducerCard } from './ProducerCard';
import { SweepPanel } from './SweepPanel';

/** More cards would not fit the view; the rest are counted. */
const MAX_CARDS = 4;

export function BatchingPanel() {
  const t = useT();
  const ids = useSimStore((s) => s.snapshot?.producers.map((p) => p.id).join('\n') ?? '');
  const producers = ids === '' ? [] : ids.split('\n');
  return (
    <section
      className="card wf-panel"
      aria-labelledby="wf-batching-title"
      data-testid="wf-batching"
    >
      <h3 id="wf-batching-title">{t('whyfast.batching.title')}</h3>
      <p className="muted small">{t('whyfast.batching.intro')}</p>
      {producers.length === 0 && <p className="muted">{t('whyfast.batching.none')}</p>}
      <div className="wf-producers">
        {producers.slice(0, MAX_CARDS).map((id) => (
          <ProducerCard key={id} id={id} />
        ))}
      </div>
      {producers.length > MAX_CARDS && (
        <p className="muted small">
          {t('whyfast.batching.more', { n: producers.length - MAX_CARDS })}
        </p>
      )}
      {producers.length > 0 && <SweepPanel />}
    </section>
  );
}
