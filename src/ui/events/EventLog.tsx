// The last few things that happened, newest first, in words: failures, elections and rebalances
// as announcements, the high watermark's moves grouped per partition (src/ui/events/eventLines.ts).
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../../content/i18n';
import { useSimStore } from '../../store/simStore';
import { deferUntilIdle } from '../common/deferredParts';
import { useErrorTexts } from '../common/useErrorTexts';
import { formatSimTime } from '../common/format';
import { useT } from '../common/useT';
import { mergeStories } from '../captions/storyCaption';
import { startStoryLog, useStoryLog } from '../captions/storyLog';
import type { Line } from './eventLines';

startStoryLog();

// The words for each event are fetched once the page is idle after opening (the list is empty at
// 0 s anyway). A failed fetch leaves the list empty, the page working.
type EventLinesModule = typeof import('./eventLines');
let linesModule: EventLinesModule | null = null;
const lineBuilder = deferUntilIdle(() => import('./eventLines').then((m) => (linesModule = m)));

function useEventLines(): EventLinesModule['eventLines'] | null {
  const [loaded, setLoaded] = useState(linesModule);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    void lineBuilder.loaded.then((m) => live && setLoaded(m));
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded?.eventLines ?? null;
}

const SHOWN = 40;
/**
 * While the run plays the list takes the newest trace at most this often, wall ms. Under load
 * every snapshot brings new lines (grouped high-watermark lines change with each move), and the
 * list re-made most of its items 20 times a second, faster than anyone reads it: at 1,000
 * records/s over a thousand DOM nodes a second. Paused, a step or a seek shows at once.
 */
const PLAYING_EVERY_MS = 250;
/** Announcements older than the recent window, listed under it. */
const OLDER = 12;

export function EventLog() {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const playing = useSimStore((s) => s.playing);
  const trace = useSampled(
    useSimStore((s) => s.recentTrace),
    playing ? PLAYING_EVERY_MS : 0,
  );
  const story = useStoryLog((s) => s.events);
  const groupStory = useStoryLog((s) => s.groupEvents);
  // (a refused action's line quotes the error's sentence: re-described when the sentences arrive)
  const errorTextsReady = useErrorTexts();
  const eventLines = useEventLines();
  const lines = useMemo(() => {
    if (!eventLines) return [];
    // The leaders now, to name the replica a grouped high-watermark line is about.
    const topics = useSimStore.getState().snapshot?.topics ?? [];
    const leaderOf = (topic: string, partition: number) =>
      topics.find((x) => x.name === topic)?.partitions.find((p) => p.partition === partition)
        ?.leader ?? null;
    const recent = eventLines(trace, t, lang, leaderOf, SHOWN);
    // The recent window is short (a few hundred events: under a second at 5×); the story log
    // keeps every failure, election and rebalance, so the older ones stay listed below it.
    // Older = before the oldest line shown: when the window holds more than SHOWN lines, a
    // failure or election past the 40th line must still be listed (below), not fall between.
    const from =
      recent.length >= SHOWN ? Math.min(...recent.map((l) => l.seq)) : (trace[0]?.seq ?? Infinity);
    const older = mergeStories(story, groupStory).filter((e) => e.seq < from);
    return [...recent, ...eventLines(older, t, lang, leaderOf, OLDER)].slice(0, SHOWN + OLDER);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- errorTextsReady: see above
  }, [trace, story, groupStory, t, lang, errorTextsReady, eventLines]);
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
          <li key={l.seq} className={l.announce ? 'event-announce' : undefined} data-kind={l.kind}>
            <time className="event-time">{formatSimTime(l.time, lang)}</time>
            <span>{l.text}</span>
          </li>
        ))}
      </ol>
    );
  },
  (a, b) =>
    a.lang === b.lang &&
    a.lines.length === b.lines.length &&
    a.lines.every((l, i) => l.seq === b.lines[i]!.seq && l.text === b.lines[i]!.text),
);

/** `value`, taken at most every `ms` of wall time (a change in between waits for its turn); 0: at once. */
function useSampled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(-Infinity);
  useEffect(() => {
    if (value === shown) return;
    // (paused, kept in step too, so playing again starts from the moment shown)
    if (ms === 0) return setShown(value);
    const take = () => {
      last.current = performance.now();
      setShown(value);
    };
    const wait = last.current + ms - performance.now();
    if (wait <= 0) return take();
    const timer = setTimeout(take, wait);
    return () => clearTimeout(timer);
  }, [value, ms, shown]);
  return ms === 0 ? value : shown;
}
