// Sentences for config errors. English keeps Kafka's ConfigException wording (and Kafka's own
// messages for cross-key checks), so a reader can search Kafka's code and docs for it.
import type { ConfigErrorParams } from '../../engine/config/configErrors';
import type { ErrorTexts } from './types';
import { particle, withParticle } from '../i18n/particles';

type P<C extends keyof ConfigErrorParams> = ConfigErrorParams[C];

const invalidEn = (p: { key: string; value: string }, reason: string) =>
  `Invalid value ${p.value} for configuration ${p.key}: ${reason}`;
const invalidKo = (p: { key: string; value: string }, reason: string) =>
  `설정 ${p.key}의 값 ${withParticle(p.value, '은/는')} 사용할 수 없습니다. ${reason}`;

const TYPE_EN: Record<P<'config.wrongType'>['expected'], string> = {
  INT: 'a 32-bit integer',
  LONG: 'a 64-bit integer (long)',
  DOUBLE: 'a double',
  STRING: 'a string',
};
const TYPE_KO: Record<P<'config.wrongType'>['expected'], string> = {
  // With the copula each noun takes: 이어야 after a final consonant (문자열), 여야 after a vowel.
  INT: '32비트 정수여야',
  LONG: '64비트 정수(long)여야',
  DOUBLE: '실수(double)여야',
  STRING: '문자열이어야',
};

const list = (items: readonly string[]) => items.join(', ');

export const configErrorsEn: ErrorTexts<ConfigErrorParams> = {
  'config.nonNull': (p) => invalidEn(p, 'Value must be non-null'),
  'config.atLeast': (p) => invalidEn(p, `Value must be at least ${p.min}`),
  'config.atMost': (p) => invalidEn(p, `Value must be no more than ${p.max}`),
  'config.oneOf': (p) => invalidEn(p, `String must be one of: ${list(p.allowed)}`),
  'config.emptyList': (p) =>
    invalidEn(p, `Empty list not allowed; String must be one of: ${list(p.allowed)}`),
  'config.notNumber': (p) => invalidEn(p, `Not a number of type ${p.type}`),
  'config.outOfTypeRange': (p) => invalidEn(p, `Not a number of type ${p.type}`),
  'config.wrongType': (p) =>
    invalidEn(p, `Expected value to be ${TYPE_EN[p.expected]}, but it was a ${p.actual}`),
  'config.notBoolean': (p) => invalidEn(p, 'Expected value to be either true or false'),
  'config.notList': (p) => invalidEn(p, 'Expected a comma separated list.'),
  'config.classNotFound': (p) => invalidEn(p, `Class ${p.item} could not be found.`),
  'config.unknownAssignor': (p) =>
    invalidEn(
      p,
      `Class ${p.item} could not be found. Known assignors: ${list(p.known)} (or their classes, e.g. org.apache.kafka.clients.consumer.RangeAssignor).`,
    ),
  'config.unknownServerAssignor': (p) =>
    invalidEn(
      p,
      `Class ${p.item} could not be found. Known server assignors: ${list(p.known)} (or org.apache.kafka.coordinator.group.assignor.UniformAssignor / RangeAssignor).`,
    ),
  'config.unknownPartitionerClass': (p) =>
    invalidEn(
      p,
      `Class ${p.item} could not be found. The simulator knows ${list(p.known)}; leave it unset for Kafka's built-in partitioner.`,
    ),

  'config.unknownName': (p) =>
    `Unknown ${p.kind} config name: ${p.name}` +
    (p.suggestion !== null ? `. Did you mean ${p.suggestion}?` : ''),
  'config.unknownName.topicLevel': (p) =>
    `Unknown broker config name: ${p.name}. ${p.name} is a topic-level name; the broker-level default is ${p.brokerName}`,
  'config.unknownName.brokerLevel': (p) =>
    `Unknown topic config name: ${p.name}. ${p.name} is the broker-level default (cluster.config); the topic-level name is ${p.topicName}`,
  'config.unknownName.topicField': (p) =>
    `Unknown topic config name: ${p.name}. ` +
    (p.field === 'replicationFactor'
      ? 'The replication factor is the topic\'s "replicationFactor" field, not a config'
      : 'The partition count is the topic\'s "partitions" field, not a config'),
  'config.unknownName.groupId': (p) =>
    `Unknown consumer config name: ${p.name}. The group id is the consumer group's "id" field, not a config key.`,

  'config.requirement.atLeastKey': (p) =>
    `requirement failed: ${p.key} must be greater than or equal to ${p.bound}`,
  'config.requirement.atMostKey': (p) =>
    `requirement failed: ${p.key} must be less than or equal to ${p.bound}`,
  'config.requirement.lessThanKey': (p) =>
    `requirement failed: ${p.key} must be less than ${p.bound}`,
  'config.replicaFetchWaitAboveLagMax': () =>
    'requirement failed: replica.fetch.wait.max.ms should always be less than or equal to replica.lag.time.max.ms to prevent frequent changes in ISR',
  'config.notDynamic': (p) => `Cannot update these configs dynamically: Set(${list(p.names)})`,

  'config.idempotence.retries': () =>
    'Must set retries to non-zero when using the idempotent producer.',
  'config.idempotence.acks': () =>
    'Must set acks to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.',
  'config.idempotence.maxInFlight': (p) =>
    `To use the idempotent producer, max.in.flight.requests.per.connection must be set to at most ${p.max}. Current value is ${p.value}.`,
  'config.deliveryTimeoutTooSmall': () =>
    'delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms',
  'config.partitionerConflict': (p) =>
    `partitioner=${p.partitioner} contradicts partitioner.class=${p.partitionerClass}; set only one of them.`,

  'config.assignorDuplicate': (p) =>
    `The assignor name: '${p.name}' is used in more than one assignor.`,
  'config.consumerProtocolUnsupported': (p) =>
    `${list(p.keys)} cannot be set when group.protocol=CONSUMER`,
  'config.classicRemoteAssignor': () =>
    'group.remote.assignor cannot be set when group.protocol=CLASSIC',
  'config.heartbeatNotBelowSession': () => 'Heartbeat must be set lower than the session timeout',
  'config.negativeTimeout': (p) => `Invalid negative timeout ${p.value}`,
  'config.sessionTimeoutOutsideBroker': (p) =>
    `The session timeout ${p.value} is not within the range allowed by the broker (as configured by group.min.session.timeout.ms=${p.min} and group.max.session.timeout.ms=${p.max}).`,
  'config.unsupportedRemoteAssignor': (p) =>
    `The broker does not support the assignor ${p.assignor} (group.consumer.assignors=${p.assignors}); ConsumerGroupHeartbeat would fail with UNSUPPORTED_ASSIGNOR.`,
};

