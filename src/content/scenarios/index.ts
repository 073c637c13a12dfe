// Starter scenarios: plain scenario-v1 JSON (the engine validates it) with ko/en titles.
import type { Localized } from '../i18n';
import waitingEvents from './waiting-events.json';
import keylessPartitioners from './keyless-partitioners.json';
import moreConsumers from './more-consumers-than-partitions.json';
import singlePartition from './single-partition-order.json';
import logSegments from './log-segments.json';
import replKillTwo from './replication-kill-two-brokers.json';
import replZombie from './replication-zombie-leader.json';
import replUncleanOff from './replication-unclean-election-off.json';
import replUncleanOn from './replication-unclean-election-on.json';
import replShutdown from './replication-shutdown-vs-crash.json';
import replRetriesDup from './replication-retries-duplicates.json';
import replRetriesIdem from './replication-retries-idempotent.json';

import group3 from './group-three-partitions-3-members.json';
import group2 from './group-three-partitions-2-members.json';
import group4 from './group-three-partitions-4-members.json';
import groupCrash from './group-crash-redelivery.json';
import groupEagerCoop from './group-eager-vs-cooperative.json';
import groupTwoSpeeds from './group-two-speeds.json';
import groupClassicVsConsumer from './group-classic-vs-consumer.json';

export interface Starter {
  id: string;
  title: Localized;
  description: Localized;
  /** Raw scenario JSON: validated by the engine when loaded, never trusted here. */
  scenario: unknown;
}

