// The why-fast view's plain-data answer for one broker machine: its device, its page cache with
// every segment file's resident pages (hot) and the rest (cold), writeback sequential vs random,
// and what sending fetch responses cost. Built at the call, copies only.
import type { Simulation } from '../sim/Simulation';
import type { DeviceKind, DeviceProfile, DeviceStats } from './StorageDevice';
import type { PageCacheStats } from './PageCache';
import { PAGE_SIZE } from './PageCache';
import type { LogSegment } from '../log/LogSegment';
import type { FetchKind, FetchPathStats, LastFetch } from './BrokerStorage';

export interface SegmentResidency {
  topic: string;
  partition: number;
  baseOffset: number;
  sizeBytes: number;
  /** Pages the file spans, of them in memory, and of those not yet written to the device. */
  pages: number;
  resident: number;
  dirty: number;
  /** The segment being appended to. */
  active: boolean;
  /** Renamed `.deleted`, waiting for file.delete.delay.ms: its pages go when it is removed. */
  deleted: boolean;
  /**
   * Where the resident (and dirty) pages lie: counts per stretch of the file, oldest bytes first
   * (at most BUCKETS stretches). Null when none is resident, or for a file over MAX_MAPPED_PAGES
   * (only the totals then).
   */
  buckets: { resident: number[]; dirty: number[] } | null;
}

/** Stretches per file in `buckets`, and the largest file mapped page by page (256 MiB). */
const BUCKETS = 48;
const MAX_MAPPED_PAGES = 65536;

export interface BrokerStorageView {
  broker: number;
  device: { kind: DeviceKind; profile: DeviceProfile; stats: DeviceStats };
  pageSize: number;
  pageCacheBytes: number;
  capacityPages: number;
  residentPages: number;
  dirtyPages: number;
  cache: PageCacheStats;
  hitRatio: number | null;
  fetches: Record<FetchKind, FetchPathStats>;
  lastFetch: LastFetch | null;
  /** Every non-empty segment file of every replica on the broker (`.deleted` ones first), by topic and partition. */
  segments: SegmentResidency[];
}

const clone = <T>(x: T): T => structuredClone(x);

export function brokerStorageView(sim: Simulation, broker: number): BrokerStorageView | null {
  const b = sim.brokers.get(broker);
  if (!b) return null;
  const { cache, device } = b.storage;
  cache.settle(sim.now);
  const segments: SegmentResidency[] = [];
  const parts = [...b.replicaManager.partitions.values()].sort(
    (x, y) => x.topic.localeCompare(y.topic) || x.partition - y.partition,
  );
  for (const p of parts) {
    const segs = p.log.segments;
    const add = (s: LogSegment, active: boolean, deleted: boolean): void => {
      if (s.size === 0) return;
      const r = cache.residency(s);
      const pages = Math.ceil(s.size / PAGE_SIZE);
      segments.push({
        topic: p.topic,
        partition: p.partition,
        baseOffset: s.baseOffset,
        sizeBytes: s.size,
        pages,
        resident: r.resident,
        dirty: r.dirty,
        active,
        deleted,
        buckets:
          pages <= MAX_MAPPED_PAGES && r.resident > 0
            ? cache.residencyBuckets(s, pages, BUCKETS)
            : null,
      });
    };
    for (const d of p.log.deletedSegments) add(d.segment, false, true);
    segs.forEach((s, i) => add(s, i === segs.length - 1, false));
  }
  return {
    broker,
    device: { kind: device.kind, profile: clone(device.profile), stats: clone(device.stats) },
    pageSize: PAGE_SIZE,
    pageCacheBytes: b.storage.pageCacheBytes,
    capacityPages: cache.capacityPages,
    residentPages: cache.residentPages,
    dirtyPages: cache.dirtyPages,
    cache: clone(cache.stats),
    hitRatio: cache.hitRatio,
    fetches: clone(b.storage.fetches),
    lastFetch: clone(b.storage.lastFetch),
    segments,
  };
}
