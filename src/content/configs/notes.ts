// Where the simulator departs from Kafka for a config, keyed by the config's Kafka name; shown
// where the config is set.
import {
  KAFKA_MIN_SEGMENT_BYTES,
  SIMULATOR_MIN_SEGMENT_BYTES,
} from '../../engine/config/TopicConfig';
import type { Localized } from '../i18n';

const SEGMENT_BYTES_NOTE: Localized = {
  en: `Kafka 4.0 requires at least ${KAFKA_MIN_SEGMENT_BYTES} (1 MiB); the simulator accepts values down to ${SIMULATOR_MIN_SEGMENT_BYTES} bytes so that segment rolling can be watched.`,
  ko: `Kafka 4.0은 최소 ${KAFKA_MIN_SEGMENT_BYTES}(1 MiB)를 요구하지만, 시뮬레이터는 segment가 넘어가는(roll) 모습을 볼 수 있도록 ${SIMULATOR_MIN_SEGMENT_BYTES}바이트까지 허용합니다.`,
};

export const CONFIG_NOTES: Readonly<Record<string, Localized>> = {
  'segment.bytes': SEGMENT_BYTES_NOTE,
  'log.segment.bytes': SEGMENT_BYTES_NOTE,
  'max.request.size': {
    en: "Kafka's producer refuses a record larger than this (RecordTooLargeException); the simulator checks it before the run. It does not cap the size of a produce request, and records stay within 1 MiB.",
    ko: 'Kafka producer는 이보다 큰 레코드를 RecordTooLargeException으로 거부합니다. 시뮬레이터는 실행 전에 이를 검사합니다. produce 요청 크기는 제한하지 않으며, 레코드는 1 MiB 이하여야 합니다.',
  },
  partitioner: {
    en: "Simulator setting. 'default' is Kafka's built-in partitioner (keyless records: uniform sticky, KIP-794, since 3.3); 'round-robin' is the pre-2.4 behaviour many tutorials describe.",
    ko: "시뮬레이터 전용 설정입니다. 'default'는 Kafka의 기본 partitioner(key 없는 레코드는 3.3부터 KIP-794 uniform sticky), 'round-robin'은 많은 튜토리얼이 설명하는 2.4 이전 방식입니다.",
  },
  'reconnect.backoff.ms': {
    en: "KafkaScope keeps one connection per broker; Kafka's consumer opens a second one to its group coordinator, which backs off on its own.",
    ko: 'KafkaScope는 broker마다 연결 하나만 둡니다. Kafka consumer는 group coordinator에 연결을 하나 더 열고, 그 연결은 따로 backoff합니다.',
  },
};
