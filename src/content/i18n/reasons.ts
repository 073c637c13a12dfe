// The words for the engine's reason codes (src/engine/trace/reasons.ts and the trace's typed
// reasons: why a group changed state, why a broker was fenced, why an ISR shrank, why a follower
// truncated, why a segment rolled …). `reasonMessage` reads a code and its values; the words are
// in reasons.en.ts and reasons.ko.ts (each loaded with its language's dictionary); `describeReason`
// (reasonText.ts) puts them together in the reader's language.

import type { ReasonKey } from './reasons.en';

export type { ReasonKey };

export interface ReasonMessage {
  key: ReasonKey;
  params: Record<string, string>;
  /** leader.elected: the leader came from outside the ISR (unclean.leader.election.enable). */
  unclean?: boolean;
}

/** Codes without a value. */
const FIXED: Record<string, ReasonKey> = {
  'coordinator moved': 'reason.group.coordinatorMoved',
  'members did not send SyncGroup in time': 'reason.group.syncTimeout',
  'assignment stored': 'reason.group.assignmentStored',
  'join phase complete': 'reason.group.joinComplete',
  'no members': 'reason.group.noMembers',
  'group epoch ahead of the target assignment': 'reason.group.epochAhead',
  'members moving to the target assignment': 'reason.group.reconciling',
  'every member at the target assignment': 'reason.group.atTarget',
  'subscription or topics changed': 'reason.epoch.subscription',
  joining: 'reason.join.joining',
  rebalance: 'reason.join.rebalance',
  leave: 'reason.left.leave',
  'session.timeout': 'reason.left.session',
  'max.poll.interval': 'reason.left.maxPoll',
  'rebalance.timeout': 'reason.left.rebalance',
  crash: 'reason.broker.crash',
  'controlled shutdown': 'reason.broker.controlledShutdown',
  'broker.session.timeout.ms': 'reason.fence.session',
  'preferred leader election': 'reason.partition.preferred',
  'controller failover': 'reason.partition.controllerFailover',
  'new partition': 'reason.partition.new',
  'replica.lag.time.max.ms': 'reason.partition.lag',
  'caught up to the high watermark': 'reason.partition.caughtUp',
  'segment.bytes': 'reason.segment.bytes',
  'segment.ms': 'reason.segment.ms',
  'index.full': 'reason.segment.indexFull',
  'time.index.full': 'reason.segment.timeIndexFull',
  'offset.overflow': 'reason.segment.offsetOverflow',
  retention: 'reason.segment.retention',
  'retention.ms': 'reason.segment.retentionMs',
  'retention.bytes': 'reason.segment.retentionBytes',
  'log.start.offset': 'reason.segment.logStartOffset',
  compaction: 'reason.segment.compaction',
  truncation: 'reason.segment.truncation',
  roll: 'reason.segment.roll',
  'segment.deletion': 'reason.logStart.segmentDeletion',
  'leader.offset.incremented': 'reason.logStart.leaderIncremented',
  'election timeout': 'reason.raft.electionTimeout',
  'fetch timeout': 'reason.raft.fetchTimeout',
  'won the vote': 'reason.raft.won',
  'higher epoch': 'reason.raft.higherEpoch',
  'leader announced': 'reason.raft.leaderAnnounced',
  'check quorum': 'reason.raft.checkQuorum',
  'vote cast': 'reason.raft.voteCast',
  restarted: 'reason.raft.restarted',
  granted: 'reason.vote.granted',
  'stale epoch': 'reason.vote.staleEpoch',
  'already voted': 'reason.vote.alreadyVoted',
  'log behind': 'reason.vote.logBehind',
  'leader known': 'reason.vote.leaderKnown',
};

/** Codes with values: the pattern and the names of its captured values, in order. */
const FORMS: readonly [RegExp, ReasonKey, ...string[]][] = [
  [/^adding new member (\S+)$/, 'reason.group.newMember', 'member'],
  [/^member (\S+) rejoining \(joining\)$/, 'reason.group.rejoining.joining', 'member'],
  [/^member (\S+) rejoining \(rebalance\)$/, 'reason.group.rejoining.rebalance', 'member'],
  [/^storing the assignment failed: (\S+)$/, 'reason.group.storeFailed', 'error'],
  [/^member (\S+) left \(leave\)$/, 'reason.group.left.leave', 'member'],
  [/^member (\S+) left \(max\.poll\.interval\)$/, 'reason.group.left.maxPoll', 'member'],
  [/^member (\S+) session expired$/, 'reason.group.sessionExpired', 'member'],
  [/^member (\S+) joined$/, 'reason.epoch.joined', 'member'],
  [/^member (\S+) left$/, 'reason.epoch.left', 'member'],
  [/^member (\S+) rejoined$/, 'reason.epoch.rejoined', 'member'],
  [/^member (\S+) removed \(session\.timeout\)$/, 'reason.epoch.removed.session', 'member'],
  [/^member (\S+) removed \(rebalance\.timeout\)$/, 'reason.epoch.removed.rebalance', 'member'],
  [/^broker (\d+) fenced$/, 'reason.partition.fenced', 'broker'],
  [/^broker (\d+) unfenced$/, 'reason.partition.unfenced', 'broker'],
  [/^broker (\d+) controlled shutdown$/, 'reason.partition.controlledShutdown', 'broker'],
  [/^broker (\d+) session ended$/, 'reason.partition.sessionEnded', 'broker'],
  [/^broker (\d+) registered$/, 'reason.partition.registered', 'broker'],
  [
    /^leader epoch (\d+) ends at offset (\d+) on the leader$/,
    'reason.truncate.epoch',
    'epoch',
    'offset',
  ],
  [
    /^offset (\d+) is out of range: the leader's log ends at (\d+)$/,
    'reason.truncate.outOfRange',
    'offset',
    'end',
  ],
];