export const STARTERS: readonly Starter[] = [
  {
    id: 'waiting-events',
    title: { en: 'Waiting events, keyed by restaurant', ko: '식당별 키로 보내는 대기 이벤트' },
    description: {
      en: 'Three partitions, three brokers, one consumer per partition. The same key always lands in the same partition, so each restaurant keeps its order.',
      ko: '파티션 3개, broker 3대, 파티션마다 consumer 하나. 같은 키는 항상 같은 파티션으로 가므로 식당마다 순서가 지켜집니다.',
    },
    scenario: waitingEvents,
  },
  {
    id: 'keyless-partitioners',
    title: {
      en: 'Keyless records: sticky vs round-robin',
      ko: '키 없는 레코드: sticky vs 라운드 로빈',
    },
    description: {
      en: 'Two producers send keyless records. The sticky partitioner (Kafka 3.3+) fills one partition before moving on; round-robin (before 2.4) spreads every record. batch.size is lowered to 1 KB so that the switches are easy to see.',
      ko: '두 producer가 키 없는 레코드를 보냅니다. sticky 파티셔너(Kafka 3.3+)는 한 파티션을 채운 뒤 다음으로 넘어가고, 라운드 로빈(2.4 이전)은 레코드마다 파티션을 바꿉니다. 전환이 잘 보이도록 batch.size를 1 KB로 낮췄습니다.',
    },
    scenario: keylessPartitioners,
  },
  {
    id: 'more-consumers-than-partitions',
    title: { en: 'More consumers than partitions', ko: '파티션보다 많은 consumer' },
    description: {
      en: 'Four consumers share three partitions. A partition goes to one member of the group only, so one member stays idle: parallelism is capped by the partition count.',
      ko: 'consumer 4개가 파티션 3개를 나눠 갖습니다. 파티션은 그룹 안에서 한 멤버에게만 가므로 한 멤버는 놀게 됩니다. 병렬 처리의 한계는 파티션 수입니다.',
    },
    scenario: moreConsumers,
  },
  {
    id: 'single-partition-order',
    title: { en: 'One partition: a global order', ko: '파티션 1개: 전체 순서 보장' },
    description: {
      en: 'With a single partition every record of the topic has one order, whatever its key, but only one consumer of the group can read it.',
      ko: '파티션이 하나면 키와 상관없이 토픽 전체가 하나의 순서를 갖지만, 그룹에서 읽을 수 있는 consumer도 하나뿐입니다.',
    },
    scenario: singlePartition,
  },
  {
    id: 'log-segments',
    title: { en: 'Log segments up close', ko: '로그 segment 자세히 보기' },
    description: {
      en: 'segment.bytes is 1024 and index.interval.bytes 256, so segments roll every few records and the sparse index gets an entry every few batches. retention.ms is 20 s: from 30 s on, old segments turn .deleted and disappear. table-status is compacted: the cleaner keeps the latest record per table. Open the Storage tab.',
      ko: 'segment.bytes를 1024, index.interval.bytes를 256으로 낮춰 레코드 몇 개마다 segment가 roll되고, batch 몇 개마다 희소 index 항목이 생깁니다. retention.ms는 20초라서 30초부터 오래된 segment가 .deleted가 되었다가 사라집니다. table-status 토픽은 compaction되어 cleaner가 테이블마다 최신 레코드만 남깁니다. 저장소 탭을 열어 보세요.',
    },
    scenario: logSegments,
  },
  {
    id: 'replication-kill-two-brokers',
    title: {
      en: 'acks=all, min.insync.replicas=2: lose one broker, then two',
      ko: 'acks=all, min.insync.replicas=2: broker 하나, 그리고 둘을 잃으면',
    },
    description: {
      en: 'One partition on brokers 1, 2, 3. At 4 s the leader crashes: after broker.session.timeout.ms the controller fences it and broker 2 leads, writes go on. At 14 s broker 2 crashes too: broker 3 leads alone, ISR 1 < min.insync.replicas 2, so every write is refused with NOT_ENOUGH_REPLICAS — and no acknowledged record is lost. At 28 s broker 2 comes back, catches up and rejoins the ISR. Open the Replication tab.',
      ko: '파티션 하나가 broker 1, 2, 3에 있습니다. 4초에 leader가 죽으면 broker.session.timeout.ms 뒤 controller가 fence하고 broker 2가 leader가 되어 쓰기가 계속됩니다. 14초에 broker 2도 죽으면 broker 3 혼자 leader가 되고, ISR 1 < min.insync.replicas 2라서 모든 쓰기가 NOT_ENOUGH_REPLICAS로 거절됩니다 — 그래도 ack된 레코드는 하나도 잃지 않습니다. 28초에 broker 2가 돌아와 따라잡고 ISR에 복귀합니다. 복제 탭을 열어 보세요.',
    },
    scenario: replKillTwo,
  },
  {
    id: 'replication-zombie-leader',
    title: {
      en: 'acks=1 and an isolated leader: the zombie',
      ko: 'acks=1과 격리된 leader: 좀비 leader',
    },
    description: {
      en: 'At 4 s broker 1, the leader, is cut off from the other brokers and the controller, but the producer still reaches it. With acks=1 it acknowledges every write alone. The controller fences it and elects broker 2, yet the zombie keeps accepting writes nobody replicates. At 18 s the network heals: broker 1 learns the new epoch, truncates its log, and the records it acknowledged are gone — watch AcknowledgedRecordsLost.',
      ko: '4초에 leader인 broker 1이 다른 broker 및 controller와 끊기지만 producer는 여전히 접속할 수 있습니다. acks=1이라 혼자서 모든 쓰기에 ack를 보냅니다. controller는 broker 1을 fence하고 broker 2를 leader로 뽑지만, 좀비가 된 broker 1은 아무도 복제하지 않는 쓰기를 계속 받습니다. 18초에 네트워크가 복구되면 broker 1이 새 epoch를 알고 로그를 잘라내고, ack했던 레코드는 사라집니다 — AcknowledgedRecordsLost를 보세요.',
    },
    scenario: replZombie,
  },
  {
    id: 'replication-unclean-election-off',
    title: {
      en: 'Unclean leader election off: the partition waits',
      ko: 'Unclean leader election 끔: 파티션이 기다린다',
    },
    description: {
      en: 'min.insync.replicas=1, unclean.leader.election.enable=false. At 3 s both followers are slowed down and leave the ISR after replica.lag.time.max.ms (10 s here); the leader goes on alone. At 18 s the leader crashes: no ISR member is left, so the partition goes offline (leader none, OfflinePartitionsCount 1) rather than lose data. At 30 s broker 1 returns and leads again with every record.',
      ko: 'min.insync.replicas=1, unclean.leader.election.enable=false. 3초에 두 follower를 느리게 만들면 replica.lag.time.max.ms(여기서는 10초) 뒤 ISR에서 빠지고 leader 혼자 계속 씁니다. 18초에 leader가 죽으면 남은 ISR 멤버가 없으므로 데이터를 잃는 대신 파티션이 offline이 됩니다 (leader 없음, OfflinePartitionsCount 1). 30초에 broker 1이 돌아와 모든 레코드를 가진 채 다시 leader가 됩니다.',
    },
    scenario: replUncleanOff,
  },
  {
    id: 'replication-unclean-election-on',
    title: {
      en: 'Unclean leader election on: availability over data',
      ko: 'Unclean leader election 켬: 데이터보다 가용성',
    },
    description: {
      en: 'The same story with unclean.leader.election.enable=true. When the leader crashes at 18 s, the controller lets broker 2 lead although it is out of sync: writes resume, but the records it never fetched are lost for good — AcknowledgedRecordsLost turns red. When broker 1 returns it truncates to the new leader’s log.',
      ko: '같은 상황에서 unclean.leader.election.enable=true. 18초에 leader가 죽으면 controller는 뒤처진 broker 2를 leader로 세웁니다. 쓰기는 다시 되지만 broker 2가 fetch하지 못한 레코드는 영영 사라집니다 — AcknowledgedRecordsLost가 빨갛게 바뀝니다. broker 1이 돌아오면 새 leader의 로그에 맞춰 잘라냅니다.',
    },
    scenario: replUncleanOn,
  },
  {
    id: 'replication-shutdown-vs-crash',
    title: {
      en: 'Controlled shutdown vs crash',
      ko: 'Controlled shutdown vs 장애',
    },
    description: {
      en: 'Three partitions, each led by a different broker. At 4 s broker 1 shuts down cleanly: the controller moves its leadership first, so producers barely notice. At 18 s broker 2 crashes instead: its partition has a dead leader until broker.session.timeout.ms passes, and the producer sees errors and retries. Both brokers come back and rejoin the ISR.',
      ko: '파티션 3개를 broker마다 하나씩 이끕니다. 4초에 broker 1이 정상 종료하면 controller가 leader 역할을 먼저 옮겨서 producer는 거의 눈치채지 못합니다. 18초에는 broker 2가 갑자기 죽습니다. broker.session.timeout.ms가 지날 때까지 그 파티션의 leader는 죽은 채로 남고, producer는 오류를 보고 재시도합니다. 두 broker 모두 돌아와 ISR에 복귀합니다.',
    },
    scenario: replShutdown,
  },
  {
    id: 'replication-retries-duplicates',
    title: {
      en: 'Retries without idempotence: duplicates',
      ko: '멱등성 없는 재시도: 중복 레코드',
    },
    description: {
      en: 'enable.idempotence=false, request.timeout.ms=2000. At 3 s broker 3 is slowed: acks=all waits for it until it leaves the ISR (replica.lag.time.max.ms, 10 s here), so requests time out although the leader already wrote them. The producer retries, and the leader writes the same batch again: the log holds duplicates (outlined).',
      ko: 'enable.idempotence=false, request.timeout.ms=2000. 3초에 broker 3을 느리게 만들면 acks=all은 broker 3이 ISR에서 빠질 때까지(replica.lag.time.max.ms, 여기서는 10초) 기다리므로, leader가 이미 썼는데도 요청이 시간 초과됩니다. producer가 재시도하면 leader는 같은 배치를 또 씁니다: 로그에 중복 레코드가 생깁니다 (테두리 표시).',
    },
    scenario: replRetriesDup,
  },
  {
    id: 'replication-retries-idempotent',
    title: {
      en: 'Retries with idempotence: exactly once in the log',
      ko: '멱등성 있는 재시도: 로그에는 정확히 한 번',
    },
    description: {
      en: 'The same timeouts with enable.idempotence=true: each batch carries a producer id and sequence numbers, so the leader recognises a retry of a batch it already has and answers with the original offset instead of writing it twice. Compare the log with the previous scenario: no duplicates.',
      ko: '같은 시간 초과에 enable.idempotence=true: 배치마다 producer id와 sequence 번호가 있어서 leader는 이미 가진 배치의 재시도를 알아보고, 두 번 쓰는 대신 원래 offset으로 응답합니다. 앞 시나리오와 로그를 비교해 보세요: 중복이 없습니다.',
    },
    scenario: replRetriesIdem,
  },
  {
    id: 'group-three-partitions-3-members',
    title: {
      en: 'Consumer group: 3 partitions, 3 members',
      ko: 'Consumer group: 파티션 3개, 멤버 3개',
    },
    description: {
      en: 'One member per partition: the most parallel this group can be. The coordinator waits group.initial.rebalance.delay.ms (3 s) before the first assignment. Open the Consumer groups tab, add a fourth member and see it stay idle.',
      ko: '파티션마다 멤버 하나: 이 그룹이 낼 수 있는 최대 병렬성입니다. coordinator는 첫 할당 전에 group.initial.rebalance.delay.ms(3초)를 기다립니다. Consumer Group 탭을 열고 네 번째 멤버를 추가해 놀고 있는지 보세요.',
    },
    scenario: group3,
  },
  {
    id: 'group-three-partitions-2-members',
    title: {
      en: 'Consumer group: 3 partitions, 2 members',
      ko: 'Consumer group: 파티션 3개, 멤버 2개',
    },
    description: {
      en: 'Fewer members than partitions: the range assignor gives one member two partitions and the other one. Every partition is still read, by exactly one member.',
      ko: '멤버가 파티션보다 적습니다: range assignor는 한 멤버에게 파티션 2개, 다른 멤버에게 1개를 줍니다. 모든 파티션은 여전히 정확히 한 멤버가 읽습니다.',
    },
    scenario: group2,
  },
  {
    id: 'group-three-partitions-4-members',
    title: {
      en: 'Consumer group: 3 partitions, 4 members',
      ko: 'Consumer group: 파티션 3개, 멤버 4개',
    },
    description: {
      en: 'More members than partitions: a partition goes to one member of the group only, so the fourth member is idle. Stop one member and watch the idle one take over its partition.',
      ko: '멤버가 파티션보다 많습니다: 파티션은 그룹 안에서 한 멤버에게만 가므로 네 번째 멤버는 놉니다. 멤버 하나를 종료하면 놀던 멤버가 그 파티션을 넘겨받습니다.',
    },
    scenario: group4,
  },
  {
    id: 'group-crash-redelivery',
    title: {
      en: 'A consumer crashes: records delivered twice',
      ko: 'Consumer 장애: 두 번 전달되는 레코드',
    },
    description: {
      en: 'Auto-commit every 5 s, session.timeout.ms 10 s. At 14 s group-a-1 dies without a word. Its partition stays assigned to a dead member until the session times out; then the group rebalances and the new owner starts from the last committed offset, so what group-a-1 processed after its last commit is processed again: watch redelivered.',
      ko: '5초마다 자동 커밋, session.timeout.ms는 10초. 14초에 group-a-1이 알리지 않고 죽습니다. session이 만료될 때까지 그 파티션은 죽은 멤버에게 남아 있고, 그 뒤 리밸런스되면 새 담당자는 마지막 커밋 offset부터 읽습니다. group-a-1이 마지막 커밋 뒤에 처리한 레코드는 다시 처리됩니다: 재전달 수를 보세요.',
    },
    scenario: groupCrash,
  },
  {
    id: 'group-eager-vs-cooperative',
    title: {
      en: 'Eager (range) vs cooperative-sticky rebalancing',
      ko: 'Eager(range) vs cooperative-sticky 리밸런스',
    },
    description: {
      en: 'Two groups read the same 6 partitions, one with range (eager), one with cooperative-sticky. At 12 s each gets a fourth member. The eager group drops every line at once and pauses; the cooperative group keeps its partitions and moves only the ones the new member gets, over two rebalances.',
      ko: '두 그룹이 같은 파티션 6개를 읽습니다. 하나는 range(eager), 하나는 cooperative-sticky. 12초에 두 그룹 모두 네 번째 멤버가 들어옵니다. eager 그룹은 모든 선을 한꺼번에 끊고 멈추지만, cooperative 그룹은 파티션을 계속 가진 채 새 멤버가 받을 파티션만 두 번의 리밸런스에 걸쳐 옮깁니다.',
    },
    scenario: groupEagerCoop,
  },
  {
    id: 'group-classic-vs-consumer',
    title: {
      en: 'Classic protocol vs the consumer protocol (KIP-848)',
      ko: 'classic 프로토콜 vs consumer 프로토콜(KIP-848)',
    },
    description: {
      en: 'Two groups read the same 6 partitions with default settings: one with group.protocol=classic (its default assignor, range, is eager), one with group.protocol=consumer. At 12 s each gets a fourth member. The classic group stops everyone at a JoinGroup barrier while its leader member assigns; in the consumer group the coordinator computes a target assignment and only the members losing a partition let it go, while everyone else keeps reading. It moves at the pace of heartbeats (group.consumer.heartbeat.interval.ms, 5 s), yet nobody pauses.',
      ko: '두 그룹이 기본 설정으로 같은 파티션 6개를 읽습니다. 하나는 group.protocol=classic(기본 assignor인 range는 eager), 하나는 group.protocol=consumer. 12초에 두 그룹 모두 네 번째 멤버가 들어옵니다. classic 그룹은 JoinGroup 장벽에서 모두 멈추고 leader 멤버가 배정을 계산합니다. consumer 그룹은 coordinator가 목표 배정을 계산하고, 파티션을 내줘야 하는 멤버만 그 파티션을 놓습니다. 나머지는 계속 읽습니다. 진행은 heartbeat 주기(group.consumer.heartbeat.interval.ms, 5초)에 맞춰 천천히 되지만, 멈추는 멤버는 없습니다.',
    },
    scenario: groupClassicVsConsumer,
  },
  {
    id: 'group-two-speeds',
    title: {
      en: 'Two groups, one topic, different speeds',
      ko: '한 토픽, 속도가 다른 두 그룹',
    },
    description: {
      en: 'fast-readers spends 5 ms per record, slow-readers 600 ms. Each group has its own committed offsets in __consumer_offsets, so the slow one falls behind (its lag grows) without holding the fast one back.',
      ko: 'fast-readers는 레코드당 5 ms, slow-readers는 600 ms를 씁니다. 그룹마다 __consumer_offsets에 자기 커밋 offset을 따로 가지므로, 느린 그룹은 뒤처지지만(lag가 커짐) 빠른 그룹을 붙잡지 않습니다.',
    },
    scenario: groupTwoSpeeds,
  },
];

export const DEFAULT_STARTER_ID = 'waiting-events';

export function findStarter(id: string): Starter | undefined {
  return STARTERS.find((s) => s.id === id);
}
