// Sentences for errors about clients (producers, workloads, groups, members), actions (Kafka's admin
// wording for addPartitions) and codecs. Codes: engine/scenario/scenarioErrors.ts.
import type { ActionErrors, ClientErrors, CodecErrors } from '../../engine/scenario/scenarioErrors';
import { gotEn, gotKo, listEn, listKo, quote } from './words';
import type { Pairs } from './words';
import { particle, withParticle } from '../i18n/particles';

const clients: Pairs<ClientErrors> = {
  'producer.duplicate': {
    en: (p) => `Duplicate producer id "${p.id}".`,
    ko: (p) => `producer id "${p.id}"${particle(p.id, '이/가')} 중복됩니다.`,
  },
  'producer.notFound': {
    en: (p) => `Producer "${p.producer}" does not exist; producers: ${listEn(p.producers)}.`,
    ko: (p) =>
      `producer "${p.producer}"${particle(p.producer, '이/가')} 없습니다. 있는 producer: ${listKo(p.producers)}.`,
  },
  'workload.tooFast': {
    en: (p) =>
      `KafkaScope simulates at most ${p.max} records per second per producer, got ${p.value}.`,
    ko: (p) =>
      `KafkaScope는 producer 하나당 초당 최대 ${p.max}개의 레코드까지 시뮬레이션합니다(지금 값: ${p.value}).`,
  },
  'workload.keyType': {
    en: (p) => `A key must be a string or null, got ${gotEn(p)}.`,
    ko: (p) => `key는 문자열이나 null이어야 하는데 ${gotKo(p)}입니다.`,
  },
  'workload.totalRate': {
    en: (p) =>
      `KafkaScope simulates at most ${p.max} records per second from all producers together; with this workload they send ${p.rate}.`,
    ko: (p) =>
      `KafkaScope는 모든 producer를 합쳐 초당 최대 ${p.max}개의 레코드까지 시뮬레이션합니다. 이 workload까지 더하면 초당 ${p.rate}개입니다.`,
  },
  'workload.totalBytes': {
    en: (p) =>
      `KafkaScope simulates at most ${p.max} bytes (10 MiB) of keys and values per second from all producers together; with this workload they send ${p.total}.`,
    ko: (p) =>
      `KafkaScope는 모든 producer를 합쳐 초당 최대 ${p.max}바이트(10 MiB)의 key와 value까지 시뮬레이션합니다. 이 workload까지 더하면 초당 ${p.total}바이트입니다.`,
  },
  'group.duplicate': {
    en: (p) => `Duplicate consumer group id "${p.id}".`,
    ko: (p) => `consumer group id "${p.id}"${particle(p.id, '이/가')} 중복됩니다.`,
  },
  'group.notFound': {
    en: (p) => `Consumer group "${p.group}" does not exist; groups: ${listEn(p.groups)}.`,
    ko: (p) =>
      `consumer group "${p.group}"${particle(p.group, '이/가')} 없습니다. 있는 group: ${listKo(p.groups)}.`,
  },
  'group.noTopics': {
    en: () => 'A consumer group must subscribe to at least one topic.',
    ko: () => 'consumer group은 topic을 하나 이상 구독해야 합니다.',
  },
  'group.tooManyTopics': {
    en: (p) =>
      `A group subscribes to at most the ${p.max} topics a KafkaScope cluster can have, got ${p.count}.`,
    ko: (p) =>
      `group은 KafkaScope 클러스터에 둘 수 있는 topic ${p.max}개까지만 구독할 수 있습니다(지금 ${p.count}개).`,
  },
  'group.topicTwice': {
    en: (p) => `Topic "${p.topic}" is listed twice.`,
    ko: (p) => `topic "${p.topic}"${particle(p.topic, '이/가')} 두 번 들어 있습니다.`,
  },
  'group.tooManyMembers': {
    en: (p) => `KafkaScope simulates at most ${p.max} members per group, got ${p.value}.`,
    ko: (p) =>
      `KafkaScope는 group 하나에 member를 최대 ${p.max}개까지 시뮬레이션합니다(지금 값: ${p.value}).`,
  },
  'group.full': {
    en: (p) => `Group "${p.group}" already has ${p.max} members, the most KafkaScope simulates.`,
    ko: (p) =>
      `group "${p.group}"에는 이미 member가 ${p.max}개 있습니다. KafkaScope가 시뮬레이션하는 최대 수입니다.`,
  },
  'group.processingTooLong': {
    en: (p) =>
      `Processing one record takes at most ${p.max} ms (an hour) in KafkaScope, got ${p.value}.`,
    ko: (p) =>
      `KafkaScope에서 레코드 하나의 처리 시간은 최대 ${p.max} ms(1시간)입니다(지금 값: ${p.value}).`,
  },
  'member.idFormat': {
    en: (p) => `Member id "${p.member}" must look like "${p.group}-<n>" (n = 1, 2, …).`,
    ko: (p) =>
      `member id "${p.member}"${particle(p.member, '은/는')} "${p.group}-<n>" 형식(n = 1, 2, …)이어야 합니다.`,
  },
  'member.notFound': {
    en: (p) =>
      `Member "${p.member}" is not in group "${p.group}" when this action runs; its members then: ${listEn(p.members)}.`,
    ko: (p) =>
      `이 action이 실행될 때 "${p.member}"${particle(p.member, '은/는')} group "${p.group}"의 member가 아닙니다. 그때의 member: ${listKo(p.members)}.`,
  },
};

