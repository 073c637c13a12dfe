// The engine parts the page fetches on demand, and which run needs which: the codecs
// (lazyCodecs.ts: gzip, zstd decompression, snappy, lz4), KIP-848's consumer group protocol
// (consumerProtocolOnDemand.ts), ZooKeeper mode (zookeeperModeOnDemand.ts), the sticky
// assignors (stickyAssignorsOnDemand.ts), the log cleaner (logCleanerOnDemand.ts) and the record
// batch encoder (recordBatchEncoderOnDemand.ts: a compressed batch's size is its encoded length),
// the last two also fetched once the page is idle (loadWhenIdle). A run that names one anywhere — its scenario, a link's actions,
// an action someone applies — waits for it first; a run that names none fetches nothing. Every
// place the page creates a simulation or applies an action goes through these.
import { lazyCodecsReady, loadLazyCodecs, namesAnywhere, needsLazyCodecs } from './lazyCodecs';
import { isConsumerProtocolLoaded, loadConsumerProtocol } from './consumerProtocolOnDemand';
import { isZooKeeperModeLoaded, loadZooKeeperMode } from './zookeeperModeOnDemand';
import { isStickyAssignorsLoaded, loadStickyAssignors } from './stickyAssignorsOnDemand';
import { isLogCleanerLoaded, loadLogCleaner } from './logCleanerOnDemand';
import { isRecordBatchEncoderLoaded, loadRecordBatchEncoder } from './recordBatchEncoderOnDemand';

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

/**
 * Whether `input` may run a sticky assignor: it names sticky somewhere (partition.assignment.strategy
 * by short or class name; a group elects one only when its members list it first, and the default
 * [range, cooperative-sticky] elects range). A superset (the sticky partitioner too), which only
 * costs a fetch.
 */
export function needsStickyAssignors(input: unknown): boolean {
  return namesAnywhere(input, /sticky/i);
}

/**
 * Whether `input` may clean a log soon: it names compaction (cleanup.policy compact), segments or
 * rolling (what makes a compacted log's segments, __consumer_offsets' included, cleanable early).
 * A superset, which only costs a fetch; any other run has the cleaner long before it needs it
 * (loadWhenIdle).
 */
export function needsLogCleaner(input: unknown): boolean {
  return namesAnywhere(input, /compact|segment|roll/i);
}

/**
 * Run `load` once the page is idle after opening (at the latest after `timeoutMs`): code fetched
 * then is not part of the page's first download.
 */
export function whenPageIdle(load: () => void, timeoutMs = 5000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: timeoutMs });
  else setTimeout(load, Math.min(timeoutMs, 1000));
}

/**
 * Fetch the log cleaner and the record batch encoder once the page is idle after opening (a failed
 * fetch is tried again later): a long run of any scenario finds them.
 */
export function loadWhenIdle(): void {
  whenPageIdle(() => {
    void loadLogCleaner().catch(() => undefined);
    void loadRecordBatchEncoder().catch(() => undefined);
  });
}

/** Whether everything `input` may need is here (true for a run that needs nothing). */
export function lazyModulesReady(input: unknown): boolean {
  return (
    (!needsLazyCodecs(input) || (lazyCodecsReady() && isRecordBatchEncoderLoaded())) &&
    (!needsConsumerProtocol(input) || isConsumerProtocolLoaded()) &&
    (!needsZooKeeperMode(input) || isZooKeeperModeLoaded()) &&
    (!needsStickyAssignors(input) || isStickyAssignorsLoaded()) &&
    (!needsLogCleaner(input) || isLogCleanerLoaded())
  );
}

/** Fetch what `input` may need (once each); resolves at once when it needs nothing. */
export function loadLazyModules(input: unknown): Promise<void> {
  const loads: Promise<void>[] = [];
  if (needsLazyCodecs(input)) loads.push(loadLazyCodecs(), loadRecordBatchEncoder());
  if (needsConsumerProtocol(input)) loads.push(loadConsumerProtocol());
  if (needsZooKeeperMode(input)) loads.push(loadZooKeeperMode());
  if (needsStickyAssignors(input)) loads.push(loadStickyAssignors());
  if (needsLogCleaner(input)) loads.push(loadLogCleaner());
  return Promise.all(loads).then(() => undefined);
}
