// 규모가 큰 클러스터 개요의 한국어 문구 (영어 키: overview.ts).
import type { overviewEn } from './overview';

export const overviewKo: Record<keyof typeof overviewEn, string> = {
  'overview.summary':
    '파티션 {partitions}개, 복제본 {replicas}개가 broker {brokers}대에 있습니다. 한 줄씩 보기엔 너무 많아 broker마다 요약해 보여 줍니다. topic을 고르거나 broker를 펼치면 줄 단위로 볼 수 있습니다.',
  'overview.urp': '복제가 부족한 파티션(URP): {count}개.',
  'overview.offline': 'leader 없는 파티션: {count}개.',
  'cluster.overviewLoading': 'broker별 요약을 준비하는 중…',
  'overview.topic': 'Topic',
  'overview.allTopics': '모든 topic',
  'overview.legend': '네모 색의 뜻',
  'overview.cell.leader': 'leader',
  'overview.cell.inSync': 'ISR 안의 follower',
  'overview.cell.outOfSync': 'ISR 밖',
  'overview.cell.noLeader': 'leader 없는 파티션',
  'overview.cell': '{topic} P{partition}: {state}',
  'overview.heat.label':
    'Broker {id}: 복제본 {count}개를 하나에 네모 하나씩, 상태별 색으로 그렸습니다. 위의 숫자가 같은 내용을 말합니다.',
  'overview.leaders': 'leader {count}개',
  'overview.followers': 'follower {count}개',
  'overview.brokerUrp': '여기서 이끄는 URP {count}개',
  'overview.outOfSync': 'ISR 밖 {count}개',
  'overview.noLeader': 'leader 없음 {count}개',
  'overview.showRows': '복제본 {count}개 펼치기',
  'overview.hideRows': '복제본 {count}개 접기',
  'picker.search': '{count}개 중 검색',
  'picker.none': '맞는 항목이 없습니다',
};
