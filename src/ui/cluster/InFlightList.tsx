// The same information as the moving dots, without movement: shown to readers who prefer
// reduced motion. Progress is the engine's own (now - sentAt) / (arriveAt - sentAt).
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { clamp01 } from './geometry';

const MAX_ITEMS = 6;

function nodeName(node: string): string {
  const [kind, rest = ''] = node.split(':', 2) as [string, string?];
  if (kind === 'broker') return `Broker ${rest}`;
  if (kind === 'consumer') return rest.slice(rest.indexOf('/') + 1);
  return rest || node;
}

export function InFlightList() {
  const t = useT();
  const inFlight = useSimStore((s) => s.inFlight);
  const time = useSimStore((s) => s.displayTime);
  return (
    <section className="inflight card" data-testid="inflight-list" aria-label={t('flight.title')}>
      <h3>
        {t('flight.title')}:{' '}
        <span className="muted">
          {inFlight.length === 0 ? t('flight.none') : t('flight.count', { count: inFlight.length })}
        </span>
      </h3>
      <ul>
        {inFlight.slice(0, MAX_ITEMS).map((m) => {
          const span = m.arriveAt - m.sentAt;
          const progress = Math.round(100 * (span > 0 ? clamp01((time - m.sentAt) / span) : 1));
          return (
            <li key={m.msgId} className="small">
              {t('flight.item', {
                api: m.api,
                direction: t(m.response ? 'flight.response' : 'flight.request'),
                from: nodeName(m.from),
                to: nodeName(m.to),
                records: m.records.length,
                progress,
              })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
