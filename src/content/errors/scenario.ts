// Sentences for scenario errors: the input as a whole, any field, the cluster, topics (Kafka's
// Topic.validate and admin wording) and record sizes (Kafka's RecordTooLargeException and
// MESSAGE_TOO_LARGE). Clients and actions: scenarioActions.ts. Codes: engine/scenario/scenarioErrors.ts.
import type {
  ClusterErrors,
  FieldErrors,
  RecordErrors,
  ScenarioArray,
  ScenarioErrorParams,
  TopicErrors,
  WholeInputErrors,
} from '../../engine/scenario/scenarioErrors';
import { scenarioActionPairs } from './scenarioActions';
import type { ErrorTexts } from './types';
import {
  EXPECTED_EN,
  EXPECTED_KO,
  byLang,
  gotEn,
  gotKo,
  json,
  listEn,
  listKo,
  quote,
} from './words';
import type { Pairs } from './words';
import { particle, withParticle } from '../i18n/particles';

const ARRAY_EN: Record<ScenarioArray, string> = {
  topics: 'topics',
  producers: 'producers',
  consumerGroups: 'consumer groups',
  actions: 'actions',
};
const ARRAY_KO: Record<ScenarioArray, string> = {
  topics: 'topic',
  producers: 'producer',
  consumerGroups: 'consumer group',
  actions: 'action',
};

const wholeInput: Pairs<WholeInputErrors> = {
  'scenario.notObject': {
    en: (p) => `A scenario must be a JSON object, got ${gotEn(p)}.`,
    ko: (p) => `scenario는 JSON 객체여야 하는데 ${gotKo(p)}입니다.`,
  },
  'input.tooLarge': {
    en: (p) =>
      `${p.whole ? 'The scenario' : 'This'} is too large: KafkaScope reads at most ${p.maxChars} characters of JSON (1 MiB).`,
    ko: (p) =>
      `${withParticle(p.whole ? 'scenario' : '이 값', '이/가')} 너무 큽니다. KafkaScope는 JSON으로 최대 ${p.maxChars}자(1 MiB)까지 읽습니다.`,
  },
  'input.tooDeep': {
    en: (p) => `Nested too deep: objects and arrays may be nested at most ${p.maxDepth} levels.`,
    ko: (p) =>
      `너무 깊게 중첩되어 있습니다. 객체와 배열은 최대 ${p.maxDepth}단계까지 중첩할 수 있습니다.`,
  },
  'errors.more': {
    en: (p) => `… and ${p.count} more error(s), not listed.`,
    ko: (p) => `… 그 밖에 오류가 ${p.count}개 더 있습니다(목록에서 생략).`,
  },
  'scenario.version': {
    en: (p) =>
      `Unsupported scenario version ${quote(p)}; this KafkaScope reads version ${p.supported}.`,
    ko: (p) =>
      `지원하지 않는 scenario version ${quote(p)}입니다. 이 KafkaScope는 version ${withParticle(p.supported, '을/를')} 읽습니다.`,
  },
  'scenario.seed': {
    en: (p) => `The seed must be an integer from 0 to ${p.max} (unsigned 32-bit), got ${p.value}.`,
    ko: (p) =>
      `seed는 0부터 ${p.max}까지의 정수(부호 없는 32비트)여야 합니다(지금 값: ${p.value}).`,
  },
  'scenario.tooMany': {
    en: (p) => `KafkaScope simulates at most ${p.max} ${ARRAY_EN[p.what]}, got ${p.count}.`,
    ko: (p) =>
      `KafkaScope는 ${withParticle(ARRAY_KO[p.what], '을/를')} 최대 ${p.max}개까지 시뮬레이션합니다(지금 ${p.count}개).`,
  },
};

