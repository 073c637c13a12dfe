// The OS page cache of one broker's machine, as Kafka relies on it: files are cached in 4 KiB
// pages, least recently used first out. A write (an append) lands in the cache as dirty pages and
// returns; Kafka leaves flushing to the OS (log.flush.interval.* unset), so dirty pages reach the
// device by Linux's writeback: the flusher wakes every dirty_writeback_centisecs (5 s) and writes
// the files dirtied more than dirty_expire_centisecs (30 s) ago, and writes at once, oldest files
// first, when dirty pages pass dirty_background_ratio (10 %, here of the cache). A dirty page is
// written before it is evicted. A read takes resident pages from memory and reads the others from
// the device, one request per run of adjacent missing pages.
// Simplified: no read-ahead (every missing page is a miss, so a scan's hit ratio shows what it
// found in memory), no dirty_ratio throttling of writers, and the flusher's work is done when the
// cache is next touched (same result: nothing else reads the cache in between).
import type { StorageDevice } from './StorageDevice';

export const PAGE_SIZE = 4096;
/** vm.dirty_writeback_centisecs = 500. */
export const DIRTY_WRITEBACK_MS = 5000;
/** vm.dirty_expire_centisecs = 3000. */
export const DIRTY_EXPIRE_MS = 30000;
/** vm.dirty_background_ratio = 10. */
export const DIRTY_BACKGROUND_RATIO = 0.1;

/** Page keys are fileId × 2^21 + page index: a file holds at most 8 GiB of pages (segment.bytes ≤ 2 GiB). */
const PAGES_PER_FILE = 2 ** 21;

interface FileState {
  id: number;
  resident: number;
  /** The highest page index ever cached (pages to drop are looked up from 0 to it). */
  maxPage: number;
  /** Dirty page indexes, and when the file was first dirtied since it was last clean (the inode's dirtied_when). */
  dirty: Set<number>;
  dirtiedWhen: number;
}

export interface CacheRead {
  pages: number;
  hits: number;
  misses: number;
  /** When the device has read the missing pages (virtual ms, fractional); `now` when all hit. */
  readyAt: number;
}

export interface PageCacheStats {
  /** Bytes applications wrote (appends, the cleaner's new files). */
  writtenBytes: number;
  hits: number;
  misses: number;
  evictions: number;
  /** Pages written back to the device (by the flusher, or before eviction). */
  writebackPages: number;
  /** The device time those writebacks took, and what the same pages would take as random writes. */
  writebackMs: number;
  randomWritebackMs: number;
}

export class PageCache {
  readonly capacityPages: number;
  readonly stats: PageCacheStats = {
    writtenBytes: 0,
    hits: 0,
    misses: 0,
    evictions: 0,
    writebackPages: 0,
    writebackMs: 0,
    randomWritebackMs: 0,
  };
  /** Resident pages, least recently used first (a Map keeps insertion order); the value: dirty. */
  private lru = new Map<number, boolean>();
  /** The key last moved to the end of `lru` (its most recently used page), -1 once it left. */
  private newest = -1;
  /** Whether `newest` is dirty (its value in `lru`), kept with it. */
  private newestDirty = false;
  private files = new WeakMap<object, FileState>();
  private byId = new Map<number, FileState>();
  /** Files with dirty pages, in the order they were dirtied (oldest first). */
  private dirtyFiles = new Map<number, FileState>();
  private dirtyCount = 0;
  private nextFileId = 0;
  private nextFlush = DIRTY_WRITEBACK_MS;

  constructor(
    capacityBytes: number,
    readonly device: StorageDevice,
  ) {
    this.capacityPages = Math.max(1, Math.floor(capacityBytes / PAGE_SIZE));
  }

  get residentPages(): number {
    return this.lru.size;
  }

  get dirtyPages(): number {
    return this.dirtyCount;
  }

  /** Hits over pages read, or null before any read. */
  get hitRatio(): number | null {
    const n = this.stats.hits + this.stats.misses;
    return n === 0 ? null : this.stats.hits / n;
  }

  /** Pages of `file` in memory, and of those the dirty ones. */
  residency(file: object): { resident: number; dirty: number } {
    const f = this.files.get(file);
    return f ? { resident: f.resident, dirty: f.dirty.size } : { resident: 0, dirty: 0 };
  }

