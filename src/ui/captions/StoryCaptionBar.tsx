// A caption bar for the cluster and group views: the latest thing that happened, in Kafka's
// terms (what and why), the one or two before it, and what the scenario has coming up. Each line
// carries its caption key and what it names (data-kind, data-new-leader — not data-leader, the
// partitions' own hook — data-partition, data-group) for tests. Hidden in an embed, whose own
// bar tells the same story in one line.
import { sayCaption } from './sayCaption';
import { useSimStore } from '../../store/simStore';
import { formatSimTime } from '../common/format';
import { useT } from '../common/useT';
import type { StoryItem } from './storyCaption';
import { ToneIcon } from './ToneIcon';
import { UpcomingStrip } from './UpcomingStrip';
import './captions.css';

interface Props {
  testId: string;
  label: string;
  items: readonly StoryItem[];
  /** What the bar says before anything happened. */
  empty: string;
}

function hooks(item: StoryItem) {
  const c = item.caption;
  return {
    'data-kind': c.key,
    'data-seq': item.seq,
    'data-new-leader': c.leader === undefined ? undefined : String(c.leader ?? 'none'),
    'data-partition': c.partition,
    'data-group': c.group,
  };
}

export function StoryCaptionBar({ testId, label, items, empty }: Props) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const [latest, ...before] = items;
  const tone = latest?.caption.tone ?? 'good';
  return (
    <section
      className={`story-caption repl-tone-${tone}`}
      data-testid={testId}
      aria-label={label}
      {...(latest ? hooks(latest) : { 'data-kind': 'captions.none' })}
    >
      <div className="story-caption-main">
        <ToneIcon tone={tone} className="story-caption-icon" />
        <div className="story-caption-body" aria-live="polite" aria-atomic="true">
          <span className="visually-hidden">{t('captions.title')}: </span>
          {/* A new caption fades in (CSS: off with reduced motion and while exporting, so a
              captured frame never depends on the wall clock). */}
          <p
            key={`${latest?.seq ?? 'none'}-${lang}`}
            className="story-caption-text"
            data-testid={`${testId}-text`}
          >
            {latest ? sayCaption(t, lang, latest.caption) : empty}
            {latest?.caption.also && (
              <span className="story-caption-also">
                {' '}
                {t('captions.leader.also', { list: latest.caption.also })}
              </span>
            )}
          </p>
        </div>
        {latest && (
          <span className="story-caption-time">
            {t('captions.at', { time: formatSimTime(latest.time, lang) })}
          </span>
        )}
      </div>
      {before.length > 0 && (
        <ol className="story-caption-before small" aria-label={t('captions.before')}>
          {before.map((item) => (
            <li
              key={item.seq}
              className={`repl-tone-${item.caption.tone}`}
              data-testid={`${testId}-before`}
              {...hooks(item)}
            >
              <ToneIcon tone={item.caption.tone} className="story-caption-icon-small" />
              <span>
                {sayCaption(t, lang, item.caption)}
                {item.caption.also && ` ${t('captions.leader.also', { list: item.caption.also })}`}
              </span>
              <time className="story-caption-time">{formatSimTime(item.time, lang)}</time>
            </li>
          ))}
        </ol>
      )}
      <UpcomingStrip />
    </section>
  );
}
