// One broker machine's storage: its device, the OS page cache over it, and what sending fetch
// responses cost — Kafka's I/O path for the why-fast figures. The machine outlives the broker
// process: a crashed or restarted broker finds its page cache as the OS kept it.
import type { FetchResponse } from '../network/requests';
import type { LogSegment } from '../log/LogSegment';
import type { UnifiedLog } from '../log/UnifiedLog';
import {
  addCopies,
  kafkaPath,
  noCopies,
  transferCost,
  type CopyCounts,
  type SecurityProtocol,
  type TransferPath,
} from '../network/TransportLayer';
import { PageCache } from './PageCache';
import { StorageDevice, type DeviceKind } from './StorageDevice';
import type { ClusterSpec } from '../scenario/Scenario';

/** cluster.storage's defaults: an SSD and 1 GiB of page cache per broker (no starter fills it). */
export const DEFAULT_DEVICE: DeviceKind = 'ssd';
export const DEFAULT_PAGE_CACHE_BYTES = 1024 * 1024 * 1024;

/** cluster.storage with its defaults. */
export function storageOf(cluster: ClusterSpec): { device: DeviceKind; pageCacheBytes: number } {
  return {
    device: cluster.storage?.device ?? DEFAULT_DEVICE,
    pageCacheBytes: cluster.storage?.pageCacheBytes ?? DEFAULT_PAGE_CACHE_BYTES,
  };
}

export type FetchKind = 'consumer' | 'follower';

/** Fetch responses of one kind that carried records, and what sending them cost. */
export interface FetchPathStats {
  responses: number;
  /** transferFrom calls: one per partition and segment file in a response. */
  transfers: number;
  bytes: number;
  pageHits: number;
  pageMisses: number;
  /** Transfers that went through TLS (SslTransportLayer): no zero-copy. */
  sslTransfers: number;
  /** What Kafka's path did, and what sendfile and read()+write() would have done for the same bytes. */
  actual: CopyCounts;
  sendfile: CopyCounts;
  readWrite: CopyCounts;
}

/** The last fetch response with records this broker sent (the why-fast view draws it). */
export interface LastFetch {
  at: number;
  kind: FetchKind;
  /** The fetching node: `consumer:<group>/<member>` or `broker:<id>`. */
  client: string;
  protocol: SecurityProtocol;
  path: TransferPath;
  bytes: number;
  transfers: number;
  pageHits: number;
  pageMisses: number;
  /** Device time spent reading its missing pages, and how much later the response left for it. */
  deviceMs: number;
  delayMs: number;
  actual: CopyCounts;
  sendfile: CopyCounts;
  readWrite: CopyCounts;
  /** Sequence number of this broker's fetch responses with records (a new one is a new fetch). */
  seq: number;
}

/** One range of a segment file a response sends. */
interface FileRange {
  segment: LogSegment;
  position: number;
  bytes: number;
}

function emptyStats(): FetchPathStats {
  return {
    responses: 0,
    transfers: 0,
    bytes: 0,
    pageHits: 0,
    pageMisses: 0,
    sslTransfers: 0,
    actual: noCopies(),
    sendfile: noCopies(),
    readWrite: noCopies(),
  };
}

export class BrokerStorage {
  readonly device: StorageDevice;
  readonly cache: PageCache;
  readonly fetches: Record<FetchKind, FetchPathStats> = {
    consumer: emptyStats(),
    follower: emptyStats(),
  };
  /** Page hits and misses of each consumer group's fetches from this broker. */
  readonly groups = new Map<string, { hits: number; misses: number }>();
  lastFetch: LastFetch | null = null;

  constructor(
    device: DeviceKind = DEFAULT_DEVICE,
    readonly pageCacheBytes: number = DEFAULT_PAGE_CACHE_BYTES,
  ) {
    this.device = new StorageDevice(device);
    this.cache = new PageCache(pageCacheBytes, this.device);
  }

