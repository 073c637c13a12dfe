// The failover comparison: the same failure (the active controller dies) in KRaft and ZooKeeper
// mode over several partition counts, run headless in a Web Worker (store/failover) with progress
// and cancel; the time to a new active controller drawn against partitions (FailoverChart), the
// same numbers as a table (FailoverTable).
import { useFailover } from '../../store/failover/failoverStore';
import {
  DEFAULT_FAILOVER_REQUEST,
  FAILOVER_BROKERS,
  FAILOVER_KILL_SPREAD_MS,
  FAILOVER_QUORUM,
  type FailoverPoint,
} from '../../store/failover/failoverParams';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { formatNumber } from '../whyfast/figures';
import { FailoverChart } from './FailoverChart';
import { FailoverTable } from './FailoverTable';
import './failover.css';

/** Points in the request's order: by mode, then by partition count. */
function ordered(points: readonly FailoverPoint[]): FailoverPoint[] {
  const modes = DEFAULT_FAILOVER_REQUEST.modes;
  return [...points].sort(
    (a, b) => modes.indexOf(a.mode) - modes.indexOf(b.mode) || a.partitions - b.partitions,
  );
}

export function FailoverComparison() {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const run = useFailover();
  const req = run.request ?? DEFAULT_FAILOVER_REQUEST;
  const running = run.status === 'running';
  const points = ordered(run.points);
  return (
    <section
      className="failover"
      aria-labelledby="failover-title"
      data-testid="failover-comparison"
    >
      <h3 id="failover-title">{t('controller.failover.title')}</h3>
      <p className="muted small">
        {t('controller.failover.intro', {
          brokers: FAILOVER_BROKERS,
          quorum: FAILOVER_QUORUM,
          counts: req.partitions.map((n) => formatNumber(n, lang)).join(', '),
          seeds: req.seeds.join(', '),
          spread: FAILOVER_KILL_SPREAD_MS / 1000,
        })}
      </p>
      <div className="failover-controls">
        {running ? (
          <button
            type="button"
            className="btn"
            data-testid="failover-cancel"
            onClick={() => run.cancel()}
          >
            {t('controller.failover.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-primary"
            data-testid="failover-run"
            onClick={() => run.start(DEFAULT_FAILOVER_REQUEST)}
          >
            {t('controller.failover.run')}
          </button>
        )}
        <p className="small" role="status" data-testid="failover-status" data-status={run.status}>
          {running && (
            <>
              <progress max={run.total} value={run.samples.length} />{' '}
              {t('controller.failover.progress', { done: run.samples.length, total: run.total })}
            </>
          )}
          {run.status === 'cancelled' && t('controller.failover.cancelled')}
          {run.status === 'failed' && t('controller.failover.failed', { reason: run.error ?? '' })}
        </p>
      </div>
      {points.length > 0 && (
        <>
          <FailoverChart points={points} modes={req.modes} partitions={req.partitions} />
          <p className="small">{t('controller.failover.why')}</p>
          <FailoverTable points={points} />
        </>
      )}
    </section>
  );
}
