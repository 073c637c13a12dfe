// What checking an action needs to know about the run at that action's moment (a ScenarioModel
// provides it), and the model of a scenario at time 0.
import { resolveBrokerConfig } from '../../config/BrokerConfig';
import type { ConfigMap, Scenario } from '../Scenario';
import { initialModel } from '../ScenarioModel';
import type { ScenarioModel } from '../ScenarioModel';
import type { Metadata } from '../scenarioErrors';
import { workloadInfo } from './records';

/** Raw config maps as they stand, for checks that involve more than one key (optional). */
export interface ValidationConfigs {
  cluster?: ConfigMap;
  /** Per-broker overrides (setConfig broker:<id>), merged over `cluster`. */
  brokers?: ReadonlyMap<number, ConfigMap>;
  topics?: ReadonlyMap<string, ConfigMap>;
  producers?: ReadonlyMap<string, ConfigMap>;
  groups?: ReadonlyMap<string, ConfigMap>;
}

/** What validateAction needs to know about the running simulation. */
export interface ValidationContext {
  /** Broker ids are 1..brokers. */
  brokers: number;
  /** KRaft controller node ids are 3001 … 3000 + controllers (the failure actions take them). */
  controllers?: number;
  /** ZooKeeper mode: the ensemble's server ids are 4001 … 4000 + zookeeperServers. */
  zookeeperServers?: number;
  /** Picks Kafka's wording (KRaft vs ZooKeeper-era admin errors). Default 'kraft'. */
  metadata?: Metadata;
  /** Topic name → current partition count. */
  topics: ReadonlyMap<string, number>;
  producers: ReadonlySet<string>;
  /** Group id → its current member ids (`<group>-<n>`). */
  groups: ReadonlyMap<string, readonly string[]>;
  configs?: ValidationConfigs;
  /** Topic name → replication factor: with it, createTopic/addPartitions are held to SCENARIO_LIMITS.maxReplicas. */
  replicationFactors?: ReadonlyMap<string, number>;
  /** Partition replicas of __consumer_offsets (0 without groups), counted with replicationFactors. */
  internalReplicas?: number;
  /** The producers' workloads: a setConfig or createTopic must leave their records within Kafka's limits. */
  workloads?: readonly WorkloadInfo[];
}

/** A workload's largest record, for the record size limits. */
export interface WorkloadInfo {
  producer: string;
  topic: string;
  /** UTF-8 bytes of its longest key; null when every record is keyless. */
  keyBytes: number | null;
  valueBytes: number;
  /** Records per second now (the scenario's, then setWorkload's). */
  ratePerSec: number;
  /** Where the scenario defines it (`producers[0].workload`). */
  path: string;
}

/** What a setConfig changes. */
export type Target =
  | { kind: 'cluster' }
  | { kind: 'broker'; id: number }
  | { kind: 'topic'; name: string }
  | { kind: 'producer'; id: string }
  | { kind: 'group'; id: string };

export function parseTarget(s: string): Target | undefined {
  if (s === 'cluster') return { kind: 'cluster' };
  const m = /^(broker|topic|producer|group):(.+)$/.exec(s);
  if (!m) return undefined;
  const rest = m[2]!;
  switch (m[1]) {
    case 'broker':
      return /^[1-9]\d*$/.test(rest) ? { kind: 'broker', id: Number(rest) } : undefined;
    case 'topic':
      return { kind: 'topic', name: rest };
    case 'producer':
      return { kind: 'producer', id: rest };
    default:
      return { kind: 'group', id: rest };
  }
}

/** Partition replicas of the cluster in this context, or undefined when it does not say. */
export function replicasOf(ctx: ValidationContext): number | undefined {
  const rf = ctx.replicationFactors;
  if (!rf) return undefined;
  let n = ctx.internalReplicas ?? 0;
  for (const [t, partitions] of ctx.topics) n += partitions * (rf.get(t) ?? 1);
  return n;
}

/** Partition replicas of __consumer_offsets as the simulation creates it (its factor capped at the brokers). */
export function offsetsTopicReplicas(cluster: ConfigMap, brokers: number): number {
  try {
    const c = resolveBrokerConfig(cluster);
    return c.offsetsTopicNumPartitions * Math.min(c.offsetsTopicReplicationFactor, brokers);
  } catch {
    return 0;
  }
}

/** The model at time 0 of a (valid) scenario, before any action: for validateAction from the UI. */
export function contextFromScenario(s: Scenario): ScenarioModel {
  return initialModel({
    brokers: s.cluster.brokers,
    controllers: s.cluster.controllers,
    zookeeperServers: s.cluster.zookeeper?.servers,
    metadata: s.cluster.metadata ?? 'kraft',
    cluster: s.cluster.config ?? {},
    topics: s.topics,
    producers: s.producers,
    groups: s.consumerGroups,
    internalReplicas:
      s.consumerGroups.length > 0
        ? offsetsTopicReplicas(s.cluster.config ?? {}, s.cluster.brokers)
        : 0,
    workloads: s.producers.flatMap((p, i) =>
      p.workload ? [workloadInfo(p.id, p.workload, `producers[${i}].workload`)] : [],
    ),
  });
}
