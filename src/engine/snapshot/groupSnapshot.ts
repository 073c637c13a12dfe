// A consumer group in the snapshot: the state, generation and committed offsets as its
// coordinator holds them, its members as their processes see themselves, and the lag. While no
// broker coordinates the group (its __consumer_offsets partition is leaderless, or its leader is
// down), the group reads Dead — as Kafka's unloaded groups do — and its generation, leader and
// committed offsets are those a new coordinator would load from the partition's best replica.
import type { Simulation } from '../sim/Simulation';
import type { ConsumerGroupApp } from '../sim/ConsumerGroupApp';
import type { ConsumerGroupSnapshot, GroupMemberSnapshot } from './Snapshot';
import { rebalanceProtocolOf } from '../clients/consumer/assignors';
import {
  GROUP_METADATA_TOPIC_NAME,
  parseOffsetsRecord,
  partitionFor,
  type StoredGroup,
} from '../coordinator/group/OffsetsTopic';
import type { CommittedOffset } from '../coordinator/group/GroupMetadataManager';
import type { ConsumerGroup } from '../coordinator/group/modern/consumer/ConsumerGroup';
import { replayConsumerGroup } from '../sim/consumerGroupProtocol';
import { toList } from '../coordinator/group/modern/Assignment';
import type { ConsumerGroupRecord } from '../coordinator/group/OffsetsTopic';
import { tpKey } from '../common/TopicPartition';

export function groupSnapshot(
  sim: Simulation,
  app: ConsumerGroupApp,
  highWatermark: (topic: string, partition: number) => number | null,
): ConsumerGroupSnapshot {
  const n = sim.metadata.partitionCount(GROUP_METADATA_TOPIC_NAME);
  const partition = n > 0 ? partitionFor(app.id, n) : -1;
  const leader = n > 0 ? sim.metadata.leaderOf(GROUP_METADATA_TOPIC_NAME, partition) : null;
  const broker = leader !== null ? sim.brokers.get(leader) : undefined;
  const manager = broker?.running ? broker.groupCoordinator.manager : undefined;
  const loaded = manager?.ownedPartitions.has(partition) === true;
  const group = loaded ? manager!.groups.get(app.id) : undefined;
  const modern: ConsumerGroup | undefined = loaded
    ? manager!.consumerGroups.get(app.id)
    : undefined;

  const stored = loaded ? null : fromLog(sim, app.id, partition);
  const committedList = loaded ? manager!.committed(app.id) : stored!.offsets;
  const byTp = new Map(committedList.map((o) => [tpKey(o), o.offset]));
  const committed: ConsumerGroupSnapshot['committed'] = [];
  const lag: ConsumerGroupSnapshot['lag'] = [];
  for (const topic of app.topics) {
    const count = sim.metadata.partitionCount(topic);
    for (let p = 0; p < count; p++) {
      const offset = byTp.get(tpKey(topic, p));
      if (offset === undefined) continue;
      committed.push({ topic, partition: p, offset });
      const hw = highWatermark(topic, p);
      if (hw !== null) lag.push({ topic, partition: p, lag: Math.max(0, hw - offset) });
    }
  }

  const members: GroupMemberSnapshot[] = [];
  for (const m of app.members.values()) {
    // A crashed process stays listed while the coordinator still counts it as a member.
    const known = group?.members.has(m.memberId) || modern?.members.has(m.memberId);
    if (m.crashed && loaded && !known) continue;
    const held = modern?.members.get(m.memberId);
    members.push({
      id: m.memberId,
      assignment: m.assignment.map((tp) => ({ ...tp })),
      state: m.coordinator.state,
      status: m.status,
      generation: m.coordinator.generation,
      coordinator: m.coordinator.coordinator,
      positions: m.positionsSnapshot(),
      // The member's own protocol: while a group switches, old and new instances differ.
      ...(m.coordinator.groupProtocol === 'consumer'
        ? {
            target: toList(modern?.targetFor(m.memberId) ?? new Map()),
            pendingRevocation: held ? toList(held.partitionsPendingRevocation) : [],
            ...(held ? { reconciliation: held.state } : {}),
          }
        : {}),
    });
  }

  // The kind of group the coordinator holds (or would load); before it holds any, the configured one.
  const kip848 = modern ?? stored?.consumer ?? null;
  const consumer =
    kip848 !== null || (!group && !stored?.group && app.config.groupProtocol === 'consumer');
  const state = loaded ? ((consumer ? modern?.state : group?.state) ?? 'Empty') : 'Dead';
  return {
    id: app.id,
    state,
    generation: consumer
      ? (kip848?.groupEpoch ?? 0)
      : (group?.generationId ?? stored?.group?.generation ?? 0),
    members,
    committed,
    lag,
    consumed: app.consumed,
    redelivered: app.redelivered,
    cacheHitRatio: groupCacheHitRatio(sim, app.id),
    ...(consumer
      ? {
          protocol: 'consumer' as const,
          assignmentEpoch: kip848?.assignmentEpoch ?? 0,
          strategy:
            kip848?.preferredServerAssignor(sim.brokerConfig.consumerGroupAssignors[0]!) ?? null,
          rebalanceProtocol: 'COOPERATIVE' as const,
          leader: null,
        }
      : {
          protocol: 'classic' as const,
          strategy: group?.protocolName ?? stored?.group?.protocol ?? null,
          rebalanceProtocol: rebalanceProtocolOf(app.config.partitionAssignmentStrategy),
          leader: group?.leaderId ?? stored?.group?.leader ?? null,
        }),
    coordinator: { partition, broker: loaded ? leader : null },
    ...(!consumer && group?.state === 'PreparingRebalance' && group.joinDeadline
      ? { joinDeadline: { ...group.joinDeadline } }
      : {}),
  };
}

