// Every starter scenario runs headless and tells the story its description promises.
import { describe, expect, it } from 'vitest';
import { brokerStorageView, createSimulation, type Snapshot } from '../../engine';
import { STARTERS, starterText } from './index';
import { startersEn } from '../i18n/starters';
import { startersKo } from '../i18n/starters.ko';

function run(id: string): Snapshot {
  const starter = STARTERS.find((s) => s.id === id);
  if (!starter) throw new Error(`no starter ${id}`);
  const sim = createSimulation(starter.scenario);
  sim.advanceTo(sim.lastActionTime() + 30000);
  return sim.snapshot();
}

describe('starter scenarios', () => {
  it('each has a title and a description in both languages, and no text is left without one', () => {
    const keys = STARTERS.flatMap((s) => [
      starterText(s.id, 'title'),
      starterText(s.id, 'description'),
    ]);
    for (const texts of [startersEn, startersKo] as Record<string, string>[]) {
      expect(Object.keys(texts).sort()).toEqual([...keys].sort());
      for (const k of keys) expect(texts[k]!.trim().length, k).toBeGreaterThan(10);
    }
  });

  it.each(STARTERS.map((s) => s.id))('%s is a valid scenario that runs', (id) => {
    const starter = STARTERS.find((s) => s.id === id)!;
    const sim = createSimulation(starter.scenario);
    sim.advanceTo(sim.lastActionTime() + 30000);
    const snap = sim.snapshot();
    expect(snap.producers.reduce((n, p) => n + p.sent, 0)).toBeGreaterThan(0);
    // With the default page cache (1 GiB) every fetch is served from memory, so no response
    // waits for the disk and the run is the one it was before the storage model existed.
    if (sim.scenario.cluster.storage === undefined)
      for (const b of snap.brokers) {
        const f = brokerStorageView(sim, b.id)!.fetches;
        expect(f.consumer.pageMisses + f.follower.pageMisses, `broker ${b.id}`).toBe(0);
      }
  });

  it('waiting-events: a healthy cluster, nothing lost', () => {
    const snap = run('waiting-events');
    expect(snap.brokers.every((b) => b.status === 'online')).toBe(true);
    expect(snap.metrics).toMatchObject({
      UnderReplicatedPartitions: 0,
      OfflinePartitionsCount: 0,
      AcknowledgedRecordsLost: 0,
    });
  });

  it('compression on vs off: the lz4 producer sends and stores far fewer bytes for the same records', () => {
    const snap = run('fast-compression');
    const [plain, lz4] = ['plain', 'lz4'].map((id) => snap.producers.find((p) => p.id === id)!);
    expect(lz4!.sent).toBe(plain!.sent);
    expect(lz4!.metrics['byte-total']).toBeLessThan(plain!.metrics['byte-total'] / 3);
    expect(plain!.metrics['compression-rate-avg']).toBe(1);
    const logBytes = (topic: string) =>
      snap.topics
        .find((t) => t.name === topic)!
        .partitions[0]!.replicaStates[0]!.segments.reduce((n, s) => n + s.sizeBytes, 0);
    expect(logBytes('lz4-events')).toBeLessThan(logBytes('plain-events') / 3);
  });

  it('two brokers down: NOT_ENOUGH_REPLICAS, yet nothing acknowledged is lost', () => {
    const snap = run('replication-kill-two-brokers');
    expect(snap.metrics.FailedProduceRequests['NOT_ENOUGH_REPLICAS']).toBeGreaterThan(0);
    expect(snap.metrics.AcknowledgedRecordsLost).toBe(0);
  });

  it('acks=1 and a cut-off leader: acknowledged records are lost', () => {
    expect(run('replication-zombie-leader').metrics.AcknowledgedRecordsLost).toBeGreaterThan(0);
  });

  it('unclean election off: nothing acknowledged is lost', () => {
    expect(run('replication-unclean-election-off').metrics.AcknowledgedRecordsLost).toBe(0);
  });

  it('unclean election on: acknowledged records are lost', () => {
    expect(run('replication-unclean-election-on').metrics.AcknowledgedRecordsLost).toBeGreaterThan(
      0,
    );
  });

  it('controlled shutdown and crash: nothing acknowledged is lost', () => {
    expect(run('replication-shutdown-vs-crash').metrics.AcknowledgedRecordsLost).toBe(0);
  });

  it('classic vs consumer protocol: every classic member pauses, no KIP-848 member does', () => {
    const starter = STARTERS.find((s) => s.id === 'group-classic-vs-consumer')!;
    const sim = createSimulation(starter.scenario);
    sim.advanceTo(11900);
    const emptied = new Set<string>();
    for (let t = 11900; t <= 25000; t += 10) {
      sim.advanceTo(t);
      for (const g of sim.snapshot().consumerGroups)
        for (const m of g.members)
          if (!m.id.endsWith('-4') && m.assignment.length === 0) emptied.add(m.id);
    }
    expect([...emptied].sort()).toEqual(['classic-1', 'classic-2', 'classic-3']);
    const [classic, kip848] = sim.snapshot().consumerGroups;
    expect(classic!.protocol).toBe('classic');
    expect(kip848!.protocol).toBe('consumer');
    for (const g of [classic!, kip848!]) {
      expect(g.state).toBe('Stable');
      expect(g.members.flatMap((m) => m.assignment).length).toBe(6);
    }
  });

  it('fast-lagging-consumer: live is served from memory until the replay from offset 0 evicts it', () => {
    const sim = createSimulation(STARTERS.find((s) => s.id === 'fast-lagging-consumer')!.scenario);
    const group = (id: string): number | null =>
      sim.snapshot().consumerGroups.find((g) => g.id === id)!.cacheHitRatio;
    sim.advanceTo(15000);
    expect(group('live')).toBe(1);
    expect(sim.snapshot().brokers[0]!.storage.deviceReadBytes).toBe(0);
    sim.advanceTo(25000);
    expect(group('replay')!).toBeLessThan(0.2);
    expect(group('live')!).toBeLessThan(1);
    expect(sim.snapshot().brokers[0]!.storage.deviceReadBytes).toBeGreaterThan(1024 * 1024);
  });

  it('fast-many-partitions: 32 partitions keep the same disk busy far longer than 1', () => {
    const sim = createSimulation(STARTERS.find((s) => s.id === 'fast-many-partitions')!.scenario);
    sim.advanceTo(20000);
    const [few, many] = sim.snapshot().brokers.map((b) => b.storage);
    // The same bytes arrive on both (the writes differ by the partly filled pages rewritten).
    expect(many!.deviceBusyMs).toBeGreaterThan(10 * few!.deviceBusyMs);
    expect(few!.cacheHitRatio).toBe(1);
    expect(many!.cacheHitRatio).toBe(1);
  });
});