const fields: Pairs<FieldErrors> = {
  'field.unknown': {
    en: (p) =>
      p.suggestion !== null
        ? `Unknown field "${p.field}"; did you mean "${p.suggestion}"?`
        : `Unknown field "${p.field}". Fields allowed here: ${p.allowed.join(', ')}.`,
    ko: (p) =>
      p.suggestion !== null
        ? `알 수 없는 필드 "${p.field}"입니다. 혹시 "${p.suggestion}"${particle(p.suggestion, '을/를')} 쓰려던 것인가요?`
        : `알 수 없는 필드 "${p.field}"입니다. 여기에 쓸 수 있는 필드: ${p.allowed.join(', ')}.`,
  },
  'field.missing': {
    en: (p) => `Missing required field "${p.field}".`,
    ko: (p) => `필수 필드 "${p.field}"${particle(p.field, '이/가')} 없습니다.`,
  },
  'value.wrongType': {
    en: (p) => `Expected ${EXPECTED_EN[p.expected]}, got ${gotEn(p)}.`,
    ko: (p) => `${EXPECTED_KO[p.expected]} 하는데 ${gotKo(p)}입니다.`,
  },
  'value.atLeast': {
    en: (p) => `Must be at least ${p.min}, got ${p.value}.`,
    ko: (p) => `${p.min} 이상이어야 합니다(지금 값: ${p.value}).`,
  },
  'value.atMost': {
    en: (p) => `Must be at most ${p.max}, got ${p.value}.`,
    ko: (p) => `${p.max} 이하여야 합니다(지금 값: ${p.value}).`,
  },
  'value.configType': {
    en: (p) => `A config value must be a string, number or boolean, got ${gotEn(p)}.`,
    ko: (p) => `설정 값은 문자열, 숫자, boolean 중 하나여야 하는데 ${gotKo(p)}입니다.`,
  },
  'value.id': {
    en: (p) =>
      `Invalid id ${json(p.id)}: use 1 to ${p.maxLength} characters from a-z, A-Z, 0-9, '.', '_' and '-'.`,
    ko: (p) =>
      `id ${withParticle(json(p.id), '은/는')} 쓸 수 없습니다. 영문자, 숫자, '.', '_', '-'로 1~${p.maxLength}자를 쓰세요.`,
  },
};

