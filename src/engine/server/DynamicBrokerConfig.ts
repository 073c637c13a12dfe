// Kafka's DynamicBrokerConfig, as far as the simulator needs it: which value of each config a
// running broker uses. A key Kafka can change on a running broker (update mode per-broker or
// cluster-wide) takes effect at once; a read-only key is read from server.properties when the
// process starts, so a change to it waits for that broker's next start. Keys the controller reads
// (readBy 'controller') are not the broker's concern at all.
import { BROKER_CONFIG_DEF } from '../config/BrokerConfig';
import type { ConfigMap } from '../scenario/Scenario';

function readOnly(name: string): boolean {
  return BROKER_CONFIG_DEF.key(name)?.updateMode === 'read-only';
}

/** The config map a broker runs with: dynamic keys as configured now, read-only keys as at its start. */
export function configInForce(configured: ConfigMap, startedWith: ConfigMap): ConfigMap {
  const out: ConfigMap = {};
  for (const [k, v] of Object.entries(configured)) if (!readOnly(k)) out[k] = v;
  for (const [k, v] of Object.entries(startedWith)) if (readOnly(k)) out[k] = v;
  return out;
}

/** The read-only keys configured differently from what the broker started with: they wait for a restart. */
export function pendingRestart(configured: ConfigMap, startedWith: ConfigMap): string[] {
  const names = new Set([...Object.keys(configured), ...Object.keys(startedWith)]);
  return [...names]
    .filter((k) => readOnly(k) && BROKER_CONFIG_DEF.key(k)?.readBy !== 'controller')
    .filter((k) => configured[k] !== startedWith[k])
    .sort();
}
