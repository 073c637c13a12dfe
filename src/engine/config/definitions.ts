// Every config the engine knows, as plain data (name, resolved property, entity, type, Kafka's
// default, range or allowed values, update mode), from the tables: for readers such as the
// settings views, which must not copy Kafka's defaults or re-declare config lists.
import { BROKER_CONFIG_DEF } from './BrokerConfig';
import type { ConfigDefinition } from './ConfigDef';
import { CONSUMER_CONFIG_DEF } from './ConsumerConfig';
import { PRODUCER_CONFIG_DEF } from './ProducerConfig';
import { TOPIC_CONFIG_DEF } from './TopicConfig';

function frozen(d: ConfigDefinition): ConfigDefinition {
  const values = d.values && Object.freeze([...d.values]);
  const def = Array.isArray(d.default) ? Object.freeze([...d.default]) : d.default;
  return Object.freeze({ ...d, values, default: def });
}

export const CONFIG_DEFINITIONS: readonly ConfigDefinition[] = Object.freeze(
  [BROKER_CONFIG_DEF, TOPIC_CONFIG_DEF, PRODUCER_CONFIG_DEF, CONSUMER_CONFIG_DEF].flatMap((def) =>
    def.definitions().map(frozen),
  ),
);
