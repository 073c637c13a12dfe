// Kafka's guarantees, checked on a run of the simulator. The checks read the engine's own
// objects (logs, record ids, the producers' acknowledged records) and compute every figure
// independently of the snapshot code, which they then compare against.
import { createSimulation, type Simulation } from '../../index';
import type { Scenario } from '../../scenario/Scenario';
import type { UnifiedLog } from '../../log/UnifiedLog';
import type { LogRecord } from '../../log/RecordBatch';
import { tpKey } from '../../common/TopicPartition';
import type { MetadataLogEntry } from '../../controller/MetadataRecord';

/** How often (simulated ms) the always-true invariants are sampled during a run. */
const SAMPLE_MS = 100;

export interface RunReport {
  violations: string[];
  /** Figures for the runner's summary. */
  acked: number;
  lost: number;
  /** Duplicates real Kafka writes too (see kafkaAllowedDuplicate), counted, not violations. */
  kafkaDuplicates: number;
}

export interface CheckOptions {
  /** Every acknowledged record must survive (acks=all, min.insync 2, no unclean election). */
  safe: boolean;
  /** Also run the scenario a second time and compare the two runs. */
  determinism: boolean;
}

const MAX_VIOLATIONS = 20;

/** Run `scenario` to `until`, sampling invariants on the way, and check the outcome there. */
export function checkRun(scenario: Scenario, until: number, opts: CheckOptions): RunReport {
  const violations: string[] = [];
  const add = (v: string): void => {
    if (violations.length < MAX_VIOLATIONS) violations.push(v);
  };
  const sim = createSimulation(scenario);
  const quorum = new QuorumCheck();
  for (let t = SAMPLE_MS; t <= until; t += SAMPLE_MS) {
    sim.advanceTo(Math.min(t, until));
    checkWatermarks(sim, add);
    quorum.check(sim, add);
    if (violations.length > 0) break;
  }
  sim.advanceTo(until);
  const { acked, lost, kafkaDuplicates } =
    violations.length === 0
      ? checkOutcome(sim, opts.safe, add)
      : { acked: 0, lost: 0, kafkaDuplicates: 0 };
  if (opts.determinism && violations.length === 0) {
    const again = createSimulation(scenario);
    again.advanceTo(until);
    if (fingerprint(again) !== fingerprint(sim))
      add('determinism: a second run of the same scenario ended in a different state');
  }
  return { violations, acked, lost, kafkaDuplicates };
}

/**
 * The controller quorum's Raft guarantees, at every sample: at most one leader per epoch; what
 * any voter counts as committed (below its high watermark) agrees with what was committed before
 * and is never lost; the leader of an epoch holds every entry committed in an earlier epoch
 * (leader completeness: an isolated leader of an old epoch may lack what a newer one commits).
 */
export class QuorumCheck {
  private leaders = new Map<number, number>();
  private committed: MetadataLogEntry[] = [];
  /** The epoch in which each committed offset was first seen committed. */
  private commitEpoch: number[] = [];

  check(sim: Simulation, add: (v: string) => void): void {
    for (const c of sim.controllers.values()) {
      const q = c.raft.quorum;
      if (c.isUp() && q.isLeader) {
        const known = this.leaders.get(q.epoch);
        if (known !== undefined && known !== c.id)
          add(`t=${sim.now}: controllers ${known} and ${c.id} both led epoch ${q.epoch}`);
        this.leaders.set(q.epoch, c.id);
      }
      const log = c.raft.log.entries;
      const hw = c.raft.highWatermark;
      for (let i = 0; i < Math.min(hw, this.committed.length); i++)
        if (!sameEntry(log[i], this.committed[i]!)) {
          add(`t=${sim.now}: controller ${c.id} committed a different entry at offset ${i}`);
          return;
        }
      if (hw > this.committed.length) {
        for (let i = this.committed.length; i < hw; i++) this.commitEpoch.push(q.epoch);
        this.committed = log.slice(0, hw);
      }
    }
    for (const c of sim.controllers.values()) {
      if (!c.isUp() || !c.controller.isActive) continue;
      const epoch = c.raft.quorum.epoch;
      const log = c.raft.log.entries;
      for (let i = 0; i < this.committed.length; i++)
        if (this.commitEpoch[i]! < epoch && !sameEntry(log[i], this.committed[i]!)) {
          add(`t=${sim.now}: leader ${c.id} of epoch ${epoch} lacks committed offset ${i}`);
          return;
        }
    }
  }
}

function sameEntry(a: MetadataLogEntry | undefined, b: MetadataLogEntry): boolean {
  return (
    !!a &&
    a.offset === b.offset &&
    a.epoch === b.epoch &&
    (a.record === b.record || JSON.stringify(a.record) === JSON.stringify(b.record))
  );
}

