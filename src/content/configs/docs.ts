// Each config's doc line, by entity and Kafka's name: English is the first sentence(s) of Kafka's
// own documentation (ProducerConfig, ConsumerConfig, TopicConfig, KafkaConfig docs), Korean says the
// same. The types make the tables total: a config row without a doc line is a type error.
import type { BROKER_CONFIGS } from '../../engine/config/tables/broker';
import type { CONSUMER_CONFIGS } from '../../engine/config/tables/consumer';
import type { PRODUCER_CONFIGS } from '../../engine/config/tables/producer';
import type { TOPIC_CONFIGS } from '../../engine/config/tables/topic';
import type { ConfigEntity } from '../../engine/config/ConfigDef';
import type { Localized } from '../i18n';

type NamesOf<T> = T[keyof T] extends { name: infer N } ? N & string : never;
type Docs<T> = { readonly [N in NamesOf<T>]: Localized };

const SEGMENT_JITTER: Localized = {
  en: 'The maximum random jitter subtracted from the scheduled segment roll time to avoid thundering herds of segment rolling.',
  ko: '여러 segment가 한꺼번에 roll 되지 않도록, 예정된 segment roll 시각에서 무작위로 빼는 최대 시간입니다.',
};
const MIN_ISR: Localized = {
  en: 'When a producer sets acks to "all" (or "-1"), this configuration specifies the minimum number of replicas that must acknowledge a write for the write to be considered successful.',
  ko: 'producer가 acks를 "all"(또는 "-1")로 설정했을 때, 쓰기가 성공으로 인정되려면 그 쓰기를 확인해야 하는 최소 replica 수입니다.',
};
const UNCLEAN: Localized = {
  en: 'Indicates whether to enable replicas not in the ISR set to be elected as leader as a last resort, even though doing so may result in data loss.',
  ko: '데이터를 잃을 수 있더라도 최후의 수단으로 ISR에 없는 replica를 leader로 뽑을지 정합니다.',
};
const COMPACTION_LAG: Localized = {
  en: 'The minimum time a message will remain uncompacted in the log. Only applicable for logs that are being compacted.',
  ko: '메시지가 compaction 되지 않고 log에 남아 있는 최소 시간입니다. compaction 하는 log에만 적용됩니다.',
};
const TOPIC_COMPRESSION: Localized = {
  en: "Specify the final compression type for a given topic. It accepts the standard codecs ('gzip', 'snappy', 'lz4', 'zstd'), 'uncompressed' which is equivalent to no compression, and 'producer' which means retain the original compression codec set by the producer.",
  ko: "topic에 최종적으로 저장할 압축 방식입니다. 표준 코덱('gzip', 'snappy', 'lz4', 'zstd'), 압축하지 않는 'uncompressed', producer가 고른 코덱을 그대로 두는 'producer'를 쓸 수 있습니다.",
};
const MAX_BATCH: Localized = {
  en: 'The largest record batch size allowed by Kafka (after compression if compression is enabled).',
  ko: 'Kafka가 받아들이는 가장 큰 record batch 크기입니다(압축한다면 압축한 뒤의 크기).',
};
const RETRY_BACKOFF: Localized = {
  en: 'The base amount of time to wait before attempting to retry a failed request. This value is the initial backoff value and will increase exponentially for each failed request, up to the retry.backoff.max.ms value.',
  ko: '실패한 요청을 다시 보내기 전에 기다리는 기본 시간입니다. 처음 backoff 값이며, 실패할 때마다 retry.backoff.max.ms까지 지수적으로 늘어납니다.',
};
const GROUP_MIN_SESSION: Localized = {
  en: 'The minimum allowed session timeout for registered consumers.',
  ko: '등록된 consumer에게 허용하는 가장 짧은 session timeout입니다.',
};
const GROUP_MAX_SESSION: Localized = {
  en: 'The maximum allowed session timeout for registered consumers.',
  ko: '등록된 consumer에게 허용하는 가장 긴 session timeout입니다.',
};

