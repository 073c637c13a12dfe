// Korean texts: the failover comparison (the English ones, which define the keys, are in
// ./failover.ts).
import type { failoverEn } from './failover';

export const failoverKo: Record<keyof typeof failoverEn, string> = {
  'controller.failover.title': 'partition 수에 따른 장애 조치 시간: KRaft와 ZooKeeper',
  'controller.failover.intro':
    '두 모드에 같은 장애를 내고 백그라운드에서 화면 없이 돌립니다. broker {brokers}대에 partition {counts}개를 둔 한가한 클러스터(controller의 일은 partition 수에 따라 늘어나므로 실행이 짧도록 replication factor 1), KRaft controller {quorum}대 또는 ZooKeeper 서버 {quorum}대, timeout은 모두 Kafka 기본값입니다. 모든 partition에 leader가 생기면 활성 controller를 죽이고(KRaft에서는 controller 노드, ZooKeeper 모드에서는 broker), 다른 controller가 활성이 되기까지 걸린 시뮬레이션 시간을 잽니다. 점 하나는 seed {seeds}의 중앙값이고 막대는 그 범위입니다. 실행마다 앞의 것보다 {spread}초 늦게 죽입니다. 여기서는 네트워크 한 구간이 30ms로 데이터센터보다 훨씬 길어서 ZooKeeper의 재적재 시간이 늘어나 보입니다. 초 단위 값보다 늘어나는 모양을 보세요.',
  'controller.failover.why':
    'KRaft: 대기 voter들이 이미 메타데이터 로그를 갖고 있어서 투표만 하면 됩니다. ZooKeeper: 죽은 broker의 세션이 만료될 때까지(zookeeper.session.timeout.ms, 18초) 아무 일도 일어나지 않고, 그 뒤 새 controller는 모든 partition의 상태를 ZooKeeper에서 읽어 들인 다음에야 일할 수 있습니다.',
  'controller.failover.run': '비교 실행',
  'controller.failover.cancel': '취소',
  'controller.failover.progress': '{total}번 중 {done}번 실행',
  'controller.failover.cancelled': '취소했습니다.',
  'controller.failover.failed': '비교가 멈췄습니다: {reason}',
  'controller.failover.mode.kraft': 'KRaft',
  'controller.failover.mode.zookeeper': 'ZooKeeper',
  'controller.failover.chart': 'partition 수에 따른, 죽인 뒤 새 활성 controller까지 걸린 초',
  'controller.failover.axis.partitions': 'partition 수(로그 눈금)',
  'controller.failover.axis.seconds': '초',
  'controller.failover.table': '모드와 partition 수별 새 활성 controller까지 걸린 시간',
  'controller.failover.col.mode': '모드',
  'controller.failover.col.partitions': 'Partition',
  'controller.failover.col.median': '중앙값(초)',
  'controller.failover.col.range': '가장 빠름 – 가장 느림(초)',
  'controller.failover.col.runs': 'seed별: 죽인 것 → 새 것(epoch)',
  'controller.failover.run.one': '{killed} → {next}(epoch {epoch})',
  'controller.failover.run.none': '{killed} → {s}초 안에 없음',
  'controller.failover.none': '없음',
};
