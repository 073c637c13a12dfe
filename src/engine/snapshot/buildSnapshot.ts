// Builds the design.md snapshot from a running simulation.
import type { Simulation, SnapshotOptions } from '../sim/Simulation';
import { CONTROLLER_ID } from '../sim/Simulation';
import type { PartitionSnapshot, RecordSnapshot, SegmentSnapshot, Snapshot } from './Snapshot';
import type { UnifiedLog } from '../log/UnifiedLog';
import { groupSnapshot } from './groupSnapshot';
import { isInternalTopic } from '../coordinator/group/OffsetsTopic';

export function buildSnapshot(sim: Simulation, opts: SnapshotOptions): Snapshot {
  const withRecords = opts.records === true;
  const topics: Snapshot['topics'] = [];
  let underReplicated = 0;
  let offline = 0;
  // Internal topics (__consumer_offsets, 50 partitions) only when asked for, as
  // `kafka-topics --exclude-internal` lists them; the metrics follow the listed topics.
  const listed = [...sim.metadata.topics.values()].filter(
    (t) => opts.internalTopics === true || !isInternalTopic(t.name),
  );
  for (const t of listed.sort((a, b) => a.name.localeCompare(b.name))) {
    const partitions: PartitionSnapshot[] = t.partitions.map((reg, partition) => {
      if (reg.leader === null) offline++;
      if (reg.isr.length < reg.replicas.length) underReplicated++;
      const leaderPart =
        reg.leader !== null
          ? sim.brokers.get(reg.leader)?.replicaManager.getPartition(t.name, partition)
          : undefined;
      return {
        partition,
        leader: reg.leader,
        leaderEpoch: reg.leaderEpoch,
        replicas: [...reg.replicas],
        isr: [...reg.isr],
        highWatermark: leaderPart?.log.highWatermark ?? 0,
        logStartOffset: leaderPart?.log.logStartOffset ?? 0,
        replicaStates: reg.replicas.map((broker) => {
          const p = sim.brokers.get(broker)?.replicaManager.getPartition(t.name, partition);
          return {
            broker,
            logEndOffset: p?.log.logEndOffset ?? 0,
            segments: p ? segmentsOf(p.log, withRecords, opts.recordWindow) : [],
          };
        }),
      };
    });
    topics.push({ name: t.name, partitions });
  }

  const highWatermark = (topic: string, partition: number): number | null => {
    const leader = sim.metadata.leaderOf(topic, partition);
    if (leader === null) return null;
    return (
      sim.brokers.get(leader)?.replicaManager.getPartition(topic, partition)?.log.highWatermark ??
      null
    );
  };

  let lost = 0;
  const producers: Snapshot['producers'] = [...sim.producers.values()].map(({ producer }) => {
    for (const a of producer.acked)
      if (!recordSurvives(sim, a.topic, a.partition, a.offset, a.id)) lost++;
    return {
      id: producer.id,
      sent: producer.sent,
      acknowledged: producer.acknowledged,
      failed: producer.failed,
      ...(withRecords
        ? {
            acked: producer.acked.map(({ topic, partition, offset, key }) => ({
              topic,
              partition,
              offset,
              key,
            })),
          }
        : {}),
      errors: producer.errors.slice(0, 1000),
    };
  });

  return {
    time: sim.now,
    controller: { mode: sim.scenario.cluster.metadata ?? 'kraft', leader: CONTROLLER_ID, epoch: 1 },
    brokers: [...sim.brokers.values()].map((b) => {
      const pending = b.pendingRestart();
      return {
        id: b.id,
        status: b.status(sim.metadata),
        ...(b.rack !== undefined ? { rack: b.rack } : {}),
        ...(sim.isIsolated(b.id) ? { isolated: true as const } : {}),
        ...(b.slowFactor > 1 ? { slowFactor: b.slowFactor } : {}),
        ...(pending.length > 0 ? { pendingRestart: [...pending] } : {}),
      };
    }),
    topics,
    producers,
    consumerGroups: [...sim.groups.values()].map((g) => groupSnapshot(sim, g, highWatermark)),
    metrics: {
      UnderReplicatedPartitions: underReplicated,
      OfflinePartitionsCount: offline,
      ActiveControllerCount: 1,
      AcknowledgedRecordsLost: lost,
      IsrShrinks: sim.counters.isrShrinks,
      IsrExpands: sim.counters.isrExpands,
      FailedProduceRequests: Object.fromEntries(
        [...sim.counters.failedProduce].sort(([a], [b]) => a.localeCompare(b)),
      ),
    },
  };
}

function segmentsOf(
  log: UnifiedLog,
  withRecords: boolean,
  recordWindow: number | undefined,
): SegmentSnapshot[] {
  const minOffset = recordWindow !== undefined ? log.logEndOffset - recordWindow : -Infinity;
  return log.segments.map((seg) => {
    const s: SegmentSnapshot = {
      baseOffset: seg.baseOffset,
      sizeBytes: seg.size,
      nextOffset: seg.nextOffset,
      index: seg.offsetIndex.entries.map(([o, p]) => [o, p] as [number, number]),
      timeIndex: seg.timeIndex.entries.map(([t, o]) => [t, o] as [number, number]),
    };
    if (withRecords) {
      const records: RecordSnapshot[] = [];
      for (const b of seg.batches) {
        if (!b.records || b.lastOffset < minOffset) continue;
        for (const r of b.records)
          if (r.offset >= minOffset)
            records.push({ offset: r.offset, key: r.key, value: r.value, timestamp: r.timestamp });
      }
      s.records = records;
    }
    return s;
  });
}

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

function holdsRecord(log: UnifiedLog, offset: number, id: number): boolean {
  if (offset < log.logStartOffset) return true; // removed by retention, not lost
  if (offset >= log.logEndOffset) return false;
  const seg = log.segments[log.segmentIndexFor(offset)];
  const idx = seg?.findBatchIndex(offset) ?? -1;
  const batch = idx >= 0 ? seg!.batches[idx] : undefined;
  if (!batch || batch.baseOffset > offset) return false;
  if (!batch.records) return true; // payload window passed: offsets are all we keep
  return batch.records.some((r) => r.offset === offset && r.id === id);
}
