// The linger.ms sweep: the running scenario again, headless, once per linger.ms value, in a Web
// Worker (store/sweep); progress as each run ends, a cancel button, then throughput and latency
// against linger.ms (SweepChart) with the same numbers as a table.
import { useId, useState } from 'react';
import { useSimStore } from '../../store/simStore';
import { useSweep } from '../../store/sweep/sweepStore';
import { SWEEP_LINGER_MS, SWEEP_MEASURE_MS, SWEEP_RUN_MS } from '../../store/sweep/sweepParams';
import { useT } from '../common/useT';
import { SweepChart } from './SweepChart';
import { SweepTable } from './SweepTable';

export function SweepPanel() {
  const t = useT();
  const selectId = useId();
  const sweep = useSweep();
  const candidates = useSimStore((s) =>
    (s.snapshot?.producers ?? [])
      .map((p) => p.id)
      .filter((id) => s.queries.producerSettings(id)?.workloadTopic != null)
      .join('\n'),
  );
  const ids = candidates === '' ? [] : candidates.split('\n');
  const [chosen, setChosen] = useState<string | null>(null);
  const producer = chosen !== null && ids.includes(chosen) ? chosen : (ids[0] ?? null);

  const start = () => {
    const { scenario, snapshot, queries, simId } = useSimStore.getState();
    if (!scenario || !snapshot || producer === null) return;
    const producerConfigs: Record<string, Record<string, string | number>> = {};
    const workloadRates: Record<string, number> = {};
    for (const p of snapshot.producers) {
      const s = queries.producerSettings(p.id);
      if (s?.ratePerSec != null) workloadRates[p.id] = s.ratePerSec;
      if (s)
        producerConfigs[p.id] = {
          'linger.ms': s.lingerMs,
          'batch.size': s.batchSize,
          'compression.type': s.compressionType,
        };
    }
    sweep.start(
      { scenario, producer, producerConfigs, workloadRates, lingerMs: SWEEP_LINGER_MS },
      simId,
    );
  };

  // A sweep started from another run (another scenario loaded since) is not this run's.
  const simId = useSimStore((s) => s.simId);
  const ours = sweep.simId === simId;
  const running = ours && sweep.status === 'running';
  return (
    <section className="wf-sweep" aria-labelledby="wf-sweep-title" data-testid="wf-sweep">
      <h4 id="wf-sweep-title">{t('whyfast.sweep.title')}</h4>
      <p className="muted small">
        {t('whyfast.sweep.intro', { values: SWEEP_LINGER_MS.join(', '), s: SWEEP_RUN_MS / 1000 })}
      </p>
      {producer === null ? (
        <p className="muted small">{t('whyfast.sweep.noProducer')}</p>
      ) : (
        <div className="wf-sweep-controls">
          {ids.length > 1 && (
            <>
              <label htmlFor={selectId}>{t('whyfast.sweep.which')}</label>
              <select
                id={selectId}
                value={producer}
                disabled={running}
                onChange={(e) => setChosen(e.target.value)}
              >
                {ids.map((id) => (
                  <option key={id} value={id}>
                    {id}
                  </option>
                ))}
              </select>
            </>
          )}
          {running ? (
            <button
              type="button"
              className="btn"
              data-testid="wf-sweep-cancel"
              onClick={() => sweep.cancel()}
            >
              {t('whyfast.sweep.cancel')}
            </button>
          ) : (
            <button
              type="button"
              className="btn btn-primary"
              data-testid="wf-sweep-run"
              onClick={start}
            >
              {t('whyfast.sweep.run')}
            </button>
          )}
        </div>
      )}
      <p
        className="small"
        role="status"
        data-testid="wf-sweep-status"
        data-status={ours ? sweep.status : 'idle'}
      >
        {running && (
          <>
            <progress max={sweep.total} value={sweep.points.length} />{' '}
            {t('whyfast.sweep.progress', { done: sweep.points.length, total: sweep.total })}
          </>
        )}
        {ours && sweep.status === 'cancelled' && t('whyfast.sweep.cancelled')}
        {ours &&
          sweep.status === 'failed' &&
          t('whyfast.sweep.failed', { reason: sweep.error ?? '' })}
      </p>
      {ours && sweep.points.length > 0 && sweep.producer !== null && (
        <>
          <p className="muted small">
            {t('whyfast.sweep.producer', { id: sweep.producer, s: SWEEP_MEASURE_MS / 1000 })}
          </p>
          <SweepChart points={sweep.points} />
          <SweepTable points={sweep.points} />
        </>
      )}
    </section>
  );
}
