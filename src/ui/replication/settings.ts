// The settings the replication view quotes, as the engine resolved them (Kafka defaults
// included): read from the running simulation, refreshed when the store publishes.
import type { Simulation } from '../../engine';
import { useSimStore } from '../../store/simStore';
import type { CaptionSettings } from './captionText';

export interface ReplicationSettings extends CaptionSettings {
  unclean: boolean;
}

/** Kafka's defaults, for the moment before a simulation exists. */
const DEFAULTS: ReplicationSettings = {
  replicaLagTimeMaxMs: 30_000,
  brokerSessionTimeoutMs: 9_000,
  minInsyncReplicas: 1,
  unclean: false,
};

export function settingsOf(sim: Simulation | null, topic: string): ReplicationSettings {
  if (!sim) return DEFAULTS;
  const broker = sim.brokerConfig;
  const topicConfig = sim.topicConfigs.get(topic);
  return {
    replicaLagTimeMaxMs: broker.replicaLagTimeMaxMs,
    brokerSessionTimeoutMs: broker.brokerSessionTimeoutMs,
    minInsyncReplicas: topicConfig?.minInsyncReplicas ?? broker.minInsyncReplicas,
    unclean: topicConfig?.uncleanLeaderElectionEnable ?? broker.uncleanLeaderElectionEnable,
  };
}

export function useReplicationSettings(topic: string): ReplicationSettings {
  const sim = useSimStore((s) => s.sim);
  // A setConfig action changes the values in place: re-read them on every published frame.
  useSimStore((s) => s.tick);
  return settingsOf(sim, topic);
}

export interface ProducerSettings {
  acks: string;
  idempotent: boolean;
}

export function producerSettings(sim: Simulation | null, id: string): ProducerSettings | null {
  const config = sim?.producers.get(id)?.producer.config;
  if (!config) return null;
  return {
    acks: config.acks === -1 ? 'all' : String(config.acks),
    idempotent: config.enableIdempotence,
  };
}
