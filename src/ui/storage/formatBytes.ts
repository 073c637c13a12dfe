// Byte counts as the storage view prints them: exact, with the language's digit grouping.
import type { Lang } from '../../content/i18n';

export function formatBytes(n: number, lang: Lang): string {
  return `${n.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US')} B`;
}

/** A short human size for hints: 1 GiB, 10 MiB, 4 KiB, 987 B. */
export function humanBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (Math.abs(v) >= 1024 && u < units.length - 1 && v % 1024 === 0) {
    v /= 1024;
    u++;
  }
  return `${v} ${units[u]}`;
}

/** A short human duration for hints: 7 d, 30 s, 1500 ms. */
export function humanMs(ms: number): string {
  const steps: [number, string][] = [
    [86400000, 'd'],
    [3600000, 'h'],
    [60000, 'min'],
    [1000, 's'],
  ];
  for (const [size, unit] of steps)
    if (ms >= size && ms % size === 0) return `${ms / size} ${unit}`;
  return `${ms} ms`;
}
