// The simulation: builds a cluster from a scenario and runs it as a discrete-event simulation
// on a virtual clock. Every user input is an action; a run is replay(scenario, actions).
import { EventQueue } from './EventQueue';
import { Random } from './Random';
import type { Cancellable, SimContext } from './SimContext';
import { Network } from '../network/Network';
import { MetadataImage } from '../controller/MetadataImage';
import { KafkaBroker } from '../server/KafkaBroker';
import { BrokerStorage, storageOf } from '../storage/BrokerStorage';
import { QuorumController } from '../controller/QuorumController';
import { KafkaProducer } from '../clients/producer/KafkaProducer';
import { ProducerWorkload } from '../clients/producer/ProducerWorkload';
import { ConsumerGroupApp } from './ConsumerGroupApp';
import type { CoordinatorRegistry } from '../coordinator/group/GroupMetadataManager';
import {
  GROUP_METADATA_TOPIC_NAME,
  OFFSETS_TOPIC_CONFIG,
  isInternalTopic,
} from '../coordinator/group/OffsetsTopic';
import { assignReplicasToBrokers } from '../admin/AdminUtils';
import { segmentConfigOf } from '../server/Partition';
import type { Action, ActionBody, Scenario, TopicSpec } from '../scenario/Scenario';
import { CHATTER_EVENT_TYPES } from '../trace/TraceEvent';
import type {
  ApiKey,
  ChatterEventType,
  NodeId,
  RecordRef,
  TraceEvent,
  TraceEventBody,
} from '../trace/TraceEvent';
import type { BrokerConfig, TopicConfig } from '../config/types';
import {
  BROKER_CONFIG_DEF,
  BROKER_TOPIC_DEFAULT_NAMES,
  resolveBrokerConfig,
  resolveBrokerTopicDefaults,
} from '../config/BrokerConfig';
import { resolveTopicConfig } from '../config/TopicConfig';
import { resolveProducerConfig } from '../config/ProducerConfig';
import { resolveConsumerConfig } from '../config/ConsumerConfig';
import {
  contextFromScenario,
  validateScenario,
  ScenarioValidationError,
} from '../scenario/validateScenario';
import { applyAction } from '../scenario/applyAction';
import { brokerConfigMap, type ScenarioModel } from '../scenario/ScenarioModel';
import { parseTarget } from '../scenario/validate/context';
import type { ConfigMap } from '../scenario/Scenario';
import { buildSnapshot } from '../snapshot/buildSnapshot';
import { logDir, replicaLog, segmentFileBytes } from './logDirQueries';
import { zstdActionErrors, zstdNotReadyErrors } from './codecs';
import type { UnifiedLog } from '../log/UnifiedLog';
import type { LogDirView, SegmentFileKind } from '../log/LogDir';
import type { Snapshot } from '../snapshot/Snapshot';

interface TraceListener {
  cb: (e: TraceEvent) => void;
  skip: ReadonlySet<TraceEvent['type']> | undefined;
}

export interface InFlightMessage {
  msgId: number;
  from: NodeId;
  to: NodeId;
  api: ApiKey;
  response: boolean;
  sentAt: number;
  arriveAt: number;
  records: RecordRef[];
  topic?: string;
  partition?: number;
  /** For Fetch requests and responses: every partition it is about. */
  partitions?: { topic: string; partition: number }[];
}

export interface SnapshotOptions {
  /** Include record payloads in each segment (and each producer's acknowledged records). */
  records?: boolean;
  /**
   * With records: list each producer's acknowledged records (default true). The page leaves them
   * out: the list grows with every record acknowledged, and no view reads it.
   */
  acked?: boolean;
  /** With records: keep only the last N records of each replica. */
  recordWindow?: number;
  /** List internal topics (__consumer_offsets) too; they are left out by default. */
  internalTopics?: boolean;
}

/** slowBroker without a factor: its fetcher then pauses (60 − 1) s between fetches; 1 is normal. */
export const DEFAULT_SLOW_FACTOR = 60;
/** Producer ids handed to idempotent producers (InitProducerId), from this base. */
const PRODUCER_ID_BASE = 1000;
/** KRaft controller node id shown in the snapshot until the controller quorum is modelled. */
export const CONTROLLER_ID = 3001;