const TOPIC_DOCS: Docs<typeof TOPIC_CONFIGS> = {
  'min.insync.replicas': MIN_ISR,
  'unclean.leader.election.enable': UNCLEAN,
  'segment.bytes': {
    en: 'This configuration controls the segment file size for the log. Retention and cleaning is always done a file at a time so a larger segment size means fewer files but less granular control over retention.',
    ko: 'log의 segment 파일 크기입니다. 보존(retention)과 정리는 항상 파일 단위로 하므로, segment가 클수록 파일은 적지만 보존을 덜 세밀하게 다룹니다.',
  },
  'segment.ms': {
    en: "This configuration controls the period of time after which Kafka will force the log to roll even if the segment file isn't full to ensure that retention can delete or compact old data.",
    ko: 'segment 파일이 다 차지 않았더라도 이 시간이 지나면 Kafka가 log를 roll 합니다. 그래야 보존 정책이 오래된 데이터를 지우거나 compaction 할 수 있습니다.',
  },
  'segment.jitter.ms': SEGMENT_JITTER,
  'index.interval.bytes': {
    en: 'This setting controls how frequently Kafka adds an index entry to its offset index.',
    ko: 'Kafka가 offset index에 항목을 얼마나 자주(몇 바이트마다) 추가할지 정합니다.',
  },
  'segment.index.bytes': {
    en: 'This configuration controls the size of the index that maps offsets to file positions.',
    ko: 'offset을 파일 위치로 이어 주는 index의 크기입니다.',
  },
  'retention.ms': {
    en: 'This configuration controls the maximum time we will retain a log before we will discard old log segments to free up space if we are using the "delete" retention policy.',
    ko: '"delete" 보존 정책에서, 오래된 log segment를 버려 공간을 비우기 전까지 log를 보존하는 최대 시간입니다.',
  },
  'retention.bytes': {
    en: 'This configuration controls the maximum size a partition (which consists of log segments) can grow to before we will discard old log segments to free up space if we are using the "delete" retention policy.',
    ko: '"delete" 보존 정책에서, 오래된 log segment를 버려 공간을 비우기 전까지 partition(log segment들)이 커질 수 있는 최대 크기입니다.',
  },
  'cleanup.policy': {
    en: 'This config designates the retention policy to use on log segments. The "delete" policy will discard old segments when their retention time or size limit has been reached. The "compact" policy will enable log compaction.',
    ko: 'log segment에 쓸 보존 정책입니다. "delete"는 보존 시간이나 크기 한도에 이른 오래된 segment를 버리고, "compact"는 log compaction을 켭니다.',
  },
  'file.delete.delay.ms': {
    en: 'The time to wait before deleting a file from the filesystem.',
    ko: '파일 시스템에서 파일을 지우기 전에 기다리는 시간입니다.',
  },
  'delete.retention.ms': {
    en: 'The amount of time to retain delete tombstone markers for log compacted topics.',
    ko: 'compaction 하는 topic에서 삭제 표시(tombstone)를 보존하는 시간입니다.',
  },
  'min.cleanable.dirty.ratio': {
    en: 'This configuration controls how frequently the log compactor will attempt to clean the log (assuming log compaction is enabled).',
    ko: '(log compaction을 켰을 때) log compactor가 log 정리를 얼마나 자주 시도할지 정합니다.',
  },
  'min.compaction.lag.ms': COMPACTION_LAG,
  'compression.type': TOPIC_COMPRESSION,
  'max.message.bytes': MAX_BATCH,
};