const cluster: Pairs<ClusterErrors> = {
  'cluster.noBrokers': {
    en: (p) => `A cluster needs at least 1 broker, got ${p.value}.`,
    ko: (p) => `클러스터에는 broker가 1개 이상 있어야 합니다(지금 값: ${p.value}).`,
  },
  'cluster.tooManyBrokers': {
    en: (p) =>
      `KafkaScope simulates at most ${p.max} brokers, got ${p.value}: every broker is simulated and drawn in the browser.`,
    ko: (p) =>
      `KafkaScope는 broker를 최대 ${p.max}개까지 시뮬레이션합니다(지금 값: ${p.value}). 모든 broker를 브라우저에서 시뮬레이션하고 화면에 그리기 때문입니다.`,
  },
  'cluster.rackEmpty': {
    en: () => 'A rack id must be a non-empty string.',
    ko: () => 'rack id는 빈 문자열일 수 없습니다.',
  },
  'cluster.rackTooLong': {
    en: (p) => `A rack id may be at most ${p.max} characters long in KafkaScope, got ${p.length}.`,
    ko: (p) => `KafkaScope에서 rack id는 최대 ${p.max}자입니다(지금 ${p.length}자).`,
  },
  'cluster.racksCount': {
    en: (p) =>
      `racks has ${p.racks} ${p.racks === 1 ? 'entry' : 'entries'} but the cluster has ${p.brokers} broker(s); give one rack per broker.`,
    ko: (p) =>
      `racks 항목은 ${p.racks}개인데 broker는 ${p.brokers}개입니다. broker마다 rack을 하나씩 지정하세요.`,
  },
  'cluster.metadata': {
    en: (p) => `metadata must be "kraft" or "zookeeper", got ${gotEn(p)}.`,
    ko: (p) => `metadata는 "kraft" 또는 "zookeeper"여야 하는데 ${gotKo(p)}입니다.`,
  },
  'cluster.controllers': {
    en: (p) =>
      `A KRaft controller quorum has 1, 3 or 5 voters here (an odd number: a majority must survive a failure), got ${p.value}.`,
    ko: (p) =>
      `여기서 KRaft controller quorum의 voter는 1, 3, 5개 중 하나입니다(과반이 장애를 견디도록 홀수). 지금 값: ${p.value}.`,
  },
  'cluster.controllersInZookeeperMode': {
    en: () =>
      'In ZooKeeper mode there are no KRaft controllers: the controller is one of the brokers, elected through ZooKeeper. Remove "controllers", or set "metadata" to "kraft".',
    ko: () =>
      'ZooKeeper 모드에는 KRaft controller가 없습니다. broker 중 하나가 ZooKeeper를 통해 controller로 뽑힙니다. "controllers"를 지우거나 "metadata"를 "kraft"로 지정하세요.',
  },
  'cluster.zookeeperInKraftMode': {
    en: () =>
      'A ZooKeeper ensemble is used only with "metadata": "zookeeper"; KRaft keeps its metadata in its own controller quorum ("controllers").',
    ko: () =>
      'ZooKeeper 앙상블은 "metadata": "zookeeper"일 때만 씁니다. KRaft는 메타데이터를 자체 controller quorum("controllers")에 둡니다.',
  },
  'cluster.zookeeperServers': {
    en: (p) =>
      `A ZooKeeper ensemble has 1, 3 or 5 servers here (an odd number: a majority must survive a failure), got ${p.value}.`,
    ko: (p) =>
      `여기서 ZooKeeper 앙상블의 server는 1, 3, 5개 중 하나입니다(과반이 장애를 견디도록 홀수). 지금 값: ${p.value}.`,
  },
  'cluster.offsetsPartitions': {
    en: (p) =>
      `KafkaScope simulates at most ${p.max} partitions per topic, got ${p.value} for __consumer_offsets.`,
    ko: (p) =>
      `KafkaScope는 topic 하나에 partition을 최대 ${p.max}개까지 시뮬레이션합니다. __consumer_offsets의 값이 ${p.value}입니다.`,
  },
  'cluster.latencyTooSmall': {
    en: (p) =>
      `A message takes at least ${p.min} ms in KafkaScope, got ${p.value}: with no latency, a request answered at once (a fetch with fetch.max.wait.ms=0) would loop without simulated time ever moving.`,
    ko: (p) =>
      `KafkaScope에서 메시지 전달에는 최소 ${p.min} ms가 걸립니다(지금 값: ${p.value}). 지연이 0이면 바로 응답하는 요청(fetch.max.wait.ms=0인 fetch 등)이 시뮬레이션 시간이 흐르지 않은 채 끝없이 반복됩니다.`,
  },
  'cluster.storageDevice': {
    en: (p) => `storage.device must be "ssd" or "hdd", got ${gotEn(p)}.`,
    ko: (p) => `storage.device는 "ssd" 또는 "hdd"여야 하는데 ${gotKo(p)}입니다.`,
  },
  'cluster.pageCacheTooSmall': {
    en: (p) =>
      `KafkaScope needs a page cache of at least ${p.min} bytes (16 pages of 4 KiB), got ${p.value}.`,
    ko: (p) =>
      `KafkaScope의 page cache는 최소 ${p.min}바이트(4 KiB page 16개)여야 하는데 ${p.value}입니다.`,
  },
  'cluster.tooManyReplicas': {
    en: (p) =>
      `KafkaScope simulates at most ${p.max} partition replicas (partitions × replication factor) in a cluster; this makes ${p.total}` +
      (p.internal > 0 ? ` (${p.internal} of them for __consumer_offsets)` : '') +
      '.',
    ko: (p) =>
      `KafkaScope는 클러스터 전체에서 partition replica(partition 수 × replication factor)를 최대 ${p.max}개까지 시뮬레이션합니다. 이렇게 하면 ${p.total}개가 됩니다` +
      (p.internal > 0 ? ` (그중 ${p.internal}개는 __consumer_offsets)` : '') +
      '.',
  },
  'cluster.tooManyTopics': {
    en: (p) =>
      `KafkaScope simulates at most ${p.max} topics; the cluster has ${p.count} when this action runs.`,
    ko: (p) =>
      `KafkaScope는 topic을 최대 ${p.max}개까지 시뮬레이션합니다. 이 action이 실행될 때 이미 ${p.count}개가 있습니다.`,
  },
  'cluster.tooManyMembers': {
    en: (p) =>
      `KafkaScope simulates at most ${p.max} group members in all groups together; this makes ${p.total}.`,
    ko: (p) =>
      `KafkaScope는 모든 group을 합쳐 member를 최대 ${p.max}개까지 시뮬레이션합니다. 이렇게 하면 ${p.total}개가 됩니다.`,
  },
  'broker.belowOne': {
    en: (p) => `Broker ${p.broker} does not exist; broker ids start at 1.`,
    ko: (p) => `broker ${withParticle(p.broker, '은/는')} 없습니다. broker id는 1부터 시작합니다.`,
  },
  'broker.notFound': {
    en: (p) =>
      p.zookeeper !== undefined
        ? `Node ${p.broker} does not exist; broker ids are 1..${p.brokers}, ZooKeeper server ids ${nodeRange(4000, p.zookeeper)}.`
        : p.controllers === undefined
          ? `Broker ${p.broker} does not exist; broker ids are 1..${p.brokers}.`
          : `Node ${p.broker} does not exist; broker ids are 1..${p.brokers}, controller ids ${nodeRange(3000, p.controllers)}.`,
    ko: (p) =>
      p.zookeeper !== undefined
        ? `node ${withParticle(p.broker, '은/는')} 없습니다. broker id는 1..${p.brokers}, ZooKeeper server id는 ${nodeRange(4000, p.zookeeper)}입니다.`
        : p.controllers === undefined
          ? `broker ${withParticle(p.broker, '은/는')} 없습니다. broker id는 1..${p.brokers}입니다.`
          : `node ${withParticle(p.broker, '은/는')} 없습니다. broker id는 1..${p.brokers}, controller id는 ${nodeRange(3000, p.controllers)}입니다.`,
  },
};