/** HW ≤ LEO on every replica, and log start ≤ HW, at every sample. */
function checkWatermarks(sim: Simulation, add: (v: string) => void): void {
  for (const b of sim.brokers.values()) {
    for (const p of b.replicaManager.partitions.values()) {
      const log = p.log;
      if (log.highWatermark > log.logEndOffset)
        add(
          `t=${sim.now}: ${p.topic}-${p.partition} on broker ${b.id}: high watermark ${log.highWatermark} > log end ${log.logEndOffset}`,
        );
      if (log.logStartOffset > log.highWatermark)
        add(
          `t=${sim.now}: ${p.topic}-${p.partition} on broker ${b.id}: log start ${log.logStartOffset} > high watermark ${log.highWatermark}`,
        );
    }
  }
}

export interface Entry {
  offset: number;
  id: number;
  /** The batch's partition leader epoch. */
  epoch: number;
  producerId: number;
  producerEpoch: number;
  /** The sequence of this record (the batch's base sequence plus its place in the batch). */
  sequence: number;
  /** The base offset of the record's batch. */
  batchOffset: number;
}

function entries(log: UnifiedLog): Entry[] {
  const out: Entry[] = [];
  for (const seg of log.segments)
    for (const b of seg.batches)
      for (const r of b.records ?? ([] as LogRecord[]))
        out.push({
          offset: r.offset,
          id: r.id,
          epoch: b.partitionLeaderEpoch,
          producerId: b.producerId,
          producerEpoch: b.producerEpoch,
          sequence: b.baseSequence < 0 ? b.baseSequence : b.baseSequence + r.offset - b.baseOffset,
          batchOffset: b.baseOffset,
        });
  return out;
}

/** The end state: convergence, acknowledged records, exactly once, groups caught up. */
function checkOutcome(
  sim: Simulation,
  safe: boolean,
  add: (v: string) => void,
): { acked: number; lost: number; kafkaDuplicates: number } {
  for (const b of sim.brokers.values())
    if (!b.running) add(`broker ${b.id} is not running after healing`);

  // Convergence: every partition (internal ones too) has a leader, a full ISR, and replicas
  // whose logs are the leader's, caught up at least to its high watermark.
  for (const topic of sim.metadata.topics.values()) {
    topic.partitions.forEach((reg, partition) => {
      const tp = `${topic.name}-${partition}`;
      if (reg.leader === null) {
        add(`${tp}: no leader after healing`);
        return;
      }
      const missing = reg.replicas.filter((r) => !reg.isr.includes(r));
      if (missing.length > 0)
        add(`${tp}: replicas ${missing.join(',')} not in the ISR [${reg.isr}] after healing`);
      const leaderLog = sim.replicaLog(reg.leader, topic.name, partition);
      if (!leaderLog) {
        add(`${tp}: leader ${reg.leader} has no log`);
        return;
      }
      const leaderEntries = entries(leaderLog);
      for (const r of reg.replicas) {
        if (r === reg.leader) continue;
        const log = sim.replicaLog(r, topic.name, partition);
        if (!log) {
          add(`${tp}: replica ${r} has no log`);
          continue;
        }
        if (log.logEndOffset > leaderLog.logEndOffset)
          add(
            `${tp}: replica ${r} log end ${log.logEndOffset} is past the leader's ${leaderLog.logEndOffset}`,
          );
        if (log.logEndOffset < leaderLog.highWatermark)
          add(
            `${tp}: replica ${r} log end ${log.logEndOffset} is below the leader's high watermark ${leaderLog.highWatermark}`,
          );
        const mine = entries(log);
        const theirs = leaderEntries.filter(
          (e) => e.offset < log.logEndOffset && e.offset >= log.logStartOffset,
        );
        const ours = mine.filter((e) => e.offset >= leaderLog.logStartOffset);
        const diff = firstDifference(ours, theirs);
        if (diff !== null)
          add(`${tp}: replica ${r} diverges from leader ${reg.leader} at offset ${diff}`);
      }
    });
  }

  // Acknowledged records: in the leader's log at their offset (counted against the metric).
  let acked = 0;
  let lost = 0;
  /** Partitions that lost acknowledged records. */
  const lostIn = new Set<string>();
  for (const { producer } of sim.producers.values()) {
    for (const a of producer.acked) {
      acked++;
      const leader = sim.metadata.leaderOf(a.topic, a.partition);
      const log = leader !== null ? sim.replicaLog(leader, a.topic, a.partition) : undefined;
      const there = log ? recordAt(log, a.offset) : undefined;
      if (!log || (a.offset >= log.logStartOffset && there?.id !== a.id)) {
        lost++;
        lostIn.add(tpKey(a));
      }
    }
    // Beyond the producer's window only offsets are kept: lost at or above the leader's log end.
    lost += producer.acked.olderLost((topic, partition) => {
      const leader = sim.metadata.leaderOf(topic, partition);
      return (leader !== null ? sim.replicaLog(leader, topic, partition)?.logEndOffset : 0) ?? 0;
    });
  }
  const metric = sim.snapshot().metrics.AcknowledgedRecordsLost;
  if (metric !== lost)
    add(`AcknowledgedRecordsLost is ${metric}, but ${lost} acknowledged records are missing`);
  if (safe && lost > 0) add(`${lost} acknowledged records lost on safe settings`);

  // Exactly once: an idempotent producer's record is never written twice (but where Kafka does).
  let kafkaDuplicates = 0;
  for (const topic of sim.metadata.topics.values()) {
    topic.partitions.forEach((reg, partition) => {
      if (reg.leader === null) return;
      const log = sim.replicaLog(reg.leader, topic.name, partition);
      if (!log) return;
      const d = duplicates(entries(log));
      kafkaDuplicates += d.kafka;
      for (const { first, again } of d.violations)
        add(
          `${topic.name}-${partition}: record ${again.id} written twice (offsets ${first.offset} and ${again.offset}) by an idempotent producer`,
        );
    });
  }

  // Groups: stable, every partition owned by one running member, committed = high watermark.
  const snap = sim.snapshot();
  for (const g of snap.consumerGroups) {
    if (g.state !== 'Stable') add(`group ${g.id}: ${g.state} after healing, not Stable`);
    const owners = new Map<string, string[]>();
    for (const m of g.members) {
      if (m.status !== 'running') continue;
      for (const tp of m.assignment) {
        const k = tpKey(tp);
        owners.set(k, [...(owners.get(k) ?? []), m.id]);
      }
    }
    const app = sim.groups.get(g.id)!;
    for (const topic of app.topics) {
      const count = sim.metadata.partitionCount(topic);
      for (let p = 0; p < count; p++) {
        const k = tpKey(topic, p);
        const who = owners.get(k) ?? [];
        if (who.length !== 1)
          add(`group ${g.id}: ${k} owned by ${who.length ? who.join(', ') : 'no member'}`);
        const leader = sim.metadata.leaderOf(topic, p);
        const hw = leader !== null ? (sim.replicaLog(leader, topic, p)?.highWatermark ?? 0) : 0;
        const committed =
          g.committed.find((c) => c.topic === topic && c.partition === p)?.offset ?? 0;
        if (committed > hw) {
          // Unsafe settings may lose records a group had already consumed and committed past (an
          // unclean election): Kafka leaves the committed offset there until the group commits
          // again, but the owner's fetch there gets OFFSET_OUT_OF_RANGE and its position resets.
          const owner = g.members.find((m) => m.id === who[0]);
          const position = owner?.positions.find((x) => x.topic === topic && x.partition === p);
          const excused = !safe && lostIn.has(k) && position !== undefined && position.offset <= hw;
          if (!excused)
            add(
              `group ${g.id}: ${k} committed ${committed} above the high watermark ${hw}` +
                (position ? ` (owner's position ${position.offset})` : ''),
            );
        } else if (committed < hw)
          add(
            `group ${g.id}: ${k} lag ${hw - committed} (committed ${committed}, high watermark ${hw})`,
          );
      }
    }
  }
  return { acked, lost, kafkaDuplicates };
}

