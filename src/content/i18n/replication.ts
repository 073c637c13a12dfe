// Texts of the broker controls (every view) and of the replication view, in both languages.
// Spread into en.ts and ko.ts; the Korean object is typed against the English keys.

export const replicationEn = {
  'brokerControls.label': 'Broker {id} actions',
  'brokerControls.kill': 'Crash',
  'brokerControls.kill.hint':
    'Crash broker {id}: it stops at once, without telling anyone (killBroker)',
  'brokerControls.shutdown': 'Shut down',
  'brokerControls.shutdown.hint':
    'Shut broker {id} down cleanly: its leaderships move away first (shutdownBroker, controlled shutdown)',
  'brokerControls.restart': 'Restart',
  'brokerControls.restart.hint':
    'Start broker {id} again: it recovers its log, truncates to its leader epoch and catches up (restartBroker)',
  'brokerControls.isolate': 'Isolate',
  'brokerControls.isolate.hint':
    'Cut broker {id} off from the other brokers and the controller; clients still reach it (isolateBroker)',
  'brokerControls.heal': 'Heal',
  'brokerControls.heal.hint':
    'Reconnect broker {id} to the other brokers and the controller (healBroker)',
  'brokerControls.slow': 'Slow',
  'brokerControls.slow.hint':
    'Slow broker {id} down: its replica fetcher pauses 59 s between fetches, so it falls behind (slowBroker)',
  'brokerControls.normal': 'Normal',
  'brokerControls.normal.hint':
    'Give broker {id} its normal fetch speed back (slowBroker, factor 1)',
  'brokerState.isolated': 'isolated',
  'brokerState.slow': 'slow',
  'brokerState.pendingRestart': 'restart pending',
  'brokerState.pendingRestart.hint':
    'Set since this broker started: {keys}. Kafka reads these only at startup (read-only), so they take effect at its next restart.',

  'view.replication': 'Replication',

  'repl.label': 'Replication of one partition',
  'repl.topic': 'Topic',
  'repl.partition': 'Partition',
  'repl.partitionOption': 'partition {partition}',
  'repl.noTopics': 'This scenario has no topic yet.',
  'repl.summary.leader': 'leader',
  'repl.summary.noLeader': 'none — offline',
  'repl.summary.epoch': 'leader epoch',
  'repl.summary.isr': 'ISR',
  'repl.summary.hw': 'high watermark',
  'repl.summary.minIsr': 'min.insync.replicas',
  'repl.summary.unclean': 'unclean election',
  'repl.summary.on': 'on',
  'repl.summary.off': 'off',
  'repl.isrBox': 'ISR — in-sync replicas',
  'repl.isrBox.hint':
    'Replicas that have every record up to the high watermark. Only they may become leader (unless unclean election is on).',
  'repl.outside': 'Outside the ISR',
  'repl.outside.none': 'every replica is in sync',
  'repl.isrEmpty': 'the ISR is empty',
  'repl.lane.label': 'Broker {id}, {role}, {status}, log end offset {leo}, high watermark {hw}',
  'repl.role.leader': 'leader',
  'repl.role.follower': 'follower',
  'repl.role.outOfSync': 'out of sync',
  'repl.role.none': 'no leader',
  'repl.role.zombie': 'ex-leader (zombie)',
  'repl.role.zombie.title':
    'Cut off from the controller, it has not heard that it was replaced and still accepts writes from producers.',
  'repl.crown.title': 'Leader, epoch {epoch}',
  'repl.status.online': 'online',
  'repl.status.offline': 'offline',
  'repl.status.fenced': 'fenced',
  'repl.status.isolated': 'isolated',
  'repl.status.slow': 'slow ×{factor}',
  'repl.offline.note': 'not running — its log waits on disk',
  'repl.behind': '{count} behind',
  'repl.leo': 'LEO {leo}',
  'repl.hw': 'HW {hw}',
  'repl.leo.title': 'Log end offset {leo}: the next offset this replica will write.',
  'repl.hw.title':
    'High watermark {hw} as this replica knows it: consumers read only below it. Followers learn it one fetch later.',
  'repl.slot.missing': 'offset {offset}: not on this replica yet',
  'repl.slot.older':
    'offset {offset}: on this replica (its key is not drawn: only the newest records are kept on screen)',
  'repl.cell.diverged': 'offset {offset} differs from the leader: it will be truncated',
  'repl.dup': 'dup',
  'repl.cell.duplicate':
    'offset {offset} is a duplicate of offset {first}: a retried batch, written twice',
  'repl.truncated': 'offset {offset}: truncated away',
  'repl.truncatedNote': 'truncated {from} → {to}',
  'repl.truncatedNote.title':
    'Offsets {to}–{last} were removed from this replica: they were written in an older leader epoch and were never on the new leader.',
  'repl.errors.title': 'Produce errors here',
  'repl.errors.last': '{error}',
  'repl.errors.count': '{count} attempts refused · {producer} gave up on {failed} records',
  'repl.producer': 'Producer {id}',
  'repl.producer.acks': 'acks={acks}',
  'repl.producer.idempotent': 'idempotent',
  'repl.producer.stats': 'acked {acked} · failed {failed}',
  'repl.controller': 'Controller {id}',
  'repl.controller.hint':
    'Receives heartbeats, fences silent brokers, elects leaders, records ISR changes (AlterPartition).',
  'repl.cut': 'link cut',
  'repl.legend.fetch': 'follower fetch',
  'repl.legend.records': 'records',
  'repl.legend.heartbeat': 'heartbeat / AlterPartition',
  'repl.legend.cut': 'cut link',
  'repl.legend.uncommitted': 'above HW',
  'repl.legend.diverged': 'not on the leader',
  'repl.legend.truncated': 'truncated',
  'repl.flights.title': 'On the network for this partition',
  'repl.flights.none': 'nothing in flight',
  'repl.flight.item': '{api} {direction}: {from} → {to}, {progress}%',

  'repl.caption.title': 'What just happened',
  'repl.caption.at': 'at {time}',
  'repl.history.title': 'Story so far',
  'repl.history.empty': 'Nothing has gone wrong yet.',

  'repl.metrics.title': 'Metrics',
  'repl.metrics.underReplicated': 'UnderReplicatedPartitions',
  'repl.metrics.underReplicated.hint': 'Partitions whose ISR is smaller than their replica list.',
  'repl.metrics.offline': 'OfflinePartitionsCount',
  'repl.metrics.offline.hint': 'Partitions with no leader: nobody can write or read them.',
  'repl.metrics.isrShrinks': 'ISR shrinks',
  'repl.metrics.isrExpands': 'ISR expands',
  'repl.metrics.failed': 'Failed produce requests',
  'repl.metrics.failed.hint':
    'Produce attempts that failed, by error (a retried attempt counts too). "gave up" = records the producer finally reported as failed.',
  'repl.metrics.failed.none': 'none',
  'repl.metrics.gaveUp': 'gave up',
  'repl.metrics.lost': 'AcknowledgedRecordsLost',
  'repl.metrics.lost.hint':
    'Records a producer was told were written, and that are no longer in any replica’s log. Zero in every safe setting.',
  'repl.metrics.lost.zero': 'no acknowledged record lost',
  'repl.metrics.lost.some': 'acknowledged records are gone',

  'caption.none':
    'All replicas are healthy. Crash or isolate the leader, or slow a follower, and watch what Kafka does.',
  'caption.broker.crashed':
    'Broker {broker} crashed: it answers nothing now. The controller notices after {session} s without a heartbeat (broker.session.timeout.ms).',
  'caption.broker.stopped':
    'Broker {broker} stopped after a controlled shutdown: its leaderships had moved away first.',
  'caption.broker.started':
    'Broker {broker} started again: it recovers its log, truncates to its leader epoch and catches up from the leader.',
  'caption.broker.fenced.timeout':
    'Broker {broker} was fenced: no heartbeat for {session} s (broker.session.timeout.ms). It leaves every ISR and loses its leaderships.',
  'caption.broker.fenced.shutdown':
    'Broker {broker} finished its controlled shutdown: it leads nothing any more, so it can stop.',
  'caption.broker.fenced.other': 'Broker {broker} was fenced ({reason}).',
  'caption.broker.unfenced':
    'Broker {broker} is unfenced: it caught up with the cluster metadata and may lead again.',
  'caption.broker.isolated':
    'Broker {broker} is cut off from the other brokers and the controller — but producers can still reach it.',
  'caption.broker.healed': 'Broker {broker} is connected to the cluster again.',
  'caption.broker.slow':
    'Broker {broker} is slow: its follower fetches pause {pause} s, so it falls behind the leader.',
  'caption.broker.normal': 'Broker {broker} fetches at normal speed again.',
  'caption.isr.shrink.lag':
    'Broker {removed} left the ISR: it had not caught up for {lag} s (replica.lag.time.max.ms). ISR is now [{isr}].',
  'caption.isr.shrink.fenced':
    'Broker {removed} left the ISR because the controller fenced broker {broker}. ISR is now [{isr}].',
  'caption.isr.shrink.shutdown':
    'Broker {removed} left the ISR: it is shutting down (controlled shutdown). ISR is now [{isr}].',
  'caption.isr.shrink.other': 'Broker {removed} left the ISR ({reason}). ISR is now [{isr}].',
  'caption.isr.expand.caughtUp':
    'Broker {added} is back in the ISR: its log reached the high watermark. ISR is now [{isr}].',
  'caption.isr.expand.other': 'Broker {added} joined the ISR ({reason}). ISR is now [{isr}].',
  'caption.leader.fenced':
    'Broker {leader} is the new leader (epoch {epoch}): broker {broker} was fenced, and the controller picked the first live ISR member.',
  'caption.leader.shutdown':
    'Broker {leader} is the new leader (epoch {epoch}): broker {broker} handed leadership over before shutting down.',
  'caption.leader.unfenced':
    'Broker {leader} is the leader again (epoch {epoch}): it came back and the partition had no leader.',
  'caption.leader.other': 'Broker {leader} is the new leader (epoch {epoch}, {reason}).',
  'caption.leader.preferred':
    'Preferred leader election: broker {leader}, the first replica, leads again (epoch {epoch}).',
  'caption.leader.unclean':
    'Unclean election: broker {leader} leads without the latest records — acknowledged records lost (epoch {epoch}, unclean.leader.election.enable=true).',
  'caption.leader.none':
    'Partition offline: no ISR member is alive, and unclean.leader.election.enable=false keeps out-of-sync replicas from leading. Nothing is lost; it waits (epoch {epoch}).',
  'caption.truncate':
    'Broker {broker} truncated its log from offset {from} to {to}: {removed} records written in an older leader epoch were never on the new leader, so they are gone.',
  'caption.produce.notEnough':
    'NOT_ENOUGH_REPLICAS: ISR {isr} < min.insync.replicas {min}. The leader refuses acks=all writes rather than keep them on too few replicas.',
  'caption.produce.notEnoughAfter':
    'NOT_ENOUGH_REPLICAS_AFTER_APPEND: the ISR fell below min.insync.replicas {min} while the write waited; {producer} retries it.',
  'caption.produce.notLeader':
    '{producer} got {error}: it wrote to a broker that does not lead partition {partition} now; it refreshes metadata and retries.',
  'caption.produce.network':
    '{producer} got NETWORK_EXCEPTION: its connection to the leader broke; it refreshes metadata and retries.',
  'caption.produce.requestTimeout':
    '{producer} got REQUEST_TIMED_OUT: no answer within request.timeout.ms; it sends the batch again (retries).',
  'caption.produce.deliveryTimeout':
    '{producer} gave up: {error}. The records were never acknowledged.',
  'caption.produce.outOfOrder':
    '{producer} got OUT_OF_ORDER_SEQUENCE_NUMBER: the leader saw a gap in the idempotent sequence numbers and refused the batch.',
  'caption.produce.other': '{producer}: {error} on partition {partition}.',
} satisfies Record<string, string>;

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
    'producer가 쓰기 성공(ack)을 받았는데 이제 어떤 복제본의 로그에도 없는 레코드 수. 안전한 설정에서는 항상 0입니다.',
  'repl.metrics.lost.zero': 'ack된 레코드 유실 없음',
  'repl.metrics.lost.some': 'ack된 레코드가 사라졌습니다',

  'caption.none':
    '모든 복제본이 정상입니다. leader에 장애를 내거나 격리하거나, follower를 느리게 만들고 Kafka가 어떻게 하는지 보세요.',
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
