// The settings the replication view quotes, as the engine resolved them (Kafka's defaults
// included, before a simulation exists too): read through the store's plain-data queries on
// every published frame and compared field by field, so a setConfig action shows at once.
import { useShallow } from 'zustand/react/shallow';
import { useSimStore, type SimQueries } from '../../store/simStore';
import type { CaptionSettings } from '../captions/captionText';
import type { Snapshot } from '../../engine';

type MetadataMode = Snapshot['controller']['mode'];

export interface ReplicationSettings extends CaptionSettings {
  unclean: boolean;
}

export function settingsOf(
  queries: SimQueries,
  topic: string,
  mode: MetadataMode = 'kraft',
): ReplicationSettings {
  const broker = queries.brokerConfig();
  const topicConfig = queries.topicConfig(topic);
  return {
    replicaLagTimeMaxMs: broker.replicaLagTimeMaxMs,
    brokerSessionTimeoutMs: broker.brokerSessionTimeoutMs,
    zookeeperSessionTimeoutMs: mode === 'zookeeper' ? broker.zookeeperSessionTimeoutMs : null,
    minInsyncReplicas: topicConfig?.minInsyncReplicas ?? broker.minInsyncReplicas,
    unclean: topicConfig?.uncleanLeaderElectionEnable ?? broker.uncleanLeaderElectionEnable,
  };
}

export function useReplicationSettings(topic: string): ReplicationSettings {
  return useSimStore(useShallow((s) => settingsOf(s.queries, topic, s.snapshot?.controller.mode)));
}
