// Korean texts. Typed against the English keys: a missing or extra key is a type error.
// Kafka's own terms (offset, ISR, leader, high watermark, acks) stay as Kafka spells them.
import { setParticles, type CoreMessages } from './index';
import { isParticle, particle } from './particles';
import { replicationKo } from './replication.ko';
import { timelineKo } from './timeline.ko';
import { embedKo } from './embed.ko';
import { linksKo } from './links.ko';
import { captionsKo } from './captions.ko';
import { keyboardKo } from './keyboard.ko';
import { reasonsKo } from './reasons.ko';
import { produceKo } from './produce.ko';
import { learnKo } from './learn.ko';
import { startersKo } from './starters.ko';
import { overviewKo } from './overview.ko';

// format's Korean particles ({broker:이/가}) come with the Korean texts.
setParticles((value, spec) => (isParticle(spec) ? particle(value, spec) : null));

export const ko: CoreMessages = {
  ...replicationKo,
  ...timelineKo,
  ...embedKo,
  ...linksKo,
  ...captionsKo,
  ...keyboardKo,
  ...reasonsKo,
  ...produceKo,
  ...learnKo,
  ...startersKo,
  ...overviewKo,
  'app.name': 'KafkaScope',
  'app.tagline': '브라우저에서 직접 돌아가는 Apache Kafka',

  'header.scenario': '시나리오',
  'header.language': '언어',
  'header.theme.toDark': '어두운 테마로 바꾸기',
  'header.theme.toLight': '밝은 테마로 바꾸기',
  'header.theme.dark': '어둡게',
  'header.theme.light': '밝게',

  'playback.label': '재생 제어',
  'playback.play': '재생',
  'playback.pause': '일시정지',
  'playback.step': '한 단계',
  'playback.step.hint': '다음 시뮬레이션 이벤트 하나만 실행',
  'playback.speed': '속도',
  'playback.time': '시뮬레이션 시간',
  'playback.restart': '처음부터',
  'playback.restart.hint': '시나리오를 0초부터 다시 시작',

  'view.tabs': '보기',
  'view.cluster': '클러스터',
  'view.storage': '저장소',
  'view.groups': 'Consumer Group',
  'view.whyfast': '빠른 이유',
  'view.controller': 'KRaft',
  'view.controller.zk': 'ZK',

  'cluster.label': '클러스터',
  'cluster.producers': 'Producer',
  'cluster.brokers': 'Broker',
  'cluster.groups': 'Consumer Group',
  'cluster.controller': '활성 controller {leader} · {mode} · epoch {epoch}',
  'cluster.empty': '시뮬레이션을 불러오는 중…',

  'producer.sent': '전송',
  'producer.acked': 'ack',
  'producer.failed': '실패',
  'producer.lastError': '최근 오류: {error} ({topic}-{partition})',
  'producer.partitioner.default': 'sticky 파티셔너',
  'producer.partitioner.round-robin': '라운드 로빈 파티셔너',

  'broker.title': 'Broker {id}',
  'broker.controller': 'controller',
  'broker.status.online': '정상',
  'broker.status.offline': '중단됨',
  'broker.status.fenced': 'fenced',
  'broker.rack': 'rack {rack}',
  'broker.kill': '장애 내기',
  'broker.kill.hint': 'Broker {id} 강제 중단 (killBroker)',
  'broker.restart': '다시 시작',
  'broker.restart.hint': 'Broker {id} 다시 시작 (restartBroker)',
  'broker.noReplicas': '이 broker에는 파티션 복제본이 없음',

  'replica.leader': 'Leader',
  'replica.follower': 'Follower',
  'replica.outOfSync': 'ISR 밖',
  'replica.partition': 'P{partition}',
  'replica.leo': 'LEO {leo}',
  'replica.hw': 'HW {hw}',
  'replica.hw.title':
    'High watermark {hw}: 이보다 작은 offset은 모든 ISR 복제본에 있으며, consumer는 여기까지만 읽습니다.',
  'replica.leo.title': 'Log end offset {leo}: 이 복제본이 다음에 쓸 offset입니다.',
  'replica.isr.title': 'ISR: {isr}',
  'replica.earlier': '이전 {count}개',
  'replica.empty': '빈 로그',
  'replica.summary': '{topic} 파티션 {partition}, leader {leader}, ISR {isr}, high watermark {hw}',
  'replica.noLeader': '없음',

  'record.title': 'offset {offset} · 키 {key}',
  'record.noKey': '키 없음',
  'record.uncommitted': 'high watermark 위: 아직 커밋되지 않음',

  'group.title': '그룹 {id}',
  'group.state': '상태 {state}',
  'group.generation': 'generation {generation}',
  'group.consumed': '소비 {count}',
  'group.lag': 'lag {lag}',
  'group.noMembers': '멤버 없음',
  'member.idle': '유휴: 할당된 파티션 없음',
  'member.owns': '{partitions} 담당',

  'legend.keys': '레코드 키',
  'legend.noKey': '키 없음',
  'legend.uncommitted': 'HW 위',

  'produce.title': '레코드 보내기',
  'produce.producer': 'Producer',
  'produce.topic': '토픽',
  'produce.key': '키',
  'produce.key.placeholder': '비우면 키 없음',
  'produce.value': '값',
  'produce.submit': '보내기',
  'produce.done': '{producer}에 전달함: 키 {key}',

  'flight.title': '네트워크 위',
  'flight.count': '전송 중인 메시지 {count}개',
  'flight.none': '전송 중인 메시지 없음',
  'flight.item': '{api} {direction}: {from} → {to}, 레코드 {records}개, {progress}%',
  'flight.request': '요청',
  'flight.response': '응답',

  'events.title': '최근 이벤트',
  'events.empty': '재생을 누르면 클러스터가 움직입니다.',
  'event.produce.acked': '{producer}: {topic}-{partition} offset {offset}에 대한 ack 수신',
  'event.produce.failed': '{producer}: {topic}-{partition}에서 {error}',
  'event.log.append.leader': 'Broker {broker} (leader): {topic}-{partition}에 offset {range} 추가',
  'event.log.append.leader.one':
    'Broker {broker} (leader): {topic}-{partition}에 offset {range} 추가',
  'event.log.append.follower':
    'Broker {broker} (follower): {topic}-{partition}의 offset {range} 복제',
  'event.log.append.follower.one':
    'Broker {broker} (follower): {topic}-{partition}의 offset {range} 복제',
  'event.hw.advance': '{topic}-{partition}: high watermark가 {from}에서 {to:으로/로} 올라감',
  'event.consume.record': '{member}: {topic}-{partition} offset {offset} 읽음',
  'event.offset.commit': '{member}: offset 커밋 {offsets}',
  'event.member.joined': '{member}: {group}에 참여',
  'event.member.left': '{member}: {group}에서 나감 ({reason})',
  'event.member.crashed': '{member} ({group}): 알리지 않고 종료됨',
  'event.group.assign': '{group}: generation {generation} 파티션 할당 ({strategy})',
  'event.group.target':
    '{group}: group epoch {epoch}, coordinator가 새 목표 배정을 계산함 ({assignor})',
  'event.member.fenced':
    '{member}: {group}의 coordinator가 fence함 ({error}). 파티션을 내려놓고 다시 참여',
  'event.leader.elected': '{topic}-{partition}: 새 leader {leader}',
  'event.broker.status': 'Broker {broker} 상태: {status}',
  'event.isr.shrink': '{topic}-{partition}: ISR 축소 → [{isr}], {removed} 제외',
  'event.isr.expand': '{topic}-{partition}: ISR 확장 → [{isr}], {added} 추가',
  'event.broker.fenced': 'Broker {broker}: controller가 fence함 ({reason})',
  'event.controller.offline': 'Controller {controller}: 멈춤({reason})',
  'event.controller.online': 'Controller {controller}: 다시 시작',
  'event.controller.isolated': 'Controller {controller}: broker 및 다른 controller와 연결 끊김',
  'event.controller.healed': 'Controller {controller}: 다시 연결됨',
  'event.controller.active': 'Controller {controller}: active controller가 됨(epoch {epoch})',
  'event.controller.elected':
    'Broker {controller:이/가} /controller를 만들어 epoch {epoch}의 controller가 됨(ZooKeeper를 다 읽은 뒤 일함)',
  'event.controller.loading':
    'Controller {controller:이/가} 일하기 전에 ZooKeeper에서 partition {partitions}개의 상태를 읽음',
  'event.controller.resigned': 'Broker {controller:은/는} 더 이상 controller가 아님(epoch {epoch})',
  'event.controller.leaderAndIsr':
    'Controller {controller:이/가} broker {broker}에 LeaderAndIsr를 보냄(partition {partitions}개)',
  'event.zookeeper.offline': 'ZooKeeper server {server}: 멈춤({reason})',
  'event.zookeeper.online': 'ZooKeeper server {server}: 다시 시작',
  'event.zookeeper.isolated': 'ZooKeeper server {server}: broker 및 다른 server와 연결 끊김',
  'event.zookeeper.healed': 'ZooKeeper server {server}: 다시 연결됨',
  'event.zookeeper.leader': 'ZooKeeper server {server:이/가} 앙상블의 leader가 됨(epoch {epoch})',
  'event.zookeeper.noQuorum':
    'ZooKeeper 앙상블이 과반을 잃음: leader도, 쓰기도, session 서비스도 없음',
  'event.zookeeper.session.created': 'Broker {broker:이/가} ZooKeeper session {session:을/를} 엶',
  'event.zookeeper.session.expired':
    'ZooKeeper가 broker {broker}의 session {session:을/를} 만료시킴: timeout 동안 소식이 없어 ephemeral znode가 사라짐',
  'event.zookeeper.session.closed':
    'Broker {broker:이/가} ZooKeeper session {session:을/를} 닫음: ephemeral znode가 사라짐',
  'event.raft.unattached':
    'Controller {controller}: leader 없이 epoch {epoch:으로/로} 넘어감 — {reason}',
  'event.raft.voted': 'Controller {controller}: epoch {epoch}에서 투표함 — {reason}',
  'event.raft.candidate': 'Controller {controller}: epoch {epoch} 선거에 후보로 나섬 — {reason}',
  'event.raft.follower':
    'Controller {controller}: epoch {epoch}에서 leader {leader:을/를} 따름 — {reason}',
  'event.raft.leader': 'Controller {controller}: epoch {epoch} 선거에서 이김',
  'event.raft.resigned': 'Controller {controller}: epoch {epoch}의 leader에서 물러남 — {reason}',
  'event.raft.vote.granted': 'Controller {voter}: epoch {epoch}에서 {candidate}에게 투표함',
  'event.raft.vote.rejected':
    'Controller {voter}: epoch {epoch}에서 {candidate}에게 투표하지 않음 — {reason}',
  'event.raft.truncate':
    'Controller {controller}: leader와 갈라진 곳부터 metadata 로그를 잘라냄(offset {from} → {to})',
  'event.broker.unfenced': 'Broker {broker}: controller가 fence를 풂',
  'event.broker.isolated': 'Broker {broker}: 다른 broker 및 controller와 연결 끊김',
  'event.broker.healed': 'Broker {broker}: 연결 복구',
  'event.log.truncate':
    'Broker {broker}: {topic}-{partition} 로그 잘라냄, offset {from} → {to} ({reason})',
  'event.topic.created': '토픽 {topic} 생성 (파티션 {partitions}개)',
  'event.offset.reset': '{member}: {topic}-{partition}, offset {offset}부터 읽기 시작 ({policy})',
  'event.action.applied': '{time}에 동작 실행: {what}',
  'event.config.changed': '{target}: {key} = {value}',
  'event.config.changed.pendingRestart':
    '{target}: {key} = {value}. Kafka는 이 설정을 broker가 시작할 때만 읽으므로(read-only) broker {brokers:은/는} 다음 재시작 전까지 이전 값을 씁니다.',
  'event.config.changed.controller':
    '{target}: {key} = {value}, 지금 바로 적용했습니다. 실제 Kafka는 이 값을 controller가 시작할 때만 읽으므로 controller를 재시작해야 합니다.',
  'event.action.refused': '시나리오 동작({what})을 실행하지 않았습니다: {reason}',

  'error.scenario.title': '시나리오가 올바르지 않습니다. 이전 시나리오가 계속 실행됩니다.',
  'error.scenario.unknown': '"{id}"라는 시나리오가 없어 기본 시나리오를 열었습니다.',
  'error.action.title': '시뮬레이션이 이 동작을 거부했습니다.',
  'error.engine': '시뮬레이션 엔진이 이 시나리오를 실행하지 못했습니다: {message}',
  'error.dismiss': '닫기',
  'error.boundary.title': '화면을 그리는 중 문제가 생겼습니다.',
  'error.boundary.retry': '기본 시나리오 다시 열기',
};
