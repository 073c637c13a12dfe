// Why Kafka is fast, measured by the engine (issue #14): a caught-up consumer is served from the
// page cache; a consumer replaying from offset 0 a log larger than the cache reads from the
// device, is slowed by it, and evicts what the caught-up one was about to read; sendfile makes
// fewer copies and mode switches than read()+write(); TLS turns zero-copy off.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../index';
import { brokerStorageView, createSimulation } from '../index';

const MiB = 1024 * 1024;

/** One broker, one partition, 200 records/s of 1 KB; `live` reads at the log end from the start. */
function clicks(
  opts: { replayAt?: number; device?: 'ssd' | 'hdd'; cache?: number } = {},
): Scenario {
  return {
    version: 1,
    seed: 14,
    cluster: {
      brokers: 1,
      storage: { device: opts.device ?? 'hdd', pageCacheBytes: opts.cache ?? MiB },
    },
    topics: [{ name: 'clicks', partitions: 1, replicationFactor: 1 }],
    producers: [
      {
        id: 'p1',
        config: { 'linger.ms': 5 },
        workload: { topic: 'clicks', ratePerSec: 200, valueBytes: 1000 },
      },
    ],
    consumerGroups: [
      { id: 'live', topics: ['clicks'], members: 1 },
      {
        id: 'replay',
        topics: ['clicks'],
        members: 0,
        config: { 'auto.offset.reset': 'earliest' },
        processingMsPerRecord: 2,
      },
    ],
    actions:
      opts.replayAt !== undefined
        ? [{ at: opts.replayAt, do: 'addConsumer', group: 'replay' }]
        : [],
  };
}

function ratio(sim: ReturnType<typeof createSimulation>, group: string): number | null {
  return sim.snapshot().consumerGroups.find((g) => g.id === group)!.cacheHitRatio;
}

describe('page cache and device (why Kafka is fast)', () => {
  it('a consumer at the log end reads only from the page cache', () => {
    const sim = createSimulation(clicks());
    sim.advanceTo(20000);
    const view = brokerStorageView(sim, 1)!;
    // The log is larger than the cache: old pages were evicted, the tail stays hot.
    expect(view.segments.find((s) => s.topic === 'clicks')!.sizeBytes).toBeGreaterThan(3 * MiB);
    expect(view.cache.evictions).toBeGreaterThan(0);
    expect(view.fetches.consumer.pageHits).toBeGreaterThan(1000);
    expect(view.fetches.consumer.pageMisses).toBe(0);
    expect(ratio(sim, 'live')).toBe(1);
    const b = sim.snapshot().brokers[0]!.storage;
    expect(b.cacheHitRatio).toBe(1);
    // No fetch reads the device. At most a page or two is read before a write: a small log's tail
    // page (the group's offset commits, every 5 s) evicted between two appends (whether one is
    // depends on the moments, which the controller quorum's round trips moved).
    expect(b.deviceReadBytes).toBeLessThanOrEqual(2 * 4096);
    // Appends reached the device by writeback only.
    expect(b.deviceWriteBytes).toBeGreaterThan(2 * MiB);
  });

  it('a consumer replaying from offset 0 misses, waits for the device, and evicts the caught-up one', () => {
    const control = createSimulation(clicks());
    control.advanceTo(26000);
    expect(ratio(control, 'live')).toBe(1);

    const sim = createSimulation(clicks({ replayAt: 15000 }));
    let delayed = 0;
    for (let t = 15000; t <= 26000; t += 50) {
      sim.advanceTo(t);
      const last = brokerStorageView(sim, 1)!.lastFetch;
      if (last && last.pageMisses > 0 && last.delayMs > 0) delayed++;
    }
    const replay = ratio(sim, 'replay')!;
    expect(replay).toBeGreaterThanOrEqual(0);
    expect(replay).toBeLessThan(0.2);
    expect(ratio(sim, 'live')!).toBeLessThan(1);
    // Missing pages came from the device, and the responses waited for it.
    expect(sim.snapshot().brokers[0]!.storage.deviceReadBytes).toBeGreaterThan(3 * MiB);
    expect(delayed).toBeGreaterThan(0);
  });

  it('the same replay waits longer on an HDD than on an SSD', () => {
    const lagAt = (device: 'ssd' | 'hdd'): number => {
      const sim = createSimulation(clicks({ replayAt: 15000, device }));
      sim.advanceTo(24000);
      return brokerStorageView(sim, 1)!.device.stats.readBusyMs;
    };
    expect(lagAt('ssd')).toBeLessThan(lagAt('hdd'));
  });

  it('is deterministic: the same seed gives the same figures', () => {
    const run = (): unknown => {
      const sim = createSimulation(clicks({ replayAt: 15000 }));
      sim.advanceTo(30000);
      const s = sim.snapshot();
      return {
        brokers: s.brokers.map((b) => b.storage),
        groups: s.consumerGroups.map((g) => g.cacheHitRatio),
        view: brokerStorageView(sim, 1),
      };
    };
    expect(run()).toEqual(run());
  });

  it('a deleted segment leaves the page cache', () => {
    const s = clicks({ cache: 64 * MiB });
    s.topics[0]!.config = {
      'segment.bytes': 256 * 1024,
      'retention.bytes': 512 * 1024,
      'file.delete.delay.ms': 1000,
    };
    s.cluster.config = { 'log.retention.check.interval.ms': 1000 };
    const sim = createSimulation(s);
    // Retention's first check is at 30 s (log.initial.task.delay.ms); removal 1 s later.
    sim.advanceTo(32000);
    const view = brokerStorageView(sim, 1)!;
    const clicksSegs = view.segments.filter((x) => x.topic === 'clicks' && !x.deleted);
    expect(clicksSegs[0]!.baseOffset).toBeGreaterThan(0); // retention removed the first ones
    // What is resident belongs to files still on disk (the removed files' pages went).
    const resident = view.segments.reduce((n, x) => n + x.resident, 0);
    expect(view.residentPages).toBe(resident);
    expect(view.cache.writtenBytes / 4096).toBeGreaterThan(4 * resident);
  });
});

