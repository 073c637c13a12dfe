// The device model: the same bytes cost less written or read in order than scattered, on both
// presets, and a busy device queues the next request.
import { describe, expect, it } from 'vitest';
import { DEVICE_PROFILES, StorageDevice, type DeviceKind } from './StorageDevice';

const PAGE = 4096;
const PAGES = 256;

/** 256 pages of one file, in order, one request each. */
function sequential(kind: DeviceKind, op: 'read' | 'write'): StorageDevice {
  const d = new StorageDevice(kind);
  for (let i = 0; i < PAGES; i++) d.submit(op, { file: 1, position: i * PAGE }, PAGE, 0);
  return d;
}

/** The same 256 pages in a scattered order (a stride that never continues the last request). */
function scattered(kind: DeviceKind, op: 'read' | 'write'): StorageDevice {
  const d = new StorageDevice(kind);
  for (let i = 0; i < PAGES; i++) {
    const page = (i * 97) % PAGES;
    d.submit(op, { file: 1, position: page * PAGE }, PAGE, 0);
  }
  return d;
}

describe('StorageDevice', () => {
  for (const kind of ['ssd', 'hdd'] as const)
    for (const op of ['read', 'write'] as const)
      it(`${kind}: ${op}ing the same bytes takes less device time in order than scattered`, () => {
        const seq = sequential(kind, op);
        const rnd = scattered(kind, op);
        const bytes = op === 'read' ? 'readBytes' : 'writeBytes';
        expect(seq.stats[bytes]).toBe(PAGES * PAGE);
        expect(rnd.stats[bytes]).toBe(PAGES * PAGE);
        expect(seq.stats.randomRequests).toBe(1); // only the first request seeks
        expect(rnd.stats.randomRequests).toBe(PAGES);
        expect(seq.stats.busyMs).toBeLessThan(rnd.stats.busyMs);
        // The gap is the access time of every request but the first.
        expect(rnd.stats.busyMs - seq.stats.busyMs).toBeCloseTo(
          (PAGES - 1) * DEVICE_PROFILES[kind].accessMs,
          6,
        );
      });

  it('the HDD pays far more for scattered pages than the SSD', () => {
    const ratio = (kind: DeviceKind): number =>
      scattered(kind, 'write').stats.busyMs / sequential(kind, 'write').stats.busyMs;
    expect(ratio('hdd')).toBeGreaterThan(100);
    expect(ratio('ssd')).toBeGreaterThan(1);
    expect(ratio('hdd')).toBeGreaterThan(ratio('ssd'));
  });

  it('queues requests: the next one starts when the device is free', () => {
    const d = new StorageDevice('hdd');
    const first = d.submit('read', { file: 1, position: 0 }, PAGE, 100);
    const second = d.submit('read', { file: 2, position: 0 }, PAGE, 100);
    expect(first).toBeCloseTo(100 + DEVICE_PROFILES.hdd.accessMs + PAGE / 200_000, 9);
    expect(second).toBeCloseTo(first + DEVICE_PROFILES.hdd.accessMs + PAGE / 200_000, 9);
    // Idle by then: a later request starts at its own time.
    expect(d.submit('read', { file: 2, position: PAGE }, PAGE, 1000)).toBeCloseTo(
      1000 + PAGE / 200_000,
      9,
    );
  });
});
