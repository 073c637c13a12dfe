// Texts of the consumer-group view and its controls, in both languages.
// Spread into en.ts and ko.ts; the Korean object is typed against the English keys.

export const groupsEn = {
  'view.groups': 'Consumer groups',
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
};

export const groupsKo: Record<keyof typeof groupsEn, string> = {
  'view.groups': 'Consumer Group',
  'groups.label': 'Consumer Group',
  'groups.none': '이 시나리오에는 consumer group이 없습니다.',
  'groups.group': '그룹 {id}',
  'groups.topics': '{topics} 구독',
  'groups.generation': 'generation {generation}',
  'groups.leader': 'leader {member}',
  'groups.coordinator': 'coordinator: broker {broker} (__consumer_offsets-{partition})',
  'groups.coordinator.none': 'coordinator 없음 (__consumer_offsets-{partition}에 leader 없음)',
  'groups.consumed': '소비',
  'groups.redelivered': '재전달',
  'groups.redelivered.hint':
    '두 번 처리된 레코드: 장애나 리밸런스 뒤 파티션은 커밋된 offset부터 다시 읽습니다',
  'groups.totalLag': '전체 lag',
  'groups.protocol.EAGER': 'eager: 리밸런스마다 모든 멤버가 파티션을 전부 내려놓습니다',
  'groups.protocol.COOPERATIVE':
    'cooperative: 옮겨 가는 파티션만 두 번의 리밸런스에 걸쳐 회수합니다',

  'groups.phases': '{id}의 리밸런스 단계',
  'groups.phase.Empty': 'Empty',
  'groups.phase.PreparingRebalance': 'PreparingRebalance',
  'groups.phase.CompletingRebalance': 'CompletingRebalance',
  'groups.phase.Stable': 'Stable',
  'groups.phase.Dead': 'Dead',
  'groups.phaseHint.Empty': '멤버가 없습니다: 그룹은 커밋된 offset만 가지고 있습니다.',
  'groups.phaseHint.PreparingRebalance':
    'coordinator가 모든 멤버의 JoinGroup을 기다립니다 (heartbeat에는 REBALANCE_IN_PROGRESS로 답합니다).',
  'groups.phaseHint.CompletingRebalance':
    '모두 참여했습니다: leader 멤버가 할당을 계산해 SyncGroup으로 보냅니다.',
  'groups.phaseHint.Stable':
    '멤버마다 자기 파티션을 맡아 소비합니다. heartbeat로 그룹에 남아 있습니다.',
  'groups.phaseHint.Dead':
    '지금은 그룹을 맡은 broker가 없습니다: __consumer_offsets 파티션에 leader가 없습니다.',
  'groups.history': '최근 상태 변화',
  'groups.history.item': '{time} {from} → {to} (gen {generation}) {reason}',

  'groups.members': '멤버',
  'groups.partitions': '파티션',
  'groups.noMembers': '실행 중인 멤버가 없습니다. 하나 추가해 보세요.',
  'groups.member.leader': 'leader',
  'groups.member.crashed': '장애',
  'groups.member.stalled': 'poll 멈춤',
  'groups.member.state.UNJOINED': '참여 중',
  'groups.member.state.PREPARING_REBALANCE': '재참여 중',
  'groups.member.state.COMPLETING_REBALANCE': 'SyncGroup 대기',
  'groups.member.state.STABLE': '안정',
  'groups.idle': '유휴',
  'groups.idle.tooMany': '멤버가 파티션보다 많습니다: 파티션은 그룹 안에서 한 멤버에게만 갑니다.',
  'groups.idle.rebalance': '리밸런스가 파티션을 나눠 주기를 기다립니다.',
  'groups.idle.revoked': '리밸런스를 위해 파티션을 모두 내려놓았습니다 (eager): 소비가 멈춥니다.',
  'groups.idle.noPartition': '이번 generation에서는 assignor가 파티션을 주지 않았습니다.',
  'groups.crashed.note':
    '알리지 않고 죽었습니다: coordinator는 session.timeout.ms 뒤에 알아채고 리밸런스합니다.',
  'groups.stalled.note': 'poll()을 부르지 않습니다: max.poll.interval.ms 뒤에 그룹에서 빠집니다.',

  'groups.add': '멤버 추가',
  'groups.add.hint': '{group}에 consumer를 하나 더 띄웁니다 (addConsumer): 그룹이 리밸런스합니다',
  'groups.stop': '종료',
  'groups.stop.hint':
    '{member}를 정상 종료합니다: 커밋하고 LeaveGroup을 보내 그룹이 바로 리밸런스합니다 (removeConsumer)',
  'groups.crash': '장애',
  'groups.crash.hint':
    '{member}를 갑자기 죽입니다: 커밋도 LeaveGroup도 없이, session.timeout.ms 뒤에 알려집니다 (crashConsumer)',
  'groups.memberActions': '{member} 작업',
  'groups.assignor': 'Assignor',
  'groups.assignor.hint': '{group}의 partition.assignment.strategy: 모든 멤버가 다시 참여합니다',
  'groups.assignor.list': '{list} (기본값)',

  'groups.partition.owner': '{member} 담당',
  'groups.partition.revoked': '{member}에게서 회수됨',
  'groups.partition.unowned': '담당 없음',
  'groups.partition.committed': '커밋',
  'groups.partition.position': 'position',
  'groups.partition.hw': 'HW',
  'groups.partition.lag': 'lag',
  'groups.partition.summary':
    '{tp}: 커밋 {committed}, position {position}, high watermark {hw}, lag {lag}',
  'groups.lagChart': '{tp}의 시간별 lag',
  'groups.lagChart.max': '최대 {lag}',
  'groups.line.hint': '{member}가 {tp} 담당',
};
