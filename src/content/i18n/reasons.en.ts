// English texts for the engine's reason codes (reasons.ts reads the codes; the Korean texts are in
// reasons.ko.ts). Loaded with the English dictionary only (en.ts).

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