describe('fetch path: zero-copy vs copy', () => {
  it('sendfile makes no CPU copy and half the mode switches of read()+write()', () => {
    const sim = createSimulation(clicks());
    sim.advanceTo(10000);
    const f = brokerStorageView(sim, 1)!.fetches.consumer;
    expect(f.transfers).toBeGreaterThan(50);
    expect(f.sslTransfers).toBe(0);
    expect(f.actual).toEqual(f.sendfile);
    expect(f.sendfile.cpuCopies).toBe(0);
    expect(f.readWrite.cpuCopies).toBe(2 * f.transfers);
    expect(f.readWrite.cpuCopyBytes).toBe(2 * f.bytes);
    expect(f.sendfile.modeSwitches).toBe(2 * f.transfers);
    expect(f.readWrite.modeSwitches).toBe(4 * f.transfers);
    expect(f.sendfile.dmaCopies).toBe(f.readWrite.dmaCopies);
  });

  it('TLS on the consumers’ connections turns zero-copy off, live', () => {
    const sim = createSimulation(clicks());
    sim.advanceTo(10000);
    const before = structuredClone(brokerStorageView(sim, 1)!.fetches.consumer);
    sim.apply({ do: 'setConfig', target: 'group:live', key: 'security.protocol', value: 'SSL' });
    sim.advanceTo(25000);
    const view = brokerStorageView(sim, 1)!;
    const f = view.fetches.consumer;
    const ssl = f.sslTransfers;
    expect(before.sslTransfers).toBe(0);
    expect(ssl).toBeGreaterThan(100);
    expect(view.lastFetch!.protocol).toBe('SSL');
    expect(view.lastFetch!.path).toBe('ssl');
    // Each TLS transfer: three CPU copies (read, encrypt, write) and four mode switches.
    expect(f.actual.cpuCopies - before.actual.cpuCopies).toBe(3 * ssl);
    expect(f.actual.modeSwitches - before.actual.modeSwitches).toBe(4 * ssl);
    expect(f.actual.cpuCopies).toBeGreaterThan(f.sendfile.cpuCopies);
  });

  it('follower fetches are counted apart from consumer fetches', () => {
    const sim = createSimulation({
      ...clicks(),
      cluster: { brokers: 2 },
      topics: [{ name: 'clicks', partitions: 1, replicationFactor: 2, assignment: [[1, 2]] }],
    });
    sim.advanceTo(10000);
    const leader = brokerStorageView(sim, 1)!;
    expect(leader.fetches.follower.bytes).toBeGreaterThan(0);
    expect(leader.fetches.follower.pageMisses).toBe(0);
    expect(brokerStorageView(sim, 2)!.fetches.follower.bytes).toBe(0);
    // The follower's appends fill its own machine's cache.
    expect(brokerStorageView(sim, 2)!.cache.writtenBytes).toBeGreaterThan(0);
  });

  it('security.inter.broker.protocol=SSL puts the follower fetches on the TLS path', () => {
    const s: Scenario = {
      ...clicks(),
      cluster: { brokers: 2, config: { 'security.inter.broker.protocol': 'SSL' } },
      topics: [{ name: 'clicks', partitions: 1, replicationFactor: 2, assignment: [[1, 2]] }],
    };
    const sim = createSimulation(s);
    sim.advanceTo(10000);
    const f = brokerStorageView(sim, 1)!.fetches;
    expect(f.follower.transfers).toBeGreaterThan(0);
    expect(f.follower.sslTransfers).toBe(f.follower.transfers);
    expect(f.follower.actual.cpuCopies).toBe(3 * f.follower.transfers);
    expect(f.consumer.sslTransfers).toBe(0);
  });

  it('a live change of security.inter.broker.protocol waits for the broker’s restart (read-only)', () => {
    const s: Scenario = {
      ...clicks(),
      cluster: { brokers: 2 },
      topics: [{ name: 'clicks', partitions: 1, replicationFactor: 2, assignment: [[1, 2]] }],
    };
    const sim = createSimulation(s);
    sim.advanceTo(5000);
    sim.apply({
      do: 'setConfig',
      target: 'cluster',
      key: 'security.inter.broker.protocol',
      value: 'SSL',
    });
    sim.advanceTo(10000);
    expect(brokerStorageView(sim, 1)!.fetches.follower.sslTransfers).toBe(0);
    sim.apply({ do: 'killBroker', broker: 2 });
    sim.advanceTo(12000);
    sim.apply({ do: 'restartBroker', broker: 2 });
    sim.advanceTo(40000);
    expect(brokerStorageView(sim, 1)!.fetches.follower.sslTransfers).toBeGreaterThan(0);
  });
});
