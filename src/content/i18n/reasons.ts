// The words for the engine's reason codes (src/engine/trace/reasons.ts and the trace's typed
// reasons: why a group changed state, why a broker was fenced, why an ISR shrank, why a follower
// truncated, why a segment rolled …). `reasonMessage` reads a code and its values; the words are
// here, ko and en; `describeReason` (reasonText.ts) puts them together in the reader's language.

export const reasonsEn = {
  // A classic group's state changes (GroupCoordinator).
  'reason.group.coordinatorMoved': 'the coordinator moved to another broker',
  'reason.group.newMember': 'new member {member} joined',
  'reason.group.rejoining.joining': '{member} joins',
  'reason.group.rejoining.rebalance': '{member} rejoins for the rebalance',
  'reason.group.syncTimeout': 'members did not send SyncGroup in time',
  'reason.group.storeFailed': 'storing the assignment in __consumer_offsets failed ({error})',
  'reason.group.assignmentStored': 'the assignment is stored in __consumer_offsets',
  'reason.group.left.leave': '{member} left the group (LeaveGroup)',
  'reason.group.left.maxPoll': '{member} left: no poll() within max.poll.interval.ms',
  'reason.group.sessionExpired': '{member} sent no heartbeat within session.timeout.ms',
  'reason.group.joinComplete': 'every member has sent JoinGroup (join phase complete)',
  'reason.group.noMembers': 'no members left',
  // A KIP-848 consumer group's state changes and epoch bumps (ConsumerGroupHeartbeat).
  'reason.group.epochAhead': 'the group epoch is ahead of the target assignment',
  'reason.group.reconciling': 'members are moving to the target assignment',
  'reason.group.atTarget': 'every member has reached the target assignment',
  'reason.epoch.joined': '{member} joined',
  'reason.epoch.subscription': 'the subscription or the topics changed',
  'reason.epoch.left': '{member} left',
  'reason.epoch.rejoined': '{member} rejoined',
  'reason.epoch.removed.session':
    '{member} removed: no heartbeat within group.consumer.session.timeout.ms',
  'reason.epoch.removed.rebalance': '{member} removed: it did not revoke its partitions in time',
  // A member's JoinGroup (KIP-800 reason) and why the coordinator removed a member.
  'reason.join.joining': 'first join',
  'reason.join.rebalance': 'rejoin for a rebalance',
  'reason.left.leave': 'LeaveGroup: it closed',
  'reason.left.session': 'no heartbeat within session.timeout.ms',
  'reason.left.maxPoll': 'no poll() within max.poll.interval.ms',
  'reason.left.rebalance': 'did not revoke its partitions within the rebalance timeout',
  // Brokers and the controller.
  'reason.broker.crash': 'crashed',
  'reason.broker.controlledShutdown': 'controlled shutdown',
  'reason.fence.session': 'no heartbeat within broker.session.timeout.ms',
  'reason.partition.fenced': 'broker {broker} was fenced',
  'reason.partition.unfenced': 'broker {broker} is back (unfenced)',
  'reason.partition.controlledShutdown': 'broker {broker} is shutting down (controlled shutdown)',
  'reason.partition.preferred': 'preferred leader election',
  'reason.partition.lag': 'the follower was behind for longer than replica.lag.time.max.ms',
  'reason.partition.caughtUp': 'the follower caught up to the high watermark',
  'reason.unclean': '{reason}; unclean election: the new leader was not in the ISR',
  'reason.truncate.epoch': 'on the leader, leader epoch {epoch} ends at offset {offset}',
  'reason.truncate.outOfRange': "offset {offset} is out of range: the leader's log ends at {end}",
  // Segments (UnifiedLog, LogSegment.shouldRoll, retention, the cleaner).
  'reason.segment.bytes': 'segment.bytes reached',
  'reason.segment.ms': 'segment.ms passed',
  'reason.segment.indexFull': 'its offset index is full',
  'reason.segment.timeIndexFull': 'its time index is full',
  'reason.segment.offsetOverflow': 'offsets no longer fit relative to its base offset',
  'reason.segment.retention': 'retention',
  'reason.segment.retentionMs': 'older than retention.ms',
  'reason.segment.retentionBytes': 'the log is over retention.bytes',
  'reason.segment.logStartOffset': 'below the log start offset',
  'reason.segment.compaction': 'replaced by compaction',
  'reason.segment.truncation': 'truncated',
  'reason.segment.roll': 'an empty segment replaced on roll',
  'reason.logStart.segmentDeletion': 'segments deleted',
  'reason.logStart.leaderIncremented': 'the leader moved its log start offset',
} satisfies Record<string, string>;

