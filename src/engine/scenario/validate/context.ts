// What checking an action needs to know about the run at that action's moment, and that state for a
// scenario's own actions as they apply in order (by `at`, then by position).
import { resolveBrokerConfig } from '../../config/BrokerConfig';
import { withConsumerConfig } from '../../config/ConsumerConfig';
import type {
  Action,
  ConfigMap,
  ConsumerGroupSpec,
  ProducerSpec,
  Scenario,
  TopicSpec,
} from '../Scenario';
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

/** The run's state as a scenario's actions apply, for checking each against the state before it. */
export class ScenarioState implements ValidationContext {
  readonly topics = new Map<string, number>();
  readonly replicationFactors = new Map<string, number>();
  internalReplicas = 0;
  readonly workloads: WorkloadInfo[] = [];
  readonly producers = new Set<string>();
  readonly groups = new Map<string, string[]>();
  private readonly nextMember = new Map<string, number>();
  readonly configs: {
    cluster: ConfigMap;
    brokers: Map<number, ConfigMap>;
    topics: Map<string, ConfigMap>;
    producers: Map<string, ConfigMap>;
    groups: Map<string, ConfigMap>;
  };

  constructor(
    readonly brokers: number,
    readonly metadata: Metadata,
    cluster: ConfigMap,
  ) {
    this.configs = {
      cluster: { ...cluster },
      brokers: new Map(),
      topics: new Map(),
      producers: new Map(),
      groups: new Map(),
    };
  }

  addTopic(t: TopicSpec): void {
    this.topics.set(t.name, t.partitions);
    this.replicationFactors.set(t.name, t.replicationFactor);
    this.configs.topics.set(t.name, { ...(t.config ?? {}) });
  }

  addProducer(p: ProducerSpec): void {
    this.producers.add(p.id);
    this.configs.producers.set(p.id, { ...(p.config ?? {}) });
  }

  addGroup(g: ConsumerGroupSpec): void {
    this.groups.set(
      g.id,
      Array.from({ length: g.members }, (_, i) => `${g.id}-${i + 1}`),
    );
    this.nextMember.set(g.id, g.members + 1);
    this.configs.groups.set(g.id, { ...(g.config ?? {}) });
  }

  apply(a: Action): void {
    switch (a.do) {
      case 'createTopic':
        this.addTopic(a.topic);
        break;
      case 'addPartitions':
        this.topics.set(a.topic, a.count);
        break;
      case 'addConsumer': {
        const n = this.nextMember.get(a.group)!;
        this.groups.get(a.group)!.push(`${a.group}-${n}`);
        this.nextMember.set(a.group, n + 1);
        break;
      }
      case 'removeConsumer':
      case 'crashConsumer': {
        const members = this.groups.get(a.group)!;
        members.splice(members.indexOf(a.member), 1);
        break;
      }
      case 'setConfig': {
        const t = parseTarget(a.target)!;
        const put = (m: Map<string, ConfigMap> | Map<number, ConfigMap>, id: string | number) => {
          const map = m as Map<string | number, ConfigMap>;
          map.set(id, { ...(map.get(id) ?? {}), [a.key]: a.value });
        };
        if (t.kind === 'cluster')
          this.configs.cluster = { ...this.configs.cluster, [a.key]: a.value };
        else if (t.kind === 'broker') put(this.configs.brokers, t.id);
        else if (t.kind === 'topic') put(this.configs.topics, t.name);
        else if (t.kind === 'producer') put(this.configs.producers, t.id);
        else
          this.configs.groups.set(
            t.id,
            withConsumerConfig(this.configs.groups.get(t.id) ?? {}, a.key, a.value),
          );
        break;
      }
      default:
        break;
    }
  }
}

/** The state at time 0 of a (valid) scenario, before any action: for validateAction from the UI. */
export function contextFromScenario(s: Scenario): ValidationContext {
  const st = new ScenarioState(
    s.cluster.brokers,
    s.cluster.metadata ?? 'kraft',
    s.cluster.config ?? {},
  );
  for (const t of s.topics) st.addTopic(t);
  for (const p of s.producers) st.addProducer(p);
  for (const g of s.consumerGroups) st.addGroup(g);
  s.producers.forEach((p, i) => {
    if (p.workload) st.workloads.push(workloadInfo(p.id, p.workload, `producers[${i}].workload`));
  });
  if (s.consumerGroups.length > 0)
    st.internalReplicas = offsetsTopicReplicas(s.cluster.config ?? {}, s.cluster.brokers);
  return st;
}
