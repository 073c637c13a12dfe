// The caption over the replication view (the last important event for the partition on
// screen, in plain words) and the short story of the events before it. The words, the story log
// and the icon are shared with the cluster and group views' captions (src/ui/captions).
import { AnimatePresence, motion } from 'framer-motion';
import type { PartitionSnapshot } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { formatSimTime } from '../common/format';
import { useT } from '../common/useT';
import {
  captionFor,
  concerns,
  isrBefore,
  type Caption,
  type CaptionSettings,
} from '../captions/captionText';
import { ToneIcon } from '../captions/ToneIcon';
import { ERROR_VISIBLE_MS } from './model';
import { partitionKey, useReplicationLog } from '../captions/storyLog';

/** Events in the story list under the metrics. */
const HISTORY = 6;

export interface StoryItem {
  seq: number;
  time: number;
  caption: Caption;
}

export interface Story {
  /** The last change of state: a broker, the ISR, a leader, a log. */
  caption: StoryItem | null;
  /** A produce error streak still going on, shown under the caption. */
  error: StoryItem | null;
  history: StoryItem[];
}

export function useStory(
  topic: string,
  partition: PartitionSnapshot,
  settings: CaptionSettings,
  now: number,
): Story {
  const events = useReplicationLog((s) => s.events);
  const errors = useReplicationLog((s) => s.errors);
  const focus = { topic, partition: partition.partition, replicas: partition.replicas };
  const items: StoryItem[] = [];
  let caption: StoryItem | null = null;
  let error: StoryItem | null = null;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (!concerns(e, focus)) continue;
    const isProduce = e.type === 'produce.failed';
    const wanted = items.length < HISTORY || (isProduce ? !error : !caption);
    if (wanted) {
      const isr = isrBefore(events, i, focus, partition.isr);
      const item = { seq: e.seq, time: e.time, caption: captionFor(e, settings, isr) };
      if (items.length < HISTORY) items.push(item);
      if (isProduce) error ??= item;
      else caption ??= item;
    }
    if (caption && error && items.length >= HISTORY) break;
  }
  // The error line stays while the producer keeps failing there.
  const last = errors[partitionKey(topic, partition.partition)]?.last;
  const ongoing =
    error && last && now - last.at < ERROR_VISIBLE_MS && error.seq > (caption?.seq ?? -1);
  return { caption, error: ongoing ? error : null, history: items };
}

export function CaptionBar({
  caption,
  error,
}: {
  caption: StoryItem | null;
  error: StoryItem | null;
}) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const tone = caption?.caption.tone ?? 'good';
  return (
    <div
      className={`repl-caption repl-tone-${tone}`}
      data-testid="repl-caption"
      data-kind={caption?.caption.key ?? 'caption.none'}
      data-seq={caption?.seq ?? ''}
    >
      <ToneIcon tone={tone} />
      <div className="repl-caption-body" aria-live="polite" aria-atomic="true">
        <span className="visually-hidden">{t('repl.caption.title')}: </span>
        <AnimatePresence mode="wait" initial={false}>
          <motion.p
            key={`${caption?.seq ?? 'none'}-${lang}`}
            initial={{ opacity: 0, y: 4 }}
            animate={{ opacity: 1, y: 0 }}
            exit={{ opacity: 0 }}
            transition={{ duration: 0.2 }}
            data-testid="repl-caption-text"
          >
            {caption ? t(caption.caption.key, caption.caption.params) : t('caption.none')}
          </motion.p>
        </AnimatePresence>
      </div>
      {caption && (
        <span className="repl-caption-time">
          {t('repl.caption.at', { time: formatSimTime(caption.time, lang) })}
        </span>
      )}
      {error && (
        <p
          className={`repl-caption-error repl-tone-${error.caption.tone}`}
          data-testid="repl-caption-error"
          data-kind={error.caption.key}
          role="status"
        >
          <ToneIcon tone={error.caption.tone} />
          <span>{t(error.caption.key, error.caption.params)}</span>
          <span className="repl-caption-time">
            {t('repl.caption.at', { time: formatSimTime(error.time, lang) })}
          </span>
        </p>
      )}
    </div>
  );
}

export function StoryList({ items }: { items: StoryItem[] }) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  return (
    <section className="repl-story card" aria-label={t('repl.history.title')}>
      <h3>{t('repl.history.title')}</h3>
      {items.length === 0 ? (
        <p className="muted small">{t('repl.history.empty')}</p>
      ) : (
        <ol>
          {items.map((item) => (
            <li key={item.seq} className={`repl-tone-${item.caption.tone}`}>
              <time>{formatSimTime(item.time, lang)}</time>
              <span>{t(item.caption.key, item.caption.params)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
