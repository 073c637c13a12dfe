// The sweep's numbers as a table: what the charts draw, for screen readers and for reading.
import type { SweepPoint } from '../../store/sweep/sweepParams';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { formatNumber } from './figures';

export function SweepTable({ points }: { points: readonly SweepPoint[] }) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const n = (v: number | null, digits = 1) =>
    v === null ? t('whyfast.fig.none') : formatNumber(v, lang, digits);
  return (
    <details className="wf-sweep-table">
      <summary className="small">{t('whyfast.sweep.table')}</summary>
      <table className="small" data-testid="wf-sweep-table">
        <caption className="visually-hidden">{t('whyfast.sweep.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('whyfast.sweep.col.linger')}</th>
            <th scope="col">{t('whyfast.sweep.col.records')}</th>
            <th scope="col">{t('whyfast.sweep.col.requests')}</th>
            <th scope="col">{t('whyfast.sweep.col.perBatch')}</th>
            <th scope="col">{t('whyfast.sweep.col.p50')}</th>
            <th scope="col">{t('whyfast.sweep.col.p99')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.lingerMs}>
              <th scope="row">{p.lingerMs}</th>
              <td>{n(p.ackedPerSec)}</td>
              <td>{n(p.requestsPerSec)}</td>
              <td>{n(p.recordsPerBatch)}</td>
              <td>{n(p.p50, 0)}</td>
              <td>{n(p.p99, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
