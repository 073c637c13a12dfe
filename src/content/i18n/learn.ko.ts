// Korean texts: the walkthrough player and the Learn list (the English ones, which define the keys,
// are in ./learn.ts). Loaded with the Korean dictionary only (ko.ts).
import type { learnEn } from './learn';

export const learnKo: Record<keyof typeof learnEn, string> = {
  'learn.button': '배우기',
  'learn.button.hint': '따라 하는 walkthrough: 단계마다 클러스터를 한 시점까지 돌리고 설명합니다',
  'learn.list.title': '단계별로 배우는 Kafka',
  'learn.list.intro':
    'walkthrough마다 실제 시뮬레이션을 돌리다가 무언가 일어나는 순간에 멈추고, 지금 보이는 것을 몇 문장으로 설명합니다. 숫자는 엔진이 그 순간 계산한 값입니다. 어떤 단계는 직접 해 보라고 합니다(broker 장애 내기, consumer 추가). 진행 상황은 이 브라우저에 남습니다.',
  'learn.list.steps': '{n}단계',
  'learn.list.start': '시작',
  'learn.list.continue': '{n}단계부터 계속',
  'learn.list.again': '처음부터',
  'learn.list.progress': '{steps}단계 중 {reached}단계까지 봄',
  'learn.list.done': '끝까지 봄',
  'learn.list.new': '시작 전',
  'learn.list.loading': 'walkthrough를 불러오는 중…',
  'learn.list.failed': 'walkthrough를 불러오지 못했습니다.',
  'learn.list.retry': '다시 시도',
  'learn.list.invalid': '쓸 수 없음: {reason}',

  'learn.player.label': 'walkthrough: {title}',
  'learn.player.step': '{total}단계 중 {n}단계',
  'learn.player.progress': 'walkthrough 진행',
  'learn.player.next': '다음',
  'learn.player.back': '이전',
  'learn.player.finish': '마치기',
  'learn.player.close': 'walkthrough 닫기',
  'learn.player.keys': 'N 또는 → 다음 · P 또는 ← 이전',
  'learn.player.link': '이 단계 링크',
  'learn.player.seeking': '이 단계의 시점까지 돌리는 중…',
  'learn.player.opening': 'walkthrough를 준비하는 중…',
  'learn.act.todo': '직접 해 보세요. 엔진에서 일어난 것이 확인되면 다음으로 넘어갈 수 있습니다.',
  'learn.act.do': '대신 해 주기',
  'learn.act.done': '완료: 엔진에서 일어난 것을 확인했습니다.',

  'learn.problem.unknown': '그런 walkthrough가 없습니다: “{id}”',
  'learn.problem.load':
    'walkthrough “{id}” — 불러오지 못했습니다. 연결을 확인하고 다시 시도해 주세요.',
  'learn.problem.invalid': 'walkthrough “{id}” — 쓸 수 없습니다:',
  'learn.problem.run': 'walkthrough “{id}” — 쓰인 대로 실행되지 않습니다:',
  'learn.problem.dismiss': '닫기',

  'interview.button': '면접',
  'interview.button.hint': 'Kafka 단골 면접 질문, 보여 주면서 답합니다',
  'interview.title': '면접 질문',
  'interview.intro':
    '짧은 답, 자세한 답, 면접관이 이어서 물을 질문이 있습니다. “보여 주기”를 누르면 답이 되는 walkthrough 단계나 시나리오가 돌아가는 클러스터 위에서 열립니다.',
  'interview.search': '질문 검색',
  'interview.count': '질문 {total}개 중 {n}개',
  'interview.none': '맞는 질문이 없습니다.',
  'interview.short': '짧은 답',
  'interview.deep': '자세한 답',
  'interview.followUp': '이어지는 질문',
  'interview.show': '보여 주기',
  'interview.loading': '질문을 불러오는 중…',
  'interview.failed': '질문을 불러오지 못했습니다.',

  'quiz.title': '스스로 확인하기',
  'quiz.intro':
    '문제마다 새 시나리오를 만들고 엔진이 답을 계산합니다. 답한 뒤에는 그 답을 증명하는 실행을 볼 수 있습니다.',
  'quiz.kinds': '문제 종류',
  'quiz.kind.keyPartition': '키 → partition',
  'quiz.kind.leaderAfterDeath': 'leader 선출',
  'quiz.kind.indexLookup': 'index 조회',
  'quiz.kind.truncateOnReturn': 'unclean election 손실',
  'quiz.kind.rangeAssignment': 'range assignor',
  'quiz.keyPartition.q':
    'default partitioner를 쓰는 producer가 키 “{key}”인 레코드를 partition이 {n}개인 topic {topic}에 보냅니다. 어느 partition에 들어갈까요?',
  'quiz.keyPartition.why':
    'toPositive(murmur2("{key}")) % {n} = {answer}. topic의 partition이 {n}개인 동안 같은 키는 늘 여기로 갑니다.',
  'quiz.leaderAfterDeath.q':
    'topic {topic:은/는} broker {brokers}대에서 돕니다. partition {partition}의 replica는 [{replicas}](첫째가 preferred leader)이고, broker {leader:이/가} leader이며 모든 replica가 in-sync입니다. broker {victim:이/가} 죽습니다. controller가 처리한 뒤 partition {partition}의 leader는 누구일까요?',
  'quiz.leaderAfterDeath.why':
    '죽은 broker가 leader였다면 controller는 할당 순서상 살아 있고 ISR에 있는 첫 replica를 뽑고, 아니라면 leader는 그대로입니다. 답: {answer}.',
  'quiz.indexLookup.q':
    'broker {broker}의 {topic}-0(segment.bytes {segmentBytes}, index.interval.bytes {interval})에서 consumer가 offset {target:을/를} 가져갑니다. Kafka는 어느 segment 파일의 몇 바이트 위치부터 .log를 훑기 시작할까요?',
  'quiz.indexLookup.why':
    'segment는 base offset이 {target} 이하인 것 중 가장 큰 것이고, 그 .index에서 {target} 이하인 가장 큰 항목이 위치를 줍니다(없으면 0). 답: {answer}. 저장소 화면의 “조회”가 같은 탐색을 보여 줍니다.',
  'quiz.truncateOnReturn.q':
    '{topic}에서 broker 2와 3이 ISR에서 빠졌습니다. 유일한 in-sync replica이자 leader인 broker 1이 {killAt}초에 죽었고, unclean election으로 broker {leader:이/가} leader가 되었습니다. broker 1이 {back}초에 다시 시작하면 로그에서 레코드 몇 개를 잘라 낼까요?',
  'quiz.truncateOnReturn.why':
    'broker 1은 새 leader의 epoch이 시작된 곳, 즉 새 leader가 뽑힐 때의 로그 끝까지 자기 로그를 잘라 냅니다. 그 뒤의 레코드는 모든 replica에서 사라집니다: {answer}개.',
  'quiz.rangeAssignment.q':
    'group-a에는 멤버가 {members}개(group-a-1, group-a-2 …) 있고, partition이 {partitions}개인 {topic:을/를} range assignor로 읽습니다. partition {partition:은/는} 어느 멤버가 받을까요?',
  'quiz.rangeAssignment.why':
    'range는 멤버를 id로 정렬해 각자에게 연속된 partition ⌊{partitions}/{members}⌋개를 주고, 앞의 ({partitions} mod {members})개 멤버에게 하나씩 더 줍니다. 답: {answer}.',
  'quiz.choices': '답',
  'quiz.none': '없음',
  'quiz.correct': '맞았습니다.',
  'quiz.wrong': '아닙니다. 엔진의 답은 {answer}입니다.',
  'quiz.proof': '증명하는 실행 보기',
  'quiz.another': '다른 문제',
  'quiz.back': '목록으로',

  'learn.section.structure': '전체 구조',
  'learn.section.partitions': 'Topic, Partition, Offset',
  'learn.section.groups': 'Consumer group',
  'learn.section.segments': '로그 segment',
  'learn.section.fast': 'Kafka가 빠른 이유',
  'learn.section.replication': '복제(Replication)',
  'learn.section.controller': 'ZooKeeper vs KRaft',
};
