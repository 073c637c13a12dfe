// Placeholders of a step's text: `{hw}` is filled from the snapshot of the moment shown, by the
// query its step declares in `vars` ({ "hw": { "q": "hw", "topic": "payments", "partition": 0 } }).
// Each query reads the Snapshot only (plain data; never the Simulation), so the player resolves
// them from the store's snapshot and the headless runner from the engine's, with the same code.
// A query that has no answer at that moment (an offline partition's leader, an idle member's
// partitions) returns undefined: the runner test fails on it, the player shows the name.
import { murmur2, toPositive } from '../../engine';
import type {
  PartitionSnapshot,
  ReplicaStateSnapshot,
  SegmentSnapshot,
  Snapshot,
} from '../../engine';
import { format, type Lang } from '../i18n';
import type { VarSpec, WalkthroughStep } from './format';

type Value = string | number | undefined;

function partitionOf(s: Snapshot, topic: string, p: number): PartitionSnapshot | undefined {
  return s.topics.find((t) => t.name === topic)?.partitions.find((x) => x.partition === p);
}

/** The replica a storage query reads: the named broker's, else the leader's. */
function replicaOf(
  s: Snapshot,
  topic: string,
  p: number,
  broker: number | undefined,
): ReplicaStateSnapshot | undefined {
  const part = partitionOf(s, topic, p);
  if (!part) return undefined;
  const b = broker ?? part.leader;
  if (b === null) return undefined;
  return part.replicaStates.find((r) => r.broker === b);
}

/** A segment file's name as Kafka writes it: the base offset in 20 digits. */
export function segmentName(baseOffset: number): string {
  return String(baseOffset).padStart(20, '0');
}

/** The segment an offset lives in: the last one whose base offset is ≤ offset (and that holds it). */
function segmentFor(r: ReplicaStateSnapshot, offset: number): SegmentSnapshot | undefined {
  let found: SegmentSnapshot | undefined;
  for (const seg of r.segments) if (seg.baseOffset <= offset) found = seg;
  return found && offset < found.nextOffset ? found : undefined;
}

/** The sparse index's answer for `offset`: its greatest entry ≤ offset, or the segment start. */
function indexFloor(seg: SegmentSnapshot, offset: number): [number, number] {
  let best: [number, number] = [seg.baseOffset, 0];
  for (const e of seg.index) if (e[0] <= offset && e[0] >= best[0]) best = e;
  return best;
}

function list(xs: readonly (number | string)[]): string | undefined {
  return xs.length === 0 ? undefined : xs.join(', ');
}

/** A figure with `digits` decimals; undefined while it has none. */
function fixed(v: number | null | undefined, digits: number): string | undefined {
  return v === null || v === undefined ? undefined : v.toFixed(digits);
}

