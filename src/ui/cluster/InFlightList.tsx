// The same information as the moving dots, without movement: shown to readers who prefer
// reduced motion. Progress is the engine's own (now - sentAt) / (arriveAt - sentAt).
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { flightProgress, nodeName } from '../common/flight';

const MAX_ITEMS = 6;

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
          const progress = Math.round(100 * flightProgress(m, time));
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
