// The disk under a broker's log directory: one request at a time (queue depth 1), each costing an
// access time unless it starts where the previous one ended (the head is already there, or the
// SSD's read-ahead/write-combining sees a stream), plus its bytes at the sequential throughput.
// This is why an append-only log is cheap to write and a scan from offset 0 is cheap per byte,
// while the same bytes as scattered 4 KiB pages are not.

/** The simulator's two device presets (cluster.storage.device). */
export type DeviceKind = 'ssd' | 'hdd';

export interface DeviceProfile {
  /** Sequential throughput, bytes per ms (MB/s ÷ 1000). */
  readBytesPerMs: number;
  writeBytesPerMs: number;
  /** Added to a request that does not continue the previous one: seek + rotation, or flash latency. */
  accessMs: number;
}

/**
 * Typical figures, documented in docs/scenario-format.md: a SATA SSD reads 550 MB/s and writes
 * 500 MB/s sequentially with about 0.1 ms per random 4 KiB access at queue depth 1 (≈ 10 000
 * IOPS); a 7200 rpm HDD streams about 200 MB/s and pays an average seek (≈ 8.5 ms) plus half a
 * rotation (4.2 ms) per random access (≈ 80 IOPS).
 */
export const DEVICE_PROFILES: Record<DeviceKind, DeviceProfile> = {
  ssd: { readBytesPerMs: 550_000, writeBytesPerMs: 500_000, accessMs: 0.1 },
  hdd: { readBytesPerMs: 200_000, writeBytesPerMs: 200_000, accessMs: 12.7 },
};

/** Where a request starts on the device: a file and a byte position in it. */
export interface DeviceAddress {
  file: number;
  position: number;
}

/** What the device did over the run (the snapshot's deviceReadBytes, deviceWriteBytes, deviceBusyMs). */
export interface DeviceStats {
  readBytes: number;
  writeBytes: number;
  readRequests: number;
  writeRequests: number;
  /** Of those requests, how many paid the access time (did not continue the previous one). */
  randomRequests: number;
  busyMs: number;
  readBusyMs: number;
  writeBusyMs: number;
}

export class StorageDevice {
  readonly stats: DeviceStats = {
    readBytes: 0,
    writeBytes: 0,
    readRequests: 0,
    writeRequests: 0,
    randomRequests: 0,
    busyMs: 0,
    readBusyMs: 0,
    writeBusyMs: 0,
  };
  /** When the request in progress (or queued last) ends, virtual ms (fractional). */
  private busyUntil = 0;
  /** Where the last request ended: the next one there is sequential. */
  private head: DeviceAddress | null = null;

  constructor(
    readonly kind: DeviceKind,
    readonly profile: DeviceProfile = DEVICE_PROFILES[kind],
  ) {}

  /** The time one request of `bytes` takes: the access time unless sequential, then the transfer. */
  serviceMs(op: 'read' | 'write', bytes: number, sequential: boolean): number {
    const rate = op === 'read' ? this.profile.readBytesPerMs : this.profile.writeBytesPerMs;
    return (sequential ? 0 : this.profile.accessMs) + bytes / rate;
  }

  /**
   * Queue a request at `now`: it starts when the device is free and returns when it ends
   * (fractional virtual ms). Sequential when it starts where the previous request ended.
   */
  submit(op: 'read' | 'write', at: DeviceAddress, bytes: number, now: number): number {
    const sequential =
      this.head !== null && this.head.file === at.file && this.head.position === at.position;
    const ms = this.serviceMs(op, bytes, sequential);
    const start = Math.max(now, this.busyUntil);
    this.busyUntil = start + ms;
    this.head = { file: at.file, position: at.position + bytes };
    const s = this.stats;
    s.busyMs += ms;
    if (!sequential) s.randomRequests++;
    if (op === 'read') {
      s.readBytes += bytes;
      s.readRequests++;
      s.readBusyMs += ms;
    } else {
      s.writeBytes += bytes;
      s.writeRequests++;
      s.writeBusyMs += ms;
    }
    return this.busyUntil;
  }
}
