// The simulated clock. data-ms is the engine's own integer time (a test hook).
import { useSimStore } from '../../store/simStore';
import { formatSimTime } from '../common/format';
import { useT } from '../common/useT';

export function SimTime() {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const ms = useSimStore((s) => s.now);
  return (
    <div className="sim-time">
      <span className="sim-time-label">{t('playback.time')}</span>
      <output data-testid="sim-time" data-ms={ms} aria-label={t('playback.time')}>
        {formatSimTime(ms, lang)}
      </output>
    </div>
  );
}