const topics: Pairs<TopicErrors> = {
  'topic.nameEmpty': {
    en: () => "Topic name is illegal, it can't be empty",
    ko: () => 'topic 이름은 비어 있을 수 없습니다.',
  },
  'topic.nameDots': {
    en: () => 'Topic name cannot be "." or ".."',
    ko: () => 'topic 이름으로 "."이나 ".."은 쓸 수 없습니다.',
  },
  'topic.nameTooLong': {
    en: (p) =>
      `Topic name is illegal, it can't be longer than ${p.max} characters, Topic name: ${p.name}`,
    ko: (p) => `topic 이름은 ${p.max}자를 넘을 수 없습니다(지금 ${p.length}자).`,
  },
  'topic.nameChars': {
    en: (p) =>
      `Topic name "${p.name}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`,
    ko: (p) =>
      `topic 이름 "${p.name}"에 ASCII 영문자와 숫자, '.', '_', '-' 이외의 문자가 들어 있습니다.`,
  },
  'topic.internal': {
    en: (p) =>
      `Topic '${p.name}' is Kafka's internal topic for committed offsets; the cluster creates it itself.`,
    ko: (p) => `'${p.name}'는 커밋된 offset을 담는 Kafka 내부 topic이며, 클러스터가 직접 만듭니다.`,
  },
  'topic.exists': {
    en: (p) => `Topic '${p.name}' already exists.`,
    ko: (p) => `topic '${p.name}'이(가) 이미 있습니다.`,
  },
  'topic.collides': {
    en: (p) => `Topic '${p.name}' collides with existing topic: ${p.existing}`,
    ko: (p) =>
      `topic '${p.name}'은(는) 기존 topic '${p.existing}'와(과) 충돌합니다. Kafka의 metric 이름에서 '.'과 '_'는 구별되지 않으니 둘 중 하나만 쓰세요.`,
  },
  'topic.noPartitions': {
    en: () => 'Number of partitions must be larger than 0.',
    ko: () => 'partition 수는 0보다 커야 합니다.',
  },
  'topic.tooManyPartitions': {
    en: (p) =>
      `KafkaScope simulates at most ${p.max} partitions per topic, got ${p.value}: every partition's replicas, logs and indexes live in the browser's memory.`,
    ko: (p) =>
      `KafkaScope는 topic 하나에 partition을 최대 ${p.max}개까지 시뮬레이션합니다(지금 값: ${p.value}). partition마다 replica, 로그, 인덱스를 브라우저 메모리에 두기 때문입니다.`,
  },
  'topic.noReplicas': {
    en: () => 'Replication factor must be larger than 0.',
    ko: () => 'replication factor는 0보다 커야 합니다.',
  },
  'topic.replicationFactor': {
    en: (p) =>
      p.metadata === 'zookeeper'
        ? `Replication factor: ${p.rf} larger than available brokers: ${p.brokers}.`
        : `Unable to replicate the partition ${p.rf} time(s): The target replication factor of ${p.rf} cannot be reached because only ${p.brokers} broker(s) are registered.`,
    ko: (p) =>
      `replication factor ${withParticle(p.rf, '은/는')} broker 수 ${p.brokers}보다 클 수 없습니다. 한 partition의 replica는 모두 서로 다른 broker에 있어야 합니다.`,
  },
  'topic.assignmentPartitions': {
    en: (p) =>
      `The assignment lists ${p.listed} partition(s) but the topic has ${p.partitions}; give one replica list per partition.`,
    ko: (p) =>
      `assignment에 partition ${p.listed}개의 배치가 있는데 topic의 partition은 ${p.partitions}개입니다. partition마다 replica 목록을 하나씩 지정하세요.`,
  },
  'topic.assignmentReplicas': {
    en: (p) =>
      `Partition ${p.partition} has ${p.replicas} replica(s) but the replication factor is ${p.rf}.`,
    ko: (p) =>
      `partition ${p.partition}의 replica가 ${p.replicas}개인데 replication factor는 ${p.rf}입니다.`,
  },
  'topic.assignmentDuplicate': {
    en: (p) =>
      `Duplicate broker ids in the replica assignment of partition ${p.partition}: [${listEn(p.brokers)}].`,
    ko: (p) =>
      `partition ${p.partition}의 replica 배치에 같은 broker가 두 번 이상 있습니다: [${listKo(p.brokers)}].`,
  },
  'topic.undefined': {
    en: (p) =>
      `Topic "${p.topic}" does not exist: define it in "topics" or create it with a createTopic action.`,
    ko: (p) =>
      `topic "${p.topic}"${particle(p.topic, '이/가')} 없습니다. "topics"에 정의하거나 createTopic action으로 만드세요.`,
  },
  'topic.notFound': {
    en: (p) =>
      `Topic "${p.topic}" does not exist when this action runs.` +
      (p.suggestion !== null ? ` Did you mean "${p.suggestion}"?` : ''),
    ko: (p) =>
      `이 action이 실행될 때 topic "${p.topic}"${particle(p.topic, '이/가')} 없습니다.` +
      (p.suggestion !== null
        ? ` 혹시 "${p.suggestion}"${particle(p.suggestion, '을/를')} 쓰려던 것인가요?`
        : ''),
  },
};