const BROKER_DOCS: Docs<typeof BROKER_CONFIGS> = {
  'log.segment.bytes': {
    en: 'The maximum size of a single log file.',
    ko: 'log 파일 하나의 최대 크기입니다.',
  },
  'log.roll.ms': {
    en: 'The maximum time before a new log segment is rolled out (in milliseconds). If not set, the value in log.roll.hours is used.',
    ko: '새 log segment를 만들기(roll) 전까지의 최대 시간(밀리초)입니다. 설정하지 않으면 log.roll.hours 값을 씁니다.',
  },
  'log.roll.hours': {
    en: 'The maximum time before a new log segment is rolled out (in hours), secondary to log.roll.ms property.',
    ko: '새 log segment를 만들기(roll) 전까지의 최대 시간(시간 단위)입니다. log.roll.ms가 우선합니다.',
  },
  'log.roll.jitter.ms': {
    en: 'The maximum jitter to subtract from logRollTimeMillis (in milliseconds). If not set, the value in log.roll.jitter.hours is used.',
    ko: 'segment roll 시각에서 빼는 최대 jitter(밀리초)입니다. 설정하지 않으면 log.roll.jitter.hours 값을 씁니다.',
  },
  'log.roll.jitter.hours': {
    en: 'The maximum jitter to subtract from logRollTimeMillis (in hours), secondary to log.roll.jitter.ms property.',
    ko: 'segment roll 시각에서 빼는 최대 jitter(시간 단위)입니다. log.roll.jitter.ms가 우선합니다.',
  },
  'log.index.interval.bytes': {
    en: 'The interval with which we add an entry to the offset index.',
    ko: 'offset index에 항목을 추가하는 간격(바이트)입니다.',
  },
  'log.index.size.max.bytes': {
    en: 'The maximum size in bytes of the offset index.',
    ko: 'offset index의 최대 크기(바이트)입니다.',
  },
  'log.retention.ms': {
    en: 'The number of milliseconds to keep a log file before deleting it (in milliseconds). If not set, the value in log.retention.minutes is used. If set to -1, no time limit is applied.',
    ko: 'log 파일을 지우기 전까지 보관하는 시간(밀리초)입니다. 설정하지 않으면 log.retention.minutes 값을 쓰고, -1이면 시간 제한이 없습니다.',
  },
  'log.retention.minutes': {
    en: 'The number of minutes to keep a log file before deleting it (in minutes), secondary to log.retention.ms property. If not set, the value in log.retention.hours is used.',
    ko: 'log 파일을 지우기 전까지 보관하는 시간(분)입니다. log.retention.ms가 우선하며, 설정하지 않으면 log.retention.hours 값을 씁니다.',
  },
  'log.retention.hours': {
    en: 'The number of hours to keep a log file before deleting it (in hours), tertiary to log.retention.ms property.',
    ko: 'log 파일을 지우기 전까지 보관하는 시간(시간 단위)입니다. log.retention.ms와 log.retention.minutes 다음으로 적용됩니다.',
  },
  'log.retention.bytes': {
    en: 'The maximum size of the log before deleting it.',
    ko: 'log를 지우기 시작하기 전까지 허용하는 최대 크기입니다.',
  },
  'log.cleanup.policy': {
    en: 'The default cleanup policy for segments beyond the retention window. A comma separated list of valid policies.',
    ko: '보존 기간을 지난 segment에 적용할 기본 정리 정책입니다. 쉼표로 구분한 정책 목록입니다.',
  },
  'log.segment.delete.delay.ms': {
    en: 'The amount of time to wait before deleting a file from the filesystem.',
    ko: '파일 시스템에서 파일을 지우기 전에 기다리는 시간입니다.',
  },
  'log.cleaner.delete.retention.ms': {
    en: 'The amount of time to retain tombstone message markers for log compacted topics.',
    ko: 'compaction 하는 topic에서 tombstone 메시지를 보존하는 시간입니다.',
  },
  'log.cleaner.min.cleanable.ratio': {
    en: 'The minimum ratio of dirty log to total log for a log to eligible for cleaning.',
    ko: 'log를 정리 대상으로 삼기 위한, 전체 log 중 아직 정리하지 않은(dirty) 부분의 최소 비율입니다.',
  },
  'log.cleaner.min.compaction.lag.ms': COMPACTION_LAG,
  'compression.type': TOPIC_COMPRESSION,
  'message.max.bytes': MAX_BATCH,
  'min.insync.replicas': MIN_ISR,
  'unclean.leader.election.enable': UNCLEAN,
  'default.replication.factor': {
    en: 'The replication factor for automatically created topics, and for topics created with -1 as the replication factor.',
    ko: '자동으로 만든 topic, 그리고 replication factor를 -1로 해서 만든 topic의 replication factor입니다.',
  },
  'num.partitions': {
    en: 'The default number of log partitions per topic.',
    ko: 'topic 하나의 기본 partition 수입니다.',
  },
  'replica.lag.time.max.ms': {
    en: "If a follower hasn't sent any fetch requests or hasn't consumed up to the leader's log end offset for at least this time, the leader will remove the follower from isr.",
    ko: 'follower가 이 시간 동안 fetch 요청을 보내지 않았거나 leader의 log end offset까지 따라잡지 못하면, leader는 그 follower를 ISR에서 뺍니다.',
  },
  'replica.fetch.wait.max.ms': {
    en: 'The maximum wait time for each fetcher request issued by follower replicas. This value should always be less than the replica.lag.time.max.ms at all times to prevent frequent shrinking of ISR for low throughput topics.',
    ko: 'follower replica가 보낸 fetch 요청 하나가 기다리는 최대 시간입니다. 처리량이 낮은 topic에서 ISR이 자주 줄지 않도록 항상 replica.lag.time.max.ms보다 작아야 합니다.',
  },
  'security.inter.broker.protocol': {
    en: 'Security protocol used to communicate between brokers. KafkaScope simulates PLAINTEXT and SSL (SASL is not simulated); on SSL the leader encrypts the records its followers fetch in user space, so zero-copy (sendfile) does not apply.',
    ko: 'broker끼리 통신할 때 쓰는 보안 프로토콜입니다. KafkaScope는 PLAINTEXT와 SSL을 시뮬레이션합니다(SASL은 시뮬레이션하지 않음). SSL에서는 leader가 follower가 가져갈 레코드를 사용자 공간에서 암호화하므로 zero-copy(sendfile)를 쓸 수 없습니다.',
  },
  'replica.fetch.min.bytes': {
    en: 'Minimum bytes expected for each fetch response. If not enough bytes, wait up to replica.fetch.wait.max.ms (broker config).',
    ko: 'fetch 응답마다 기대하는 최소 바이트 수입니다. 모자라면 replica.fetch.wait.max.ms까지 기다립니다.',
  },
  'log.retention.check.interval.ms': {
    en: 'The frequency in milliseconds that the log cleaner checks whether any log is eligible for deletion.',
    ko: '지울 수 있는 log가 있는지 확인하는 주기(밀리초)입니다.',
  },
  'log.cleaner.enable': {
    en: 'Enable the log cleaner process to run on the server.',
    ko: '서버에서 log cleaner를 실행할지 정합니다.',
  },
  'log.cleaner.backoff.ms': {
    en: 'The amount of time to sleep when there are no logs to clean.',
    ko: '정리할 log가 없을 때 log cleaner가 쉬는 시간입니다.',
  },
  'group.initial.rebalance.delay.ms': {
    en: 'The amount of time the group coordinator will wait for more consumers to join a new group before performing the first rebalance.',
    ko: '새 group의 첫 rebalance를 하기 전에 group coordinator가 consumer가 더 들어오기를 기다리는 시간입니다.',
  },
  'group.min.session.timeout.ms': GROUP_MIN_SESSION,
  'group.max.session.timeout.ms': GROUP_MAX_SESSION,
  'group.consumer.heartbeat.interval.ms': {
    en: 'The heartbeat interval given to the members of a consumer group.',
    ko: 'consumer group(consumer 프로토콜)의 member에게 알려 주는 heartbeat 간격입니다.',
  },
  'group.consumer.min.heartbeat.interval.ms': {
    en: 'The minimum heartbeat interval for registered consumers.',
    ko: '등록된 consumer에게 허용하는 가장 짧은 heartbeat 간격입니다.',
  },
  'group.consumer.max.heartbeat.interval.ms': {
    en: 'The maximum heartbeat interval for registered consumers.',
    ko: '등록된 consumer에게 허용하는 가장 긴 heartbeat 간격입니다.',
  },
  'group.consumer.session.timeout.ms': {
    en: 'The timeout to detect client failures when using the consumer group protocol.',
    ko: 'consumer group 프로토콜에서 client 장애를 알아차리는 timeout입니다.',
  },
  'group.consumer.min.session.timeout.ms': GROUP_MIN_SESSION,
  'group.consumer.max.session.timeout.ms': GROUP_MAX_SESSION,
  'group.consumer.assignors': {
    en: 'The server side assignors as a list of either names for builtin assignors or full class names for custom assignors. The first one in the list is considered as the default assignor to be used in the case where the consumer does not specify an assignor.',
    ko: 'server 쪽 assignor 목록입니다(기본 assignor 이름 또는 클래스 이름). consumer가 assignor를 정하지 않으면 목록의 첫 번째를 씁니다.',
  },
  'offsets.topic.num.partitions': {
    en: 'The number of partitions for the offset commit topic (should not change after deployment).',
    ko: 'offset commit topic(__consumer_offsets)의 partition 수입니다(배포한 뒤에는 바꾸지 않아야 합니다).',
  },
  'offsets.topic.replication.factor': {
    en: 'The replication factor for the offsets topic (set higher to ensure availability).',
    ko: 'offset topic의 replication factor입니다(가용성을 위해 높게 잡습니다).',
  },
  'broker.heartbeat.interval.ms': {
    en: 'The length of time in milliseconds between broker heartbeats.',
    ko: 'broker heartbeat 사이의 간격(밀리초)입니다.',
  },
  'broker.session.timeout.ms': {
    en: 'The length of time in milliseconds that a broker lease lasts if no heartbeats are made.',
    ko: 'heartbeat가 없을 때 broker의 lease가 유지되는 시간(밀리초)입니다.',
  },
  'controller.quorum.election.timeout.ms': {
    en: 'Maximum time in milliseconds to wait without being able to fetch from the leader before triggering a new election.',
    ko: 'leader에게서 fetch 하지 못한 채 새 선거를 시작하기 전까지 기다리는 최대 시간(밀리초)입니다.',
  },
  'controller.quorum.fetch.timeout.ms': {
    en: 'Maximum time without a successful fetch from the current leader before becoming a candidate and triggering an election for voters.',
    ko: 'voter가 현재 leader에게서 fetch에 성공하지 못한 채 후보가 되어 선거를 시작하기 전까지의 최대 시간입니다.',
  },
  'controller.quorum.election.backoff.max.ms': {
    en: 'Maximum time in milliseconds before starting new elections. This is used in the binary exponential backoff mechanism that helps prevent gridlocked elections.',
    ko: '새 선거를 시작하기 전에 기다리는 최대 시간(밀리초)입니다. 선거가 서로 엇갈려 끝나지 않는 것을 막는 이진 지수 backoff에 쓰입니다.',
  },
  'controller.quorum.request.timeout.ms': {
    en: 'The maximum amount of time in milliseconds a quorum request (Vote, BeginQuorumEpoch, Fetch) waits for its response before it is retried.',
    ko: 'quorum 요청(Vote, BeginQuorumEpoch, Fetch)이 다시 보내지기 전까지 응답을 기다리는 최대 시간(밀리초)입니다.',
  },
  'controller.quorum.retry.backoff.ms': {
    en: 'The amount of time in milliseconds to wait before retrying a failed quorum request, such as a fetch the leader refused.',
    ko: '실패한 quorum 요청(leader가 거절한 fetch 등)을 다시 보내기 전에 기다리는 시간(밀리초)입니다.',
  },
  'auto.leader.rebalance.enable': {
    en: 'Enables auto leader balancing. A background thread checks the distribution of partition leaders at regular intervals, configurable by leader.imbalance.check.interval.seconds.',
    ko: 'leader 자동 균형을 켭니다. 백그라운드 작업이 leader.imbalance.check.interval.seconds마다 partition leader의 분포를 확인합니다.',
  },
  'leader.imbalance.check.interval.seconds': {
    en: 'The frequency with which the partition rebalance check is triggered by the controller.',
    ko: 'controller가 partition leader 균형을 확인하는 주기입니다.',
  },
  'leader.imbalance.per.broker.percentage': {
    en: 'The ratio of leader imbalance allowed per broker. The controller would trigger a leader balance if it goes above this value per broker. The value is specified in percentage.',
    ko: 'broker마다 허용하는 leader 불균형 비율(퍼센트)입니다. 이 값을 넘으면 controller가 leader 균형을 맞춥니다.',
  },
  'zookeeper.max.in.flight.requests': {
    en: 'The maximum number of unacknowledged requests the client will send to ZooKeeper before blocking.',
    ko: '응답을 받지 못한 채 ZooKeeper에 보낼 수 있는 요청의 최대 개수입니다. 이만큼 쌓이면 client는 기다립니다.',
  },
  'zookeeper.session.timeout.ms': {
    en: 'Zookeeper session timeout.',
    ko: 'ZooKeeper session timeout입니다.',
  },
};