/** Bytes, digits grouped (1,234,567). */
function bytes(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function keyPartition(key: string, partitions: number): number {
  return toPositive(murmur2(new TextEncoder().encode(key))) % partitions;
}

/** The value of one placeholder query at the snapshot's moment; undefined when it has none. */
export function resolveVar(spec: VarSpec, s: Snapshot): Value {
  switch (spec.q) {
    case 'time':
      return (s.time / 1000).toFixed(1);
    case 'onlineBrokers':
      return s.brokers.filter((b) => b.status === 'online').length;
    case 'controller':
      return s.controller.leader ?? undefined;
    case 'controllerEpoch':
      return s.controller.epoch;
    case 'brokerStatus':
      return s.brokers.find((b) => b.id === spec.broker)?.status;
    case 'partitionCount':
      return s.topics.find((t) => t.name === spec.topic)?.partitions.length;
    case 'hw':
    case 'leader':
    case 'leaderEpoch':
    case 'isr':
    case 'isrSize':
    case 'replicas':
    case 'followers':
    case 'logEnd':
    case 'logStart': {
      const p = partitionOf(s, spec.topic, spec.partition);
      if (!p) return undefined;
      switch (spec.q) {
        case 'hw':
          return p.highWatermark;
        case 'leader':
          return p.leader ?? undefined;
        case 'leaderEpoch':
          return p.leaderEpoch;
        case 'isr':
          return list(p.isr);
        case 'isrSize':
          return p.isr.length;
        case 'replicas':
          return list(p.replicas);
        case 'followers':
          return list(p.replicas.filter((b) => b !== p.leader));
        case 'logEnd':
          return p.replicaStates.find((r) => r.broker === p.leader)?.logEndOffset;
        case 'logStart':
          return p.logStartOffset;
      }
      return undefined;
    }
    case 'leo':
      return partitionOf(s, spec.topic, spec.partition)?.replicaStates.find(
        (r) => r.broker === spec.broker,
      )?.logEndOffset;
    case 'keyPartition': {
      const n = s.topics.find((t) => t.name === spec.topic)?.partitions.length;
      return n ? keyPartition(spec.key, n) : undefined;
    }
    case 'sent':
    case 'acknowledged':
    case 'failed':
    case 'lastError': {
      const p = s.producers.find((x) => x.id === spec.producer);
      if (!p) return undefined;
      return spec.q === 'lastError' ? p.errors.at(-1)?.error : p[spec.q];
    }
    case 'failedWith':
      return s.metrics.FailedProduceRequests[spec.error] ?? 0;
    case 'lost':
      return s.metrics.AcknowledgedRecordsLost;
    case 'isrShrinks':
      return s.metrics.IsrShrinks;
    case 'isrExpands':
      return s.metrics.IsrExpands;
    case 'offlinePartitions':
      return s.metrics.OfflinePartitionsCount;
    case 'underReplicated':
      return s.metrics.UnderReplicatedPartitions;
    case 'members':
    case 'generation':
    case 'groupState':
    case 'idleMembers':
    case 'idleCount':
    case 'lag':
    case 'consumed': {
      const g = s.consumerGroups.find((x) => x.id === spec.group);
      if (!g) return undefined;
      const idle = g.members.filter((m) => m.assignment.length === 0).map((m) => m.id);
      switch (spec.q) {
        case 'members':
          return g.members.length;
        case 'generation':
          return g.generation;
        case 'groupState':
          return g.state;
        case 'idleMembers':
          return list(idle);
        case 'idleCount':
          return idle.length;
        case 'lag':
          return g.lag.reduce((sum, l) => sum + l.lag, 0);
        case 'consumed':
          return g.consumed;
      }
      return undefined;
    }
    case 'assignment':
    case 'assignedCount': {
      const m = s.consumerGroups
        .find((x) => x.id === spec.group)
        ?.members.find((x) => x.id === spec.member);
      if (!m) return undefined;
      if (spec.q === 'assignedCount') return m.assignment.length;
      return list(m.assignment.map((a) => `${a.topic}-${a.partition}`));
    }
    case 'committed':
      return s.consumerGroups
        .find((x) => x.id === spec.group)
        ?.committed.find((c) => c.topic === spec.topic && c.partition === spec.partition)?.offset;
    case 'recordsPerBatch':
    case 'requestRate':
    case 'recordRate':
    case 'byteRate':
    case 'compressionRate':
    case 'latencyP50':
    case 'latencyP99':
    case 'wireBytes':
    case 'uncompressedBytes': {
      // The Sender's metrics (rates over its last ≤ 10 s, totals over the run).
      const m = s.producers.find((x) => x.id === spec.producer)?.metrics;
      if (!m) return undefined;
      switch (spec.q) {
        case 'recordsPerBatch':
          return fixed(m['records-per-batch-avg'], 1);
        case 'requestRate':
          return fixed(m['request-rate'], 1);
        case 'recordRate':
          return fixed(m['record-send-rate'], 1);
        case 'byteRate':
          return bytes(m['byte-rate']);
        case 'compressionRate':
          return fixed(m['compression-rate-avg'], 3);
        case 'latencyP50':
          return m.latency.p50 ?? undefined;
        case 'latencyP99':
          return m.latency.p99 ?? undefined;
        case 'wireBytes':
          return bytes(m['byte-total']);
        case 'uncompressedBytes':
          return bytes(m['uncompressed-byte-total']);
      }
      return undefined;
    }
    case 'topicDiskBytes': {
      const t = s.topics.find((x) => x.name === spec.topic);
      if (!t) return undefined;
      let n = 0;
      for (const p of t.partitions)
        for (const seg of p.replicaStates.find((r) => r.broker === p.leader)?.segments ?? [])
          n += seg.sizeBytes;
      return bytes(n);
    }
    case 'groupCacheHitRatio':
      return fixed(s.consumerGroups.find((g) => g.id === spec.group)?.cacheHitRatio, 2);
    case 'cacheHitRatio':
    case 'deviceReadBytes':
    case 'deviceWriteBytes': {
      const st = s.brokers.find((b) => b.id === spec.broker)?.storage;
      if (!st) return undefined;
      if (spec.q === 'cacheHitRatio') return fixed(st.cacheHitRatio, 2);
      return bytes(spec.q === 'deviceReadBytes' ? st.deviceReadBytes : st.deviceWriteBytes);
    }
    case 'segments':
    case 'activeSegment':
    case 'firstSegment':
    case 'indexEntries':
    case 'activeSize': {
      const r = replicaOf(s, spec.topic, spec.partition, spec.broker);
      const active = r?.segments.at(-1);
      if (!r || !active) return undefined;
      switch (spec.q) {
        case 'segments':
          return r.segments.length;
        case 'activeSegment':
          return segmentName(active.baseOffset);
        case 'firstSegment':
          return segmentName(r.segments[0]!.baseOffset);
        case 'indexEntries':
          return r.segments.reduce((n, seg) => n + seg.index.length, 0);
        case 'activeSize':
          return active.sizeBytes;
      }
      return undefined;
    }
    case 'lookupSegment':
    case 'lookupEntry':
    case 'lookupPosition':
    case 'lookupEntryOffset': {
      const r = replicaOf(s, spec.topic, spec.partition, spec.broker);
      const seg = r && segmentFor(r, spec.offset);
      if (!seg) return undefined;
      const [entryOffset, position] = indexFloor(seg, spec.offset);
      switch (spec.q) {
        case 'lookupSegment':
          return segmentName(seg.baseOffset);
        case 'lookupEntry':
          return `${entryOffset} → ${position}`;
        case 'lookupPosition':
          return position;
        case 'lookupEntryOffset':
          return entryOffset;
      }
      return undefined;
    }
  }
}

/** The `{name}` placeholders a text uses (with or without a Korean particle: `{name:이/가}`). */
export function placeholderNames(text: string): string[] {
  return [...text.matchAll(/\{(\w+)(?::[^{}]+)?\}/g)].map((m) => m[1]!);
}

/** Every placeholder of the step resolved at the snapshot's moment (undefined ones left out). */
export function resolveVars(step: WalkthroughStep, s: Snapshot): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, spec] of Object.entries(step.vars ?? {})) {
    const v = resolveVar(spec, s);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

/** The names the step's text uses that have no value at the snapshot's moment. */
export function undefinedPlaceholders(step: WalkthroughStep, s: Snapshot): string[] {
  const values = resolveVars(step, s);
  const missing = new Set<string>();
  for (const lang of ['ko', 'en'] as const)
    for (const name of placeholderNames(step.say[lang])) if (!(name in values)) missing.add(name);
  return [...missing];
}

/** The step's text in `lang`, its placeholders filled from `s` (null: not yet known). */
export function stepText(step: WalkthroughStep, lang: Lang, s: Snapshot | null): string {
  return format(step.say[lang], s ? resolveVars(step, s) : {});
}
