// The storage panels' data: each broker machine's figures from the store's query, re-read when the
// simulated time moves or an action applies (the query keeps one object per moment).
import type { Lang } from '../../content/i18n';
import type { BrokerStorageView } from '../../engine';
import { useSimStore } from '../../store/simStore';

/** The brokers of the snapshot, by id. */
export function useBrokerIds(): number[] {
  const ids = useSimStore((s) => s.snapshot?.brokers.map((b) => b.id).join(',') ?? '');
  return ids === '' ? [] : ids.split(',').map(Number);
}

export function useBrokerStorage(broker: number): BrokerStorageView | null {
  // `now` and `queries` make the component re-render as the run moves; the query caches by moment.
  useSimStore((s) => s.now);
  const queries = useSimStore((s) => s.queries);
  return queries.brokerStorage(broker);
}

/** A duration of device time: 0.42 ms, 12.7 ms, 1.3 s. */
export function formatDeviceMs(ms: number, lang: Lang): string {
  const loc = lang === 'ko' ? 'ko-KR' : 'en-US';
  if (ms >= 1000) return `${(ms / 1000).toLocaleString(loc, { maximumFractionDigits: 1 })} s`;
  return `${ms.toLocaleString(loc, { maximumFractionDigits: ms < 10 ? 2 : 0 })} ms`;
}

/** A ratio as a percentage with one decimal (null: nothing measured). */
export function formatRatio(r: number | null, lang: Lang): string | null {
  if (r === null) return null;
  const loc = lang === 'ko' ? 'ko-KR' : 'en-US';
  return `${(r * 100).toLocaleString(loc, { maximumFractionDigits: 1 })} %`;
}

/** A memory size in powers of 1024, as the OS gives it: 64 KiB, 1 MiB, 1 GiB. */
export function formatMemory(bytes: number, lang: Lang): string {
  const loc = lang === 'ko' ? 'ko-KR' : 'en-US';
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toLocaleString(loc, { maximumFractionDigits: 1 })} ${units[u]}`;
}
