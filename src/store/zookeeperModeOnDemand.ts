// The page's stand-in for src/engine/sim/zookeeperMode.ts (ZooKeeper mode, ~10 kB gzipped),
// swapped in by vite.config.ts so the first download leaves it out; the same live-binding scheme
// as consumerProtocolOnDemand.ts: placeholders that throw, naming ZooKeeper mode, until load()
// has fetched the real module, then the real classes and functions. The store loads it before a
// run whose scenario names zookeeper (src/store/lazyModules.ts); a KRaft run never touches them.
import type * as ZkMode from '../engine/sim/zookeeperMode';
import { onDemand } from './codecs/onDemand';

const real = onDemand<typeof ZkMode>('ZooKeeper mode', () => import('../engine/sim/zookeeperMode'));

export let ZooKeeperEnsemble: typeof ZkMode.ZooKeeperEnsemble = real.NotLoaded;
export let AdminZkClient: typeof ZkMode.AdminZkClient = real.NotLoaded;
export let KafkaZkServer: typeof ZkMode.KafkaZkServer = real.NotLoaded;
export let ZkPaths: typeof ZkMode.ZkPaths = real.notLoadedObject;
export let zookeeperNodeId = real.call('zookeeperNodeId');
export let bootstrapZooKeeper = real.call('bootstrapZooKeeper');
export let mirrorZnode = real.call('mirrorZnode');
export let zookeeperView = real.call('zookeeperView');

export function isZooKeeperModeLoaded(): boolean {
  return real.isLoaded();
}

export function loadZooKeeperMode(): Promise<void> {
  return real.load().then(() => {
    const m = real.get();
    ZooKeeperEnsemble = m.ZooKeeperEnsemble;
    AdminZkClient = m.AdminZkClient;
    KafkaZkServer = m.KafkaZkServer;
    ZkPaths = m.ZkPaths;
    zookeeperNodeId = m.zookeeperNodeId;
    bootstrapZooKeeper = m.bootstrapZooKeeper;
    mirrorZnode = m.mirrorZnode;
    zookeeperView = m.zookeeperView;
  });
}