/** What a coordinator would load: the group's latest records on the best replica. */
function fromLog(
  sim: Simulation,
  groupId: string,
  partition: number,
): { offsets: CommittedOffset[]; group: StoredGroup | null; consumer: ConsumerGroup | null } {
  const reg = sim.metadata.partition(GROUP_METADATA_TOPIC_NAME, partition);
  if (!reg) return { offsets: [], group: null, consumer: null };
  const candidates = [...(reg.leader !== null ? [reg.leader] : []), ...reg.isr, ...reg.replicas];
  for (const b of candidates) {
    const log = sim.brokers
      .get(b)
      ?.replicaManager.getPartition(GROUP_METADATA_TOPIC_NAME, partition)?.log;
    if (!log) continue;
    const offsets = new Map<string, CommittedOffset>();
    let group: StoredGroup | null = null;
    let consumer: ConsumerGroupRecord[] | null = null;
    for (const batch of log.batches())
      for (const r of batch.records ?? []) {
        const rec = parseOffsetsRecord(r.key, r.value);
        if (!rec || rec.group !== groupId) continue;
        if (rec.kind === 'group') {
          group = rec.value;
          consumer = null;
          continue;
        }
        if (rec.kind === 'consumer') {
          (consumer ??= []).push(rec);
          group = null;
          continue;
        }
        const k = tpKey(rec.topic, rec.partition);
        if (rec.offset === null) offsets.delete(k);
        else offsets.set(k, { topic: rec.topic, partition: rec.partition, offset: rec.offset });
      }
    return {
      offsets: [...offsets.values()],
      group,
      consumer: consumer ? replayConsumerGroup(groupId, consumer) : null,
    };
  }
  return { offsets: [], group: null, consumer: null };
}

/** The group's fetches, over every broker: page cache hits over pages read (null before any). */
function groupCacheHitRatio(sim: Simulation, group: string): number | null {
  let hits = 0;
  let misses = 0;
  for (const b of sim.brokers.values()) {
    const g = b.storage.groups.get(group);
    if (!g) continue;
    hits += g.hits;
    misses += g.misses;
  }
  return hits + misses === 0 ? null : hits / (hits + misses);
}