export type ReasonKey = keyof typeof reasonsEn;

export const reasonsKo: Record<ReasonKey, string> = {
  'reason.group.coordinatorMoved': 'coordinator가 다른 broker로 옮겨 감',
  'reason.group.newMember': '새 member {member:이/가} 들어옴',
  'reason.group.rejoining.joining': '{member:이/가} 참여함',
  'reason.group.rejoining.rebalance': '{member:이/가} 리밸런스에 다시 참여함',
  'reason.group.syncTimeout': 'member들이 제때 SyncGroup을 보내지 않음',
  'reason.group.storeFailed': '__consumer_offsets에 assignment를 저장하지 못함 ({error})',
  'reason.group.assignmentStored': 'assignment가 __consumer_offsets에 저장됨',
  'reason.group.left.leave': '{member:이/가} 그룹을 떠남 (LeaveGroup)',
  'reason.group.left.maxPoll': '{member:이/가} 떠남: max.poll.interval.ms 안에 poll()이 없었음',
  'reason.group.sessionExpired': '{member:이/가} session.timeout.ms 동안 heartbeat를 보내지 않음',
  'reason.group.joinComplete': '모든 member가 JoinGroup을 보냄 (join 단계 완료)',
  'reason.group.noMembers': '남은 member가 없음',
  'reason.group.epochAhead': 'group epoch가 목표 배정보다 앞섬',
  'reason.group.reconciling': 'member들이 목표 배정으로 옮겨 가는 중',
  'reason.group.atTarget': '모든 member가 목표 배정에 도달함',
  'reason.epoch.joined': '{member} 참여',
  'reason.epoch.subscription': '구독 또는 토픽 변경',
  'reason.epoch.left': '{member} 떠남',
  'reason.epoch.rejoined': '{member} 재참여',
  'reason.epoch.removed.session':
    '{member} 제거: group.consumer.session.timeout.ms 동안 heartbeat 없음',
  'reason.epoch.removed.rebalance': '{member} 제거: 제때 partition을 내려놓지 않음',
  'reason.join.joining': '처음 참여',
  'reason.join.rebalance': '리밸런스로 다시 참여',
  'reason.left.leave': 'LeaveGroup: 종료함',
  'reason.left.session': 'session.timeout.ms 동안 heartbeat 없음',
  'reason.left.maxPoll': 'max.poll.interval.ms 안에 poll() 없음',
  'reason.left.rebalance': '리밸런스 제한 시간 안에 partition을 내려놓지 않음',
  'reason.broker.crash': '장애로 멈춤',
  'reason.broker.controlledShutdown': '정상 종료(controlled shutdown)',
  'reason.fence.session': 'broker.session.timeout.ms 동안 heartbeat 없음',
  'reason.partition.fenced': 'broker {broker:이/가} fence됨',
  'reason.partition.unfenced': 'broker {broker:이/가} 돌아옴 (unfence)',
  'reason.partition.controlledShutdown': 'broker {broker:이/가} 정상 종료 중 (controlled shutdown)',
  'reason.partition.preferred': 'preferred leader election: 첫 번째 replica가 다시 leader로',
  'reason.partition.lag': 'follower가 replica.lag.time.max.ms보다 오래 뒤처짐',
  'reason.partition.caughtUp': 'follower가 high watermark까지 따라잡음',
  'reason.unclean': '{reason}; unclean election: ISR 밖의 replica가 leader가 됨',
  'reason.truncate.epoch': 'leader에서 leader epoch {epoch:은/는} offset {offset}에서 끝남',
  'reason.truncate.outOfRange': 'offset {offset:은/는} 범위 밖: leader의 로그는 {end}에서 끝남',
  'reason.segment.bytes': 'segment.bytes에 도달',
  'reason.segment.ms': 'segment.ms가 지남',
  'reason.segment.indexFull': 'offset index가 가득 참',
  'reason.segment.timeIndexFull': 'time index가 가득 참',
  'reason.segment.offsetOverflow': 'base offset 기준 상대 offset 범위를 넘음',
  'reason.segment.retention': '보존 기간(retention)',
  'reason.segment.retentionMs': 'retention.ms보다 오래됨',
  'reason.segment.retentionBytes': '로그가 retention.bytes를 넘음',
  'reason.segment.logStartOffset': 'log start offset보다 앞',
  'reason.segment.compaction': 'compaction으로 대체됨',
  'reason.segment.truncation': '잘라냄',
  'reason.segment.roll': 'roll 때 빈 segment를 대체',
  'reason.logStart.segmentDeletion': 'segment 삭제',
  'reason.logStart.leaderIncremented': 'leader가 log start offset을 올림',
};

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
};