const actions: Pairs<ActionErrors> = {
  'action.unknown': {
    en: (p) =>
      `Unknown action ${quote(p)}` +
      (p.suggestion !== null
        ? `; did you mean "${p.suggestion}"?`
        : `; expected one of: ${p.allowed.join(', ')}.`),
    ko: (p) =>
      `알 수 없는 action ${quote(p)}입니다.` +
      (p.suggestion !== null
        ? ` 혹시 "${p.suggestion}"${particle(p.suggestion, '을/를')} 쓰려던 것인가요?`
        : ` 다음 중 하나를 쓰세요: ${p.allowed.join(', ')}.`),
  },
  'action.tooLate': {
    en: (p) =>
      `KafkaScope simulates at most ${p.max} ms (a week); an action cannot be at ${p.value}.`,
    ko: (p) =>
      `KafkaScope는 최대 ${p.max} ms(1주일)까지 시뮬레이션합니다. action을 ${p.value} ms에 둘 수 없습니다.`,
  },
  'produce.recordType': {
    en: (p) => `The ${p.field} must be a string or null, got ${gotEn(p)}.`,
    ko: (p) => `${withParticle(p.field, '은/는')} 문자열이나 null이어야 하는데 ${gotKo(p)}입니다.`,
  },
  'produce.noPartition': {
    en: (p) =>
      `Partition ${p.partition} does not exist: topic "${p.topic}" has ${p.partitions} partition(s) (0..${p.partitions - 1}).`,
    ko: (p) =>
      `partition ${withParticle(p.partition, '은/는')} 없습니다. topic "${p.topic}"의 partition은 ${p.partitions}개(0..${p.partitions - 1})입니다.`,
  },
  'slowBroker.factor': {
    en: (p) =>
      `factor must be at least 1 (1 = normal speed, 10 = ten times slower), got ${p.value}.`,
    ko: (p) => `factor는 1 이상이어야 합니다(1 = 보통 속도, 10 = 열 배 느림). 지금 값: ${p.value}.`,
  },
  'stallConsumer.tooLong': {
    en: (p) => `A stall lasts at most ${p.max} ms, got ${p.value}.`,
    ko: (p) => `stall은 최대 ${p.max} ms까지입니다(지금 값: ${p.value}).`,
  },
  'setWorkload.noWorkload': {
    en: (p) =>
      `Producer "${p.producer}" has no workload: setWorkload changes the rate of a producer whose scenario entry has one.`,
    ko: (p) =>
      `producer "${p.producer}"에는 워크로드가 없습니다. setWorkload는 시나리오에 workload가 있는 producer의 속도만 바꿉니다.`,
  },
  'setConfig.target': {
    en: (p) =>
      `Invalid target ${gotEn(p)}: expected "broker:<id>", "topic:<name>", "producer:<id>", "group:<id>" or "cluster".`,
    ko: (p) =>
      `target ${withParticle(gotKo(p), '은/는')} 올바르지 않습니다. "broker:<id>", "topic:<name>", "producer:<id>", "group:<id>", "cluster" 중 하나를 쓰세요.`,
  },
  'setConfig.controllerConfig': {
    en: (p) =>
      `${p.key} is read by the KRaft controller, from its own properties file, not by broker ${p.broker}: set it on "cluster" (real Kafka needs the controllers restarted with it).`,
    ko: (p) =>
      `${withParticle(p.key, '은/는')} broker ${withParticle(p.broker, '이/가')} 아니라 KRaft controller가 자기 설정 파일에서 읽는 설정입니다. target을 "cluster"로 하세요 (실제 Kafka에서는 이 값으로 controller를 재시작해야 합니다).`,
  },
  'setConfig.perBrokerTopicDefault': {
    en: (p) =>
      `${p.key} is a default for topic configs; KafkaScope keeps topic defaults cluster-wide (Kafka allows a per-broker value only for testing): set it on "cluster", or on the topic.`,
    ko: (p) =>
      `${withParticle(p.key, '은/는')} 토픽 설정의 기본값입니다. KafkaScope는 토픽 기본값을 클러스터 전체에만 둡니다 (Kafka도 broker별 값은 테스트용으로만 허용합니다). target을 "cluster"나 해당 토픽으로 하세요.`,
  },
  'addPartitions.tooMany': {
    en: (p) => `KafkaScope simulates at most ${p.max} partitions per topic, got ${p.value}.`,
    ko: (p) =>
      `KafkaScope는 topic 하나에 partition을 최대 ${p.max}개까지 시뮬레이션합니다(지금 값: ${p.value}).`,
  },
  'addPartitions.decrease': {
    en: (p) =>
      p.metadata === 'zookeeper'
        ? `Topic currently has ${p.current} partitions, which is higher than the requested ${p.requested}.`
        : `The topic ${p.topic} currently has ${p.current} partition(s); ${p.requested} would not be an increase.`,
    ko: (p) =>
      `topic '${p.topic}'의 partition은 지금 ${p.current}개라서 ${p.requested}개로 줄일 수 없습니다. partition 수는 늘릴 수만 있습니다.`,
  },
  'addPartitions.same': {
    en: (p) =>
      p.metadata === 'zookeeper'
        ? `Topic already has ${p.current} partitions.`
        : `Topic already has ${p.current} partition(s).`,
    ko: (p) =>
      `topic '${p.topic}'의 partition은 이미 ${p.current}개입니다. 지금보다 큰 수를 지정하세요.`,
  },
};

const codecs: Pairs<CodecErrors> = {
  'codec.zstdNotReady': {
    en: () =>
      'compression.type zstd needs the zstd codec (WebAssembly), which is not loaded yet: await prepareCodecs() before creating the simulation.',
    ko: () =>
      'compression.type zstd에는 zstd 코덱(WebAssembly)이 필요한데 아직 불러오지 않았습니다. 시뮬레이션을 만들기 전에 prepareCodecs()를 await 하세요.',
  },
};

export const scenarioActionPairs: Pairs<ClientErrors & ActionErrors & CodecErrors> = {
  ...clients,
  ...actions,
  ...codecs,
};
