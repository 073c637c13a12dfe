// The starter scenarios' titles and descriptions, Korean (keys: starters.ts).
import type { startersEn } from './starters';

export const startersKo: Record<keyof typeof startersEn, string> = {
  'starter.waiting-events.title': '식당별 키로 보내는 대기 이벤트',
  'starter.waiting-events.description':
    '파티션 3개, broker 3대, 파티션마다 consumer 하나. 같은 키는 항상 같은 파티션으로 가므로 식당마다 순서가 지켜집니다.',
  'starter.keyless-partitioners.title': '키 없는 레코드: sticky vs 라운드 로빈',
  'starter.keyless-partitioners.description':
    '두 producer가 키 없는 레코드를 보냅니다. sticky 파티셔너(Kafka 3.3+)는 한 파티션을 채운 뒤 다음으로 넘어가고, 라운드 로빈(2.4 이전)은 레코드마다 파티션을 바꿉니다. 전환이 잘 보이도록 batch.size를 1 KB로 낮췄습니다.',
  'starter.more-consumers-than-partitions.title': '파티션보다 많은 consumer',
  'starter.more-consumers-than-partitions.description':
    'consumer 4개가 파티션 3개를 나눠 갖습니다. 파티션은 그룹 안에서 한 멤버에게만 가므로 한 멤버는 놀게 됩니다. 병렬 처리의 한계는 파티션 수입니다.',
  'starter.single-partition-order.title': '파티션 1개: 전체 순서 보장',
  'starter.single-partition-order.description':
    '파티션이 하나면 키와 상관없이 토픽 전체가 하나의 순서를 갖지만, 그룹에서 읽을 수 있는 consumer도 하나뿐입니다.',
  'starter.log-segments.title': '로그 segment 자세히 보기',
  'starter.log-segments.description':
    'segment.bytes를 1024, index.interval.bytes를 256으로 낮춰 레코드 몇 개마다 segment가 roll되고, batch 몇 개마다 희소 index 항목이 생깁니다. retention.ms는 20초라서 30초부터 오래된 segment가 .deleted가 되었다가 사라집니다. table-status 토픽은 compaction되어 cleaner가 테이블마다 최신 레코드만 남깁니다. 저장소 탭을 열어 보세요.',
  'starter.replication-kill-two-brokers.title':
    'acks=all, min.insync.replicas=2: broker 하나, 그리고 둘을 잃으면',
  'starter.replication-kill-two-brokers.description':
    '파티션 하나가 broker 1, 2, 3에 있습니다. 4초에 leader가 죽으면 broker.session.timeout.ms 뒤 controller가 fence하고 broker 2가 leader가 되어 쓰기가 계속됩니다. 14초에 broker 2도 죽으면 broker 3 혼자 leader가 되고, ISR 1 < min.insync.replicas 2라서 모든 쓰기가 NOT_ENOUGH_REPLICAS로 거절됩니다 — 그래도 ack된 레코드는 하나도 잃지 않습니다. 28초에 broker 2가 돌아와 따라잡고 ISR에 복귀합니다. 복제 탭을 열어 보세요.',
  'starter.replication-zombie-leader.title': 'acks=1과 격리된 leader: 좀비 leader',
  'starter.replication-zombie-leader.description':
    '4초에 leader인 broker 1이 다른 broker 및 controller와 끊기지만 producer는 여전히 접속할 수 있습니다. acks=1이라 혼자서 모든 쓰기에 ack를 보냅니다. controller는 broker 1을 fence하고 broker 2를 leader로 뽑지만, 좀비가 된 broker 1은 아무도 복제하지 않는 쓰기를 계속 받습니다. 18초에 네트워크가 복구되면 broker 1이 새 epoch를 알고 로그를 잘라내고, ack했던 레코드는 사라집니다 — AcknowledgedRecordsLost를 보세요.',
  'starter.replication-unclean-election-off.title': 'Unclean leader election 끔: 파티션이 기다린다',
  'starter.replication-unclean-election-off.description':
    'min.insync.replicas=1, unclean.leader.election.enable=false. 3초에 두 follower를 느리게 만들면 replica.lag.time.max.ms(여기서는 10초) 뒤 ISR에서 빠지고 leader 혼자 계속 씁니다. 18초에 leader가 죽으면 남은 ISR 멤버가 없으므로 데이터를 잃는 대신 파티션이 offline이 됩니다 (leader 없음, OfflinePartitionsCount 1). 30초에 broker 1이 돌아와 모든 레코드를 가진 채 다시 leader가 됩니다.',
  'starter.replication-unclean-election-on.title': 'Unclean leader election 켬: 데이터보다 가용성',
  'starter.replication-unclean-election-on.description':
    '같은 상황에서 unclean.leader.election.enable=true. 18초에 leader가 죽으면 controller는 뒤처진 broker 2를 leader로 세웁니다. 쓰기는 다시 되지만 broker 2가 fetch하지 못한 레코드는 영영 사라집니다 — AcknowledgedRecordsLost가 빨갛게 바뀝니다. broker 1이 돌아오면 새 leader의 로그에 맞춰 잘라냅니다.',
  'starter.replication-shutdown-vs-crash.title': 'Controlled shutdown vs 장애',
  'starter.replication-shutdown-vs-crash.description':
    '파티션 3개를 broker마다 하나씩 이끕니다. 4초에 broker 1이 정상 종료하면 controller가 leader 역할을 먼저 옮겨서 producer는 거의 눈치채지 못합니다. 18초에는 broker 2가 갑자기 죽습니다. broker.session.timeout.ms가 지날 때까지 그 파티션의 leader는 죽은 채로 남고, producer는 오류를 보고 재시도합니다. 두 broker 모두 돌아와 ISR에 복귀합니다.',
  'starter.replication-retries-duplicates.title': '멱등성 없는 재시도: 중복 레코드',
  'starter.replication-retries-duplicates.description':
    'enable.idempotence=false, request.timeout.ms=2000. 3초에 broker 3을 느리게 만들면 acks=all은 broker 3이 ISR에서 빠질 때까지(replica.lag.time.max.ms, 여기서는 10초) 기다리므로, leader가 이미 썼는데도 요청이 시간 초과됩니다. producer가 재시도하면 leader는 같은 배치를 또 씁니다: 로그에 중복 레코드가 생깁니다 (테두리 표시).',
  'starter.replication-retries-idempotent.title': '멱등성 있는 재시도: 로그에는 정확히 한 번',
  'starter.replication-retries-idempotent.description':
    '같은 시간 초과에 enable.idempotence=true: 배치마다 producer id와 sequence 번호가 있어서 leader는 이미 가진 배치의 재시도를 알아보고, 두 번 쓰는 대신 원래 offset으로 응답합니다. 앞 시나리오와 로그를 비교해 보세요: 중복이 없습니다.',
  'starter.group-three-partitions-3-members.title': 'Consumer group: 파티션 3개, 멤버 3개',
  'starter.group-three-partitions-3-members.description':
    '파티션마다 멤버 하나: 이 그룹이 낼 수 있는 최대 병렬성입니다. coordinator는 첫 할당 전에 group.initial.rebalance.delay.ms(3초)를 기다립니다. Consumer Group 탭을 열고 네 번째 멤버를 추가해 놀고 있는지 보세요.',
  'starter.group-three-partitions-2-members.title': 'Consumer group: 파티션 3개, 멤버 2개',
  'starter.group-three-partitions-2-members.description':
    '멤버가 파티션보다 적습니다: range assignor는 한 멤버에게 파티션 2개, 다른 멤버에게 1개를 줍니다. 모든 파티션은 여전히 정확히 한 멤버가 읽습니다.',
  'starter.group-three-partitions-4-members.title': 'Consumer group: 파티션 3개, 멤버 4개',
  'starter.group-three-partitions-4-members.description':
    '멤버가 파티션보다 많습니다: 파티션은 그룹 안에서 한 멤버에게만 가므로 네 번째 멤버는 놉니다. 멤버 하나를 종료하면 놀던 멤버가 그 파티션을 넘겨받습니다.',
  'starter.group-crash-redelivery.title': 'Consumer 장애: 두 번 전달되는 레코드',
  'starter.group-crash-redelivery.description':
    '5초마다 자동 커밋, session.timeout.ms는 10초. 14초에 group-a-1이 알리지 않고 죽습니다. session이 만료될 때까지 그 파티션은 죽은 멤버에게 남아 있고, 그 뒤 리밸런스되면 새 담당자는 마지막 커밋 offset부터 읽습니다. group-a-1이 마지막 커밋 뒤에 처리한 레코드는 다시 처리됩니다: 재전달 수를 보세요.',
  'starter.group-eager-vs-cooperative.title': 'Eager(range) vs cooperative-sticky 리밸런스',
  'starter.group-eager-vs-cooperative.description':
    '두 그룹이 같은 파티션 6개를 읽습니다. 하나는 range(eager), 하나는 cooperative-sticky. 12초에 두 그룹 모두 네 번째 멤버가 들어옵니다. eager 그룹은 모든 선을 한꺼번에 끊고 멈추지만, cooperative 그룹은 파티션을 계속 가진 채 새 멤버가 받을 파티션만 두 번의 리밸런스에 걸쳐 옮깁니다.',
  'starter.group-classic-vs-consumer.title': 'classic 프로토콜 vs consumer 프로토콜(KIP-848)',
  'starter.group-classic-vs-consumer.description':
    '두 그룹이 기본 설정으로 같은 파티션 6개를 읽습니다. 하나는 group.protocol=classic(기본 assignor인 range는 eager), 하나는 group.protocol=consumer. 12초에 두 그룹 모두 네 번째 멤버가 들어옵니다. classic 그룹은 JoinGroup 장벽에서 모두 멈추고 leader 멤버가 배정을 계산합니다. consumer 그룹은 coordinator가 목표 배정을 계산하고, 파티션을 내줘야 하는 멤버만 그 파티션을 놓습니다. 나머지는 계속 읽습니다. 진행은 heartbeat 주기(group.consumer.heartbeat.interval.ms, 5초)에 맞춰 천천히 되지만, 멈추는 멤버는 없습니다.',
  'starter.fast-lagging-consumer.title': 'page cache: 따라잡은 consumer vs offset 0부터 다시 읽기',
  'starter.fast-lagging-consumer.description':
    'HDD에 page cache 1 MiB인 broker 하나, 1 KB 레코드를 초당 200개 씁니다. live 그룹은 로그 끝에서 읽으므로 가져가는 page가 방금 쓰여 아직 메모리에 있습니다(cache hit ratio 1.0, 디스크 읽기 0). 15초에 replay 그룹이 auto.offset.reset=earliest로 들어와 offset 0부터 읽습니다. 로그는 몇 MiB로 cache보다 큽니다. replay의 page는 디스크에서 오고(hit ratio가 0에 가까움) fetch는 디스크를 기다립니다. replay가 1 MiB씩 끌어올 때마다 live가 곧 읽을 page가 밀려나, live도 miss가 나기 시작합니다.',
  'starter.fast-many-partitions.title':
    '파티션은 많을수록 좋을까? 같은 바이트를 파티션 1개 vs 32개에',
  'starter.fast-many-partitions.description':
    'broker 두 대가 각각 HDD와 2 MiB page cache를 갖고, 사용자 64명을 키로 한 1 KB 레코드를 똑같이 초당 100개 받습니다. broker 1은 topic few(파티션 1개), broker 2는 topic many(파티션 32개)의 leader입니다. broker 1의 writeback은 파일 하나를 앞에서부터 씁니다. seek 한 번 뒤에는 순차 쓰기입니다. broker 2에서는 같은 바이트가 파일 32개에 나뉘고 파일마다 덜 찬 마지막 page가 있어, writeback이 파일 사이를 seek하며 그 page를 다시 씁니다. 그래서 디스크가 몇 배나 오래 바쁩니다. 두 broker의 device busy 시간을 비교해 보세요.',
  'starter.group-two-speeds.title': '한 토픽, 속도가 다른 두 그룹',
  'starter.group-two-speeds.description':
    'fast-readers는 레코드당 5 ms, slow-readers는 600 ms를 씁니다. 그룹마다 __consumer_offsets에 자기 커밋 offset을 따로 가지므로, 느린 그룹은 뒤처지지만(lag가 커짐) 빠른 그룹을 붙잡지 않습니다.',
  'starter.fast-compression.title': '압축 켜기 vs 끄기, 같은 속도',
  'starter.fast-compression.description':
    '두 producer가 같은 record를 같은 속도(초당 40개, linger.ms=50)로 각자의 토픽에 보냅니다. plain은 compression.type=none, lz4는 lz4입니다. producer는 배치를 통째로 압축하고 broker는 받은 그대로 저장하므로, 네트워크에서 줄어든 바이트는 디스크에서도 줄어듭니다. 값은 숫자 뒤에 같은 글자가 반복되는 문자열이라 실제 데이터보다 훨씬 잘 압축됩니다. 빠른 이유 탭을 열고 linger.ms나 코덱을 바꿔 보세요.',
  'starter.controller-failover.title': '활성 controller가 죽는다',
  'starter.controller-failover.description':
    'KRaft controller 세 대(3001–3003)가 Raft로 metadata 로그를 복제하고, 3001이 epoch 1의 leader입니다. 6초에 3001이 죽습니다. 나머지는 소식이 끊긴 채 controller.quorum.fetch.timeout.ms(2초)를 기다린 뒤, 무작위 timeout으로 선거에 나섭니다. 먼저 과반의 표를 얻은 쪽이 다음 epoch의 leader이자 활성 controller가 되는데, 확정된 기록은 이미 모두 자기 로그에 있습니다. broker들은 metadata fetch로 새 leader를 찾아 heartbeat를 이어갑니다. 12초에 broker 3이 죽으면 새 controller가 fence 하고 leader를 옮깁니다. 3001은 30초에 돌아와 새 epoch의 follower가 됩니다. KRaft 탭에서 지켜보세요.',
  'starter.zookeeper-controller-failover.title': 'ZooKeeper 모드: controller broker가 죽는다',
  'starter.zookeeper-controller-failover.description':
    'Kafka 2.x의 구성입니다. ZooKeeper server 세 대(4001–4003)와 broker 세 대가 있고, broker마다 ZooKeeper session과 ephemeral /brokers/ids znode가 있습니다. broker 1이 ephemeral /controller znode를 쥔 controller입니다(epoch 1). 7초에 broker 1이 죽지만 아직 아무 일도 일어나지 않습니다. ZooKeeper는 session이 만료되어야(zookeeper.session.timeout.ms, 마지막 ping부터 18초) broker가 사라진 것을 압니다. 그때 /controller와 /brokers/ids/1이 사라지고, 다른 broker들의 watch가 울려 /controller를 먼저 만든 쪽이 epoch 2를 차지합니다. 새 controller는 일하기 전에 모든 partition의 상태를 ZooKeeper에서 읽고(partition이 많을수록 오래 걸림), 그다음 broker 1의 leader를 옮기고 LeaderAndIsr를 보냅니다. broker 1은 45초에 새 session으로 돌아옵니다. ZK 탭에서 지켜보세요.',
};
