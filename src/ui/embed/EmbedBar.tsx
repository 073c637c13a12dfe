// The embed's own chrome (embed=1): the scenario's title, a one-line "what to watch" that follows
// what the engine does, and a link to the full app at the same moment. Kept to two short lines
// so that the view keeps the room of a 640×400 frame.
import { useMemo } from 'react';
import { findStarter, starterText } from '../../content/scenarios';
import { buildShareUrl } from '../../store/shareLink';
import { useProducerSpecs, useSimStore } from '../../store/simStore';
import { formatSimTime } from '../common/format';
import { useT } from '../common/useT';
import { startReplicationLog, useReplicationLog } from '../captions/storyLog';
import { settingsOf } from '../replication/settings';
import { watchLine } from './watchCaption';
import { startWatchLog, useWatchLog } from './watchLog';
import './embed.css';

// Both logs follow every simulation from its start, so the line is right at any `t`.
startReplicationLog();
startWatchLog();

export function EmbedBar() {
  const t = useT();
  const starterId = useSimStore((s) => s.starterId);
  const starter = starterId ? findStarter(starterId) : undefined;
  const title = starter ? t(starterText(starter.id, 'title')) : t('embed.title.custom');
  return (
    <section className="embed-bar" aria-label={t('embed.bar.label')} data-testid="embed-bar">
      <div className="embed-head">
        <svg className="logo embed-logo" viewBox="0 0 32 32" aria-hidden="true">
          <rect x="3" y="6" width="18" height="5" rx="1.5" />
          <rect x="3" y="13.5" width="24" height="5" rx="1.5" />
          <rect x="3" y="21" width="13" height="5" rx="1.5" />
        </svg>
        <h1 className="embed-title" data-testid="embed-title" title={title}>
          {title}
        </h1>
        <OpenLink />
      </div>
      <WatchCaption intro={starter ? t(starterText(starter.id, 'description')) : null} />
    </section>
  );
}

/** The full app at the moment the embed shows now (paused there: no autoplay, no stop time). */
function OpenLink() {
  const t = useT();
  const now = useSimStore((s) => s.now);
  // Read when `now` changes; the link carries the run (scenario, actions) as the store holds it.
  const href = buildShareUrl(useSimStore.getState(), { t: now, autoplay: false });
  return (
    <a
      className="embed-open"
      data-testid="embed-open"
      href={href}
      target="_blank"
      rel="noopener"
      title={t('embed.open.hint')}
    >
      <span>{t('embed.open')}</span>
      <svg viewBox="0 0 16 16" className="icon" aria-hidden="true">
        <path d="M9 3h4v4M13 3 7.5 8.5M11 9.5V13H3V5h3.5" />
      </svg>
    </a>
  );
}

function WatchCaption({ intro }: { intro: string | null }) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const view = useSimStore((s) => s.view);
  const snapshot = useSimStore((s) => s.snapshot);
  const queries = useSimStore((s) => s.queries);
  const story = useReplicationLog((s) => s.events);
  const watch = useWatchLog((s) => s.events);
  const producerTopic = useProducerSpecs().find((p) => p.workload)?.workload?.topic;
  const line = useMemo(
    () =>
      watchLine({
        view,
        story,
        watch,
        snapshot,
        producerTopic,
        settings: (topic) => settingsOf(queries, topic ?? '', snapshot?.controller.mode),
        intro,
        t,
        lang,
      }),
    [view, story, watch, snapshot, producerTopic, queries, intro, t, lang],
  );
  if (!line) return null;
  const at = line.time === null ? null : formatSimTime(line.time, lang);
  return (
    <p
      className={`embed-watch embed-tone-${line.tone}`}
      data-testid="embed-caption"
      data-kind={line.kind}
      data-seq={line.seq}
      title={at ? `${at} · ${line.text}` : line.text}
    >
      <span className="embed-watch-label">{t('embed.watch.label')}</span>
      <span className="embed-watch-body" aria-live="polite" aria-atomic="true">
        <span className="embed-watch-text" key={`${line.seq}-${lang}`}>
          {line.text}
        </span>
      </span>
      {at && <time className="embed-watch-time">{at}</time>}
    </p>
  );
}