const UNCLEAN = ' (unclean)';

/**
 * The message for an engine reason code, or null for a string that is not one (a test runs the
 * starters and checks that every reason they emit is known).
 */
export function reasonMessage(reason: string): ReasonMessage | null {
  if (reason.endsWith(UNCLEAN)) {
    const inner = reasonMessage(reason.slice(0, -UNCLEAN.length));
    return inner && { ...inner, unclean: true };
  }
  const fixed = FIXED[reason];
  if (fixed) return { key: fixed, params: {} };
  for (const [pattern, key, ...names] of FORMS) {
    const m = pattern.exec(reason);
    if (!m) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => (params[name] = m[i + 1]!));
    return { key, params };
  }
  return null;
}

/** One example of every code, for the tests that walk them all (a new key without one fails). */
export const REASON_EXAMPLES: Record<ReasonKey, string> = {
  'reason.group.coordinatorMoved': 'coordinator moved',
  'reason.group.newMember': 'adding new member group-a-3',
  'reason.group.rejoining.joining': 'member group-a-1 rejoining (joining)',
  'reason.group.rejoining.rebalance': 'member group-a-2 rejoining (rebalance)',
  'reason.group.syncTimeout': 'members did not send SyncGroup in time',
  'reason.group.storeFailed': 'storing the assignment failed: NOT_ENOUGH_REPLICAS',
  'reason.group.assignmentStored': 'assignment stored',
  'reason.group.left.leave': 'member group-a-1 left (leave)',
  'reason.group.left.maxPoll': 'member group-a-2 left (max.poll.interval)',
  'reason.group.sessionExpired': 'member group-a-3 session expired',
  'reason.group.joinComplete': 'join phase complete',
  'reason.group.noMembers': 'no members',
  'reason.group.epochAhead': 'group epoch ahead of the target assignment',
  'reason.group.reconciling': 'members moving to the target assignment',
  'reason.group.atTarget': 'every member at the target assignment',
  'reason.epoch.joined': 'member kip848-1 joined',
  'reason.epoch.subscription': 'subscription or topics changed',
  'reason.epoch.left': 'member kip848-2 left',
  'reason.epoch.rejoined': 'member kip848-1 rejoined',
  'reason.epoch.removed.session': 'member kip848-3 removed (session.timeout)',
  'reason.epoch.removed.rebalance': 'member kip848-2 removed (rebalance.timeout)',
  'reason.join.joining': 'joining',
  'reason.join.rebalance': 'rebalance',
  'reason.left.leave': 'leave',
  'reason.left.session': 'session.timeout',
  'reason.left.maxPoll': 'max.poll.interval',
  'reason.left.rebalance': 'rebalance.timeout',
  'reason.broker.crash': 'crash',
  'reason.broker.controlledShutdown': 'controlled shutdown',
  'reason.fence.session': 'broker.session.timeout.ms',
  'reason.partition.fenced': 'broker 1 fenced',
  'reason.partition.unfenced': 'broker 2 unfenced',
  'reason.partition.controlledShutdown': 'broker 3 controlled shutdown',
  'reason.partition.preferred': 'preferred leader election',
  'reason.partition.controllerFailover': 'controller failover',
  'reason.partition.new': 'new partition',
  'reason.partition.sessionEnded': 'broker 2 session ended',
  'reason.partition.registered': 'broker 2 registered',
  'reason.partition.lag': 'replica.lag.time.max.ms',
  'reason.partition.caughtUp': 'caught up to the high watermark',
  'reason.unclean': 'broker 1 fenced (unclean)',
  'reason.truncate.epoch': 'leader epoch 3 ends at offset 17 on the leader',
  'reason.truncate.outOfRange': "offset 42 is out of range: the leader's log ends at 17",
  'reason.segment.bytes': 'segment.bytes',
  'reason.segment.ms': 'segment.ms',
  'reason.segment.indexFull': 'index.full',
  'reason.segment.timeIndexFull': 'time.index.full',
  'reason.segment.offsetOverflow': 'offset.overflow',
  'reason.segment.retention': 'retention',
  'reason.segment.retentionMs': 'retention.ms',
  'reason.segment.retentionBytes': 'retention.bytes',
  'reason.segment.logStartOffset': 'log.start.offset',
  'reason.segment.compaction': 'compaction',
  'reason.segment.truncation': 'truncation',
  'reason.segment.roll': 'roll',
  'reason.logStart.segmentDeletion': 'segment.deletion',
  'reason.logStart.leaderIncremented': 'leader.offset.incremented',
  'reason.raft.electionTimeout': 'election timeout',
  'reason.raft.fetchTimeout': 'fetch timeout',
  'reason.raft.won': 'won the vote',
  'reason.raft.higherEpoch': 'higher epoch',
  'reason.raft.leaderAnnounced': 'leader announced',
  'reason.raft.checkQuorum': 'check quorum',
  'reason.raft.voteCast': 'vote cast',
  'reason.raft.restarted': 'restarted',
  'reason.vote.granted': 'granted',
  'reason.vote.staleEpoch': 'stale epoch',
  'reason.vote.alreadyVoted': 'already voted',
  'reason.vote.logBehind': 'log behind',
  'reason.vote.leaderKnown': 'leader known',
};