const PRODUCER_DOCS: Docs<typeof PRODUCER_CONFIGS> = {
  acks: {
    en: 'The number of acknowledgments the producer requires the leader to have received before considering a request complete.',
    ko: 'producer가 요청을 완료로 보기 전에 leader가 받아야 하는 확인(acknowledgment)의 수입니다.',
  },
  'linger.ms': {
    en: 'The producer groups together any records that arrive in between request transmissions into a single batched request.',
    ko: 'producer는 요청을 보내는 사이에 들어온 레코드를 하나의 batch 요청으로 묶습니다. 이 시간만큼 더 기다려 묶습니다.',
  },
  'batch.size': {
    en: 'The producer will attempt to batch records together into fewer requests whenever multiple records are being sent to the same partition.',
    ko: '같은 partition으로 레코드 여러 개를 보낼 때 producer가 이들을 묶는 batch의 크기(바이트)입니다.',
  },
  'compression.type': {
    en: 'The compression type for all data generated by the producer.',
    ko: 'producer가 만드는 모든 데이터의 압축 방식입니다.',
  },
  'enable.idempotence': {
    en: "When set to 'true', the producer will ensure that exactly one copy of each message is written in the stream.",
    ko: "'true'이면 producer는 각 메시지가 정확히 한 번만 기록되도록 보장합니다.",
  },
  'max.in.flight.requests.per.connection': {
    en: 'The maximum number of unacknowledged requests the client will send on a single connection before blocking.',
    ko: '연결 하나에서 확인받지 못한 채 보낼 수 있는 요청의 최대 수입니다.',
  },
  retries: {
    en: 'Setting a value greater than zero will cause the client to resend any record whose send fails with a potentially transient error.',
    ko: '0보다 크면, 일시적일 수 있는 오류로 전송에 실패한 레코드를 client가 다시 보냅니다.',
  },
  'delivery.timeout.ms': {
    en: 'An upper bound on the time to report success or failure after a call to send() returns.',
    ko: 'send()를 호출한 뒤 성공이나 실패를 알리기까지 걸리는 시간의 상한입니다.',
  },
  'request.timeout.ms': {
    en: 'The configuration controls the maximum amount of time the client will wait for the response of a request.',
    ko: 'client가 요청의 응답을 기다리는 최대 시간입니다.',
  },
  'retry.backoff.ms': RETRY_BACKOFF,
  'max.request.size': {
    en: 'The maximum size of a request in bytes.',
    ko: '요청 하나의 최대 크기(바이트)입니다.',
  },
  partitioner: {
    en: "A simulator setting, not Kafka's: 'default' is Kafka's built-in partitioner, 'round-robin' the pre-2.4 behaviour.",
    ko: "Kafka가 아닌 시뮬레이터 설정입니다. 'default'는 Kafka의 기본 partitioner, 'round-robin'은 2.4 이전 방식입니다.",
  },
  'partitioner.class': {
    en: 'Determines which partition to send a record to when records are produced.',
    ko: '레코드를 보낼 partition을 고르는 partitioner 클래스입니다.',
  },
  'partitioner.ignore.keys': {
    en: "When set to 'true' the producer won't use record keys to choose a partition.",
    ko: "'true'이면 producer는 partition을 고를 때 레코드 key를 쓰지 않습니다.",
  },
};