export const configErrorsKo: ErrorTexts<ConfigErrorParams> = {
  'config.nonNull': (p) => invalidKo(p, '값이 있어야 합니다.'),
  'config.atLeast': (p) => invalidKo(p, `${p.min} 이상이어야 합니다.`),
  'config.atMost': (p) => invalidKo(p, `${p.max} 이하여야 합니다.`),
  'config.oneOf': (p) => invalidKo(p, `다음 중 하나여야 합니다: ${list(p.allowed)}`),
  'config.emptyList': (p) =>
    invalidKo(p, `빈 목록은 쓸 수 없습니다. 다음 중에서 고르세요: ${list(p.allowed)}`),
  'config.notNumber': (p) => invalidKo(p, `${p.type} 타입의 숫자가 아닙니다.`),
  'config.outOfTypeRange': (p) => invalidKo(p, `${p.type} 타입의 범위를 벗어난 숫자입니다.`),
  'config.wrongType': (p) => invalidKo(p, `${TYPE_KO[p.expected]} 하는데 ${p.actual} 값입니다.`),
  'config.notBoolean': (p) => invalidKo(p, 'true 또는 false여야 합니다.'),
  'config.notList': (p) => invalidKo(p, '쉼표로 구분한 목록이어야 합니다.'),
  'config.classNotFound': (p) =>
    invalidKo(p, `클래스 ${withParticle(p.item, '을/를')} 찾을 수 없습니다.`),
  'config.unknownAssignor': (p) =>
    invalidKo(
      p,
      `클래스 ${withParticle(p.item, '을/를')} 찾을 수 없습니다. 사용할 수 있는 assignor: ${list(p.known)} (또는 org.apache.kafka.clients.consumer.RangeAssignor 같은 클래스 이름).`,
    ),
  'config.unknownServerAssignor': (p) =>
    invalidKo(
      p,
      `클래스 ${withParticle(p.item, '을/를')} 찾을 수 없습니다. 사용할 수 있는 server assignor: ${list(p.known)} (또는 org.apache.kafka.coordinator.group.assignor.UniformAssignor / RangeAssignor).`,
    ),
  'config.unknownPartitionerClass': (p) =>
    invalidKo(
      p,
      `클래스 ${withParticle(p.item, '을/를')} 찾을 수 없습니다. 시뮬레이터는 ${list(p.known)}만 알고 있으며, Kafka 기본 partitioner를 쓰려면 비워 두세요.`,
    ),

  'config.unknownName': (p) =>
    `알 수 없는 ${p.kind} 설정 이름입니다: ${p.name}` +
    (p.suggestion !== null
      ? ` (혹시 ${withParticle(p.suggestion, '을/를')} 쓰려던 것인가요?)`
      : ''),
  'config.unknownName.topicLevel': (p) =>
    `알 수 없는 broker 설정 이름입니다: ${p.name}. ${withParticle(p.name, '은/는')} topic 수준의 설정 이름입니다. broker 수준의 기본값 이름은 ${p.brokerName}입니다`,
  'config.unknownName.brokerLevel': (p) =>
    `알 수 없는 topic 설정 이름입니다: ${p.name}. ${withParticle(p.name, '은/는')} broker 수준의 기본값(cluster.config)입니다. topic 설정 이름은 ${p.topicName}입니다`,
  'config.unknownName.topicField': (p) =>
    `알 수 없는 topic 설정 이름입니다: ${p.name}. ` +
    (p.field === 'replicationFactor'
      ? 'replication factor는 설정이 아니라 topic의 "replicationFactor" 필드로 지정합니다'
      : 'partition 수는 설정이 아니라 topic의 "partitions" 필드로 지정합니다'),
  'config.unknownName.groupId': (p) =>
    `알 수 없는 consumer 설정 이름입니다: ${p.name}. group id는 설정이 아니라 consumer group의 "id" 필드로 지정합니다.`,

  'config.requirement.atLeastKey': (p) =>
    `${p.key}(${p.value})${particle(p.key, '은/는')} ${p.bound}(${p.boundValue}) 이상이어야 합니다.`,
  'config.requirement.atMostKey': (p) =>
    `${p.key}(${p.value})${particle(p.key, '은/는')} ${p.bound}(${p.boundValue}) 이하여야 합니다.`,
  'config.requirement.lessThanKey': (p) =>
    `${p.key}(${p.value})${particle(p.key, '은/는')} ${p.bound}(${p.boundValue})보다 작아야 합니다.`,
  'config.replicaFetchWaitAboveLagMax': (p) =>
    `replica.fetch.wait.max.ms(${p.fetchWait})는 replica.lag.time.max.ms(${p.lagMax}) 이하여야 합니다. 그렇지 않으면 ISR이 자주 바뀝니다.`,
  'config.notDynamic': (p) =>
    `실행 중에는 바꿀 수 없는 설정입니다: ${list(p.names)}. broker가 시작할 때만 읽는 설정이므로 scenario의 cluster.config에 넣고 처음부터 다시 실행하세요.`,

  'config.idempotence.retries': () =>
    'idempotent producer를 쓰려면 retries을(를) 0이 아닌 값으로 설정해야 합니다.',
  'config.idempotence.acks': () =>
    'idempotent producer를 쓰려면 acks을(를) all로 설정해야 합니다. 그렇지 않으면 idempotence를 보장할 수 없습니다.',
  'config.idempotence.maxInFlight': (p) =>
    `idempotent producer를 쓰려면 max.in.flight.requests.per.connection은(는) ${p.max} 이하여야 합니다. 현재 값은 ${p.value}입니다. (enable.idempotence=false로 두면 더 크게 설정할 수 있습니다.)`,
  'config.deliveryTimeoutTooSmall': () =>
    'delivery.timeout.ms은(는) linger.ms + request.timeout.ms 이상이어야 합니다.',
  'config.partitionerConflict': (p) =>
    `partitioner=${withParticle(p.partitioner, '과/와')} partitioner.class=${p.partitionerClass}의 설정이 서로 어긋납니다. 둘 중 하나만 설정하세요.`,

  'config.assignorDuplicate': (p) => `assignor 이름 '${p.name}'이(가) 두 번 이상 쓰였습니다.`,
  'config.consumerProtocolUnsupported': (p) =>
    `group.protocol=consumer일 때는 ${withParticle(list(p.keys), '을/를')} 설정할 수 없습니다. (KIP-848에서는 broker가 assignment와 session을 관리합니다.)`,
  'config.classicRemoteAssignor': () =>
    'group.protocol=classic일 때는 group.remote.assignor을(를) 설정할 수 없습니다. (server assignor는 consumer 프로토콜에만 있습니다.)',
  'config.heartbeatNotBelowSession': (p) =>
    `heartbeat.interval.ms(${p.heartbeat})는 session.timeout.ms(${p.session})보다 작아야 합니다.`,
  'config.negativeTimeout': (p) =>
    `${p.key}(${p.value})${particle(p.key, '은/는')} 음수일 수 없습니다. Kafka consumer는 시작할 때 IllegalArgumentException으로 실패합니다.`,
  'config.sessionTimeoutOutsideBroker': (p) =>
    `session timeout ${withParticle(p.value, '이/가')} broker가 허용하는 범위(group.min.session.timeout.ms=${p.min} ~ group.max.session.timeout.ms=${p.max})${particle(p.max, '을/를')} 벗어납니다. JoinGroup이 INVALID_SESSION_TIMEOUT으로 실패합니다.`,
  'config.unsupportedRemoteAssignor': (p) =>
    `broker가 assignor ${withParticle(p.assignor, '을/를')} 지원하지 않습니다(group.consumer.assignors=${p.assignors}). ConsumerGroupHeartbeat가 UNSUPPORTED_ASSIGNOR로 실패합니다.`,
};