export class Simulation {
  readonly scenario: Scenario;
  readonly random: Random;
  readonly network: Network;
  readonly metadata = new MetadataImage();
  /** Replaced, never changed in place, by a setConfig on the cluster. */
  private currentBrokerConfig: BrokerConfig;
  readonly brokers = new Map<number, KafkaBroker>();
  readonly controller: QuorumController;
  private isolated = new Set<number>();
  readonly producers = new Map<
    string,
    { producer: KafkaProducer; workload: ProducerWorkload | null }
  >();
  /** Each scenario consumer group: the application and its member processes. */
  readonly groups = new Map<string, ConsumerGroupApp>();
  /** Which broker coordinated each group last (for coordinator.moved traces only). */
  readonly coordinators: CoordinatorRegistry = new Map();
  readonly topicConfigs = new Map<string, TopicConfig>();
  /** The internal topics' own configs (they are not in the model: no action may change them). */
  private readonly internalTopicConfigs = new Map<string, ConfigMap>();
  /** Every action of the run: the scenario's and those applied since, in time order. */
  readonly actionLog: Action[] = [];
  private queue = new EventQueue();
  private time = 0;
  private listeners = new Set<TraceListener>();
  /** The chatter types some listener does not skip: only their lazy bodies are built. */
  private chatterWanted = new Set<ChatterEventType>();
  private traceSeq = 0;
  private recordSeq = 0;
  private ctx: SimContext;
  /**
   * The run as plain data (entities and config maps) after every action applied so far; each
   * action replaces it through applyAction, and this class then brings its objects in line.
   */
  private current: ScenarioModel;

  get model(): ScenarioModel {
    return this.current;
  }