/** A workload's record refused at a setConfig or createTopic names the workload first. */
const about = (workload: string | null) => (workload !== null ? `${workload}: ` : '');

const records: Pairs<RecordErrors> = {
  'record.tooLargeForProducer': {
    // KafkaProducer.ensureValidRecordSize
    en: (p) =>
      `${about(p.workload)}The message is ${p.size} bytes when serialized which is larger than ${p.maxRequestSize}, which is the value of the max.request.size configuration. (Kafka's producer refuses it with RecordTooLargeException.)`,
    ko: (p) =>
      `${about(p.workload)}직렬화한 레코드가 ${p.size}바이트로, producer의 max.request.size 설정 값 ${p.maxRequestSize}보다 큽니다. Kafka producer는 이 레코드를 RecordTooLargeException으로 거부합니다.`,
  },
  'record.tooLargeForSimulator': {
    en: (p) =>
      `${about(p.workload)}KafkaScope simulates records of at most ${p.max} bytes (1 MiB) serialized; this one is ${p.size} bytes.`,
    ko: (p) =>
      `${about(p.workload)}KafkaScope는 직렬화했을 때 ${p.max}바이트(1 MiB) 이하인 레코드만 시뮬레이션합니다. 이 레코드는 ${p.size}바이트입니다.`,
  },
  'record.tooLargeForTopic': {
    en: (p) =>
      `${about(p.workload)}A record batch holding only this record is ${p.batchSize} bytes, which exceeds the topic's max.message.bytes (${p.maxMessageBytes}): Kafka's broker refuses it with MESSAGE_TOO_LARGE.`,
    ko: (p) =>
      `${about(p.workload)}이 레코드 하나만 담은 record batch가 ${p.batchSize}바이트로, topic의 max.message.bytes(${p.maxMessageBytes})를 넘습니다. Kafka broker는 이를 MESSAGE_TOO_LARGE로 거부합니다.`,
  },
};

const scenarioPairs: Pairs<ScenarioErrorParams> = {
  ...wholeInput,
  ...fields,
  ...cluster,
  ...topics,
  ...records,
  ...scenarioActionPairs,
};

const texts = byLang(scenarioPairs);

export const scenarioErrorsEn: ErrorTexts<ScenarioErrorParams> = texts.en;
export const scenarioErrorsKo: ErrorTexts<ScenarioErrorParams> = texts.ko;

/** Node ids base+1 … base+n (KRaft controllers 3001 …, ZooKeeper servers 4001 …). */
function nodeRange(base: number, n: number): string {
  return n === 1 ? `${base + 1}` : `${base + 1}..${base + n}`;
}
