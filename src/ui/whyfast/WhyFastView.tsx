// The "why fast" view (#14): why Kafka is fast, measured on the running scenario. The storage
// panels (panels.ts: sequential log, page cache, zero-copy) and the batching panel (the producers'
// batching and compression, live, and a linger.ms sweep) side by side. Every number comes from the
// engine's snapshot or from headless runs of the engine.
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { BatchingPanel } from './BatchingPanel';
import { STORAGE_PANELS } from './panels';
import '../cluster/cluster.css';
import './whyfast.css';

export function WhyFastView() {
  const t = useT();
  const hasSnapshot = useSimStore((s) => s.snapshot !== null);
  if (!hasSnapshot) return <p className="muted">{t('cluster.empty')}</p>;
  return (
    <section className="whyfast" aria-labelledby="wf-title" data-testid="whyfast-view">
      <header className="wf-head">
        <h2 id="wf-title">{t('whyfast.label')}</h2>
        <p className="muted small">{t('whyfast.intro')}</p>
      </header>
      <div className="wf-grid">
        {STORAGE_PANELS.length > 0 && (
          <div className="wf-storage">
            {STORAGE_PANELS.map(({ id, component: Panel }) => (
              <div key={id} className="wf-slot" data-slot={id}>
                <Panel />
              </div>
            ))}
          </div>
        )}
        <div className="wf-slot wf-batching-slot" data-slot="batching">
          <BatchingPanel />
        </div>
      </div>
    </section>
  );
}
