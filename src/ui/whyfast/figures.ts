// Figures the batching panel prints, read from the snapshot (plain data), and their formats.
import type { Lang } from '../../content/i18n';
import type { Snapshot } from '../../engine';

/** Bytes of the topic's log segments on each partition's leader now (null: no such topic). */
export function topicDiskBytes(s: Snapshot, topic: string): number | null {
  const t = s.topics.find((x) => x.name === topic);
  if (!t) return null;
  let bytes = 0;
  for (const p of t.partitions) {
    const leader = p.replicaStates.find((r) => r.broker === p.leader);
    for (const seg of leader?.segments ?? []) bytes += seg.sizeBytes;
  }
  return bytes;
}

function locale(lang: Lang): string {
  return lang === 'ko' ? 'ko-KR' : 'en-US';
}

/** A number with the language's grouping and at most `digits` decimals. */
export function formatNumber(n: number, lang: Lang, digits = 1): string {
  return n.toLocaleString(locale(lang), { maximumFractionDigits: digits });
}

/** Bytes as B, KB, MB (powers of 1000, as network rates are given), two significant decimals. */
export function formatBytesShort(n: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = n;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v.toLocaleString(locale(lang), { maximumFractionDigits: u === 0 ? 0 : 1 })} ${units[u]}`;
}
