// Korean texts: captions (the English ones, which define the keys, are in ./captions.ts). Loaded with
// the Korean dictionary only (ko.ts), never with the English one.
import type { captionsEn } from './captions';

export const captionsKo: Record<keyof typeof captionsEn, string> = {
  'captions.title': '방금 일어난 일',
  'captions.cluster.label': '클러스터에서 방금 일어난 일',
  'captions.group.label': '그룹 {group}에서 방금 일어난 일',
  'captions.at': '{time}',
  'captions.before': '그 전에',
  'captions.cluster.none':
    '레코드가 producer에서 각 파티션의 leader로 가고, follower들이 그것을 fetch합니다. broker 하나를 죽이고 controller가 새 leader를 뽑는 모습을 보세요.',
  'captions.group.none':
    '그룹 {group}에는 아직 아무 일도 없었습니다: 멤버들이 참여하는 중입니다. 멤버를 추가하거나 종료하거나 장애를 내고 리밸런스를 보세요.',

  'captions.leader.controllerFailover':
    '{tp}의 새 leader: broker {leader} (leader epoch {epoch}). 새 controller가 ZooKeeper에서 모든 partition의 상태를 다 읽은 뒤, 이 partition에 살아 있는 leader가 없음을 보고 복제본 [{replicas}] 중 ISR [{isr}]에 남은 첫 번째 복제본인 broker {leader:을/를} 골랐습니다.',
  'captions.leader.sessionEnded':
    '{tp}의 새 leader: broker {leader} (leader epoch {epoch}). broker {broker}의 ZooKeeper session이 만료되어({session}초 동안 ping 없음, zookeeper.session.timeout.ms) controller가 그 leader 역할을 옮겼고, 복제본 [{replicas}] 중 ISR [{isr}]에 남은 첫 번째 복제본: broker {leader}.',
  'captions.leader.fenced':
    '{tp}의 새 leader: broker {leader} (leader epoch {epoch}). broker {broker}의 heartbeat가 {session}초(broker.session.timeout.ms) 동안 끊겨 controller가 fence했고, 복제본 [{replicas}] 중 ISR [{isr}]에 남은 첫 번째 복제본: broker {leader}.',
  'captions.leader.shutdown':
    '{tp}의 새 leader: broker {leader} (leader epoch {epoch}). broker {broker}의 정상 종료(controlled shutdown) 전에 leader 역할을 먼저 넘겼고, 복제본 [{replicas}] 중 ISR [{isr}]의 첫 번째 복제본: broker {leader}.',
  'captions.leader.unfenced':
    '{tp}의 leader로 broker {leader} 복귀 (leader epoch {epoch}): 돌아와 보니 파티션에 leader가 없었습니다.',
  'captions.leader.preferred':
    'Preferred leader election: 복제본 [{replicas}]의 첫 번째인 broker {leader}, 다시 {tp}의 leader (leader epoch {epoch}).',
  'captions.leader.unclean':
    '{tp}에서 unclean election: 최신 레코드가 없는 broker {leader}, leader가 됨 — ack된 레코드 유실 (leader epoch {epoch}, unclean.leader.election.enable=true).',
  'captions.leader.none':
    '{tp} offline: 살아 있는 ISR 멤버가 없고, unclean.leader.election.enable=false라서 뒤처진 복제본은 leader가 될 수 없습니다. 잃은 것은 없고 기다립니다 (leader epoch {epoch}).',
  'captions.leader.other': '{tp}의 새 leader: broker {leader} (leader epoch {epoch}, {reason}).',
  'captions.leader.also': '같은 변화로 옮겨진 다른 leader: {list}.',
  'captions.isr.shrink.lag':
    '{tp}의 ISR에서 broker {removed} 제외: {lag}초(replica.lag.time.max.ms) 동안 따라잡지 못했습니다. 이제 ISR은 [{isr}].',
  'captions.isr.shrink.fenced':
    '{tp}의 ISR에서 broker {removed} 제외 (controller가 broker {broker} fence). 이제 ISR은 [{isr}].',
  'captions.isr.shrink.shutdown':
    '{tp}의 ISR에서 broker {removed} 제외: 정상 종료(controlled shutdown) 중입니다. 이제 ISR은 [{isr}].',
  'captions.isr.shrink.other':
    '{tp}의 ISR에서 broker {removed} 제외 ({reason}). 이제 ISR은 [{isr}].',
  'captions.isr.expand.caughtUp':
    '{tp}의 ISR에 broker {added} 복귀: 로그가 high watermark에 닿았습니다. 이제 ISR은 [{isr}].',
  'captions.isr.expand.other': '{tp}의 ISR에 broker {added} 추가 ({reason}). 이제 ISR은 [{isr}].',
  'captions.truncate':
    'Broker {broker}: {tp}의 로그를 offset {from}에서 {to}까지 잘라냄. 이전 leader epoch에 쓰였지만 새 leader에는 없던 레코드 {removed}개가 사라졌습니다.',

  'captions.group.forming':
    '그룹 {group} 구성 중: {member} 참여. coordinator(broker {coordinator})는 첫 할당 전에 group.initial.rebalance.delay.ms({delay}초) 동안 멤버를 더 기다립니다 — 그동안 누가 참여하면 한 번 더 기다립니다.',
  'captions.group.rebalance.joined':
    '그룹 {group} 리밸런스: {member} 참여. 모든 멤버가 다시 참여(JoinGroup)해야 coordinator(broker {coordinator})가 파티션을 다시 나눠 줍니다.',
  'captions.group.rebalance.rejoin':
    '그룹 {group} 리밸런스: {member}, JoinGroup을 다시 보냄. coordinator(broker {coordinator})는 모든 멤버가 다시 참여하기를 기다립니다.',
  'captions.group.rebalance.left':
    '그룹 {group} 리밸런스: {member} 떠남 (LeaveGroup). 그 파티션은 다른 멤버에게 갑니다.',
  'captions.group.rebalance.poll':
    '그룹 {group} 리밸런스: {member}, max.poll.interval.ms 안에 poll()을 부르지 않아 떠남. 그 파티션은 다른 멤버에게 갑니다.',
  'captions.group.rebalance.session':
    '그룹 {group} 리밸런스: session.timeout.ms 동안 {member}의 heartbeat가 없어 coordinator(broker {coordinator})가 제거했습니다. 그 파티션은 다른 멤버에게 갑니다.',
  'captions.group.rebalance.sync':
    '그룹 {group} 리밸런스: 제때 SyncGroup을 보내지 않은 멤버들이 제거되었습니다.',
  'captions.group.rebalance.coordinator':
    '그룹 {group} 리밸런스: coordinator가 broker {coordinator:으로/로} 옮겨 모든 멤버가 다시 참여합니다.',
  'captions.group.rebalance.other': '그룹 {group} 리밸런스 ({reason}).',
  'captions.group.joined':
    '그룹 {group}: 모든 멤버가 다시 참여함 (generation {generation}). leader 멤버 {leader}: {protocol:으로/로} 할당을 계산해 SyncGroup에 담아 보냅니다.',
  'captions.group.assigning':
    '그룹 {group}: group epoch {generation}. coordinator(broker {coordinator})가 새 목표 배정을 계산합니다.',
  'captions.group.assigned':
    '그룹 {group}, generation {generation}: {strategy} 할당 결과 {list}. 이제 각 멤버가 자기 파티션을 leader에서 fetch합니다.',
  'captions.group.assignedNone':
    '그룹 {group}, generation {generation}: 남은 멤버가 없어 할당된 파티션이 없습니다.',
  'captions.group.target':
    '그룹 {group}, group epoch {epoch}: {assignor} assignor의 목표 배정 {list}. 멤버들은 다음 heartbeat 때 그쪽으로 옮기고, 아무도 읽기를 멈추지 않습니다.',
  'captions.group.coordinator':
    '그룹 {group}의 새 coordinator: broker {broker}. __consumer_offsets-{partition}의 leader가 되어 그룹을 거기서 불러왔습니다.',
  'captions.member.left.leave': '{member}: 그룹 {group}에서 떠남 (LeaveGroup).',
  'captions.member.left.session.timeout':
    '{member}: session.timeout.ms 동안 heartbeat가 없어 그룹 {group}에서 제거됨.',
  'captions.member.left.max.poll.interval':
    '{member}: max.poll.interval.ms 안에 poll()을 부르지 않아 그룹 {group}에서 떠남.',
  'captions.member.left.rebalance.timeout':
    '{member}: rebalance timeout 안에 파티션을 내려놓지 않아 그룹 {group}에서 제거됨.',
  'captions.member.crashed':
    '{member}({group}): 알리지 않고 죽음. session.timeout.ms 동안 heartbeat가 없을 때까지 그 파티션은 이 멤버에게 남아 있습니다.',
  'captions.member.fenced':
    '{member}: coordinator가 fence함 ({error}). 파티션을 내려놓고 그룹 {group}에 다시 참여합니다.',

  'captions.upcoming.label': '이 시나리오에서 곧 일어날 일',
  'captions.upcoming.in': '{seconds}초 뒤',
  'captions.upcoming.yours': '내 동작',
  'captions.upcoming.killBroker': 'broker {broker} 장애 (killBroker)',
  'captions.upcoming.shutdownBroker': 'broker {broker} 정상 종료 (controlled shutdown)',
  'captions.upcoming.restartBroker': 'broker {broker} 다시 시작',
  'captions.upcoming.isolateBroker': 'broker {broker}, 다른 broker 및 controller와 격리',
  'captions.upcoming.healBroker': 'broker {broker} 연결 복구',
  'captions.upcoming.slowBroker': 'broker {broker}의 fetch가 느려짐',
  'captions.upcoming.addConsumer': '그룹 {group}에 새 멤버 참여',
  'captions.upcoming.removeConsumer': '{member}: 그룹 {group}에서 떠남',
  'captions.upcoming.crashConsumer': '{member}({group}) 장애',
  'captions.upcoming.stallConsumer': '{member}: {seconds}초 동안 poll() 호출 멈춤',
  'captions.upcoming.setWorkload': '{producer}: 초당 {rate}개 전송',
  'captions.upcoming.setConfig': '{target}: {key} = {value}',
  'captions.upcoming.createTopic': '토픽 {topic} 생성',
  'captions.upcoming.addPartitions': '토픽 {topic}의 파티션을 {count}개로 늘림',
  'captions.upcoming.produce': '{producer}: {key} → “{value}” 전송',
  'captions.upcoming.produceNull': '{producer}: 키 없는 레코드 전송',

  'captions.joining': '그룹 참여 중 (리밸런스 진행 중)',
  'captions.joining.initialDelay':
    'group.initial.rebalance.delay.ms: {seconds}초 남음 (그동안 멤버가 들어왔다면 한 번 더 기다림)',
  'captions.joining.rebalanceTimeout':
    '모든 멤버가 다시 참여하기를 기다리는 중, 최대 {seconds}초 더 (max.poll.interval.ms)',
  'captions.joining.pill': '참여 중',

  'events.hw.grouped':
    '{tp}: high watermark {times}번 전진, {from} → {to} (leader broker {leader}, {followers}도 반영)',
  'events.hw.groupedLeaderOnly':
    '{tp}: high watermark {times}번 전진, {from} → {to} (leader broker {leader})',
  'events.hw.groupedOnce':
    '{tp}: high watermark 한 번 전진, {from} → {to} (leader broker {leader}, {followers}도 반영)',
  'events.hw.groupedLeaderOnlyOnce':
    '{tp}: high watermark 한 번 전진, {from} → {to} (leader broker {leader})',
  'events.hw.groupedNoLeader':
    '{tp}: high watermark {times}번 전진, {from} → {to} (broker {brokers})',
  'events.hw.followers.one': 'follower {ids}',
  'events.hw.followers.many': 'follower {ids}',
  'events.hw.one': '{tp}: broker {broker}({role})의 high watermark {from} → {to}',
  'events.hw.role.leader': 'leader',
  'events.hw.role.follower': 'follower',
  'events.group.rebalance':
    '그룹 {group}: 리밸런스 시작 — 다음 generation 전에 모든 멤버가 다시 참여합니다 (지금 {generation})',
};
