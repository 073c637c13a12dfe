// Builds the design.md snapshot from a running simulation.
import type { Simulation, SnapshotOptions } from '../sim/Simulation';
import { controllerSnapshot } from './controllerSnapshot';
import type {
  BrokerStorageSnapshot,
  PartitionSnapshot,
  RecordSnapshot,
  SegmentSnapshot,
  Snapshot,
  TopicSnapshot,
} from './Snapshot';
import type { PartitionRegistration, TopicImage } from '../controller/MetadataImage';
import type { BrokerStorage } from '../storage/BrokerStorage';
import type { UnifiedLog } from '../log/UnifiedLog';
import type { LogSegment } from '../log/LogSegment';
import type { AbstractIndex } from '../log/AbstractIndex';
import type { AckedRecords } from '../clients/producer/AckedRecords';
import { groupSnapshot } from './groupSnapshot';
import { isInternalTopic } from '../coordinator/group/OffsetsTopic';

/**
 * The snapshot of `sim` now. What did not change since the last snapshot of the same simulation
 * with the same options (replicaCache) is the same object as in that one: at 10,000 partition
 * replicas most are idle between two frames, and rebuilding each replica's segments (and the
 * store comparing them again) was most of a frame's work. Only the partitions the simulation marked
 * changed since then (DirtyPartitions) are looked at: walking all 10,000 to find the few hundred
 * that moved was most of what remained. `reuse: false` builds every part anew (tests compare the
 * two).
 */
export function buildSnapshot(
  sim: Simulation,
  opts: SnapshotOptions,
  { reuse = true }: { reuse?: boolean } = {},
): Snapshot {
  const withRecords = opts.records === true;
  const cache = reuse ? replicaCache(sim, opts) : null;
  // (taken by a new cache too: the next snapshot starts from this one)
  const taken = cache ? sim.snapshotDirty.take() : null;
  const changed = cache?.primed ? taken : null;
  if (cache) {
    cache.primed = true;
    cache.looked = 0;
  }
  const topics: Snapshot['topics'] = [];
  let underReplicated = 0;
  let offline = 0;
  // Internal topics (__consumer_offsets, 50 partitions) only when asked for, as
  // `kafka-topics --exclude-internal` lists them; the metrics follow the listed topics.
  const listed = [...sim.metadata.topics.values()].filter(
    (t) => opts.internalTopics === true || !isInternalTopic(t.name),
  );
  for (const t of listed.sort((a, b) => a.name.localeCompare(b.name))) {
    const previous = cache?.topics.get(t.name);
    const sameShape =
      previous !== undefined && previous.topic.partitions.length === t.partitions.length;
    const dirty = changed !== null && sameShape ? changed.get(t.name) : null;
    let entry = previous!;
    if (dirty !== undefined) {
      entry = topicSnapshot(sim, cache, t, sameShape ? previous.topic : undefined, dirty, {
        withRecords,
        recordWindow: opts.recordWindow,
      });
      cache?.topics.set(t.name, entry);
    }
    underReplicated += entry.underReplicated;
    offline += entry.offline;
    topics.push(entry.topic);
  }

  const highWatermark = (topic: string, partition: number): number | null => {
    const leader = sim.metadata.leaderOf(topic, partition);
    if (leader === null) return null;
    return (
      sim.brokers.get(leader)?.replicaManager.getPartition(topic, partition)?.log.highWatermark ??
      null
    );
  };

  const lost = acknowledgedRecordsLost(sim);
  const producers: Snapshot['producers'] = [...sim.producers.values()].map(({ producer }) => {
    return {
      id: producer.id,
      sent: producer.sent,
      acknowledged: producer.acknowledged,
      failed: producer.failed,
      ...(withRecords && opts.acked !== false
        ? {
            acked: [...producer.acked].map(({ topic, partition, offset, key }) => ({
              topic,
              partition,
              offset,
              key,
            })),
          }
        : {}),
      errors: producer.errors.slice(0, 1000),
      metrics: producer.metrics.snapshot(sim.now),
    };
  });

  return {
    time: sim.now,
    controller: controllerSnapshot(sim),
    brokers: [...sim.brokers.values()].map((b) => {
      const pending = b.pendingRestart();
      return {
        id: b.id,
        status: b.status(sim.metadata),
        ...(b.rack !== undefined ? { rack: b.rack } : {}),
        ...(sim.isIsolated(b.id) ? { isolated: true as const } : {}),
        ...(b.slowFactor > 1 ? { slowFactor: b.slowFactor } : {}),
        ...(pending.length > 0 ? { pendingRestart: [...pending] } : {}),
        storage: storageSnapshot(b.storage, sim.now),
      };
    }),
    topics,
    producers,
    consumerGroups: [...sim.groups.values()].map((g) => groupSnapshot(sim, g, highWatermark)),
    metrics: {
      UnderReplicatedPartitions: underReplicated,
      OfflinePartitionsCount: offline,
      // Kafka's metric summed over the controllers: an isolated old leader still counts itself.
      ActiveControllerCount: sim.zookeeper
        ? [...sim.brokers.values()].filter((b) => b.isUp() && b.zk?.controller.isActive).length
        : [...sim.controllers.values()].filter((c) => c.isUp() && c.controller.isActive).length,
      AcknowledgedRecordsLost: lost,
      IsrShrinks: sim.counters.isrShrinks,
      IsrExpands: sim.counters.isrExpands,
      FailedProduceRequests: Object.fromEntries(
        [...sim.counters.failedProduce].sort(([a], [b]) => a.localeCompare(b)),
      ),
    },
  };
}