  /**
   * The cluster-wide broker config (the scenario's cluster.config and setConfig on `cluster`),
   * resolved: what the controller runs with. Each broker's own is KafkaBroker.config.
   */
  get brokerConfig(): BrokerConfig {
    return this.currentBrokerConfig;
  }

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    this.current = contextFromScenario(scenario);
    this.random = new Random(scenario.seed);
    const net = scenario.cluster.network ?? {};
    this.network = new Network(() => this.ctx, net.latencyMs ?? 30, net.jitterMs ?? 10);
    this.currentBrokerConfig = resolveBrokerConfig(scenario.cluster.config ?? {});
    const current = () => this.currentBrokerConfig;
    this.ctx = {
      now: () => this.time,
      schedule: (at, fire) => this.schedule(at, fire),
      random: this.random,
      network: this.network,
      metadata: this.metadata,
      // Read at each use, so a setConfig reaches every actor without changing a shared object.
      get brokerConfig() {
        return current();
      },
      topicConfig: (t) => this.topicConfigs.get(t)!,
      trace: (b) => this.emit(b),
      traceLazy: (type, build) => this.emitLazy(type, build),
      nextRecordId: () => this.recordSeq++,
    };
    this.controller = new QuorumController(
      CONTROLLER_ID,
      this.ctx,
      (topic) => this.topicConfigs.get(topic)?.uncleanLeaderElectionEnable ?? false,
    );
    this.network.register(this.controller);
    this.build();
  }

  get now(): number {
    return this.time;
  }

  private schedule(at: number, fire: () => void, phase: 0 | 1 = 0): Cancellable {
    return this.queue.push(Math.max(at, this.time), fire, phase);
  }

  /** Counters behind the snapshot's metrics, kept from the trace as it happens. */
  readonly counters = { isrShrinks: 0, isrExpands: 0, failedProduce: new Map<string, number>() };

  private emit(body: TraceEventBody): void {
    // Metrics cover the topics the snapshot lists (Kafka's also count __consumer_offsets).
    if (body.type === 'isr.shrink' && !isInternalTopic(body.topic)) this.counters.isrShrinks++;
    else if (body.type === 'isr.expand' && !isInternalTopic(body.topic)) this.counters.isrExpands++;
    else if (body.type === 'produce.failed')
      this.counters.failedProduce.set(
        body.error,
        (this.counters.failedProduce.get(body.error) ?? 0) + 1,
      );
    if (this.listeners.size === 0) {
      this.traceSeq++;
      return;
    }
    this.deliver(body);
  }

  /**
   * A chatter event (never one the counters above look at): its body is built only if a listener
   * wants its type. Every event keeps its seq either way.
   */
  private emitLazy(type: ChatterEventType, build: () => TraceEventBody): void {
    if (!this.chatterWanted.has(type)) {
      this.traceSeq++;
      return;
    }
    this.deliver(build());
  }

  private deliver(body: TraceEventBody): void {
    const e = { seq: this.traceSeq++, time: this.time, ...body } as TraceEvent;
    for (const l of this.listeners) if (!l.skip?.has(e.type)) l.cb(e);
  }

  /**
   * Hear every trace event, except those of the types in `skip` (a listener that does not want
   * the per-request chatter saves the run building it).
   */
  onTrace(
    cb: (e: TraceEvent) => void,
    opts: { skip?: ReadonlySet<TraceEvent['type']> } = {},
  ): () => void {
    const l: TraceListener = { cb, skip: opts.skip };
    this.listeners.add(l);
    this.updateChatterWanted();
    return () => {
      this.listeners.delete(l);
      this.updateChatterWanted();
    };
  }

  private updateChatterWanted(): void {
    this.chatterWanted = new Set(
      CHATTER_EVENT_TYPES.filter((type) => [...this.listeners].some((l) => !l.skip?.has(type))),
    );
  }

  private build(): void {
    const s = this.scenario;
    const storage = storageOf(s.cluster);
    for (let id = 1; id <= s.cluster.brokers; id++) {
      const rack = s.cluster.racks?.[id - 1];
      this.metadata.brokers.set(id, { id, ...(rack !== undefined ? { rack } : {}), fenced: false });
      const b = new KafkaBroker(
        id,
        rack,
        this.ctx,
        () => this.controller.nodeId,
        this.coordinators,
        () => brokerConfigMap(this.current, id),
        new BrokerStorage(storage.device, storage.pageCacheBytes),
      );
      this.brokers.set(id, b);
      this.network.register(b);
    }
    for (const t of s.topics) this.createTopic(t);
    if (s.consumerGroups.length > 0) this.createOffsetsTopic();
    // The cluster starts formed: every broker has replayed the metadata log so far.
    for (const b of this.brokers.values()) {
      this.controller.registerBroker(b.id);
      b.metadata.bootstrap(this.metadata, this.controller.logEndOffset);
      b.start();
    }
    this.controller.startLeaderBalancing();
    s.producers.forEach((spec, i) => {
      const config = resolveProducerConfig(spec.config ?? {});
      const producer = new KafkaProducer(
        spec.id,
        config,
        this.ctx,
        PRODUCER_ID_BASE + i,
        this.brokerIds(),
      );
      this.network.register(producer);
      const workload = spec.workload
        ? new ProducerWorkload(spec.workload, producer, this.ctx)
        : null;
      this.producers.set(spec.id, { producer, workload });
      workload?.start();
    });
    for (const g of s.consumerGroups) {
      const group = new ConsumerGroupApp(
        g.id,
        g.topics,
        resolveConsumerConfig(g.config ?? {}),
        g.processingMsPerRecord ?? 0,
        this.ctx,
        this.brokerIds(),
      );
      this.groups.set(g.id, group);
      // Members start at t=0 as events, so trace subscribers see them join.
      if (g.members > 0) this.schedule(0, () => group.addMembers(g.members));
    }
    for (const a of [...s.actions].sort((x, y) => x.at - y.at)) {
      this.actionLog.push(a);
      this.schedule(a.at, () => this.executeScheduled(a), 1);
    }
  }

  private brokerIds(): number[] {
    return [...this.brokers.keys()];
  }

  private createTopic(spec: TopicSpec): void {
    const brokers = [...this.metadata.brokers.values()]
      .sort((a, b) => a.id - b.id)
      .map((b) => ({ id: b.id, ...(b.rack !== undefined ? { rack: b.rack } : {}) }));
    const assignment =
      spec.assignment ??
      assignReplicasToBrokers(
        brokers,
        spec.partitions,
        spec.replicationFactor,
        -1,
        -1,
        this.random,
      );
    this.internalTopicConfigs.set(spec.name, spec.config ?? {});
    this.topicConfigs.set(spec.name, this.resolveTopic(spec.name));
    this.metadata.topics.set(spec.name, {
      name: spec.name,
      partitions: assignment.map((replicas) => ({
        replicas: [...replicas],
        isr: [...replicas],
        leader: replicas[0] ?? null,
        leaderEpoch: 0,
        partitionEpoch: 0,
      })),
    });
    this.emit({
      type: 'topic.created',
      topic: spec.name,
      partitions: assignment.length,
      assignment,
    });
    this.controller.recordPartitions(spec.name, 0);
  }

  /**
   * __consumer_offsets, which Kafka creates on the first FindCoordinator (so only a run with
   * groups has it). offsets.topic.replication.factor is capped at the broker count here; Kafka
   * instead refuses to create the topic until that many brokers are up, so groups cannot work on
   * a smaller cluster unless the factor is lowered.
   */
  private createOffsetsTopic(): void {
    this.createTopic({
      name: GROUP_METADATA_TOPIC_NAME,
      partitions: this.brokerConfig.offsetsTopicNumPartitions,
      replicationFactor: Math.min(
        this.brokerConfig.offsetsTopicReplicationFactor,
        this.scenario.cluster.brokers,
      ),
      config: OFFSETS_TOPIC_CONFIG,
    });
  }

  private addPartitions(topic: string, count: number): void {
    const image = this.metadata.topic(topic)!;
    const existing = image.partitions;
    const brokers = [...this.metadata.brokers.values()].sort((a, b) => a.id - b.id);
    const first = existing[0]!.replicas;
    // As Kafka's createNewPartitionsAssignment: continue the placement after the existing partitions.
    const startIndex = Math.max(
      0,
      brokers.findIndex((b) => b.id >= first[0]!),
    );
    const added = assignReplicasToBrokers(
      brokers.map((b) => ({ id: b.id, ...(b.rack !== undefined ? { rack: b.rack } : {}) })),
      count - existing.length,
      first.length,
      startIndex,
      existing.length,
      this.random,
    );
    const before = existing.length;
    for (const replicas of added)
      existing.push({
        replicas: [...replicas],
        isr: [...replicas],
        leader: replicas[0] ?? null,
        leaderEpoch: 0,
        partitionEpoch: 0,
      });
    this.controller.recordPartitions(topic, before);
    // The members' metadata learns of the new partitions (Kafka: within metadata.max.age.ms,
    // 5 min; here half a second later, once the brokers know them); the leader then rejoins.
    this.schedule(this.time + 500, () => {
      for (const g of this.groups.values()) if (g.topics.includes(topic)) g.onTopicChanged(topic);
    });
  }

  /** Cut a broker from the other brokers and the controller (clients still reach it), or heal it. */
  private setIsolated(broker: number, isolated: boolean): void {
    const me = `broker:${broker}`;
    for (const other of this.brokers.keys())
      if (other !== broker) this.network.setLinkCut(me, `broker:${other}`, isolated);
    this.network.setLinkCut(me, this.controller.nodeId, isolated);
    if (isolated) this.isolated.add(broker);
    else this.isolated.delete(broker);
    this.emit({ type: 'broker.isolation', broker, isolated });
  }

  isIsolated(broker: number): boolean {
    return this.isolated.has(broker);
  }

  /** Apply a user action now (after everything else due at this ms), and log it for replay. */
  apply(input: ActionBody & { at?: number }): void {
    this.advanceTo(this.time);
    const result = applyAction(this.current, { ...input, at: this.time }, 'action');
    if (!result.ok) throw new ScenarioValidationError(result.errors);
    const codecErrors = zstdActionErrors(result.action, 'action');
    if (codecErrors.length > 0) throw new ScenarioValidationError(codecErrors);
    this.actionLog.push(result.action);
    this.execute(result.action, result.model);
  }

  /**
   * A scenario action whose time has come. It was checked against the scenario's own actions; a
   * user's action since may have changed what it acts on (a member already removed), and then it is
   * refused here, in the trace, as it would be from the UI.
   */
  private executeScheduled(a: Action): void {
    const result = applyAction(this.current, a, 'action');
    if (!result.ok) {
      this.emit({ type: 'action.refused', action: a, errors: result.errors });
      return;
    }
    this.execute(result.action, result.model);
  }

  /** Bring the objects in line with `model`, the model after `a`. */
  private execute(a: Action, model: ScenarioModel): void {
    this.current = model;
    this.emit({ type: 'action.applied', action: a });
    switch (a.do) {
      case 'produce':
        this.producers.get(a.producer)?.producer.send({
          topic: a.topic,
          key: a.key,
          value: a.value,
          ...(a.partition !== undefined ? { partition: a.partition } : {}),
        });
        break;
      case 'addConsumer':
        this.groups.get(a.group)?.addMembers(1);
        break;
      case 'removeConsumer':
        this.groups.get(a.group)?.removeMember(a.member);
        break;
      case 'crashConsumer':
        this.groups.get(a.group)?.crashMember(a.member);
        break;
      case 'stallConsumer':
        this.groups.get(a.group)?.stallMember(a.member, a.ms);
        break;
      case 'createTopic':
        this.createTopic(a.topic);
        break;
      case 'addPartitions':
        this.addPartitions(a.topic, a.count);
        break;
      case 'setConfig':
        this.setConfig(a.target, a.key, a.value);
        break;
      case 'killBroker':
        this.brokers.get(a.broker)?.stop('crash');
        break;
      case 'shutdownBroker':
        this.brokers.get(a.broker)?.shutdown();
        break;
      case 'restartBroker':
        this.brokers.get(a.broker)?.restart();
        break;
      case 'isolateBroker':
      case 'healBroker':
        this.setIsolated(a.broker, a.do === 'isolateBroker');
        break;
      case 'setWorkload':
        this.producers.get(a.producer)?.workload?.setRate(a.ratePerSec);
        break;
      case 'slowBroker': {
        const b = this.brokers.get(a.broker);
        if (b) b.slowFactor = a.factor ?? DEFAULT_SLOW_FACTOR;
        break;
      }
    }
  }

  /** A topic's config from the model: its own settings over the cluster's topic defaults. */
  private resolveTopic(name: string): TopicConfig {
    const own = this.current.configs.topics.get(name) ?? this.internalTopicConfigs.get(name) ?? {};
    return resolveTopicConfig(own, resolveBrokerTopicDefaults(this.current.configs.cluster));
  }

  /** Give a topic's replicas its config (after a topic or cluster-wide topic-default change). */
  private refreshTopic(name: string): void {
    const cfg = this.resolveTopic(name);
    this.topicConfigs.set(name, cfg);
    for (const b of this.brokers.values())
      for (const p of b.replicaManager.partitions.values())
        if (p.topic === name) {
          p.config = cfg;
          p.log.updateConfig(segmentConfigOf(cfg));
        }
  }

  private setConfig(targetText: string, key: string, value: string | number | boolean): void {
    const target = parseTarget(targetText)!;
    const configs = this.current.configs;
    let pending: number[] = [];
    let controllerRestart = false;
    switch (target.kind) {
      case 'topic':
        this.refreshTopic(target.name);
        break;
      case 'producer':
        this.producers
          .get(target.id)!
          .producer.reconfigure(resolveProducerConfig(configs.producers.get(target.id) ?? {}));
        break;
      case 'group': {
        const g = this.groups.get(target.id)!;
        g.config = resolveConsumerConfig(configs.groups.get(target.id) ?? {});
        g.onConfigChanged(key);
        break;
      }
      case 'cluster':
      case 'broker': {
        const affected = target.kind === 'broker' ? [target.id] : [...this.brokers.keys()];
        this.currentBrokerConfig = resolveBrokerConfig(configs.cluster);
        for (const id of affected) this.brokers.get(id)!.reconfigure();
        pending = affected.filter((id) => this.brokers.get(id)!.pendingRestart().includes(key));
        controllerRestart = BROKER_CONFIG_DEF.key(key)?.readBy === 'controller';
        // The cluster's topic defaults (log.segment.bytes …) reach every topic without its own value.
        if (target.kind === 'cluster' && BROKER_TOPIC_DEFAULT_NAMES.has(key))
          for (const name of this.topicConfigs.keys()) this.refreshTopic(name);
        break;
      }
    }
    this.emit({
      type: 'config.changed',
      target: targetText,
      key,
      value,
      ...(pending.length > 0 ? { pendingRestart: pending } : {}),
      ...(controllerRestart ? { controllerRestart } : {}),
    });
  }

  /** Run every event due at or before `ms`, then stand at `ms`. */
  advanceTo(ms: number): void {
    const target = Math.floor(ms);
    for (;;) {
      const next = this.queue.peek();
      if (!next || next.time > target) break;
      this.queue.pop();
      this.time = next.time;
      if (!next.cancelled) next.fire();
    }
    if (target > this.time) this.time = target;
  }

  /** Run the next single event; false when nothing is left. */
  step(): boolean {
    const next = this.queue.pop();
    if (!next) return false;
    this.time = next.time;
    if (!next.cancelled) next.fire();
    return true;
  }

  nextEventTime(): number | null {
    return this.queue.peek()?.time ?? null;
  }

  /** The time of the scenario's last action (0 without actions). */
  lastActionTime(): number {
    return this.actionLog.reduce((m, a) => Math.max(m, a.at), 0);
  }

  inFlight(): InFlightMessage[] {
    return this.network.messagesInFlight().map((m) => ({
      msgId: m.msgId,
      from: m.from,
      to: m.to,
      api: m.api,
      response: m.response,
      sentAt: m.sentAt,
      arriveAt: m.arriveAt,
      records: m.records,
      ...(m.topic !== undefined ? { topic: m.topic } : {}),
      ...(m.partition !== undefined ? { partition: m.partition } : {}),
      ...(m.partitions ? { partitions: m.partitions } : {}),
    }));
  }

  snapshot(opts: SnapshotOptions = {}): Snapshot {
    return buildSnapshot(this, opts);
  }

  /** A replica's log directory: files with their sizes, segments, indexes (the storage view). */
  logDir(broker: number, topic: string, partition: number): LogDirView | null {
    return logDir(this, broker, topic, partition);
  }

  /** A replica's log, for lookups: explainOffsetLookup, explainTimestampLookup, fetchOffsetByTimestamp. */
  replicaLog(broker: number, topic: string, partition: number): UnifiedLog | undefined {
    return replicaLog(this, broker, topic, partition);
  }

  /** The exact bytes of a segment file; null for an unknown segment or a .log whose payloads are gone. */
  segmentFile(
    broker: number,
    topic: string,
    partition: number,
    baseOffset: number,
    kind: SegmentFileKind,
  ): Uint8Array | null {
    return segmentFileBytes(this, broker, topic, partition, baseOffset, kind);
  }
}

/** Validate and build; throws ScenarioValidationError naming every problem. */
export function createSimulation(input: unknown): Simulation {
  const result = validateScenario(input);
  if (!result.ok) throw new ScenarioValidationError(result.errors);
  const codecErrors = zstdNotReadyErrors(result.scenario);
  if (codecErrors.length > 0) throw new ScenarioValidationError(codecErrors);
  return new Simulation(result.scenario);
}

/** Re-run a scenario with the given action log up to `untilMs` (time travel = replay). */
export function replay(scenario: Scenario, actions: Action[], untilMs: number): Simulation {
  const sim = createSimulation({ ...structuredClone(scenario), actions: structuredClone(actions) });
  sim.advanceTo(untilMs);
  return sim;
}
