// Small display helpers shared by views.
import type { Lang } from '../../content/i18n';

/** Virtual ms → "12.345 s" / "12.345초". */
export function formatSimTime(ms: number, lang: Lang): string {
  const s = (ms / 1000).toFixed(3);
  return lang === 'ko' ? `${s}초` : `${s} s`;
}

/** "topic-p", the form Kafka uses for a partition's directory and the test hooks use. */
export function tpName(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}