interface Detail {
  withRecords: boolean;
  recordWindow: number | undefined;
}

/** A topic in the snapshot, with the metrics its partitions add up to. */
interface TopicEntry {
  topic: TopicSnapshot;
  underReplicated: number;
  offline: number;
}

/**
 * `t` in the snapshot: `previous` with the partitions in `dirty` looked at again (null: every
 * partition). Partitions that did not change keep their objects, and so does the whole topic.
 */
function topicSnapshot(
  sim: Simulation,
  cache: ReplicaCache | null,
  t: TopicImage,
  previous: TopicSnapshot | undefined,
  dirty: ReadonlySet<number> | null,
  detail: Detail,
): TopicEntry {
  const partitions = previous ? previous.partitions.slice() : new Array<PartitionSnapshot>();
  let same = previous !== undefined;
  const look = (partition: number) => {
    const reg = t.partitions[partition];
    if (!reg) return;
    if (cache) cache.looked++;
    const p = partitionSnapshot(
      sim,
      cache,
      t.name,
      partition,
      reg,
      previous?.partitions[partition],
      detail,
    );
    if (p !== partitions[partition]) same = false;
    partitions[partition] = p;
  };
  if (dirty) for (const partition of dirty) look(partition);
  else for (let partition = 0; partition < t.partitions.length; partition++) look(partition);
  const topic = same ? previous! : { name: t.name, partitions };
  let underReplicated = 0;
  let offline = 0;
  for (const p of topic.partitions) {
    if (p.leader === null) offline++;
    if (p.isr.length < p.replicas.length) underReplicated++;
  }
  return { topic, underReplicated, offline };
}

