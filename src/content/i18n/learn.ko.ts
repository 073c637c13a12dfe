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
  'learn.problem.invalid': 'walkthrough “{id}” — 쓸 수 없습니다:',
  'learn.problem.run': 'walkthrough “{id}” — 쓰인 대로 실행되지 않습니다:',
  'learn.problem.dismiss': '닫기',

  'learn.section.structure': '전체 구조',
  'learn.section.partitions': 'Topic, Partition, Offset',
  'learn.section.groups': 'Consumer group',
  'learn.section.segments': '로그 segment',
  'learn.section.fast': 'Kafka가 빠른 이유',
  'learn.section.replication': '복제(Replication)',
  'learn.section.controller': 'ZooKeeper vs KRaft',
};
