// Korean texts: storage (the English ones, which define the keys, are in ./storage.ts). Fetched with
// the view when the page is in Korean, or on a switch to Korean once the view has been shown (a
// text part: index.ts).
import type { storageEn } from './storage';

export const storageKo: Record<keyof typeof storageEn, string> = {
  'storage.label': '파티션 replica 하나의 로그 저장소',
  'storage.broker': 'Broker',
  'storage.broker.option': 'Broker {id} ({status})',
  'storage.replica': 'Replica',
  'storage.replica.leader': '{name} · leader',
  'storage.replica.follower': '{name} · follower',
  'storage.noLog': '이 broker에는 이 파티션의 로그가 없습니다.',

  'storage.files.title': '로그 디렉터리',
  'storage.files.summary': 'segment {segments}개 · 디스크 {bytes}',
  'storage.files.list': '{dir} 안의 파일',
  'storage.lso': 'log start offset',
  'storage.lso.title': '로그에 남아 있는 첫 offset. retention이 이 값을 올립니다.',
  'storage.hw': 'high watermark',
  'storage.hw.title': '이 값 아래의 offset은 모든 ISR replica에 있고, consumer는 그것만 읽습니다.',
  'storage.leo': 'log end offset',
  'storage.leo.title': '이 replica가 다음에 쓸 offset. active segment가 여기까지 자랍니다.',
  'storage.file.active': 'active',
  'storage.file.deleted': '.deleted ({reason}) · {at}에 삭제',
  'storage.file.select': '{name}의 segment 보기',
  'storage.file.size.title':
    '디스크상의 크기. active segment의 .index와 .timeindex는 미리 할당되고(segment.index.bytes) roll될 때 잘립니다.',

  'storage.events.title': '방금 디스크에서',
  'storage.events.empty': '아직 없음: 이 replica의 roll, 삭제, cleaner 실행이 여기에 나옵니다.',
  'storage.event.roll': 'Roll → {file} ({previous:이/가} {size}바이트에서 닫힘, {reason})',
  'storage.event.deleted': '{file} → .deleted로 이름 변경 ({reason})',
  'storage.event.removed': '{file}.deleted 디스크에서 삭제',
  'storage.event.logStart': 'log start offset {from} → {to}',
  'storage.event.compacted':
    'Cleaner: {before} → {after}바이트, 레코드 {recordsBefore} → {recordsAfter}개, tombstone {tombstones}개 제거',

  'storage.segment.deleted': '.deleted ({reason}) · {at}에 삭제',
  'storage.segment.leader': 'broker {broker}의 leader replica',
  'storage.segment.follower': 'broker {broker}의 follower replica',
  'storage.segment.empty': '빈 segment: 다음 batch가 offset {base:을/를} 받습니다.',
  'storage.segment.facts':
    'offset {base}–{last} (다음 {next}) · batch {batches}개 · {size} · .index 항목 {entries}개 · .timeindex 항목 {timeEntries}개',
  'storage.segment.largestTimestamp': '가장 큰 timestamp {ts}',
  'storage.download.label': '다운로드',
  'storage.download.hint': '{name} 다운로드: 정확한 바이트 그대로',
  'storage.download.gone':
    '이 segment의 레코드는 시뮬레이터의 payload 보관 범위를 벗어나 .log 바이트를 다시 만들 수 없습니다.',
  'storage.download.trimmed': 'active segment: index 파일은 항목만 남긴(trim) 형태로 받습니다',

  'storage.map.label':
    '바이트 위치를 따라 그린 segment: {size}바이트 안에 batch {batches}개, offset index 항목 {entries}개',
  'storage.map.empty': '비어 있음: 아직 batch 없음',
  'storage.map.batch': 'offset {range} · position {position} · {size}바이트 · 레코드 {records}개',
  'storage.map.earlier': '앞선 batch {count}개(offset {range})를 한 덩어리로 그림',
  'storage.map.start': '{position}부터 스캔',
  'storage.map.noEntries': '항목 없음',
  'storage.map.entry': 'slot {slot}: offset {offset} → position {position}',
  'storage.map.timeEntry': 'slot {slot}: timestamp {timestamp} → offset {offset}',
  'storage.map.legend.lt': '항목 < 목표',
  'storage.map.legend.gt': '항목 > 목표',
  'storage.map.legend.hit': '사용한 항목',
  'storage.map.legend.scanned': '읽은 batch',
  'storage.map.legend.found': '찾음',

  'storage.lookup.title': '조회',
  'storage.lookup.range': 'offset {start} … {end} (미포함)',
  'storage.lookup.offset': 'Offset',
  'storage.lookup.timestamp': 'Timestamp (ms)',
  'storage.lookup.go': '조회',
  'storage.lookup.invalid': '0 이상의 정수를 입력하세요.',
  'storage.lookup.hint':
    'offset을 입력하고 “조회”를 누르세요. Kafka가 segment를 고르고, 희소(sparse) .index를 이진 탐색한 뒤, 찾은 position부터 .log를 스캔하는 과정을 보여 줍니다.',
  'storage.lookup.kind.offset': 'offset',
  'storage.lookup.kind.timestamp': 'timestamp',
  'storage.lookup.progress': '{kind} {target} 조회 중: {steps}단계 중 {step}단계',
  'storage.lookup.replay': '다시 보기',
  'storage.lookup.skip': '끝으로 건너뛰기',
  'storage.lookup.result': 'Offset {offset}: {file}, position {position}의 batch {range}',
  'storage.lookup.result.time':
    'timestamp ≥ 목표: {file}의 position {position}에 있는 batch {range}, offset {offset} (timestamp {timestamp})',

  'storage.step.segment':
    'segment 시작 offset은 {bases}입니다. {target} 이하에서 가장 큰 base offset은 {chosen}: {file:을/를} 엽니다.',
  'storage.step.outOfRange':
    'Offset {target:은/는} 로그 범위 [{start}, {end}) 밖입니다: OFFSET_OUT_OF_RANGE, 또는 아직 쓰이지 않았습니다.',
  'storage.step.index.empty': '{file}에 아직 항목이 없어 탐색할 것이 없습니다.',
  'storage.step.probe.warm':
    '{target:이/가} warm 구간(항목의 마지막 8 KiB)에 있나? 그 첫 slot {slot}: offset {a} → position {b}; {a} {cmp} {target}.',
  'storage.step.probe.first':
    '{target:이/가} 첫 항목보다 작은가? slot {slot}: offset {a} → position {b}; {a} {cmp} {target}.',
  'storage.step.probe.right':
    '이진 탐색: slot {slot:은/는} offset {a} → position {b}. {a} < {target}: 이 항목을 후보로 두고 오른쪽을 봅니다.',
  'storage.step.probe.left':
    '이진 탐색: slot {slot:은/는} offset {a} → position {b}. {a} > {target}: 왼쪽을 봅니다.',
  'storage.step.probe.equal':
    '이진 탐색: slot {slot:은/는} offset {a} → position {b}. {a} = {target}: 정확히 일치.',
  'storage.step.probe.warm.time':
    '{target:이/가} .timeindex의 warm 구간에 있나? 그 첫 slot {slot}: timestamp {a} → offset {b}; {a} {cmp} {target}.',
  'storage.step.probe.first.time':
    '{target:이/가} 첫 time 항목보다 작은가? slot {slot}: timestamp {a} → offset {b}; {a} {cmp} {target}.',
  'storage.step.probe.right.time':
    '이진 탐색: slot {slot:은/는} timestamp {a} → offset {b}. {a} < {target}: 후보로 두고 오른쪽을 봅니다.',
  'storage.step.probe.left.time':
    '이진 탐색: slot {slot:은/는} timestamp {a} → offset {b}. {a} > {target}: 왼쪽을 봅니다.',
  'storage.step.probe.equal.time':
    '이진 탐색: slot {slot:은/는} timestamp {a} → offset {b}. {a} = {target}: 정확히 일치.',
  'storage.step.entry':
    '{target} 이하에서 가장 큰 항목: slot {slot}, offset {offset} → position {position}. {file:을/를} {position}바이트부터 읽습니다.',
  'storage.step.entry.none':
    '{target} 이하인 항목이 없어 {file:을/를} 첫 바이트(position 0)부터 읽습니다.',
  'storage.step.scan.skip':
    'position {position}의 batch: offset {range}, {size}바이트. {target} 전에 끝나므로 position {next:으로/로} 건너뜁니다.',
  'storage.step.scan.found':
    'position {position}의 batch: offset {range}. {target:이/가} 들어 있음: 찾았습니다.',
  'storage.step.scan.skip.time':
    'position {position}의 batch: offset {range}, 최대 timestamp {maxTimestamp} < {target}: position {next:으로/로} 건너뜁니다.',
  'storage.step.scan.found.time':
    'position {position}의 batch: offset {range}, 최대 timestamp {maxTimestamp} ≥ {target}: 답이 이 batch에 있습니다.',
  'storage.step.nextSegment':
    '이 segment에는 {target} 이상이 남아 있지 않습니다(compaction으로 제거됨). {file:으로/로} 넘어갑니다.',
  'storage.step.result':
    'Offset {target:은/는} {file}의 position {position}에 있는 batch 안에 있습니다.',
  'storage.step.notFound': '이 로그에는 offset {target} 이후의 batch가 없습니다.',
  'storage.step.time.segment.match':
    '{file}: 가장 큰 timestamp {largest} ≥ {target}: 이 segment를 탐색합니다.',
  'storage.step.time.segment.skip':
    '{file}: 가장 큰 timestamp {largest} < {target}: 모든 레코드가 더 오래되어 다음 segment로.',
  'storage.step.time.none':
    'timestamp ≥ {target}인 레코드가 없습니다: offset 없음 (ListOffsets는 -1을 돌려줍니다).',
  'storage.step.time.entry':
    '{target} 이하에서 가장 큰 time 항목: slot {slot}, timestamp {timestamp} → offset {offset}. 이제 .index에서 offset {offset:을/를} 찾습니다.',
  'storage.step.time.entry.none':
    '{target} 이하인 time 항목이 없어 segment의 base offset {base}부터 시작합니다.',
  'storage.step.time.result':
    'timestamp ≥ {target}인 첫 레코드는 offset {offset} (timestamp {timestamp})이고, {file}의 position {position}에 있는 batch 안에 있습니다.',
  'storage.step.time.result.approx':
    'offset {offset} (timestamp {timestamp}), {file}의 position {position}에 있는 batch: 레코드가 payload 보관 범위를 벗어나 batch 헤더만으로 구했습니다.',

  'storage.hex.title': 'Hex 인스펙터',
  'storage.hex.batch': 'Batch',
  'storage.hex.batch.option': 'offset {range} · position {position} · {size} B',
  'storage.hex.noBatch': '이 segment에는 아직 batch가 없습니다.',
  'storage.hex.gone':
    '이 batch의 레코드는 시뮬레이터의 payload 보관 범위(replica마다 최근 레코드만 보관)를 벗어나 바이트를 다시 만들 수 없으므로 보여 주지 않습니다. 위의 크기, offset, index 항목은 여전히 정확합니다.',
  'storage.hex.error': '이 바이트를 해석할 수 없습니다: {message}',
  'storage.hex.summary':
    'file position {position}부터 이 batch의 {size}바이트, 레코드 {records}개. 필드에 마우스를 올리거나 포커스하면 해당 바이트가 강조됩니다.',
  'storage.hex.zstd':
    'zstd: 이 프레임은 올바른 zstd이지만 Java 클라이언트가 쓰는 바이트와 똑같지는 않습니다(libzstd 일괄 압축 vs zstd-jni 스트리밍). 크기가 몇 바이트 다를 수 있습니다.',
  'storage.hex.zstd.noWasm':
    'zstd: 이 환경에서는 WebAssembly 압축기가 로드되지 않았습니다. 압축 해제는 동작합니다.',
  'storage.hex.fields': 'batch의 필드',
  'storage.hex.header': 'Batch 헤더 · {size}바이트',
  'storage.hex.records': '레코드 영역 · {size}바이트',
  'storage.hex.record': '레코드 {n} · {size}바이트',
  'storage.hex.grid': 'file position {position}부터의 batch 바이트',
  'storage.hex.position': 'position',
  'storage.hex.showAll': '{count}바이트 모두 보기',
  'storage.hex.showLess': '처음 {count}바이트만 보기',
  'storage.hex.crc.ok': 'CRC-32C 일치',
  'storage.hex.crc.bad': 'CRC-32C 불일치!',
  'storage.hex.attributes': '압축 {codec}, {tsType} {flags}',
  'storage.hex.lastOffset': '마지막 offset {offset}',
  'storage.hex.batchLength': '이 필드 뒤의 바이트 수; batch = {size}바이트',
  'storage.hex.none': '없음 (idempotent 아님)',
  'storage.hex.compressed': '{codec:으로/로} 한 덩어리로 압축됨',

  'storage.field.baseOffset': 'Int64: batch 첫 레코드의 offset. leader가 부여합니다.',
  'storage.field.batchLength': 'Int32: 이 필드 뒤에 오는 바이트 수 (batch 크기 − 12).',
  'storage.field.partitionLeaderEpoch': 'Int32: batch를 쓴 leader의 leader epoch.',
  'storage.field.magic': 'Int8: 레코드 포맷 버전. Kafka 0.11부터 모든 batch가 2입니다.',
  'storage.field.crc': 'Uint32: attributes부터 batch 끝까지의 CRC-32C.',
  'storage.field.attributes':
    'Int16: 비트 0–2 압축, 비트 3 timestamp 종류, 비트 4 트랜잭션, 비트 5 control, 비트 6 delete horizon.',
  'storage.field.lastOffsetDelta': 'Int32: 마지막 offset − base offset (compaction 후에도 유지).',
  'storage.field.baseTimestamp': 'Int64: 첫 레코드의 timestamp (또는 delete horizon).',
  'storage.field.maxTimestamp':
    'Int64: batch 안에서 가장 큰 timestamp. .timeindex가 이 값을 씁니다.',
  'storage.field.producerId': 'Int64: idempotent producer의 id. idempotence가 없으면 -1.',
  'storage.field.producerEpoch': 'Int16: producer의 epoch.',
  'storage.field.baseSequence': 'Int32: 첫 레코드의 sequence 번호. 중복 감지에 씁니다.',
  'storage.field.recordCount': 'Int32: 뒤따르는 레코드 수.',
  'storage.field.records': '레코드들. 한 덩어리로 함께 압축되어 있습니다.',
  'storage.rfield.length': 'varint: 이 필드 뒤 레코드의 크기.',
  'storage.rfield.attributes': 'Int8: 사용하지 않음, 항상 0.',
  'storage.rfield.timestampDelta': 'varlong: timestamp − baseTimestamp.',
  'storage.rfield.offsetDelta': 'varint: offset − baseOffset.',
  'storage.rfield.keyLength': 'varint: key 길이. key가 없으면 -1.',
  'storage.rfield.key': 'key 바이트 (여기서는 UTF-8).',
  'storage.rfield.valueLength': 'varint: value 길이. tombstone이면 -1.',
  'storage.rfield.value': 'value 바이트 (여기서는 UTF-8).',
  'storage.rfield.headerCount': 'varint: 뒤따르는 header 수.',
  'storage.rfield.headers': 'header들: 각각 key 길이, key, value 길이, value.',

  'storage.settings.title': '{topic} 설정',
  'storage.settings.intro': 'setConfig로 토픽의 모든 replica에 즉시 적용됩니다.',
  'storage.settings.apply': '적용',
  'storage.settings.current': '현재 {value}',
  'storage.settings.refused': '시뮬레이션이 이 값을 거부했습니다.',
  'storage.settings.forever': '영구',
  'storage.settings.unlimited': '제한 없음',
  'storage.settings.segmentBytes':
    'batch가 이 크기를 넘기게 되면 그 전에 active segment를 roll합니다',
  'storage.settings.indexInterval': '최소 이만큼의 바이트마다 .index 항목 하나',
  'storage.settings.retentionMs':
    '가장 큰 timestamp가 이보다 오래된 닫힌 segment를 통째로 삭제 (-1: 삭제 안 함)',
  'storage.settings.retentionBytes':
    '로그가 이보다 크면 가장 오래된 닫힌 segment부터 삭제 (-1: 제한 없음)',
  'storage.settings.cleanupPolicy': 'compact는 key마다 최신 레코드만 남깁니다',
};
