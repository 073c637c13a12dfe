// The page cache: LRU eviction, appends as dirty pages written back by the flusher (30 s expiry,
// 5 s wake-ups) or before eviction, reads that hit or go to the device, dropped files.
import { describe, expect, it } from 'vitest';
import { DIRTY_EXPIRE_MS, PAGE_SIZE, PageCache } from './PageCache';
import { StorageDevice } from './StorageDevice';

function cache(pages: number, kind: 'ssd' | 'hdd' = 'ssd'): PageCache {
  return new PageCache(pages * PAGE_SIZE, new StorageDevice(kind));
}

describe('PageCache', () => {
  it('serves what was just written from memory, and a cold file from the device', () => {
    const c = cache(16);
    const log = {};
    c.write(log, 0, 3 * PAGE_SIZE, 0);
    const hot = c.read(log, 0, 3 * PAGE_SIZE, 10);
    expect(hot).toEqual({ pages: 3, hits: 3, misses: 0, readyAt: 10 });
    expect(c.device.stats.readBytes).toBe(0);

    const cold = c.read({}, 0, 2 * PAGE_SIZE, 10);
    expect(cold.misses).toBe(2);
    expect(cold.readyAt).toBeGreaterThan(10);
    // Adjacent missing pages are one device request.
    expect(c.device.stats.readRequests).toBe(1);
    expect(c.device.stats.readBytes).toBe(2 * PAGE_SIZE);
  });

  it('evicts the least recently used page, writing it first if dirty', () => {
    const c = cache(40);
    const a = {};
    c.write(a, 0, 3 * PAGE_SIZE, 0); // a:0..2, dirty (under the 10 % background threshold)
    c.read({}, 0, 37 * PAGE_SIZE, 1); // a cold file fills the cache
    c.read(a, 0, PAGE_SIZE, 2); // a:0 becomes the most recent
    const writesBefore = c.device.stats.writeBytes;
    c.read({}, 0, PAGE_SIZE, 3); // one more page evicts a:1, the least recent
    expect(c.isResident(a, 0)).toBe(true);
    expect(c.isResident(a, 1)).toBe(false);
    expect(c.isResident(a, 2)).toBe(true);
    expect(c.stats.evictions).toBe(1);
    // a:1 was dirty: it went to the device before leaving memory.
    expect(writesBefore).toBe(0);
    expect(c.device.stats.writeBytes).toBe(PAGE_SIZE);
    expect(c.stats.writebackPages).toBe(1);
  });

  it('writes dirty pages back once they are 30 s old, at the flusher wake-up, never before', () => {
    const c = cache(64);
    const log = {};
    c.write(log, 0, 5 * PAGE_SIZE, 1000);
    c.settle(1000 + DIRTY_EXPIRE_MS - 1);
    expect(c.dirtyPages).toBe(5);
    expect(c.device.stats.writeBytes).toBe(0);
    c.settle(35000); // the wake-up at 35 s finds them dirty since 1 s: expired
    expect(c.dirtyPages).toBe(0);
    expect(c.device.stats.writeBytes).toBe(5 * PAGE_SIZE);
    // Five adjacent pages: one sequential request, far cheaper than five random writes.
    expect(c.device.stats.writeRequests).toBe(1);
    expect(c.stats.writebackMs).toBeLessThan(c.stats.randomWritebackMs);
    // Written back, still cached: a read hits.
    expect(c.read(log, 0, 5 * PAGE_SIZE, 36000).hits).toBe(5);
  });

  it('starts writing when dirty pages pass 10 % of the cache', () => {
    const c = cache(100);
    const log = {};
    c.write(log, 0, 10 * PAGE_SIZE, 0);
    expect(c.device.stats.writeBytes).toBe(0);
    c.write(log, 10 * PAGE_SIZE, PAGE_SIZE, 0);
    expect(c.dirtyPages).toBe(0);
    expect(c.device.stats.writeBytes).toBe(11 * PAGE_SIZE);
  });

  it('drops an unlinked file and a truncated tail without writing them', () => {
    const c = cache(100);
    const a = {};
    const b = {};
    c.write(a, 0, 4 * PAGE_SIZE, 0);
    c.write(b, 0, 4 * PAGE_SIZE, 0);
    c.dropFile(a);
    expect(c.residency(a)).toEqual({ resident: 0, dirty: 0 });
    c.truncate(b, PAGE_SIZE + 1);
    expect(c.residency(b)).toEqual({ resident: 2, dirty: 2 });
    expect(c.residentPages).toBe(2);
    expect(c.dirtyPages).toBe(2);
    c.settle(60000);
    expect(c.device.stats.writeBytes).toBe(2 * PAGE_SIZE);
  });

  it('reads a partly written page back before appending to it when it was evicted', () => {
    const c = cache(16);
    const log = {};
    c.write(log, 0, 100, 0);
    c.dropFile(log); // as if evicted (the data is on the device in this test's story)
    c.write(log, 100, 100, 1);
    expect(c.device.stats.readBytes).toBe(PAGE_SIZE);
  });

  it('says where in a file the resident and dirty pages lie', () => {
    const c = cache(100);
    const log = {};
    c.write(log, 0, 8 * PAGE_SIZE, 0);
    c.settle(40000); // all written back, still cached
    c.truncate(log, 4 * PAGE_SIZE); // the file keeps pages 0..3
    c.write(log, 4 * PAGE_SIZE, 2 * PAGE_SIZE, 41000); // pages 4, 5 dirty
    expect(c.residencyBuckets(log, 8, 4)).toEqual({
      resident: [2, 2, 2, 0],
      dirty: [0, 0, 2, 0],
    });
    expect(c.residencyBuckets({}, 8, 4)).toEqual({ resident: [0, 0, 0, 0], dirty: [0, 0, 0, 0] });
  });
});
