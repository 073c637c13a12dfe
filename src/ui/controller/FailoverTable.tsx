// The failover comparison's numbers as a table: what the chart draws, for screen readers and for
// reading, with each seed's run (which controller died, which one took over, in which epoch).
import { FAILOVER_RECOVERY_CAP_MS, type FailoverPoint } from '../../store/failover/failoverParams';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { formatNumber } from '../whyfast/figures';

export function FailoverTable({ points }: { points: readonly FailoverPoint[] }) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const locale = lang === 'ko' ? 'ko-KR' : 'en-US';
  const sec = (ms: number | null) =>
    ms === null
      ? t('controller.failover.none')
      : (ms / 1000).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <table className="small failover-table" data-testid="failover-table">
      <caption>{t('controller.failover.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('controller.failover.col.mode')}</th>
          <th scope="col">{t('controller.failover.col.partitions')}</th>
          <th scope="col">{t('controller.failover.col.median')}</th>
          <th scope="col">{t('controller.failover.col.range')}</th>
          <th scope="col">{t('controller.failover.col.runs')}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr
            key={`${p.mode}-${p.partitions}`}
            data-testid={`failover-row-${p.mode}-${p.partitions}`}
            data-median={p.medianMs ?? ''}
          >
            <th scope="row">{t(`controller.failover.mode.${p.mode}`)}</th>
            <td>{formatNumber(p.partitions, lang)}</td>
            <td>{sec(p.medianMs)}</td>
            <td>
              {sec(p.minMs)} – {sec(p.maxMs)}
            </td>
            <td>
              {p.samples
                .map((s) =>
                  s.next === null
                    ? t('controller.failover.run.none', {
                        killed: s.killed,
                        s: FAILOVER_RECOVERY_CAP_MS / 1000,
                      })
                    : t('controller.failover.run.one', {
                        killed: s.killed,
                        next: s.next,
                        epoch: s.epoch ?? '',
                      }),
                )
                .join('; ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
