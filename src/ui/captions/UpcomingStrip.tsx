// "Coming up": the scenario's next scripted actions, announced before they happen with the time
// left ("in 5.0 s: broker 1 crashes"), so a reader knows what to watch for. Re-renders with the
// clock on its own (the caption above it does not).
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { secondsLeft, upcomingActions } from './upcoming';

const NONE: readonly never[] = [];

export function UpcomingStrip() {
  const t = useT();
  const scripted = useSimStore((s) => s.scenario?.actions ?? NONE);
  const yours = useSimStore((s) => s.userActions);
  const now = useSimStore((s) => s.now);
  const next = upcomingActions(scripted, yours, now);
  if (next.length === 0) return null;
  return (
    <div className="story-upcoming small" data-testid="upcoming-events">
      <span className="story-upcoming-label">{t('captions.upcoming.label')}</span>
      <ol>
        {next.map((u) => (
          <li
            key={`${u.at}-${u.do}-${u.yours ? 'y' : 's'}`}
            data-testid="upcoming-event"
            data-at={u.at}
            data-do={u.do}
          >
            <span className="story-upcoming-in">
              {t('captions.upcoming.in', { seconds: secondsLeft(u.at, now) })}
            </span>
            {': '}
            {t(u.key, u.params)}
            {u.yours && <span className="muted"> ({t('captions.upcoming.yours')})</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
