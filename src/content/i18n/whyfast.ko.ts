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

  'whyfast.cache.title': 'page cache',
  'whyfast.cache.intro':
    'Kafka는 자체 캐시를 두지 않습니다. OS의 page cache에 쓰고, page를 디스크에 옮기는 일은 나중에 Linux가 합니다. 로그 끝에서 읽는 consumer는 메모리에서 바로 받고, 오래된 데이터를 다시 읽는 consumer는 디스크에서 읽으며 더 새로운 page를 밀어냅니다. 막대 하나가 segment 파일 하나입니다. 색칠된 부분은 메모리에 있고(hot), 나머지는 디스크에만 있습니다(cold).',
  'whyfast.cache.broker': 'broker {id}',
  'whyfast.cache.device': '{device}, page cache {size}',
  'whyfast.cache.device.ssd': 'SSD',
  'whyfast.cache.device.hdd': 'HDD',
  'whyfast.cache.hitRatio': 'cache hit ratio',
  'whyfast.cache.hitRatio.hint': '시작부터 읽은 page 중 메모리에서 찾은 비율',
  'whyfast.cache.noReads': '아직 읽기 없음',
  'whyfast.cache.used': '메모리 사용',
  'whyfast.cache.usedValue': '{capacity} page 중 {pages}',
  'whyfast.cache.deviceRead': '디스크에서 읽음',
  'whyfast.cache.deviceWrite': '디스크에 씀',
  'whyfast.cache.deviceBusy': '디스크 사용 시간',
  'whyfast.cache.groups': 'consumer group별 hit ratio',
  'whyfast.cache.legend.hot': '메모리에 있음',
  'whyfast.cache.legend.dirty': '메모리에 있고 아직 디스크에 쓰지 않음',
  'whyfast.cache.legend.cold': '디스크에만 있음',
  'whyfast.cache.segments': 'broker {id}의 segment 파일 (왼쪽이 오래된 것)',
  'whyfast.cache.segment':
    '{name}: {pages} page 중 {resident}개가 메모리에 있음 (아직 안 쓴 것 {dirty}개)',
  'whyfast.cache.morePartitions': '파티션 {n}개는 그리지 않았습니다.',

  'whyfast.copy.title': 'zero-copy: fetch 응답이 broker를 떠나는 길',
  'whyfast.copy.intro':
    'Kafka는 fetch에 FileChannel.transferTo, 곧 sendfile(2)로 답합니다. 시스템 콜 한 번이면 네트워크 카드가 page cache에서 DMA로 바이트를 가져가고, JVM으로는 아무것도 복사되지 않습니다. 버퍼로 읽은 뒤 소켓에 쓰면 CPU 복사가 두 번, 모드 전환이 두 배입니다. TLS에서는 broker가 사용자 공간에서 암호화해야 하므로(SslTransportLayer) zero-copy를 쓸 수 없습니다.',
  'whyfast.copy.broker': 'broker',
  'whyfast.copy.none': '아직 레코드를 담은 fetch 응답이 없습니다.',
  'whyfast.copy.last':
    '마지막 fetch: {kind} {client}, {time}에 {bytes}. 메모리에서 읽은 page {hits}개, 디스크에서 {misses}개',
  'whyfast.copy.kind.consumer': 'consumer',
  'whyfast.copy.kind.follower': 'follower',
  'whyfast.copy.waited': '응답이 디스크를 {ms} ms 기다렸습니다',
  'whyfast.copy.lane.sendfile': 'PLAINTEXT의 Kafka: sendfile',
  'whyfast.copy.lane.ssl': 'SSL의 Kafka: 읽고, 암호화하고, 쓰기',
  'whyfast.copy.lane.readWrite': 'zero-copy 없이: read() + write()',
  'whyfast.copy.stage.disk': '디스크',
  'whyfast.copy.stage.cache': 'page cache',
  'whyfast.copy.stage.user': 'JVM 버퍼',
  'whyfast.copy.stage.tls': 'TLS 버퍼',
  'whyfast.copy.stage.socket': '소켓 버퍼',
  'whyfast.copy.stage.nic': 'NIC',
  'whyfast.copy.dma': 'DMA',
  'whyfast.copy.cpu': 'CPU',
  'whyfast.copy.counts':
    '전송 {transfers}번: DMA 복사 {dma}번, CPU 복사 {cpu}번(CPU가 옮긴 양 {cpuBytes}), 모드 전환 {switches}번',
  'whyfast.copy.kafkaTotals': 'Kafka의 경로 (그중 TLS {ssl}번)',
  'whyfast.copy.totals': '시작부터 이 broker가 답한 consumer fetch',
  'whyfast.copy.tls': 'consumer가 TLS로 연결 (security.protocol=SSL)',
  'whyfast.copy.tlsGroup': 'group {id}',
  'whyfast.copy.tlsNote':
    'security.protocol을 바꾸면 그룹의 멤버가 다시 시작하므로(client는 이 값을 한 번만 읽음) 그룹이 리밸런스합니다.',
  'whyfast.copy.noGroups': '이 시나리오에는 바꿀 consumer group이 없습니다.',
  'whyfast.copy.downConversion':
    'Kafka 4.0 이전에는 v2 형식보다 오래된 client를 위해 레코드를 down-conversion할 때도 zero-copy를 쓸 수 없었습니다. Kafka 4.0에서 그런 fetch 버전이 없어졌으므로(KIP-896) KafkaScope는 이를 시뮬레이션하지 않습니다.',

  'whyfast.seq.title': '순차로 쓰는 append-only 로그',
  'whyfast.seq.intro':
    '모든 append는 active segment의 끝에 붙습니다. Linux가 dirty page를 디스크에 쓸 때 이웃한 page는 요청 하나로 나갑니다. 디스크는 한 번 seek한 뒤 이어서 씁니다. 이 broker의 디스크가 writeback에 쓴 시간과, 같은 page를 흩어진 4 KiB page로 썼다면 걸렸을 시간입니다.',
  'whyfast.seq.profile': '{device}: 읽기 {read} MB/s, 쓰기 {write} MB/s, seek 한 번에 {access} ms',
  'whyfast.seq.appended': 'append한 양',
  'whyfast.seq.written': '디스크에 쓴 page',
  'whyfast.seq.requests': '요청 {requests}번에 {pages} page',
  'whyfast.seq.dirty': '아직 쓰지 않은 dirty page',
  'whyfast.seq.bar.sequential': '실제로 쓴 대로',
  'whyfast.seq.bar.random': '무작위 4 KiB 쓰기로',
  'whyfast.seq.ratio': '무작위로 쓰면 {x}배 걸림',
  'whyfast.seq.none':
    '아직 디스크에 쓴 page가 없습니다(Linux는 dirty가 된 지 30초 지난 page를 쓰고, dirty page가 많으면 더 일찍 씁니다).',
  'whyfast.seq.chart': 'broker {id}의 writeback 시간: 실제 {seq} ms, 무작위 쓰기로 {rnd} ms',
};