  /**
   * Where in `file` (of `pages` pages) the resident and dirty pages are: counts per bucket of
   * about pages / buckets pages each, oldest bytes first.
   */
  residencyBuckets(
    file: object,
    pages: number,
    buckets: number,
  ): { resident: number[]; dirty: number[] } {
    const n = Math.max(1, Math.min(buckets, pages));
    const resident = new Array<number>(n).fill(0);
    const dirty = new Array<number>(n).fill(0);
    const f = this.files.get(file);
    if (!f || f.resident === 0) return { resident, dirty };
    const base = f.id * PAGES_PER_FILE;
    for (let i = 0; i < pages; i++) {
      const d = this.lru.get(base + i);
      if (d === undefined) continue;
      const b = Math.min(n - 1, Math.floor((i * n) / pages));
      resident[b]!++;
      if (d) dirty[b]!++;
    }
    return { resident, dirty };
  }

  /** Whether page `index` of `file` is in memory. */
  isResident(file: object, index: number): boolean {
    const f = this.files.get(file);
    return f !== undefined && this.lru.has(f.id * PAGES_PER_FILE + index);
  }

  /** write(2) of `bytes` at `position`: the pages become dirty and most recently used. */
  write(file: object, position: number, bytes: number, now: number): void {
    if (bytes <= 0) return;
    this.settle(now);
    this.stats.writtenBytes += bytes;
    const f = this.fileOf(file);
    const first = Math.floor(position / PAGE_SIZE);
    const last = Math.floor((position + bytes - 1) / PAGE_SIZE);
    // A write into the middle of a page that is not in memory reads it first (the rest of it
    // holds data): the tail page of a segment evicted between two appends.
    if (position % PAGE_SIZE !== 0 && !this.lru.has(f.id * PAGES_PER_FILE + first)) {
      this.device.submit('read', { file: f.id, position: first * PAGE_SIZE }, PAGE_SIZE, now);
    }
    for (let i = first; i <= last; i++) this.touch(f, i, true, now);
    if (this.dirtyCount > this.capacityPages * DIRTY_BACKGROUND_RATIO)
      this.backgroundWriteback(now);
  }

  /** read(2)/sendfile(2) of `bytes` at `position`: hits from memory, misses from the device. */
  read(file: object, position: number, bytes: number, now: number): CacheRead {
    const out: CacheRead = { pages: 0, hits: 0, misses: 0, readyAt: now };
    if (bytes <= 0) return out;
    this.settle(now);
    const f = this.fileOf(file);
    const first = Math.floor(position / PAGE_SIZE);
    const last = Math.floor((position + bytes - 1) / PAGE_SIZE);
    let runStart = -1;
    const endRun = (end: number): void => {
      if (runStart < 0) return;
      const pages = end - runStart;
      out.readyAt = this.device.submit(
        'read',
        { file: f.id, position: runStart * PAGE_SIZE },
        pages * PAGE_SIZE,
        now,
      );
      for (let i = runStart; i < end; i++) this.touch(f, i, false, now);
      runStart = -1;
    };
    for (let i = first; i <= last; i++) {
      out.pages++;
      const key = f.id * PAGES_PER_FILE + i;
      const dirty = this.lru.get(key);
      if (dirty !== undefined) {
        out.hits++;
        endRun(i);
        if (key !== this.newest) {
          this.lru.delete(key);
          this.lru.set(key, dirty);
          this.newest = key;
          this.newestDirty = dirty;
        }
      } else {
        out.misses++;
        if (runStart < 0) runStart = i;
      }
    }
    endRun(last + 1);
    this.stats.hits += out.hits;
    this.stats.misses += out.misses;
    return out;
  }

  /** The file was unlinked: its pages leave memory, dirty ones unwritten. */
  dropFile(file: object): void {
    const f = this.files.get(file);
    if (!f) return;
    this.dropPagesFrom(f, 0);
    this.files.delete(file);
    this.byId.delete(f.id);
  }

  /** ftruncate(2) to `size` bytes: pages wholly past it leave memory. */
  truncate(file: object, size: number): void {
    const f = this.files.get(file);
    if (f) this.dropPagesFrom(f, Math.ceil(size / PAGE_SIZE));
  }

  /** Run the flusher's wake-ups due by `now` (each wake-up writes the expired files). */
  settle(now: number): void {
    while (this.nextFlush <= now) {
      if (this.dirtyCount === 0) {
        // Nothing to write: skip to the first wake-up after now.
        this.nextFlush +=
          Math.ceil((now + 1 - this.nextFlush) / DIRTY_WRITEBACK_MS) * DIRTY_WRITEBACK_MS;
        return;
      }
      const t = this.nextFlush;
      this.nextFlush += DIRTY_WRITEBACK_MS;
      for (const f of [...this.dirtyFiles.values()]) {
        if (f.dirtiedWhen > t - DIRTY_EXPIRE_MS) break;
        this.writeback(f, t);
      }
    }
  }

