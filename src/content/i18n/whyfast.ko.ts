// Korean texts: whyfast (the English ones, which define the keys, are in ./whyfast.ts). Fetched with
// the view when the page is in Korean, or on a switch to Korean once the view has been shown (a
// text part: index.ts).
import type { whyfastEn } from './whyfast';

export const whyfastKo: Record<keyof typeof whyfastEn, string> = {
  'whyfast.label': 'Kafka가 빠른 이유',
  'whyfast.intro':
    '지금 보고 있는 실행에서 잰 네 가지 이유: 순차로 쓰는 append-only 로그, page cache, zero-copy fetch, 그리고 배치와 압축. 여기 나오는 숫자는 모두 엔진이 계산한 값입니다.',

  'whyfast.batching.title': '배치와 압축',
  'whyfast.batching.intro':
    'producer는 record를 partition별 배치로 모읍니다. linger.ms는 배치가 record를 더 기다리는 시간, batch.size는 배치 하나의 최대 바이트입니다. 같은 broker로 가는 배치들은 Produce 요청 하나에 함께 실리고, 각 배치는 compression.type으로 통째로 압축됩니다. broker는 받은 모양 그대로 저장합니다.',
  'whyfast.batching.none':
    '이 시나리오에는 producer가 없습니다. 스타터 “압축 켜기 vs 끄기”를 열면 배치가 일하는 모습을 볼 수 있습니다.',
  'whyfast.batching.more': 'producer {n}개는 표시하지 않았습니다.',
  'whyfast.producer': 'Producer {id}',
  'whyfast.producer.workload': '{topic}에 초당 {rate}개',
  'whyfast.producer.noWorkload': '일정한 워크로드 없음 (액션으로 보낸 record만)',
  'whyfast.settings': '{id} 설정',
  'whyfast.setting.lingerMs': 'linger.ms',
  'whyfast.setting.batchSize': 'batch.size',
  'whyfast.setting.compression': 'compression.type',
  'whyfast.setting.rate': '초당 record',
  'whyfast.setting.zstdNote':
    'zstd는 여기서 고를 수 없습니다. 압축기가 WebAssembly인데 이 페이지는 그것을 불러오지 않습니다 (CLI에서는 됩니다).',
  'whyfast.setting.refused': '거부됨: {reason}',

  'whyfast.fig.window': '시뮬레이션 시간 최근 {s}초 기준',
  'whyfast.fig.recordRate': '초당 보낸 record',
  'whyfast.fig.recordRate.hint':
    'Kafka의 record-send-rate: 이 producer가 초당 네트워크로 보낸 record 수',
  'whyfast.fig.recordsPerBatch': '배치당 record',
  'whyfast.fig.recordsPerBatch.hint':
    '보낸 record 수 ÷ 보낸 배치 수 (Kafka의 지표는 records-per-request-avg이며, 요청 하나에 여러 partition의 배치가 실릴 수 있습니다)',
  'whyfast.fig.requestRate': '초당 Produce 요청',
  'whyfast.fig.requestRate.hint': 'Kafka의 request-rate: 이 producer가 초당 보낸 Produce 요청 수',
  'whyfast.fig.byteRate': '초당 네트워크 바이트',
  'whyfast.fig.byteRate.hint':
    '인코딩된 record 배치(61바이트 헤더 + compression.type으로 압축한 record)의 초당 바이트 (Kafka의 byte-rate)',
  'whyfast.fig.batchSize': '배치당 바이트',
  'whyfast.fig.compression': '압축 후 ÷ 압축 전',
  'whyfast.fig.compression.hint':
    'Kafka의 compression-rate-avg: 배치마다 코덱으로 압축한 크기를 압축 전 크기로 나눈 값의 평균. 1이면 압축하지 않은 것입니다',
  'whyfast.fig.latency': 'send() → ack, p50 / p99',
  'whyfast.fig.latency.hint':
    '구간 안에 ack된 record의 send()부터 ack까지 걸린 시뮬레이션 밀리초 (Kafka producer 성능 테스트가 보여 주는 값과 같은 뜻)',
  'whyfast.fig.sentTotal': '지금까지 보낸 바이트 (네트워크)',
  'whyfast.fig.uncompressedTotal': '같은 배치를 압축하지 않았다면',
  'whyfast.fig.disk': '디스크의 {topic} (leader 로그)',
  'whyfast.fig.disk.hint':
    '각 partition leader에 저장된 이 topic의 로그 세그먼트 크기 (이 topic에 쓰는 모든 producer 합계)',
  'whyfast.fig.about': '이 숫자들의 뜻',
  'whyfast.fig.none': '—',
  'whyfast.unit.ms': '{v}ms',

  'whyfast.sweep.title': 'linger.ms 스윕',
  'whyfast.sweep.intro':
    '이 시나리오를 linger.ms 값({values}ms)마다 한 번씩, 시뮬레이션 시간 {s}초 동안 화면 없이 다시 실행합니다. 백그라운드 워커에서 돌기 때문에 페이지는 그대로 쓸 수 있습니다. producer의 batch.size, compression.type, 속도는 지금 값을, broker와 topic은 시나리오의 설정을 씁니다.',
  'whyfast.sweep.which': 'Producer',
  'whyfast.sweep.run': '스윕 실행',
  'whyfast.sweep.cancel': '취소',
  'whyfast.sweep.progress': '실행 중: {total}개 중 {done}개 완료',
  'whyfast.sweep.cancelled': '스윕을 취소했습니다.',
  'whyfast.sweep.failed': '스윕 실패: {reason}',
  'whyfast.sweep.producer': 'Producer {id}, 각 실행의 마지막 {s}초 기준',
  'whyfast.sweep.noProducer': '스윕에는 워크로드가 있는 producer가 필요합니다.',
  'whyfast.sweep.throughput': '처리량',
  'whyfast.sweep.latency': '지연 시간 (send() → ack)',
  'whyfast.sweep.axis.linger': 'linger.ms',
  'whyfast.sweep.axis.perSec': '초당',
  'whyfast.sweep.axis.ms': 'ms',
  'whyfast.sweep.series.records': '초당 ack된 record',
  'whyfast.sweep.series.requests': '초당 Produce 요청',
  'whyfast.sweep.series.p50': 'p50',
  'whyfast.sweep.series.p99': 'p99',
  'whyfast.sweep.table': '스윕 결과',
  'whyfast.sweep.col.linger': 'linger.ms',
  'whyfast.sweep.col.records': '초당 ack record',
  'whyfast.sweep.col.requests': '초당 요청',
  'whyfast.sweep.col.perBatch': '배치당 record',
  'whyfast.sweep.col.p50': 'p50 (ms)',
  'whyfast.sweep.col.p99': 'p99 (ms)',
};
