// The consumer group protocol fetched on demand (lazyModules.ts, consumerProtocolOnDemand.ts): which
// runs need it, and the stand-in the build puts in place of src/engine/sim/consumerGroupProtocol.ts —
// it refuses before loading, then hands out the engine's own classes.
import { describe, expect, it, vi } from 'vitest';
import * as Protocol from '../engine/sim/consumerGroupProtocol';
import * as standIn from './consumerProtocolOnDemand';
import * as ZkMode from '../engine/sim/zookeeperMode';
import * as zkStandIn from './zookeeperModeOnDemand';
import type * as Cleaner from '../engine/log/Cleaner';
import {
  lazyModulesReady,
  loadLazyModules,
  needsConsumerProtocol,
  needsLogCleaner,
  needsStickyAssignors,
  needsZooKeeperMode,
} from './lazyModules';
import { STARTERS } from '../content/scenarios';

describe('the consumer group protocol fetched on demand', () => {
  it('a run naming group.protocol needs it; of the starters only the protocol comparison does', () => {
    expect(
      needsConsumerProtocol({ consumerGroups: [{ config: { 'group.protocol': 'consumer' } }] }),
    ).toBe(true);
    expect(
      needsConsumerProtocol({ do: 'setConfig', key: 'group.protocol', value: 'consumer' }),
    ).toBe(true);
    expect(needsConsumerProtocol({ do: 'setConfig', key: 'session.timeout.ms', value: 10 })).toBe(
      false,
    );
    for (const s of STARTERS)
      expect(needsConsumerProtocol(s.scenario), s.id).toBe(s.id === 'group-classic-vs-consumer');
    // A run that needs nothing is ready and loads nothing.
    expect(lazyModulesReady({ topics: [] })).toBe(true);
  });

  it('the stand-in refuses before loading, then is the engine module', async () => {
    const run = { do: 'setConfig', key: 'group.protocol', value: 'consumer' };
    expect(lazyModulesReady(run)).toBe(false);
    expect(standIn.isConsumerProtocolLoaded()).toBe(false);
    expect(() => new standIn.ConsumerGroup('g')).toThrow(/consumer group protocol.*not loaded/);
    // Nothing is an instance of the placeholder, so classic groups pass `instanceof` checks.
    expect({} instanceof standIn.ConsumerGroup).toBe(false);
    expect(() => standIn.replayConsumerGroup('g', [])).toThrow(/not loaded/);
    await loadLazyModules(run);
    expect(lazyModulesReady(run)).toBe(true);
    expect(standIn.ConsumerGroup).toBe(Protocol.ConsumerGroup);
    expect(standIn.ConsumerGroupHeartbeat).toBe(Protocol.ConsumerGroupHeartbeat);
    expect(standIn.ConsumerMembershipManager).toBe(Protocol.ConsumerMembershipManager);
    expect(standIn.replayConsumerGroup).toBe(Protocol.replayConsumerGroup);
    expect(new standIn.ConsumerGroup('g')).toBeInstanceOf(Protocol.ConsumerGroup);
  });

  it('ZooKeeper mode: only a run naming zookeeper needs it; the stand-in refuses, then is the engine module', async () => {
    expect(needsZooKeeperMode({ cluster: { metadata: 'zookeeper' } })).toBe(true);
    expect(needsZooKeeperMode({ cluster: { metadata: 'kraft' } })).toBe(false);
    for (const s of STARTERS)
      expect(needsZooKeeperMode(s.scenario), s.id).toBe(
        (s.scenario as { cluster?: { metadata?: string } }).cluster?.metadata === 'zookeeper',
      );
    const run = { cluster: { metadata: 'zookeeper' } };
    expect(lazyModulesReady(run)).toBe(false);
    expect(
      () =>
        new zkStandIn.ZooKeeperEnsemble(
          ...([] as unknown as ConstructorParameters<typeof ZkMode.ZooKeeperEnsemble>),
        ),
    ).toThrow(/ZooKeeper mode.*not loaded/);
    expect(() => zkStandIn.ZkPaths.controller).toThrow(/ZooKeeper mode.*not loaded/);
    expect(() => zkStandIn.zookeeperNodeId(4001)).toThrow(/not loaded/);
    await loadLazyModules(run);
    expect(lazyModulesReady(run)).toBe(true);
    expect(zkStandIn.ZooKeeperEnsemble).toBe(ZkMode.ZooKeeperEnsemble);
    expect(zkStandIn.AdminZkClient).toBe(ZkMode.AdminZkClient);
    expect(zkStandIn.KafkaZkServer).toBe(ZkMode.KafkaZkServer);
    expect(zkStandIn.ZkPaths).toBe(ZkMode.ZkPaths);
    expect(zkStandIn.zookeeperNodeId).toBe(ZkMode.zookeeperNodeId);
    expect(zkStandIn.bootstrapZooKeeper).toBe(ZkMode.bootstrapZooKeeper);
    expect(zkStandIn.mirrorZnode).toBe(ZkMode.mirrorZnode);
  });

  it('the sticky assignors: only a run naming sticky needs them; the stand-in refuses, then is the engine module', async () => {
    expect(
      needsStickyAssignors({
        consumerGroups: [{ config: { 'partition.assignment.strategy': 'cooperative-sticky' } }],
      }),
    ).toBe(true);
    expect(
      needsStickyAssignors({
        do: 'setConfig',
        key: 'partition.assignment.strategy',
        value: 'org.apache.kafka.clients.consumer.StickyAssignor',
      }),
    ).toBe(true);
    // The default strategy list [range, cooperative-sticky] elects range: nothing to fetch.
    expect(needsStickyAssignors({ consumerGroups: [{ id: 'g', topics: ['t'] }] })).toBe(false);
    const naming = STARTERS.filter((s) => needsStickyAssignors(s.scenario)).map((s) => s.id);
    expect(naming).toContain('group-eager-vs-cooperative');
    expect(naming.length).toBeLessThan(STARTERS.length / 2);
    // The test setup loads them (as the page has them for most runs): a fresh copy has not.
    vi.resetModules();
    const fresh = await import('./lazyModules');
    const stickyStandIn = await import('./stickyAssignorsOnDemand');
    const run = { do: 'setConfig', key: 'partition.assignment.strategy', value: 'sticky' };
    expect(fresh.lazyModulesReady(run)).toBe(false);
    expect(() => new stickyStandIn.StickyAssignor()).toThrow(/sticky assignors.*not loaded/);
    expect(() => new stickyStandIn.CooperativeStickyAssignor()).toThrow(/not loaded/);
    await fresh.loadLazyModules(run);
    expect(fresh.lazyModulesReady(run)).toBe(true);
    const Sticky = await import('../engine/clients/consumer/stickyAssignors');
    expect(stickyStandIn.StickyAssignor).toBe(Sticky.StickyAssignor);
    expect(stickyStandIn.CooperativeStickyAssignor).toBe(Sticky.CooperativeStickyAssignor);
  });

  it('the log cleaner: a run naming compaction, segments or rolling needs it first; the stand-in refuses, then calls the engine', async () => {
    expect(
      needsLogCleaner({ topics: [{ name: 't', config: { 'cleanup.policy': 'compact' } }] }),
    ).toBe(true);
    expect(needsLogCleaner({ cluster: { config: { 'offsets.topic.segment.bytes': 1 } } })).toBe(
      true,
    );
    expect(needsLogCleaner({ do: 'setConfig', key: 'log.roll.ms', value: 1000 })).toBe(true);
    expect(needsLogCleaner({ consumerGroups: [{ id: 'g', topics: ['t'] }] })).toBe(false);
    for (const s of STARTERS)
      if (
        (s.scenario as { topics?: { config?: Record<string, unknown> }[] }).topics?.some((t) =>
          String(t.config?.['cleanup.policy'] ?? '').includes('compact'),
        )
      )
        expect(needsLogCleaner(s.scenario), s.id).toBe(true);
    // The test setup loads it (as every page does once idle): a fresh copy has not.
    vi.resetModules();
    const fresh = await import('./lazyModules');
    const cleanerStandIn = await import('./logCleanerOnDemand');
    const run = { do: 'setConfig', key: 'cleanup.policy', value: 'compact' };
    expect(fresh.lazyModulesReady(run)).toBe(false);
    const log = {} as Parameters<typeof Cleaner.cleanLog>[0];
    expect(() => cleanerStandIn.cleanLog(log, 0)).toThrow(/log cleaner.*not loaded/);
    await fresh.loadLazyModules(run);
    expect(fresh.lazyModulesReady(run)).toBe(true);
    expect(cleanerStandIn.isLogCleanerLoaded()).toBe(true);
  });
  it('the record batch encoder: a run naming a codec needs it with the codecs; the stand-in refuses, then calls the engine', async () => {
    vi.resetModules();
    const fresh = await import('./lazyModules');
    const encoderStandIn = await import('./recordBatchEncoderOnDemand');
    const Encoder = await import('../engine/record/recordBatchEncoder');
    const run = { do: 'setConfig', key: 'compression.type', value: 'gzip' };
    // (nothing fetched: a run with no codec needs no encoder, its batches' sizes are computed)
    expect(fresh.lazyModulesReady({ do: 'setConfig', key: 'acks', value: '1' })).toBe(true);
    expect(fresh.lazyModulesReady(run)).toBe(false);
    const batch = {
      baseOffset: 0,
      partitionLeaderEpoch: 0,
      baseTimestamp: 0,
      maxTimestamp: 0,
      producerId: -1,
      producerEpoch: -1,
      baseSequence: -1,
      compression: 'none',
      records: [{ offsetDelta: 0, timestampDelta: 0, key: null, value: null, headers: [] }],
    } as Parameters<typeof Encoder.encodeBatch>[0];
    expect(() => encoderStandIn.encodeBatch(batch)).toThrow(/record batch encoder.*not loaded/);
    await fresh.loadLazyModules(run);
    expect(fresh.lazyModulesReady(run)).toBe(true);
    expect(encoderStandIn.isRecordBatchEncoderLoaded()).toBe(true);
    expect(encoderStandIn.encodeBatch(batch)).toEqual(Encoder.encodeBatch(batch));
  });
});
