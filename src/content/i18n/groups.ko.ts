// Korean texts: groups (the English ones, which define the keys, are in ./groups.ts). Fetched with
// the view when the page is in Korean, or on a switch to Korean once the view has been shown (a
// text part: index.ts).
import type { groupsEn } from './groups';

export const groupsKo: Record<keyof typeof groupsEn, string> = {
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
    '{member:을/를} 정상 종료합니다: 커밋하고 LeaveGroup을 보내 그룹이 바로 리밸런스합니다 (removeConsumer)',
  'groups.crash': '장애',
  'groups.crash.hint':
    '{member:을/를} 갑자기 죽입니다: 커밋도 LeaveGroup도 없이, session.timeout.ms 뒤에 알려집니다 (crashConsumer)',
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
  'groups.line.hint': '{member:이/가} {tp} 담당',
  // consumer group protocol (KIP-848, group.protocol=consumer)
  'groups.protocolSelect': '프로토콜',
  'groups.protocolSelect.hint':
    '{group}의 group.protocol: 멤버들이 고른 프로토콜로 다시 시작합니다 (setConfig)',
  'groups.protocolOption.classic': 'classic',
  'groups.protocolOption.consumer': 'consumer (KIP-848)',
  'groups.protocol.switching':
    '{to:으로/로} 바꾸는 중: 기존 멤버가 모두 떠나고 새 멤버가 참여하면 coordinator가 그룹을 바꿉니다.',
  'groups.badge.classic': 'classic 프로토콜',
  'groups.badge.consumer': 'consumer 프로토콜 · KIP-848',
  'groups.remoteAssignor.hint':
    '{group}의 group.remote.assignor: coordinator가 실행할 server assignor입니다. 멤버들이 다시 시작합니다',
  'groups.remoteAssignor.default': '{assignor} (기본값)',
  'groups.protocol.consumer':
    'consumer 프로토콜: coordinator가 {assignor} server assignor로 할당을 계산합니다. 멤버는 heartbeat 한 번에 한 단계씩 옮겨 가고, 옮겨 가는 파티션만 멈춥니다',
  'groups.protocol.consumer.noAssignor':
    'consumer 프로토콜: coordinator가 server assignor로 할당을 계산합니다. 멤버는 heartbeat 한 번에 한 단계씩 옮겨 가고, 옮겨 가는 파티션만 멈춥니다',
  'groups.k.epochs': 'group epoch {epoch} · target epoch {target}',
  'groups.k.state': '상태 {state}',
  'groups.k.step.epoch': 'epoch 증가',
  'groups.k.step.epochN': 'epoch 증가 → {epoch}',
  'groups.k.step.target': 'target 계산',
  'groups.k.step.targetN': 'target {epoch} 계산 ({assignor})',
  'groups.k.step.reconciling': '멤버 reconcile 중',
  'groups.k.step.stable': 'Stable',
  'groups.k.step.at': '{step}: {time}',
  'groups.k.step.skipped':
    '{step}: 이번에는 필요 없었습니다 (모든 멤버가 이미 target에 있었습니다)',
  'groups.k.phases': '{id}의 최근 group epoch 단계',
  'groups.k.hint.Empty': '멤버가 없습니다: 그룹은 커밋된 offset만 가지고 있습니다.',
  'groups.k.hint.Assigning':
    'group epoch가 target assignment보다 앞서 있습니다: coordinator가 새 epoch의 할당을 계산합니다.',
  'groups.k.hint.Reconciling':
    '멤버들이 heartbeat 한 번에 한 단계씩 target으로 옮겨 갑니다. 옮겨 갈 파티션은 지금 주인이 먼저 내려놓고, 그다음 새 멤버에게 넘어갑니다. 나머지 멤버는 계속 소비합니다: 그룹 전체가 멈추지 않습니다.',
  'groups.k.hint.Stable':
    '모든 멤버가 group epoch의 target에서 자기 몫을 정확히 가지고 있습니다. heartbeat(group.consumer.heartbeat.interval.ms)로 그룹에 남아 있습니다.',
  'groups.k.hint.Dead':
    '지금은 그룹을 맡은 broker가 없습니다: __consumer_offsets 파티션에 leader가 없습니다.',
  'groups.k.history': 'consumer 프로토콜의 최근 단계',
  'groups.k.ev.epoch': '{time} group epoch {epoch}: {reason}',
  'groups.k.ev.target': '{time} epoch {epoch}의 target 계산: {assignor}, 멤버 {members}개',
  'groups.k.ev.unrevoked':
    '{time} {member}: {tps}부터 내려놓아야 합니다 (UNREVOKED_PARTITIONS), epoch {epoch} 유지',
  'groups.k.ev.unreleased':
    '{time} {member}: epoch {epoch}, 다른 멤버가 아직 가진 파티션을 기다립니다 (UNRELEASED_PARTITIONS)',
  'groups.k.ev.stable': '{time} {member}: epoch {epoch}, {tps}',
  'groups.k.ev.revoked': '{time} {member}: {tps} 내려놓음',
  'groups.k.ev.lost': '{time} {member}: {tps} 잃음',
  'groups.k.ev.assigned': '{time} {member}: {tps} 받음 (epoch {epoch})',
  'groups.k.ev.fenced': '{time} {member} fenced ({error}): 파티션을 내려놓고 다시 참여합니다',
  'groups.k.ev.left': '{time} {member}: 그룹을 떠남 ({reason})',
  'groups.k.ev.state': '{time} {from} → {to} (epoch {epoch})',
  'groups.k.none': '파티션 없음',
  'groups.member.epoch': 'epoch {epoch}',
  'groups.member.epochBehind': 'epoch {epoch} (target epoch {target})',
  'groups.member.state.JOINING': '참여 중',
  'groups.member.state.RECONCILING': 'reconcile 중',
  'groups.member.state.ACKNOWLEDGING': '확인 보내는 중',
  'groups.member.state.FENCED': 'fenced',
  'groups.member.state.LEAVING': '떠나는 중',
  'groups.member.state.STALE': 'stale',
  'groups.member.state.UNSUBSCRIBED': '구독 해제',
  'groups.chip.outgoing': '{tp}: 내려놓을 파티션 (target에 없음)',
  'groups.chip.incoming': '{tp}: target에 있지만 아직 받지 못함',
  'groups.k.note.unrevoked':
    '{tps} 내려놓는 중 (UNREVOKED_PARTITIONS): epoch {epoch:을/를} 유지한 채 나머지는 계속 소비합니다. 내려놓았다고 알리면 coordinator가 epoch {target:으로/로} 올립니다.',
  'groups.k.note.unreleasedBy':
    '{owners}에게서 {tps} 파티션을 넘겨받기를 기다립니다 (UNRELEASED_PARTITIONS): 그쪽이 내려놓은 뒤의 heartbeat에서 받습니다.',
  'groups.k.note.unreleased':
    '기다리던 {tps} 파티션이 풀렸습니다 (UNRELEASED_PARTITIONS): 다음 heartbeat에서 받습니다.',
  'groups.k.note.behindRevoke':
    'epoch {target}의 target은 {tps} 파티션을 다른 멤버에게 줍니다: 다음 heartbeat에서 coordinator가 내려놓으라고 합니다.',
  'groups.k.note.behindGain':
    'epoch {target}의 target이 이 멤버에게 {tps} 파티션을 줍니다: heartbeat 응답과 함께 도착합니다.',
  'groups.k.note.incoming':
    'coordinator가 {tps} 파티션을 할당했습니다: heartbeat 응답이 도착하면 소비를 시작합니다.',
  'groups.k.note.noPartition': '이번 epoch에서는 server assignor가 파티션을 주지 않았습니다.',
  'groups.k.note.joining':
    '참여 중: 첫 ConsumerGroupHeartbeat(member epoch 0)로 coordinator에게 파티션을 요청합니다.',
  'groups.k.note.stale':
    '그룹에서 빠졌습니다: max.poll.interval.ms 동안 poll()이 없어서 커밋 없이 파티션을 내려놓았습니다(epoch -1). 다음 poll()에서 다시 참여합니다.',
  'groups.k.note.leaving': '떠나는 중: 마지막 heartbeat(member epoch -1)로 그룹에서 빠집니다.',
  'groups.line.pending': '{tp} → {member} 예정 (target assignment)',
  'groups.partition.moving': '{member} 담당 → {target}',
  'groups.partition.releasedTo': '{member}에게서 회수됨 → {target}',
  'groups.partition.pendingTo': '아직 담당 없음 → {target}',
};