function recordAt(log: UnifiedLog, offset: number): LogRecord | undefined {
  return log.batchAt(offset)?.records?.find((r) => r.offset === offset);
}

/**
 * The records an idempotent producer wrote twice into one log. A duplicate is one real Kafka
 * writes too (counted in `kafka`, not a violation) only in this exact shape:
 * - the first copy opened the producer's history in this log at a sequence above 0: the leader
 *   had no state for the producer (its earlier batch was refused, e.g. NOT_ENOUGH_REPLICAS) and
 *   accepts any first sequence then (ProducerAppendInfo.checkSequence, KIP-360);
 * - the second copy carries a later producer epoch: the earlier batch's retry got
 *   OUT_OF_ORDER_SEQUENCE_NUMBER, the producer bumped its epoch (TransactionManager.canRetry)
 *   and renumbered every batch in flight from 0 — this one too, although its first attempt was
 *   written. The Java client still does this (KAFKA-14034, its fix not merged).
 */
export function duplicates(log: readonly Entry[]): {
  violations: { first: Entry; again: Entry }[];
  kafka: number;
} {
  const violations: { first: Entry; again: Entry }[] = [];
  let kafka = 0;
  const seen = new Map<number, Entry>();
  /** Producer id → the base offset of its first batch in this log. */
  const openedAt = new Map<number, number>();
  for (const e of log) {
    if (e.producerId < 0) continue;
    if (!openedAt.has(e.producerId)) openedAt.set(e.producerId, e.batchOffset);
    const first = seen.get(e.id);
    if (first === undefined) {
      seen.set(e.id, e);
      continue;
    }
    const renumbered =
      first.producerId === e.producerId &&
      openedAt.get(first.producerId) === first.batchOffset &&
      first.sequence > 0 &&
      e.producerEpoch > first.producerEpoch;
    if (renumbered) kafka++;
    else violations.push({ first, again: e });
  }
  return { violations, kafka };
}

/** The first offset where two logs' records differ (offset, record id or leader epoch). */
function firstDifference(a: Entry[], b: Entry[]): number | null {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y) return (x ?? y)!.offset;
    if (x.offset !== y.offset || x.id !== y.id || x.epoch !== y.epoch)
      return Math.min(x.offset, y.offset);
  }
  return null;
}

/** Everything observable at the end of a run, as one string. */
function fingerprint(sim: Simulation): string {
  return JSON.stringify(sim.snapshot({ records: true, internalTopics: true }));
}
