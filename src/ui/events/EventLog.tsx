// The last few things that happened, newest first, in words.
import { memo, useMemo } from 'react';
import type { Lang } from '../../content/i18n';
import { useSimStore } from '../../store/simStore';
import { formatSimTime } from '../common/format';
import { useT } from '../common/useT';
import { describeEvent } from './describeEvent';

const SHOWN = 40;

interface Line {
  seq: number;
  time: number;
  text: string;
}

export function EventLog() {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const trace = useSimStore((s) => s.recentTrace);
  const lines = useMemo(() => {
    const out: Line[] = [];
    for (let i = trace.length - 1; i >= 0 && out.length < SHOWN; i--) {
      const e = trace[i]!;
      const text = describeEvent(e, t, lang);
      if (text) out.push({ seq: e.seq, time: e.time, text });
    }
    return out;
  }, [trace, t, lang]);
  return (
    <section className="event-log card" aria-label={t('events.title')} data-testid="event-log">
      <h3>{t('events.title')}</h3>
      {lines.length === 0 ? (
        <p className="muted small">{t('events.empty')}</p>
      ) : (
        <EventList lines={lines} lang={lang} />
      )}
    </section>
  );
}

// The raw trace changes nearly every frame (network sends); the described lines far less.
const EventList = memo(
  function EventList({ lines, lang }: { lines: Line[]; lang: Lang }) {
    // The list scrolls on its own: tabIndex lets a keyboard reader focus it and scroll it.
    return (
      <ol tabIndex={0}>
        {lines.map((l) => (
          <li key={l.seq}>
            <time className="event-time">{formatSimTime(l.time, lang)}</time>
            <span>{l.text}</span>
          </li>
        ))}
      </ol>
    );
  },
  (a, b) =>
    a.lang === b.lang && a.lines.length === b.lines.length && a.lines[0]?.seq === b.lines[0]?.seq,
);