/** One partition in the snapshot: `before` itself when nothing it shows has changed. */
function partitionSnapshot(
  sim: Simulation,
  cache: ReplicaCache | null,
  topic: string,
  partition: number,
  reg: PartitionRegistration,
  before: PartitionSnapshot | undefined,
  { withRecords, recordWindow }: Detail,
): PartitionSnapshot {
  const leaderLog =
    reg.leader !== null
      ? sim.brokers.get(reg.leader)?.replicaManager.getPartition(topic, partition)?.log
      : undefined;
  const highWatermark = leaderLog?.highWatermark ?? 0;
  const logStartOffset = leaderLog?.logStartOffset ?? 0;
  const logs = reg.replicas.map(
    (broker) => sim.brokers.get(broker)?.replicaManager.getPartition(topic, partition)?.log,
  );
  const segments = logs.map((log) =>
    log ? replicaSegments(cache, log, withRecords, recordWindow) : NO_SEGMENTS,
  );
  // Compared before anything is built: a partition marked changed may show nothing new.
  if (
    before &&
    before.leader === reg.leader &&
    before.leaderEpoch === reg.leaderEpoch &&
    before.highWatermark === highWatermark &&
    before.logStartOffset === logStartOffset &&
    sameNumbers(before.replicas, reg.replicas) &&
    sameNumbers(before.isr, reg.isr) &&
    before.replicaStates.every(
      (r, i) =>
        r.logEndOffset === (logs[i]?.logEndOffset ?? 0) &&
        r.highWatermark === (logs[i]?.highWatermark ?? 0) &&
        (r.segments === segments[i] || (r.segments.length === 0 && segments[i]!.length === 0)),
    )
  )
    return before;
  return {
    partition,
    leader: reg.leader,
    leaderEpoch: reg.leaderEpoch,
    // (the last snapshot's lists while they hold the same brokers: a snapshot's arrays are its own)
    replicas:
      before && sameNumbers(before.replicas, reg.replicas) ? before.replicas : [...reg.replicas],
    isr: before && sameNumbers(before.isr, reg.isr) ? before.isr : [...reg.isr],
    highWatermark,
    logStartOffset,
    replicaStates: reg.replicas.map((broker, i) => {
      const was = before?.replicaStates[i];
      const logEndOffset = logs[i]?.logEndOffset ?? 0;
      const replicaHw = logs[i]?.highWatermark ?? 0;
      // A replica that did not move keeps its object (its partition's leader or HW did).
      if (
        was?.broker === broker &&
        was.logEndOffset === logEndOffset &&
        was.highWatermark === replicaHw &&
        was.segments === segments[i]
      )
        return was;
      return {
        broker,
        logEndOffset,
        highWatermark: replicaHw,
        // (a fresh empty list each time, as before: a snapshot's arrays are its own)
        segments: segments[i] === NO_SEGMENTS ? [] : segments[i]!,
      };
    }),
  };
}

/**
 * What the last snapshot of one simulation (with one set of options) built: each topic, and each
 * replica log's segments with what they were built from. One simulation at a time (the page's
 * live one): a snapshot of another starts afresh, so a paused checkpoint holds no copy.
 */
interface ReplicaCache {
  /** Held weakly: the cache does not keep a simulation the page has let go of alive. */
  sim: WeakRef<Simulation>;
  options: string;
  /** Whether a snapshot was built from it: then only the partitions marked since are looked at. */
  primed: boolean;
  /** Partitions the last snapshot looked at (for tests). */
  looked: number;
  topics: Map<string, TopicEntry>;
  logs: WeakMap<UnifiedLog, LogEntry>;
}

/** One log's segments in the last snapshot and what they were built from (replicaSegments). */
interface LogEntry {
  list: LogSegment[];
  count: number;
  rewrites: number;
  active: LogSegment;
  size: number;
  next: number;
  index: number;
  timeIndex: number;
  segments: SegmentSnapshot[];
}

let lastCache: ReplicaCache | null = null;

function replicaCache(sim: Simulation, opts: SnapshotOptions): ReplicaCache {
  const options = `${opts.records === true}/${opts.recordWindow ?? ''}`;
  if (lastCache?.sim.deref() !== sim || lastCache.options !== options)
    lastCache = {
      sim: new WeakRef(sim),
      options,
      primed: false,
      looked: 0,
      topics: new Map(),
      logs: new WeakMap(),
    };
  return lastCache;
}

/** An empty segment list, compared by identity (a snapshot gets a fresh [] of its own). */
const NO_SEGMENTS: SegmentSnapshot[] = [];

/**
 * A log's segments in the snapshot, reused while what they are built from is unchanged. Appends
 * move the active segment's size and next offset (records, payload trimming and index entries
 * come with them); a roll adds a segment or replaces an empty active one; retention replaces the
 * segment list; truncation and compaction count in `rewrites`. An inactive segment changes in no
 * other way.
 */