  private fileOf(file: object): FileState {
    let f = this.files.get(file);
    if (!f) {
      f = { id: this.nextFileId++, resident: 0, maxPage: -1, dirty: new Set(), dirtiedWhen: -1 };
      this.files.set(file, f);
      this.byId.set(f.id, f);
    }
    return f;
  }

  /** Page `index` of `f` becomes the most recently used (inserted if missing, evicting the LRU). */
  private touch(f: FileState, index: number, dirty: boolean, now: number): void {
    const key = f.id * PAGES_PER_FILE + index;
    if (key === this.newest) {
      // Already the most recently used (a segment's tail page, appended to again and again):
      // it stays where it is, no lookup.
      if (dirty && !this.newestDirty) {
        this.lru.set(key, true);
        this.newestDirty = true;
        this.markDirty(f, index, now);
      }
      return;
    }
    const was = this.lru.get(key);
    this.newest = key;
    if (was !== undefined) this.lru.delete(key);
    else {
      if (this.lru.size >= this.capacityPages) this.evictOne(now);
      f.resident++;
      if (index > f.maxPage) f.maxPage = index;
    }
    const isDirty = dirty || was === true;
    this.lru.set(key, isDirty);
    this.newestDirty = isDirty;
    if (dirty && was !== true) this.markDirty(f, index, now);
  }

  private markDirty(f: FileState, index: number, now: number): void {
    if (f.dirty.size === 0) {
      f.dirtiedWhen = now;
      this.dirtyFiles.set(f.id, f);
    }
    f.dirty.add(index);
    this.dirtyCount++;
  }

  private evictOne(now: number): void {
    const next = this.lru.entries().next();
    if (next.done) return;
    const [key, dirty] = next.value;
    const f = this.byId.get(Math.floor(key / PAGES_PER_FILE))!;
    const index = key % PAGES_PER_FILE;
    if (dirty) this.writePages(f, [index], now);
    this.lru.delete(key);
    if (key === this.newest) this.newest = -1;
    f.resident--;
    this.stats.evictions++;
  }

  /** Dirty pages above the background threshold: write whole files, oldest dirtied first. */
  private backgroundWriteback(now: number): void {
    const limit = this.capacityPages * DIRTY_BACKGROUND_RATIO;
    for (const f of [...this.dirtyFiles.values()]) {
      if (this.dirtyCount <= limit) return;
      this.writeback(f, now);
    }
  }

  /** Write every dirty page of `f`, in page order: each run of adjacent pages is one request. */
  private writeback(f: FileState, now: number): void {
    this.writePages(
      f,
      [...f.dirty].sort((a, b) => a - b),
      now,
    );
  }

  private writePages(f: FileState, indexes: readonly number[], now: number): void {
    const s = this.stats;
    let i = 0;
    while (i < indexes.length) {
      let j = i + 1;
      while (j < indexes.length && indexes[j] === indexes[j - 1]! + 1) j++;
      const start = indexes[i]!;
      const pages = j - i;
      const before = this.device.stats.busyMs;
      this.device.submit(
        'write',
        { file: f.id, position: start * PAGE_SIZE },
        pages * PAGE_SIZE,
        now,
      );
      s.writebackMs += this.device.stats.busyMs - before;
      s.randomWritebackMs += pages * this.device.serviceMs('write', PAGE_SIZE, false);
      s.writebackPages += pages;
      i = j;
    }
    for (const index of indexes) this.clean(f, index);
  }

  private clean(f: FileState, index: number): void {
    if (!f.dirty.delete(index)) return;
    this.dirtyCount--;
    const key = f.id * PAGES_PER_FILE + index;
    if (this.lru.has(key)) this.lru.set(key, false);
    if (key === this.newest) this.newestDirty = false;
    if (f.dirty.size === 0) {
      this.dirtyFiles.delete(f.id);
      f.dirtiedWhen = -1;
    }
  }

  /** Drop the resident pages of `f` from page `from` on (dirty ones are discarded). */
  private dropPagesFrom(f: FileState, from: number): void {
    if (f.resident === 0) return;
    const base = f.id * PAGES_PER_FILE;
    for (let index = from; index <= f.maxPage; index++) {
      if (!this.lru.delete(base + index)) continue;
      if (base + index === this.newest) this.newest = -1;
      f.resident--;
      if (f.dirty.delete(index)) this.dirtyCount--;
    }
    if (from <= f.maxPage) f.maxPage = from - 1;
    if (f.dirty.size === 0 && this.dirtyFiles.delete(f.id)) f.dirtiedWhen = -1;
  }
}
