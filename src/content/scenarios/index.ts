// Starter scenarios: plain scenario-v1 JSON (the engine validates it) with ko/en titles.
import type { Localized } from '../i18n';
import waitingEvents from './waiting-events.json';
import keylessPartitioners from './keyless-partitioners.json';
import moreConsumers from './more-consumers-than-partitions.json';
import singlePartition from './single-partition-order.json';

export interface Starter {
  id: string;
  title: Localized;
  description: Localized;
  /** Raw scenario JSON: validated by the engine when loaded, never trusted here. */
  scenario: unknown;
}

export const STARTERS: readonly Starter[] = [
  {
    id: 'waiting-events',
    title: { en: 'Waiting events, keyed by restaurant', ko: '식당별 키로 보내는 대기 이벤트' },
    description: {
      en: 'Three partitions, three brokers, one consumer per partition. The same key always lands in the same partition, so each restaurant keeps its order.',
      ko: '파티션 3개, broker 3대, 파티션마다 consumer 하나. 같은 키는 항상 같은 파티션으로 가므로 식당마다 순서가 지켜집니다.',
    },
    scenario: waitingEvents,
  },
  {
    id: 'keyless-partitioners',
    title: {
      en: 'Keyless records: sticky vs round-robin',
      ko: '키 없는 레코드: sticky vs 라운드 로빈',
    },
    description: {
      en: 'Two producers send keyless records. The sticky partitioner (Kafka 3.3+) fills one partition before moving on; round-robin (before 2.4) spreads every record. batch.size is lowered to 1 KB so that the switches are easy to see.',
      ko: '두 producer가 키 없는 레코드를 보냅니다. sticky 파티셔너(Kafka 3.3+)는 한 파티션을 채운 뒤 다음으로 넘어가고, 라운드 로빈(2.4 이전)은 레코드마다 파티션을 바꿉니다. 전환이 잘 보이도록 batch.size를 1 KB로 낮췄습니다.',
    },
    scenario: keylessPartitioners,
  },
  {
    id: 'more-consumers-than-partitions',
    title: { en: 'More consumers than partitions', ko: '파티션보다 많은 consumer' },
    description: {
      en: 'Four consumers share three partitions. A partition goes to one member of the group only, so one member stays idle: parallelism is capped by the partition count.',
      ko: 'consumer 4개가 파티션 3개를 나눠 갖습니다. 파티션은 그룹 안에서 한 멤버에게만 가므로 한 멤버는 놀게 됩니다. 병렬 처리의 한계는 파티션 수입니다.',
    },
    scenario: moreConsumers,
  },
  {
    id: 'single-partition-order',
    title: { en: 'One partition: a global order', ko: '파티션 1개: 전체 순서 보장' },
    description: {
      en: 'With a single partition every record of the topic has one order, whatever its key, but only one consumer of the group can read it.',
      ko: '파티션이 하나면 키와 상관없이 토픽 전체가 하나의 순서를 갖지만, 그룹에서 읽을 수 있는 consumer도 하나뿐입니다.',
    },
    scenario: singlePartition,
  },
];

export const DEFAULT_STARTER_ID = 'waiting-events';

export function findStarter(id: string): Starter | undefined {
  return STARTERS.find((s) => s.id === id);
}