function replicaSegments(
  cache: ReplicaCache | null,
  log: UnifiedLog,
  withRecords: boolean,
  recordWindow: number | undefined,
): SegmentSnapshot[] {
  if (!cache) return segmentsOf(log, withRecords, recordWindow);
  const active = log.activeSegment;
  const hit = cache.logs.get(log);
  if (
    hit &&
    hit.list === log.segments &&
    hit.count === log.segments.length &&
    hit.rewrites === log.rewrites &&
    hit.active === active &&
    hit.size === active.size &&
    hit.next === active.nextOffset &&
    hit.index === active.offsetIndex.size &&
    hit.timeIndex === active.timeIndex.size
  )
    return hit.segments;
  const segments = segmentsOf(log, withRecords, recordWindow, hit?.segments);
  cache.logs.set(log, {
    list: log.segments,
    count: log.segments.length,
    rewrites: log.rewrites,
    active,
    size: active.size,
    next: active.nextOffset,
    index: active.offsetIndex.size,
    timeIndex: active.timeIndex.size,
    segments,
  });
  return segments;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function storageSnapshot(s: BrokerStorage, now: number): BrokerStorageSnapshot {
  // The flusher's wake-ups due by now, so the device's figures are the ones at this moment.
  s.cache.settle(now);
  const d = s.device.stats;
  return {
    pageCacheBytes: s.pageCacheBytes,
    cacheHitRatio: s.cache.hitRatio,
    deviceReadBytes: d.readBytes,
    deviceWriteBytes: d.writeBytes,
    deviceBusyMs: d.busyMs,
  };
}

/**
 * A log's segments in the snapshot. What is unchanged since `previous` (the last build of the same
 * log) keeps its objects — each record, a whole segment — so the store's structural sharing meets
 * them at once instead of comparing them field by field.
 */
function segmentsOf(
  log: UnifiedLog,
  withRecords: boolean,
  recordWindow: number | undefined,
  previous: readonly SegmentSnapshot[] = [],
): SegmentSnapshot[] {
  const minOffset = recordWindow !== undefined ? log.logEndOffset - recordWindow : -Infinity;
  let j = 0;
  return log.segments.map((seg) => {
    while (j < previous.length && previous[j]!.baseOffset < seg.baseOffset) j++;
    const prev = previous[j]?.baseOffset === seg.baseOffset ? previous[j] : undefined;
    const index = sharedCopy(seg.offsetIndex, log.rewrites);
    const timeIndex = sharedCopy(seg.timeIndex, log.rewrites);
    let same =
      prev !== undefined &&
      prev.sizeBytes === seg.size &&
      prev.nextOffset === seg.nextOffset &&
      prev.index === index &&
      prev.timeIndex === timeIndex;
    const s: SegmentSnapshot = {
      baseOffset: seg.baseOffset,
      sizeBytes: seg.size,
      nextOffset: seg.nextOffset,
      index,
      timeIndex,
    };
    if (withRecords) {
      const old = prev?.records ?? [];
      let k = 0;
      // Only the batches inside the window: walk back from the newest (a segment holds thousands).
      const batches = seg.batches;
      let first = batches.length;
      while (first > 0 && batches.lastOffset(first - 1) >= minOffset) first--;
      const records: RecordSnapshot[] = [];
      for (let i = first; i < batches.length; i++) {
        const kept = batches.records(i);
        if (!kept) continue;
        for (const r of kept) {
          if (r.offset < minOffset) continue;
          while (k < old.length && old[k]!.offset < r.offset) k++;
          const o = old[k];
          // Read once: a workload's record builds its value when read (WorkloadRecord).
          const value = r.value;
          records.push(
            o?.offset === r.offset &&
              o.key === r.key &&
              o.value === value &&
              o.timestamp === r.timestamp
              ? o
              : { offset: r.offset, key: r.key, value, timestamp: r.timestamp },
          );
        }
      }
      same &&= records.length === old.length && records.every((r, i) => r === old[i]);
      s.records = records;
    }
    return same ? prev! : s;
  });
}

/**
 * The metric AcknowledgedRecordsLost: acknowledged records no longer where consumers read them.
 * Checking every acknowledged record at every snapshot grows with the run (the page snapshots
 * every frame: at 1,000 records/s that was 40 ms a frame after 12 s, 160 ms after a minute), so
 * each simulation keeps what it found. A record found there stays there until its partition's
 * holders change (leader, epoch, the ISR while leaderless, a replica's log replaced) or a holder's
 * log rewrites records (`UnifiedLog.rewrites`: truncation, compaction); appends, retention and
 * payload trimming cannot lose it. So a snapshot checks the records acknowledged since the last
 * one and re-checks the ones found lost (a lost record can reappear, e.g. when its payload is
 * trimmed); when any partition's holders or rewrites moved, it checks everything again. Same
 * count as checking everything (snapshot/lostRecords.test.ts compares them under faults).
 * Records older than the producer's window (AckedRecords) are counted by offset range each time.
 */
export function acknowledgedRecordsLost(sim: Simulation): number {
  let cache = lostCaches.get(sim);
  const sigs = new Map<string, string>();
  const sigOf = (topic: string, partition: number): string => {
    const k = `${topic}\u0000${partition}`;
    let sig = sigs.get(k);
    if (sig === undefined) {
      sig = holdersSignature(sim, topic, partition);
      sigs.set(k, sig);
    }
    return sig;
  };
  if (cache) {
    for (const [k, sig] of cache.sigs) {
      const sep = k.indexOf('\u0000');
      if (sigOf(k.slice(0, sep), Number(k.slice(sep + 1))) !== sig) {
        cache = undefined;
        break;
      }
    }
  }
  if (!cache) {
    cache = { sigs: new Map(), producers: new Map(), lastChecked: 0 };
    lostCaches.set(sim, cache);
  }
  let lost = 0;
  let checked = 0;
  for (const { producer } of sim.producers.values()) {
    const acked = producer.acked;
    let seen = cache.producers.get(producer.id);
    if (!seen || seen.acked !== acked || seen.checked > acked.length) {
      seen = { acked, checked: 0, lost: [] };
      cache.producers.set(producer.id, seen);
    }
    const stillLost: number[] = [];
    // Records that left the window are counted by offset range below.
    const from = Math.max(seen.checked, acked.windowStart);
    checked += seen.lost.length + acked.length - from;
    for (const i of seen.lost) {
      if (i < acked.windowStart) continue;
      const a = acked.at(i);
      if (!recordSurvives(sim, a.topic, a.partition, a.offset, a.id)) stillLost.push(i);
    }
    // The records acknowledged since the last check.
    let i = from - 1;
    for (const a of acked.from(from)) {
      i++;
      const k = `${a.topic}\u0000${a.partition}`;
      if (!cache.sigs.has(k)) cache.sigs.set(k, sigOf(a.topic, a.partition));
      if (!recordSurvives(sim, a.topic, a.partition, a.offset, a.id)) stillLost.push(i);
    }
    seen.checked = acked.length;
    seen.lost = stillLost;
    lost += stillLost.length + acked.olderLost((t, p) => holdersLogEnd(sim, t, p));
  }
  cache.lastChecked = checked;
  return lost;
}

/** How many partitions the last snapshot of `sim` looked at (for tests). */
export function lastPartitionsLooked(sim: Simulation): number {
  return lastCache?.sim.deref() === sim ? lastCache.looked : 0;
}

/** How many acknowledged records the last count of `sim` looked at (for tests). */
export function lastLostRecordChecks(sim: Simulation): number {
  return lostCaches.get(sim)?.lastChecked ?? 0;
}

/** Replica logs whose index copies one warmSnapshotCaches call brings up to date, at most. */
export const WARM_REPLICAS_PER_CALL = 1000;

/**
 * Bring the caches a snapshot builds on up to date without building one: the lost-record check
 * and the copies of the segment indexes. A paused simulation (a time-travel checkpoint) warmed
 * this way pays at its next snapshot only for what happened since, not for the whole run. The
 * index copies are warmed WARM_REPLICAS_PER_CALL replicas at a time, each call going on where
 * the last stopped: the time machine warms after every slice of a checkpoint it builds, and a walk
 * over 30,000 replicas (50 brokers, 10,000 partitions) was 60 ms each time, on the page's thread.
 * A smaller cluster is walked whole at every call, as before.
 */
export function warmSnapshotCaches(sim: Simulation): void {
  acknowledgedRecordsLost(sim);
  let cursor = warmCursors.get(sim);
  // A walk under way goes on, and wraps round to the start at most once.
  let fresh = cursor === undefined;
  let warmed = 0;
  while (warmed < WARM_REPLICAS_PER_CALL) {
    cursor ??= replicaLogs(sim);
    const next = cursor.next();
    if (next.done) {
      cursor = undefined;
      if (fresh) break;
      fresh = true;
      continue;
    }
    warmed++;
    const log = next.value;
    for (const seg of log.segments) {
      sharedCopy(seg.offsetIndex, log.rewrites);
      sharedCopy(seg.timeIndex, log.rewrites);
    }
  }
  if (cursor) warmCursors.set(sim, cursor);
  else warmCursors.delete(sim);
  warmedCounts.set(sim, warmed);
}

/** How many replica logs the last warmSnapshotCaches of `sim` brought up to date (for tests). */
export function lastWarmedReplicas(sim: Simulation): number {
  return warmedCounts.get(sim) ?? 0;
}

const warmCursors = new WeakMap<Simulation, Iterator<UnifiedLog>>();
const warmedCounts = new WeakMap<Simulation, number>();

/** Every listed topic's replica logs, topic by topic, partition by partition. */
function* replicaLogs(sim: Simulation): Generator<UnifiedLog> {
  for (const t of sim.metadata.topics.values()) {
    if (isInternalTopic(t.name)) continue; // listed only when asked for
    for (let partition = 0; partition < t.partitions.length; partition++)
      for (const broker of t.partitions[partition]!.replicas) {
        const log = sim.brokers.get(broker)?.replicaManager.getPartition(t.name, partition)?.log;
        if (log) yield log;
      }
  }
}

/** The same count, checking every acknowledged record (for tests). */
export function acknowledgedRecordsLostUncached(sim: Simulation): number {
  let lost = 0;
  for (const { producer } of sim.producers.values()) {
    for (const a of producer.acked)
      if (!recordSurvives(sim, a.topic, a.partition, a.offset, a.id)) lost++;
    lost += producer.acked.olderLost((t, p) => holdersLogEnd(sim, t, p));
  }
  return lost;
}

interface LostCache {
  /** Per topic-partition with acknowledged records: its holders' signature when last checked. */
  sigs: Map<string, string>;
  /** Per producer: its acked list, how much of it was checked, and which entries were lost. */
  producers: Map<string, { acked: AckedRecords; checked: number; lost: number[] }>;
  /** Records the last count looked at (tests see what a snapshot after a seek re-checks). */
  lastChecked: number;
}

const lostCaches = new WeakMap<Simulation, LostCache>();
const logIds = new WeakMap<UnifiedLog, number>();
let nextLogId = 0;

/** What recordSurvives depends on, apart from appends: who holds the partition, and their logs. */
function holdersSignature(sim: Simulation, topic: string, partition: number): string {
  const reg = sim.metadata.partition(topic, partition);
  if (!reg) return '-';
  const holders = reg.leader !== null ? [reg.leader] : reg.isr;
  let sig = `${reg.leader ?? '-'}/${reg.leaderEpoch}`;
  for (const broker of holders) {
    const log = sim.brokers.get(broker)?.replicaManager.getPartition(topic, partition)?.log;
    if (!log) {
      sig += ` ${broker}:-`;
      continue;
    }
    let id = logIds.get(log);
    if (id === undefined) {
      id = nextLogId++;
      logIds.set(log, id);
    }
    sig += ` ${broker}:${id}:${log.rewrites}`;
  }
  return sig;
}

/**
 * A copy of an index's entries for the snapshot that shares what it can with the previous copy:
 * the same array while the index is unchanged, the same entry pairs while it only grows. Indexes
 * only grow at the end until their log rewrites records (truncation: `rewrites` moves; the last
 * entry copied is checked against the source too), so successive snapshots compare cheaply (the
 * store's shareEqual meets identical objects).
 */
function sharedCopy(index: AbstractIndex, rewrites: number): [number, number][] {
  const cached = indexCopies.get(index);
  const prev = cached?.rewrites === rewrites ? cached.copy : undefined;
  const n = prev?.length ?? 0;
  const last = n > 0 ? prev![n - 1]! : undefined;
  const prefixHolds =
    prev !== undefined &&
    n <= index.size &&
    (n === 0 || (index.key(n - 1) === last![0] && index.value(n - 1) === last![1]));
  if (prefixHolds && n === index.size) return prev;
  const copy: [number, number][] = prefixHolds ? prev.slice() : [];
  for (let i = copy.length; i < index.size; i++) copy.push([index.key(i), index.value(i)]);
  indexCopies.set(index, { rewrites, copy });
  return copy;
}

const indexCopies = new WeakMap<AbstractIndex, { rewrites: number; copy: [number, number][] }>();

/** Is this acknowledged record still there for consumers (or cleanly recoverable)? */
function recordSurvives(
  sim: Simulation,
  topic: string,
  partition: number,
  offset: number,
  id: number,
): boolean {
  const reg = sim.metadata.partition(topic, partition);
  if (!reg) return false;
  // Readable where it counts: in the current leader's log. A leaderless partition keeps it if
  // an ISR member holds it (it can come back cleanly); an out-of-sync replica does not count.
  const holders = reg.leader !== null ? [reg.leader] : reg.isr;
  for (const broker of holders) {
    const log = sim.brokers.get(broker)?.replicaManager.getPartition(topic, partition)?.log;
    if (log && holdsRecord(log, offset, id)) return true;
  }
  return false;
}

/**
 * How far the partition's holders (as recordSurvives picks them) reach: the furthest log end, 0
 * when none holds it. An acknowledged record beyond the producer's window (offsets only) survives
 * below it.
 */
function holdersLogEnd(sim: Simulation, topic: string, partition: number): number {
  const reg = sim.metadata.partition(topic, partition);
  if (!reg) return 0;
  let end = 0;
  for (const broker of reg.leader !== null ? [reg.leader] : reg.isr) {
    const log = sim.brokers.get(broker)?.replicaManager.getPartition(topic, partition)?.log;
    if (log && log.logEndOffset > end) end = log.logEndOffset;
  }
  return end;
}

function holdsRecord(log: UnifiedLog, offset: number, id: number): boolean {
  if (offset < log.logStartOffset) return true; // removed by retention, not lost
  if (offset >= log.logEndOffset) return false;
  // Below the cleaner's checkpoint a compacted topic keeps only each key's latest record: an
  // offset with no record there was compacted away (a later record of its key superseded it),
  // not lost. A different record at the offset is a loss (truncated and written over).
  const compacted = log.cleanerCheckpoint !== null && offset < log.cleanerCheckpoint;
  const found = batchHolding(log, offset);
  if (!found) return compacted;
  const base = found.seg.batches.baseOffset(found.idx);
  if (base > offset) return compacted;
  const records = found.seg.batches.records(found.idx);
  if (!records) return true; // payload window passed: offsets are all we keep
  // Records sit at offset − base unless compaction removed some.
  const direct = records[offset - base];
  const at = direct?.offset === offset ? direct : records.find((r) => r.offset === offset);
  return at ? at.id === id : compacted;
}

/**
 * The batch of `log` whose offsets cover `offset` (or the one the index search lands on). A
 * partition's acknowledged records come in offset order, so the last batch found per log usually
 * holds the next one too: a check of every record after a seek (a checkpoint has no cache of
 * what it found) then costs a comparison per record instead of an index search.
 */
function batchHolding(log: UnifiedLog, offset: number): BatchMemo | undefined {
  const memo = lastBatches.get(log);
  if (memo && memo.rewrites === log.rewrites && offset >= log.logStartOffset) {
    // The same batch, or one of the next few of its segment (one record per batch is common).
    const batches = memo.seg.batches;
    for (let j = memo.idx; j < batches.length && j < memo.idx + 8; j++) {
      if (batches.baseOffset(j) > offset) break;
      if (offset <= batches.lastOffset(j)) {
        memo.idx = j;
        return memo;
      }
    }
  }
  const seg = log.segments[log.segmentIndexFor(offset)];
  const idx = seg?.findBatchIndex(offset) ?? -1;
  if (idx < 0 || idx >= seg!.batches.length) return undefined;
  const found = { seg: seg!, idx, rewrites: log.rewrites };
  lastBatches.set(log, found);
  return found;
}

/** A batch of a log by its segment and index (read through the segment's columns). */
interface BatchMemo {
  seg: LogSegment;
  idx: number;
  rewrites: number;
}

const lastBatches = new WeakMap<UnifiedLog, BatchMemo>();
