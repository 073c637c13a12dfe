// Kafka's PartitionChangeBuilder (KRaft controller): from a partition's registration and a
// target ISR, decide the new leader and ISR and whether the epochs move.
//
// Election rules (electAnyLeader): keep the current leader if it is still in the ISR and
// acceptable (registered, not fenced, not shutting down); else the first replica in assignment
// order that is in the target ISR and acceptable; else, only for an UNCLEAN election, the first
// acceptable replica — and the ISR becomes just that leader: what it lacked is lost.
// PREFERRED tries the first replica first. The ISR never becomes empty (ELR, KIP-966, is not
// modelled): the last member stays in it even while it cannot lead.
import type { PartitionRegistration } from './MetadataImage';
import type { AlterPartitionRequest, AlterPartitionResponse } from '../network/controllerRequests';
import type { PartitionChangeReason } from '../trace/reasons';
import type { TraceEventBody } from '../trace/TraceEvent';

export type Election = 'ONLINE' | 'UNCLEAN' | 'PREFERRED';

export interface PartitionChange {
  leader: number | null;
  isr: number[];
  leaderEpoch: number;
  partitionEpoch: number;
  /** The leader came from outside the ISR: acknowledged records it lacked are gone. */
  unclean: boolean;
  leaderChanged: boolean;
}

export interface ChangeOptions {
  /** The ISR the change asks for (AlterPartition, or the current ISR without a fenced broker). */
  targetIsr?: number[];
  isAcceptableLeader: (brokerId: number) => boolean;
  election: Election;
}

export function buildPartitionChange(
  p: PartitionRegistration,
  opts: ChangeOptions,
): PartitionChange | null {
  let targetIsr = opts.targetIsr ?? [...p.isr];
  const valid = (r: number | null) =>
    r !== null && targetIsr.includes(r) && opts.isAcceptableLeader(r);

  let leader: number | null;
  let unclean = false;
  if (opts.election === 'PREFERRED' && valid(p.replicas[0]!)) leader = p.replicas[0]!;
  else if (valid(p.leader)) leader = p.leader;
  else {
    leader = p.replicas.find((r) => valid(r)) ?? null;
    if (leader === null && opts.election === 'UNCLEAN') {
      leader = p.replicas.find((r) => opts.isAcceptableLeader(r)) ?? null;
      if (leader !== null) {
        unclean = true;
        targetIsr = [leader];
      }
    }
  }

  // Without ELR an empty ISR is never written: the old ISR stays.
  if (targetIsr.length === 0) targetIsr = [...p.isr];
  const leaderChanged = leader !== p.leader;
  const isrChanged = !sameMembers(targetIsr, p.isr);
  if (!leaderChanged && !isrChanged) return null;
  return {
    leader,
    isr: targetIsr,
    leaderEpoch: leaderChanged ? p.leaderEpoch + 1 : p.leaderEpoch,
    partitionEpoch: p.partitionEpoch + 1,
    unclean,
    leaderChanged,
  };
}

function sameMembers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * What a partition change means once it is stored, as the trace says it: replicas out of the ISR,
 * replicas into it, a new leader (an unclean one named). Both controllers say it the same way:
 * KRaft's QuorumController once the record commits, ZooKeeper mode's KafkaController once the
 * state znode is written.
 */
export function traceStoredChange(
  ctx: { trace(body: TraceEventBody): void },
  topic: string,
  partition: number,
  beforeIsr: readonly number[],
  change: PartitionChange,
  reason: PartitionChangeReason,
): void {
  const removed = beforeIsr.filter((b) => !change.isr.includes(b));
  const added = change.isr.filter((b) => !beforeIsr.includes(b));
  if (removed.length > 0)
    ctx.trace({ type: 'isr.shrink', topic, partition, removed, isr: [...change.isr], reason });
  if (added.length > 0)
    ctx.trace({ type: 'isr.expand', topic, partition, added, isr: [...change.isr], reason });
  if (change.leaderChanged)
    ctx.trace({
      type: 'leader.elected',
      topic,
      partition,
      leader: change.leader,
      leaderEpoch: change.leaderEpoch,
      reason: change.unclean ? `${reason} (unclean)` : reason,
    });
}

/** The answer to an AlterPartition (AlterIsr in ZooKeeper mode): `error`, and `p` as it stands. */
export function alterPartitionAnswer(
  p: PartitionRegistration,
  req: AlterPartitionRequest,
  error: AlterPartitionResponse['error'],
): AlterPartitionResponse {
  return {
    topic: req.topic,
    partition: req.partition,
    error,
    leader: p.leader,
    leaderEpoch: p.leaderEpoch,
    partitionEpoch: p.partitionEpoch,
    isr: [...p.isr],
  };
}

/**
 * Why an AlterPartition cannot change `p`, as both controllers check it first: its sender does
 * not lead `p` at the epoch it names (FENCED_LEADER_EPOCH), or the registration it started from
 * was changed since (INVALID_UPDATE_VERSION); null when it may.
 */
export function staleAlterPartition(
  p: PartitionRegistration,
  req: AlterPartitionRequest,
): 'FENCED_LEADER_EPOCH' | 'INVALID_UPDATE_VERSION' | null {
  if (req.leaderEpoch !== p.leaderEpoch || p.leader !== req.brokerId) return 'FENCED_LEADER_EPOCH';
  if (req.partitionEpoch !== p.partitionEpoch) return 'INVALID_UPDATE_VERSION';
  return null;
}
