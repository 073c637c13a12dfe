// The engine parts the page fetches on demand, and which run needs which: the codecs
// (lazyCodecs.ts: gzip, zstd decompression, snappy, lz4), KIP-848's consumer group protocol
// (consumerProtocolOnDemand.ts) and ZooKeeper mode (zookeeperModeOnDemand.ts). A run that names one anywhere — its scenario, a link's actions,
// an action someone applies — waits for it first; a run that names none fetches nothing. Every
// place the page creates a simulation or applies an action goes through these.
import { lazyCodecsReady, loadLazyCodecs, namesAnywhere, needsLazyCodecs } from './lazyCodecs';
import { isConsumerProtocolLoaded, loadConsumerProtocol } from './consumerProtocolOnDemand';
import { isZooKeeperModeLoaded, loadZooKeeperMode } from './zookeeperModeOnDemand';

/**
 * Whether `input` (anything JSON) may run the consumer group protocol: it names group.protocol
 * somewhere (the only way to ask for it; the default is classic). A superset, which only costs a
 * fetch.
 */
export function needsConsumerProtocol(input: unknown): boolean {
  return namesAnywhere(input, /group\.protocol/i);
}

/**
 * Whether `input` may run in ZooKeeper mode: it names zookeeper somewhere (cluster.metadata
 * "zookeeper" is the only way to ask for it). A superset, which only costs a fetch.
 */
export function needsZooKeeperMode(input: unknown): boolean {
  return namesAnywhere(input, /zookeeper/i);
}

/** Whether everything `input` may need is here (true for a run that needs nothing). */
export function lazyModulesReady(input: unknown): boolean {
  return (
    (!needsLazyCodecs(input) || lazyCodecsReady()) &&
    (!needsConsumerProtocol(input) || isConsumerProtocolLoaded()) &&
    (!needsZooKeeperMode(input) || isZooKeeperModeLoaded())
  );
}

/** Fetch what `input` may need (once each); resolves at once when it needs nothing. */
export function loadLazyModules(input: unknown): Promise<void> {
  const loads: Promise<void>[] = [];
  if (needsLazyCodecs(input)) loads.push(loadLazyCodecs());
  if (needsConsumerProtocol(input)) loads.push(loadConsumerProtocol());
  if (needsZooKeeperMode(input)) loads.push(loadZooKeeperMode());
  return Promise.all(loads).then(() => undefined);
}
