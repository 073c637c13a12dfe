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

interface FileState {
  id: number;
  resident: number;
  /** The highest page index ever cached (pages to drop are looked up from 0 to it). */
  maxPage: number;
  /** Each page's slot in the LRU list plus one, by page index (0: not in memory). */
  pageSlots: Int32Array;
  /**
   * Dirty pages as a bitmap by page index (a Set grew and rehashed with every page written), their
   * count, and when the file was first dirtied since it was last clean (the inode's dirtied_when).
   */
  dirtyBits: Uint32Array;
  dirtyPages: number;
  dirtiedWhen: number;
}

/** No slot: the end of the LRU list, or a page not in memory. */
const NONE = -1;

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
  /**
   * Resident pages as a doubly linked list, least recently used first, in slots of typed arrays:
   * each page's file id and index, its neighbours and whether it is dirty; a file's pageSlots
   * find a page's slot. A page used again moves to the tail by relinking, where a Map in LRU order
   * keyed by page took a delete and a set (and rehashed its table as the deleted entries piled
   * up) for every append and read.
   */
  private resident = 0;
  private fileOfSlot = new Int32Array(1024);
  private pageOfSlot = new Int32Array(1024);
  private prevOf = new Int32Array(1024);
  private nextOf = new Int32Array(1024);
  private dirtyOf = new Uint8Array(1024);
  private head = NONE;
  private tail = NONE;
  /** Slots never used yet start here; freed ones are chained through nextOf from `free`. */
  private unused = 0;
  private free = NONE;
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
    return this.resident;
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
    return f ? { resident: f.resident, dirty: f.dirtyPages } : { resident: 0, dirty: 0 };
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
    for (let i = 0; i < pages; i++) {
      const slot = slotOf(f, i);
      if (slot === NONE) continue;
      const b = Math.min(n - 1, Math.floor((i * n) / pages));
      resident[b]!++;
      if (this.dirtyOf[slot] === 1) dirty[b]!++;
    }
    return { resident, dirty };
  }

  /** Whether page `index` of `file` is in memory. */
  isResident(file: object, index: number): boolean {
    const f = this.files.get(file);
    return f !== undefined && slotOf(f, index) !== NONE;
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
    if (position % PAGE_SIZE !== 0 && slotOf(f, first) === NONE) {
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
      const slot = slotOf(f, i);
      if (slot !== NONE) {
        out.hits++;
        if (runStart < 0) this.moveToTail(slot);
        else {
          // Reading the run before it may have evicted this very page (the least recently
          // used): it is put back as it was, a hit all the same.
          const dirty = this.dirtyOf[slot]!;
          endRun(i);
          const still = slotOf(f, i);
          if (still !== NONE) this.moveToTail(still);
          else this.dirtyOf[this.insertAtTail(f, i)] = dirty;
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
      f = {
        id: this.nextFileId++,
        resident: 0,
        maxPage: -1,
        pageSlots: NO_SLOTS,
        dirtyBits: NO_BITS,
        dirtyPages: 0,
        dirtiedWhen: -1,
      };
      this.files.set(file, f);
      this.byId.set(f.id, f);
    }
    return f;
  }

  /** Page `index` of `f` becomes the most recently used (inserted if missing, evicting the LRU). */
  private touch(f: FileState, index: number, dirty: boolean, now: number): void {
    let slot = slotOf(f, index);
    if (slot !== NONE) this.moveToTail(slot);
    else {
      if (this.resident >= this.capacityPages) this.evictOne(now);
      f.resident++;
      if (index > f.maxPage) f.maxPage = index;
      slot = this.insertAtTail(f, index);
    }
    if (dirty && this.dirtyOf[slot] === 0) {
      this.dirtyOf[slot] = 1;
      this.markDirty(f, index, now);
    }
  }

  private markDirty(f: FileState, index: number, now: number): void {
    if (f.dirtyPages === 0) {
      f.dirtiedWhen = now;
      this.dirtyFiles.set(f.id, f);
    }
    const word = index >>> 5;
    if (word >= f.dirtyBits.length) {
      const grown = new Uint32Array(Math.max(word + 1, f.dirtyBits.length * 2, 8));
      grown.set(f.dirtyBits);
      f.dirtyBits = grown;
    }
    f.dirtyBits[word]! |= 1 << (index & 31);
    f.dirtyPages++;
    this.dirtyCount++;
  }

  private evictOne(now: number): void {
    const slot = this.head;
    if (slot === NONE) return;
    const f = this.byId.get(this.fileOfSlot[slot]!)!;
    const index = this.pageOfSlot[slot]!;
    if (this.dirtyOf[slot] === 1) this.writePages(f, [index], now);
    this.removeSlot(f, index, slot);
    f.resident--;
    this.stats.evictions++;
  }

  /** Page `index` of `f` comes into memory at the tail of the LRU list: its slot. */
  private insertAtTail(f: FileState, index: number): number {
    let slot = this.free;
    if (slot !== NONE) this.free = this.nextOf[slot]!;
    else {
      if (this.unused === this.pageOfSlot.length) this.growSlots();
      slot = this.unused++;
    }
    if (index >= f.pageSlots.length) {
      const grown = new Int32Array(Math.max(index + 1, f.pageSlots.length * 2, 16));
      grown.set(f.pageSlots);
      f.pageSlots = grown;
    }
    f.pageSlots[index] = slot + 1;
    this.resident++;
    this.fileOfSlot[slot] = f.id;
    this.pageOfSlot[slot] = index;
    this.dirtyOf[slot] = 0;
    this.prevOf[slot] = this.tail;
    this.nextOf[slot] = NONE;
    if (this.tail === NONE) this.head = slot;
    else this.nextOf[this.tail] = slot;
    this.tail = slot;
    return slot;
  }

  /** A resident page becomes the most recently used. */
  private moveToTail(slot: number): void {
    if (slot === this.tail) return;
    this.unlink(slot);
    this.prevOf[slot] = this.tail;
    this.nextOf[slot] = NONE;
    this.nextOf[this.tail] = slot;
    this.tail = slot;
  }

  /** Page `index` of `f`, in `slot`, leaves memory: the slot is freed. */
  private removeSlot(f: FileState, index: number, slot: number): void {
    this.unlink(slot);
    f.pageSlots[index] = 0;
    this.resident--;
    this.nextOf[slot] = this.free;
    this.free = slot;
  }

  private unlink(slot: number): void {
    const prev = this.prevOf[slot]!;
    const next = this.nextOf[slot]!;
    if (prev === NONE) this.head = next;
    else this.nextOf[prev] = next;
    if (next === NONE) this.tail = prev;
    else this.prevOf[next] = prev;
  }

  private growSlots(): void {
    const n = this.pageOfSlot.length * 2;
    const fileOfSlot = new Int32Array(n);
    const pageOfSlot = new Int32Array(n);
    const prevOf = new Int32Array(n);
    const nextOf = new Int32Array(n);
    const dirtyOf = new Uint8Array(n);
    fileOfSlot.set(this.fileOfSlot);
    pageOfSlot.set(this.pageOfSlot);
    prevOf.set(this.prevOf);
    nextOf.set(this.nextOf);
    dirtyOf.set(this.dirtyOf);
    this.fileOfSlot = fileOfSlot;
    this.pageOfSlot = pageOfSlot;
    this.prevOf = prevOf;
    this.nextOf = nextOf;
    this.dirtyOf = dirtyOf;
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
    const indexes: number[] = [];
    const bits = f.dirtyBits;
    for (let w = 0; w < bits.length; w++) {
      const word = bits[w]!;
      if (word === 0) continue;
      for (let b = 0; b < 32; b++) if (word & (1 << b)) indexes.push(w * 32 + b);
    }
    this.writePages(f, indexes, now);
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
    if (!clearBit(f, index)) return;
    this.dirtyCount--;
    const slot = slotOf(f, index);
    if (slot !== NONE) this.dirtyOf[slot] = 0;
    if (f.dirtyPages === 0) {
      this.dirtyFiles.delete(f.id);
      f.dirtiedWhen = -1;
    }
  }

  /** Drop the resident pages of `f` from page `from` on (dirty ones are discarded). */
  private dropPagesFrom(f: FileState, from: number): void {
    if (f.resident === 0) return;
    for (let index = from; index <= f.maxPage; index++) {
      const slot = slotOf(f, index);
      if (slot === NONE) continue;
      this.removeSlot(f, index, slot);
      f.resident--;
      if (clearBit(f, index)) this.dirtyCount--;
    }
    if (from <= f.maxPage) f.maxPage = from - 1;
    if (f.dirtyPages === 0 && this.dirtyFiles.delete(f.id)) f.dirtiedWhen = -1;
  }
}

const NO_BITS = new Uint32Array(0);
const NO_SLOTS = new Int32Array(0);

/** The LRU slot of page `index` of `f`, or NONE when it is not in memory. */
function slotOf(f: FileState, index: number): number {
  return index < f.pageSlots.length ? f.pageSlots[index]! - 1 : NONE;
}

/** Clears page `index`'s dirty bit in `f`: whether it was set. */
function clearBit(f: FileState, index: number): boolean {
  const word = index >>> 5;
  const mask = 1 << (index & 31);
  if (word >= f.dirtyBits.length || (f.dirtyBits[word]! & mask) === 0) return false;
  f.dirtyBits[word]! &= ~mask;
  f.dirtyPages--;
  return true;
}