const CONSUMER_DOCS: Docs<typeof CONSUMER_CONFIGS> = {
  'session.timeout.ms': {
    en: "The timeout used to detect client failures when using Kafka's group management facility.",
    ko: 'Kafka의 group 관리 기능에서 client 장애를 알아차리는 timeout입니다.',
  },
  'heartbeat.interval.ms': {
    en: "The expected time between heartbeats to the consumer coordinator when using Kafka's group management facilities.",
    ko: 'Kafka의 group 관리 기능에서 consumer coordinator에게 보내는 heartbeat 사이의 간격입니다.',
  },
  'max.poll.interval.ms': {
    en: 'The maximum delay between invocations of poll() when using consumer group management.',
    ko: 'consumer group 관리를 쓸 때 poll() 호출 사이에 허용하는 최대 간격입니다.',
  },
  'max.poll.records': {
    en: 'The maximum number of records returned in a single call to poll().',
    ko: 'poll() 한 번에 돌려주는 레코드의 최대 수입니다.',
  },
  'enable.auto.commit': {
    en: "If true the consumer's offset will be periodically committed in the background.",
    ko: 'true이면 consumer의 offset을 백그라운드에서 주기적으로 commit 합니다.',
  },
  'auto.commit.interval.ms': {
    en: 'The frequency in milliseconds that the consumer offsets are auto-committed to Kafka if enable.auto.commit is set to true.',
    ko: 'enable.auto.commit이 true일 때 consumer offset을 자동으로 commit 하는 주기(밀리초)입니다.',
  },
  'auto.offset.reset': {
    en: 'What to do when there is no initial offset in Kafka or if the current offset does not exist any more on the server (e.g. because that data has been deleted).',
    ko: 'Kafka에 처음 offset이 없거나, 현재 offset이 서버에 더는 없을 때(예: 데이터가 지워져서) 어디서부터 읽을지 정합니다.',
  },
  'partition.assignment.strategy': {
    en: 'A list of class names or class types, ordered by preference, of supported partition assignment strategies that the client will use to distribute partition ownership amongst consumer instances when group management is used.',
    ko: 'group 관리를 쓸 때 client가 consumer 인스턴스들에게 partition을 나누는 데 쓸 assignment 전략 목록입니다(선호 순서).',
  },
  'security.protocol': {
    en: 'Protocol used to communicate with brokers. KafkaScope simulates PLAINTEXT and SSL (SASL is not simulated); on SSL the broker encrypts fetched records in user space, so zero-copy (sendfile) does not apply.',
    ko: 'broker와 통신할 때 쓰는 프로토콜입니다. KafkaScope는 PLAINTEXT와 SSL을 시뮬레이션합니다(SASL은 시뮬레이션하지 않음). SSL에서는 broker가 fetch한 레코드를 사용자 공간에서 암호화해야 하므로 zero-copy(sendfile)를 쓸 수 없습니다.',
  },
  'fetch.min.bytes': {
    en: 'The minimum amount of data the server should return for a fetch request.',
    ko: '서버가 fetch 요청에 돌려줄 최소 데이터 양입니다.',
  },
  'fetch.max.wait.ms': {
    en: "The maximum amount of time the server will block before answering the fetch request if there isn't sufficient data to immediately satisfy the requirement given by fetch.min.bytes.",
    ko: 'fetch.min.bytes를 바로 채울 만큼 데이터가 없을 때, 서버가 fetch 요청에 답하기 전에 기다리는 최대 시간입니다.',
  },
  'fetch.max.bytes': {
    en: 'The maximum amount of data the server should return for a fetch request.',
    ko: '서버가 fetch 요청에 돌려줄 최대 데이터 양입니다.',
  },
  'max.partition.fetch.bytes': {
    en: 'The maximum amount of data per-partition the server will return.',
    ko: '서버가 partition마다 돌려줄 최대 데이터 양입니다.',
  },
  'group.protocol': {
    en: 'The group protocol consumer should use. We currently support "classic" or "consumer".',
    ko: 'consumer가 쓸 group 프로토콜입니다. "classic"과 "consumer"를 쓸 수 있습니다.',
  },
  'group.remote.assignor': {
    en: 'The name of the server-side assignor to use. If not specified, the group coordinator will pick the first assignor defined in the broker config group.consumer.assignors. This configuration is applied only if group.protocol is set to "consumer".',
    ko: '쓸 server 쪽 assignor의 이름입니다. 정하지 않으면 group coordinator가 broker 설정 group.consumer.assignors의 첫 번째를 고릅니다. group.protocol이 "consumer"일 때만 적용됩니다.',
  },
  'retry.backoff.ms': RETRY_BACKOFF,
  'retry.backoff.max.ms': {
    en: 'The maximum amount of time in milliseconds to wait when retrying a request to the broker that has repeatedly failed.',
    ko: '계속 실패하는 broker 요청을 다시 보낼 때 기다리는 최대 시간(밀리초)입니다.',
  },
  'reconnect.backoff.ms': {
    en: 'The base amount of time to wait before attempting to reconnect to a given host.',
    ko: '어떤 host에 다시 연결하기 전에 기다리는 기본 시간입니다.',
  },
  'reconnect.backoff.max.ms': {
    en: 'The maximum amount of time in milliseconds to wait when reconnecting to a broker that has repeatedly failed to connect.',
    ko: '계속 연결에 실패하는 broker에 다시 연결할 때 기다리는 최대 시간(밀리초)입니다.',
  },
};

/** Every config's doc line, by its entity and Kafka name. */
export const CONFIG_DOCS: { readonly [E in ConfigEntity]: Readonly<Record<string, Localized>> } = {
  broker: BROKER_DOCS,
  topic: TOPIC_DOCS,
  producer: PRODUCER_DOCS,
  consumer: CONSUMER_DOCS,
};