  /**
   * Sends `response`'s records: each file range through the page cache, then through the
   * connection's transport. Returns when the bytes are ready to go (virtual ms, fractional):
   * `now` unless pages had to come from the device.
   */
  sendFetchResponse(
    response: FetchResponse,
    logOf: (topic: string, partition: number) => UnifiedLog | undefined,
    client: string,
    protocol: SecurityProtocol,
    now: number,
  ): number {
    const ranges = fileRanges(response, logOf);
    if (ranges.length === 0) return now;
    const kind: FetchKind = client.startsWith('broker:') ? 'follower' : 'consumer';
    const path = kafkaPath(protocol);
    const s = this.fetches[kind];
    const f: LastFetch = {
      at: now,
      kind,
      client,
      protocol,
      path,
      bytes: 0,
      transfers: 0,
      pageHits: 0,
      pageMisses: 0,
      deviceMs: 0,
      delayMs: 0,
      actual: noCopies(),
      sendfile: noCopies(),
      readWrite: noCopies(),
      seq: (this.lastFetch?.seq ?? 0) + 1,
    };
    const busyBefore = this.device.stats.readBusyMs;
    let readyAt = now;
    for (const r of ranges) {
      const read = this.cache.read(r.segment, r.position, r.bytes, now);
      readyAt = Math.max(readyAt, read.readyAt);
      const fromDevice = read.misses > 0;
      f.bytes += r.bytes;
      f.transfers++;
      f.pageHits += read.hits;
      f.pageMisses += read.misses;
      addCopies(f.actual, transferCost(path, r.bytes, fromDevice));
      addCopies(f.sendfile, transferCost('sendfile', r.bytes, fromDevice));
      addCopies(f.readWrite, transferCost('readWrite', r.bytes, fromDevice));
    }
    f.deviceMs = this.device.stats.readBusyMs - busyBefore;
    f.delayMs = Math.ceil(readyAt) - now;
    s.responses++;
    s.transfers += f.transfers;
    s.bytes += f.bytes;
    s.pageHits += f.pageHits;
    s.pageMisses += f.pageMisses;
    if (path === 'ssl') s.sslTransfers += f.transfers;
    addCopies(s.actual, f.actual);
    addCopies(s.sendfile, f.sendfile);
    addCopies(s.readWrite, f.readWrite);
    const group = groupOf(client);
    if (group !== null) {
      let g = this.groups.get(group);
      if (!g) this.groups.set(group, (g = { hits: 0, misses: 0 }));
      g.hits += f.pageHits;
      g.misses += f.pageMisses;
    }
    this.lastFetch = f;
    return readyAt;
  }
}

/** `consumer:<group>/<member>` → the group (the client id a broker sees); null for a broker. */
export function groupOf(client: string): string | null {
  if (!client.startsWith('consumer:')) return null;
  const slash = client.lastIndexOf('/');
  return client.slice('consumer:'.length, slash < 0 ? undefined : slash);
}

/**
 * The segment file ranges a response sends: adjacent batches of one segment are one range. Each
 * batch's segment is the one whose range holds its base offset; a partition's log is looked up
 * once and its segment list searched again only when a batch leaves the segment found last.
 */
function fileRanges(
  response: FetchResponse,
  logOf: (topic: string, partition: number) => UnifiedLog | undefined,
): FileRange[] {
  const out: FileRange[] = [];
  for (const p of response.partitions) {
    if (p.batches.length === 0) continue;
    const log = logOf(p.topic, p.partition);
    if (!log) continue;
    const segments = log.segments;
    let cur: FileRange | null = null;
    let segment: LogSegment | undefined;
    /** The base offsets bounding `segment`'s range: [from, until). */
    let from = Infinity;
    let until = -Infinity;
    for (const b of p.batches) {
      if (b.baseOffset < from || b.baseOffset >= until) {
        const i = log.segmentIndexFor(b.baseOffset);
        segment = segments[i];
        from = segment ? segment.baseOffset : -Infinity;
        until = segments[i + 1]?.baseOffset ?? Infinity;
      }
      if (!segment) continue;
      if (cur && cur.segment === segment && cur.position + cur.bytes === b.position) {
        cur.bytes += b.sizeBytes;
        continue;
      }
      cur = { segment, position: b.position, bytes: b.sizeBytes };
      out.push(cur);
    }
  }
  return out;
}
