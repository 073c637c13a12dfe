// Korean texts: replication (the English ones, which define the keys, are in ./replication.ts). Loaded with
// the Korean dictionary only (ko.ts), never with the English one.
import type { replicationEn } from './replication';

export const replicationKo: Record<keyof typeof replicationEn, string> = {
  'brokerControls.label': 'Broker {id} 조작',
  'brokerControls.kill': '장애 내기',
  'brokerControls.kill.hint':
    'Broker {id} 강제 중단: 아무에게도 알리지 않고 바로 멈춤 (killBroker)',
  'brokerControls.shutdown': '정상 종료',
  'brokerControls.shutdown.hint':
    'Broker {id} 정상 종료: leader 역할을 먼저 다른 broker로 넘긴 뒤 멈춤 (shutdownBroker, controlled shutdown)',
  'brokerControls.restart': '다시 시작',
  'brokerControls.restart.hint':
    'Broker {id} 다시 시작: 로그를 복구하고 leader epoch 기준으로 잘라낸 뒤 따라잡음 (restartBroker)',
  'brokerControls.isolate': '격리',
  'brokerControls.isolate.hint':
    'Broker {id:을/를} 다른 broker와 controller에서 끊기. 클라이언트는 계속 접속 가능 (isolateBroker)',
  'brokerControls.heal': '연결 복구',
  'brokerControls.heal.hint':
    'Broker {id:을/를} 다른 broker 및 controller와 다시 연결 (healBroker)',
  'brokerControls.slow': '느리게',
  'brokerControls.slow.hint':
    'Broker {id} 느리게: replica fetcher가 fetch 사이에 59초씩 쉬어 뒤처짐 (slowBroker)',
  'brokerControls.normal': '정상 속도',
  'brokerControls.normal.hint': 'Broker {id}의 fetch 속도를 원래대로 (slowBroker, factor 1)',
  'brokerState.isolated': '격리됨',
  'brokerState.slow': '느림',
  'brokerState.pendingRestart': '재시작 대기',
  'brokerState.pendingRestart.hint':
    '이 broker가 시작한 뒤 바꾼 설정: {keys}. Kafka는 이 설정을 시작할 때만 읽으므로(read-only) 다음 재시작 때 적용됩니다.',

  'view.replication': '복제',

  'repl.label': '파티션 하나의 복제',
  'repl.topic': '토픽',
  'repl.partition': '파티션',
  'repl.partitionOption': '파티션 {partition}',
  'repl.noTopics': '이 시나리오에는 아직 토픽이 없습니다.',
  'repl.summary.leader': 'leader',
  'repl.summary.noLeader': '없음 — offline',
  'repl.summary.epoch': 'leader epoch',
  'repl.summary.isr': 'ISR',
  'repl.summary.hw': 'high watermark',
  'repl.summary.minIsr': 'min.insync.replicas',
  'repl.summary.unclean': 'unclean election',
  'repl.summary.on': '켜짐',
  'repl.summary.off': '꺼짐',
  'repl.isrBox': 'ISR — 동기화된 복제본',
  'repl.isrBox.hint':
    'high watermark까지의 레코드를 모두 가진 복제본. unclean election이 꺼져 있으면 이들만 leader가 될 수 있습니다.',
  'repl.outside': 'ISR 밖',
  'repl.outside.none': '모든 복제본이 동기화됨',
  'repl.isrEmpty': 'ISR이 비어 있음',
  'repl.lane.label': 'Broker {id}, {role}, {status}, log end offset {leo}, high watermark {hw}',
  'repl.role.leader': 'leader',
  'repl.role.follower': 'follower',
  'repl.role.outOfSync': '뒤처짐',
  'repl.role.none': 'leader 없음',
  'repl.role.zombie': '이전 leader (좀비)',
  'repl.role.zombie.title':
    'controller와 끊겨서 자신이 교체된 줄 모르고 producer의 쓰기를 계속 받고 있습니다.',
  'repl.crown.title': 'Leader, epoch {epoch}',
  'repl.status.online': '정상',
  'repl.status.offline': '중단됨',
  'repl.status.fenced': 'fenced',
  'repl.status.isolated': '격리됨',
  'repl.status.slow': '느림 ×{factor}',
  'repl.offline.note': '실행 중이 아님 — 로그는 디스크에 남아 있음',
  'repl.behind': '{count}개 뒤처짐',
  'repl.leo': 'LEO {leo}',
  'repl.hw': 'HW {hw}',
  'repl.leo.title': 'Log end offset {leo}: 이 복제본이 다음에 쓸 offset.',
  'repl.hw.title':
    '이 복제본이 아는 high watermark {hw}: consumer는 이보다 앞의 레코드만 읽습니다. follower는 fetch 한 번 늦게 알게 됩니다.',
  'repl.slot.missing': 'offset {offset}: 이 복제본에는 아직 없음',
  'repl.slot.older': 'offset {offset}: 이 복제본에 있음 (화면에는 최신 레코드만 색으로 표시)',
  'repl.cell.diverged': 'offset {offset}: leader와 다름 — 잘려 나갈 레코드',
  'repl.dup': '중복',
  'repl.cell.duplicate': 'offset {offset:은/는} offset {first}의 중복: 재시도된 배치가 두 번 쓰임',
  'repl.truncated': 'offset {offset}: 잘려 나감',
  'repl.truncatedNote': '잘라냄 {from} → {to}',
  'repl.truncatedNote.title':
    'offset {to}–{last:이/가} 이 복제본에서 지워졌습니다. 이전 leader epoch에 쓰였고 새 leader에는 없던 레코드입니다.',
  'repl.errors.title': '여기서 난 produce 오류',
  'repl.errors.last': '{error}',
  'repl.errors.count': '{count}번 거절됨 · {producer:이/가} 포기한 레코드 {failed}개',
  'repl.producer': 'Producer {id}',
  'repl.producer.acks': 'acks={acks}',
  'repl.producer.idempotent': '멱등성',
  'repl.producer.stats': 'ack {acked} · 실패 {failed}',
  'repl.controller': 'Controller {id}',
  'repl.controller.hint':
    'heartbeat를 받고, 응답 없는 broker를 fence하고, leader를 뽑고, ISR 변경을 기록합니다 (AlterPartition).',
  'repl.cut': '연결 끊김',
  'repl.legend.fetch': 'follower fetch',
  'repl.legend.records': '레코드',
  'repl.legend.heartbeat': 'heartbeat / AlterPartition',
  'repl.legend.cut': '끊긴 연결',
  'repl.legend.uncommitted': 'HW 위',
  'repl.legend.diverged': 'leader에 없음',
  'repl.legend.truncated': '잘려 나감',
  'repl.flights.title': '이 파티션의 네트워크 메시지',
  'repl.flights.none': '전송 중인 메시지 없음',
  'repl.flight.item': '{api} {direction}: {from} → {to}, {progress}%',

  'repl.caption.title': '방금 일어난 일',
  'repl.caption.at': '{time}',
  'repl.history.title': '지금까지의 흐름',
  'repl.history.empty': '아직 아무 문제도 없습니다.',

  'repl.metrics.title': '지표',
  'repl.metrics.underReplicated': 'UnderReplicatedPartitions',
  'repl.metrics.underReplicated.hint': 'ISR이 복제본 목록보다 작은 파티션 수.',
  'repl.metrics.offline': 'OfflinePartitionsCount',
  'repl.metrics.offline.hint': 'leader가 없는 파티션 수: 아무도 쓰거나 읽을 수 없습니다.',
  'repl.metrics.isrShrinks': 'ISR 축소',
  'repl.metrics.isrExpands': 'ISR 확장',
  'repl.metrics.failed': '실패한 produce 요청',
  'repl.metrics.failed.hint':
    '실패한 produce 시도, 오류별 (재시도된 시도도 셉니다). "포기" = producer가 최종 실패로 보고한 레코드.',
  'repl.metrics.failed.none': '없음',
  'repl.metrics.gaveUp': '포기',
  'repl.metrics.lost': 'AcknowledgedRecordsLost',
  'repl.metrics.lost.hint':
    'producer가 쓰기 성공(ack)을 받았는데 이제 어떤 복제본의 로그에도 없는 레코드 수. 안전한 설정에서는 항상 0입니다. producer마다 가장 최근에 ack된 레코드 100,000개는 하나씩 확인하고, 그보다 오래된 레코드는 offset으로만 확인합니다(어떤 로그도 그 offset에 닿지 않으면 유실). 그래서 메모리가 실행 시간에 따라 늘지 않습니다.',
  'repl.metrics.lost.zero': 'ack된 레코드 유실 없음',
  'repl.metrics.lost.some': 'ack된 레코드가 사라졌습니다',

  'caption.none':
    '모든 복제본이 정상입니다. leader에 장애를 내거나 격리하거나, follower를 느리게 만들고 Kafka가 어떻게 하는지 보세요.',
  'caption.broker.crashed.zk':
    'Broker {broker} 장애: 이제 아무 응답도 하지 않습니다. ZooKeeper는 마지막 ping 뒤 {session}초가 지나 session이 만료될 때에야 알아챕니다 (zookeeper.session.timeout.ms). 그때 ephemeral /brokers/ids/{broker} znode가 사라지고 controller의 watch가 울립니다 (이 broker가 controller였다면 /controller도 사라져 다른 broker들이 먼저 만들려고 경쟁합니다).',
  'caption.broker.crashed':
    'Broker {broker} 장애: 이제 아무 응답도 하지 않습니다. controller는 heartbeat가 {session}초 동안 없으면 알아챕니다 (broker.session.timeout.ms).',
  'caption.broker.stopped':
    'Broker {broker:이/가} controlled shutdown으로 멈췄습니다. leader 역할은 먼저 다른 broker로 넘어갔습니다.',
  'caption.broker.started':
    'Broker {broker} 다시 시작: 로그를 복구하고, leader epoch 기준으로 잘라낸 뒤 leader를 따라잡습니다.',
  'caption.broker.fenced.timeout':
    'Broker {broker:이/가} fence됨: {session}초 동안 heartbeat 없음 (broker.session.timeout.ms). 모든 ISR에서 빠지고 leader 역할을 잃습니다.',
  'caption.broker.fenced.shutdown':
    'Broker {broker}의 controlled shutdown 완료: 더는 leader인 파티션이 없으니 멈춰도 됩니다.',
  'caption.broker.fenced.other': 'Broker {broker:이/가} fence됨 ({reason}).',
  'caption.broker.unfenced':
    'Broker {broker}의 fence가 풀림: 클러스터 메타데이터를 따라잡았고 다시 leader가 될 수 있습니다.',
  'caption.broker.isolated':
    'Broker {broker:이/가} 다른 broker 및 controller와 끊겼습니다 — 하지만 producer는 여전히 접속할 수 있습니다.',
  'caption.broker.healed': 'Broker {broker:이/가} 클러스터와 다시 연결되었습니다.',
  'caption.broker.slow':
    'Broker {broker:이/가} 느려짐: follower fetch 사이에 {pause}초씩 쉬어서 leader보다 뒤처집니다.',
  'caption.broker.normal': 'Broker {broker:이/가} 다시 정상 속도로 fetch합니다.',
  'caption.isr.shrink.lag':
    'Broker {removed:이/가} ISR에서 빠짐: {lag}초 동안 따라잡지 못했습니다 (replica.lag.time.max.ms). 이제 ISR은 [{isr}].',
  'caption.isr.shrink.fenced':
    'controller가 broker {broker:을/를} fence해서 broker {removed:이/가} ISR에서 빠졌습니다. 이제 ISR은 [{isr}].',
  'caption.isr.shrink.shutdown':
    'Broker {removed:이/가} ISR에서 빠짐: 종료 중입니다 (controlled shutdown). 이제 ISR은 [{isr}].',
  'caption.isr.shrink.other': 'Broker {removed:이/가} ISR에서 빠짐 ({reason}). 이제 ISR은 [{isr}].',
  'caption.isr.expand.caughtUp':
    'Broker {added:이/가} ISR에 복귀: 로그가 high watermark에 도달했습니다. 이제 ISR은 [{isr}].',
  'caption.isr.expand.other': 'Broker {added:이/가} ISR에 들어옴 ({reason}). 이제 ISR은 [{isr}].',
  'caption.leader.fenced':
    'Broker {leader:이/가} 새 leader (epoch {epoch}): broker {broker:이/가} fence되어 controller가 살아 있는 첫 ISR 멤버를 골랐습니다.',
  'caption.leader.shutdown':
    'Broker {leader:이/가} 새 leader (epoch {epoch}): broker {broker:이/가} 종료 전에 leader 역할을 넘겼습니다.',
  'caption.leader.unfenced':
    'Broker {leader:이/가} 다시 leader (epoch {epoch}): 돌아와 보니 파티션에 leader가 없었습니다.',
  'caption.leader.other': 'Broker {leader:이/가} 새 leader (epoch {epoch}, {reason}).',
  'caption.leader.preferred':
    'Preferred leader election: 첫 번째 복제본인 broker {leader:이/가} 다시 leader가 되었습니다 (epoch {epoch}).',
  'caption.leader.unclean':
    'Unclean election: broker {leader:이/가} 최신 레코드 없이 leader가 됨 — ack된 레코드 유실 (epoch {epoch}, unclean.leader.election.enable=true).',
  'caption.leader.none':
    '파티션 offline: 살아 있는 ISR 멤버가 없고, unclean.leader.election.enable=false라서 뒤처진 복제본은 leader가 될 수 없습니다. 잃는 것은 없고, 기다립니다 (epoch {epoch}).',
  'caption.truncate':
    'Broker {broker:이/가} 로그를 offset {from}에서 {to:으로/로} 잘라냄: 이전 leader epoch에 쓰였지만 새 leader에는 없던 레코드 {removed}개가 사라졌습니다.',
  'caption.produce.notEnough':
    'NOT_ENOUGH_REPLICAS: ISR {isr} < min.insync.replicas {min}. leader는 너무 적은 복제본에만 남을 acks=all 쓰기를 거절합니다.',
  'caption.produce.notEnoughAfter':
    'NOT_ENOUGH_REPLICAS_AFTER_APPEND: 쓰기가 기다리는 동안 ISR이 min.insync.replicas {min} 아래로 줄었습니다. {producer:이/가} 재시도합니다.',
  'caption.produce.notLeader':
    '{producer:이/가} {error:을/를} 받음: 지금은 파티션 {partition}의 leader가 아닌 broker에 썼습니다. 메타데이터를 새로 받고 재시도합니다.',
  'caption.produce.network':
    '{producer:이/가} NETWORK_EXCEPTION을 받음: leader와의 연결이 끊겼습니다. 메타데이터를 새로 받고 재시도합니다.',
  'caption.produce.requestTimeout':
    '{producer:이/가} REQUEST_TIMED_OUT을 받음: request.timeout.ms 안에 응답이 없어 배치를 다시 보냅니다 (retries).',
  'caption.produce.deliveryTimeout':
    '{producer:이/가} 포기함: {error}. 이 레코드들은 끝내 ack되지 않았습니다.',
  'caption.produce.outOfOrder':
    '{producer:이/가} OUT_OF_ORDER_SEQUENCE_NUMBER를 받음: leader가 멱등성 sequence 번호의 빈틈을 보고 배치를 거절했습니다.',
  'caption.produce.other': '{producer}: 파티션 {partition}에서 {error}.',
};
