// Texts of the consumer-group view and its controls. English here; the Korean ones, typed against
// these keys, in groups.ko.ts. Not part of a language's chunk: fetched with the view (a text part,
// index.ts; the tab's name, view.groups, is in en.ts and ko.ts).

export const groupsEn = {
  'groups.label': 'Consumer groups',
  'groups.none': 'This scenario has no consumer group.',
  'groups.group': 'Group {id}',
  'groups.topics': 'reads {topics}',
  'groups.generation': 'generation {generation}',
  'groups.leader': 'leader {member}',
  'groups.coordinator': 'coordinator: broker {broker} (__consumer_offsets-{partition})',
  'groups.coordinator.none': 'no coordinator (__consumer_offsets-{partition} has no leader)',
  'groups.consumed': 'consumed',
  'groups.redelivered': 'redelivered',
  'groups.redelivered.hint':
    'Records processed a second time: after a crash or a rebalance a partition restarts from its committed offset',
  'groups.totalLag': 'total lag',
  'groups.protocol.EAGER': 'eager: every member gives up all its partitions at each rebalance',
  'groups.protocol.COOPERATIVE':
    'cooperative: only the partitions that move are revoked, over two rebalances',

  'groups.phases': 'Rebalance phases of {id}',
  'groups.phase.Empty': 'Empty',
  'groups.phase.PreparingRebalance': 'PreparingRebalance',
  'groups.phase.CompletingRebalance': 'CompletingRebalance',
  'groups.phase.Stable': 'Stable',
  'groups.phase.Dead': 'Dead',
  'groups.phaseHint.Empty': 'No member: the group only keeps its committed offsets.',
  'groups.phaseHint.PreparingRebalance':
    'The coordinator waits for every member to send JoinGroup (heartbeats answer REBALANCE_IN_PROGRESS).',
  'groups.phaseHint.CompletingRebalance':
    'Everyone joined: the leader member computes the assignment and sends it with SyncGroup.',
  'groups.phaseHint.Stable': 'Each member owns its partitions and consumes; heartbeats keep it in.',
  'groups.phaseHint.Dead':
    'No broker coordinates the group right now: its __consumer_offsets partition has no leader.',
  'groups.history': 'Recent transitions',
  'groups.history.item': '{time} {from} → {to} (gen {generation}) {reason}',

  'groups.members': 'Members',
  'groups.partitions': 'Partitions',
  'groups.noMembers': 'No member is running. Add one.',
  'groups.member.leader': 'leader',
  'groups.member.crashed': 'crashed',
  'groups.member.stalled': 'not polling',
  'groups.member.state.UNJOINED': 'joining',
  'groups.member.state.PREPARING_REBALANCE': 'rejoining',
  'groups.member.state.COMPLETING_REBALANCE': 'waiting for SyncGroup',
  'groups.member.state.STABLE': 'stable',
  'groups.idle': 'idle',
  'groups.idle.tooMany':
    'More members than partitions: a partition goes to one member of the group only.',
  'groups.idle.rebalance': 'Waiting for the rebalance to give it partitions.',
  'groups.idle.revoked': 'Gave up its partitions for the rebalance (eager): consumption paused.',
  'groups.idle.noPartition': 'The assignor gave it no partition this generation.',
  'groups.crashed.note':
    'Dead without a word: the coordinator notices after session.timeout.ms, then rebalances.',
  'groups.stalled.note': 'Not calling poll(): removed after max.poll.interval.ms.',

  'groups.add': 'Add member',
  'groups.add.hint': 'Start one more consumer in {group} (addConsumer): the group rebalances',
  'groups.stop': 'Stop',
  'groups.stop.hint':
    'Stop {member} gracefully: it commits, sends LeaveGroup and the group rebalances at once (removeConsumer)',
  'groups.crash': 'Crash',
  'groups.crash.hint':
    'Crash {member}: no commit, no LeaveGroup; noticed after session.timeout.ms (crashConsumer)',
  'groups.memberActions': 'Actions of {member}',
  'groups.assignor': 'Assignor',
  'groups.assignor.hint': 'partition.assignment.strategy of {group}: every member rejoins',
  'groups.assignor.list': '{list} (default)',

  'groups.partition.owner': 'owned by {member}',
  'groups.partition.revoked': 'revoked from {member}',
  'groups.partition.unowned': 'no owner',
  'groups.partition.committed': 'committed',
  'groups.partition.position': 'position',
  'groups.partition.hw': 'HW',
  'groups.partition.lag': 'lag',
  'groups.partition.summary':
    '{tp}: committed {committed}, position {position}, high watermark {hw}, lag {lag}',
  'groups.lagChart': 'Lag of {tp} over time',
  'groups.lagChart.max': 'max {lag}',
  'groups.line.hint': '{member} owns {tp}',
  // The consumer group protocol (KIP-848, group.protocol=consumer).
  'groups.protocolSelect': 'Protocol',
  'groups.protocolSelect.hint':
    'group.protocol of {group}: its members restart with the chosen protocol (setConfig)',
  'groups.protocolOption.classic': 'classic',
  'groups.protocolOption.consumer': 'consumer (KIP-848)',
  'groups.protocol.switching':
    'Switching to {to}: the coordinator changes the group once its old members have left and a new member joins.',
  'groups.badge.classic': 'classic protocol',
  'groups.badge.consumer': 'consumer protocol · KIP-848',
  'groups.remoteAssignor.hint':
    'group.remote.assignor of {group}: the server assignor the coordinator runs; the members restart',
  'groups.remoteAssignor.default': '{assignor} (default)',
  'groups.protocol.consumer':
    'consumer protocol: the coordinator computes the assignment with the {assignor} server assignor; members move one heartbeat at a time, only the partitions that move stop',
  'groups.protocol.consumer.noAssignor':
    'consumer protocol: the coordinator computes the assignment with a server assignor; members move one heartbeat at a time, only the partitions that move stop',
  'groups.k.epochs': 'group epoch {epoch} · target epoch {target}',
  'groups.k.state': 'State {state}',
  'groups.k.step.epoch': 'Epoch bumped',
  'groups.k.step.epochN': 'Epoch bumped → {epoch}',
  'groups.k.step.target': 'Target computed',
  'groups.k.step.targetN': 'Target {epoch} computed ({assignor})',
  'groups.k.step.reconciling': 'Members reconciling',
  'groups.k.step.stable': 'Stable',
  'groups.k.step.at': '{step}: {time}',
  'groups.k.step.skipped': '{step}: not needed this time (every member was already at its target)',
  'groups.k.phases': 'Phases of the latest group epoch of {id}',
  'groups.k.hint.Empty': 'No member: the group only keeps its committed offsets.',
  'groups.k.hint.Assigning':
    'The group epoch moved ahead of the target assignment: the coordinator runs its assignor for the new epoch.',
  'groups.k.hint.Reconciling':
    'Members move to the target one heartbeat at a time: a partition that moves is revoked by its owner first, then handed to its new member. The others keep consuming: no global pause.',
  'groups.k.hint.Stable':
    'Every member owns exactly its part of the target at the group epoch; heartbeats (group.consumer.heartbeat.interval.ms) keep it in.',
  'groups.k.hint.Dead':
    'No broker coordinates the group right now: its __consumer_offsets partition has no leader.',
  'groups.k.history': 'Recent steps of the consumer protocol',
  'groups.k.ev.epoch': '{time} group epoch {epoch}: {reason}',
  'groups.k.ev.target':
    '{time} target for epoch {epoch} computed by {assignor} ({members} members)',
  'groups.k.ev.unrevoked':
    '{time} {member} must revoke {tps} first (UNREVOKED_PARTITIONS), stays at epoch {epoch}',
  'groups.k.ev.unreleased':
    '{time} {member} at epoch {epoch}, waiting for partitions still owned by others (UNRELEASED_PARTITIONS)',
  'groups.k.ev.stable': '{time} {member} at epoch {epoch} with {tps}',
  'groups.k.ev.revoked': '{time} {member} revoked {tps}',
  'groups.k.ev.lost': '{time} {member} lost {tps}',
  'groups.k.ev.assigned': '{time} {member} took {tps} (epoch {epoch})',
  'groups.k.ev.fenced': '{time} {member} fenced ({error}): drops its partitions and rejoins',
  'groups.k.ev.left': '{time} {member} left the group ({reason})',
  'groups.k.ev.state': '{time} {from} → {to} (epoch {epoch})',
  'groups.k.none': 'no partition',
  'groups.member.epoch': 'epoch {epoch}',
  'groups.member.epochBehind': 'epoch {epoch} (target epoch {target})',
  'groups.member.state.JOINING': 'joining',
  'groups.member.state.RECONCILING': 'reconciling',
  'groups.member.state.ACKNOWLEDGING': 'acknowledging',
  'groups.member.state.FENCED': 'fenced',
  'groups.member.state.LEAVING': 'leaving',
  'groups.member.state.STALE': 'stale',
  'groups.member.state.UNSUBSCRIBED': 'unsubscribed',
  'groups.chip.outgoing': '{tp}: to be revoked (not in its target)',
  'groups.chip.incoming': '{tp}: in its target, not owned yet',
  'groups.k.note.unrevoked':
    'Revoking {tps} (UNREVOKED_PARTITIONS): it keeps epoch {epoch} and consumes the rest; the coordinator moves it to epoch {target} once it confirms.',
  'groups.k.note.unreleasedBy':
    'Waiting for {tps} to be released by {owners} (UNRELEASED_PARTITIONS): it gets them at a heartbeat after that.',
  'groups.k.note.unreleased':
    'Waiting for {tps} to be released (UNRELEASED_PARTITIONS): now free, it gets them at its next heartbeat.',
  'groups.k.note.behindRevoke':
    'The target of epoch {target} gives {tps} to another member: at its next heartbeat the coordinator asks it to revoke them.',
  'groups.k.note.behindGain':
    'The target of epoch {target} gives it {tps}: they arrive with a heartbeat response.',
  'groups.k.note.incoming':
    'The coordinator assigned it {tps}: it starts consuming them when the heartbeat response arrives.',
  'groups.k.note.noPartition': 'The server assignor gave it no partition in this epoch.',
  'groups.k.note.joining':
    'Joining: its first ConsumerGroupHeartbeat (member epoch 0) asks the coordinator for partitions.',
  'groups.k.note.stale':
    'Left the group: no poll() for max.poll.interval.ms, so it gave up its partitions without committing (epoch -1). It rejoins at its next poll().',
  'groups.k.note.leaving':
    'Leaving: its last heartbeat (member epoch -1) takes it out of the group.',
  'groups.line.pending': '{member} will own {tp} (target assignment)',
  'groups.partition.moving': 'owned by {member} → {target}',
  'groups.partition.releasedTo': 'released by {member} → {target}',
  'groups.partition.pendingTo': 'no owner yet → {target}',
};
