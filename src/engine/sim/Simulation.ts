// The simulation: builds a cluster from a scenario and runs it as a discrete-event simulation
// on a virtual clock. Every user input is an action; a run is replay(scenario, actions).
import { EventQueue } from './EventQueue';
import { Random } from './Random';
import type { Cancellable, SimContext } from './SimContext';
import { Network } from '../network/Network';
import { MetadataImage } from '../controller/MetadataImage';
import { KafkaBroker } from '../server/KafkaBroker';
import { BrokerStorage, storageOf } from '../storage/BrokerStorage';
import type { QuorumController } from '../controller/QuorumController';
import { ControllerServer } from '../controller/ControllerServer';
import {
  replayRecord,
  type MetadataLogEntry,
  type MetadataRecord,
} from '../controller/MetadataRecord';
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
import {
  DEFAULT_CONTROLLERS,
  DEFAULT_ZOOKEEPER_SERVERS,
  FIRST_CONTROLLER_ID,
  FIRST_ZOOKEEPER_ID,
} from '../scenario/validate/cluster';
import {
  AdminZkClient,
  ZooKeeperEnsemble,
  bootstrapZooKeeper,
  mirrorZnode,
  zookeeperNodeId,
} from './zookeeperMode';
import type { ConfigMap } from '../scenario/Scenario';
import { buildSnapshot, warmSnapshotCaches } from '../snapshot/buildSnapshot';
import { DirtyPartitions } from '../snapshot/DirtyPartitions';
import { heapEstimate } from './footprint';
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
/** The first KRaft controller's node id (Kafka's node ids are one space: brokers 1 …, controllers 3001 …). */
export const CONTROLLER_ID = FIRST_CONTROLLER_ID;
/** The Raft epoch the quorum is formed in at bootstrap, led by the first controller. */
const BOOTSTRAP_EPOCH = 1;
/** Bootstrap metadata records the cluster's image replays per construction step. */
const COMMIT_STEP = 2000;
/** Replicas (partitions and their logs) created per construction step. */
export const REPLICAS_PER_STEP = 100;

export interface SimulationOptions {
  /**
   * Build the cluster only as `buildStep` is called (a piece at a time: a broker, a topic, a
   * broker's start with its replicas …), so that a caller can spread a big cluster's construction
   * over slices of its own time. Anything that runs the simulation builds the rest first.
   */
  inSteps?: boolean;
}

export class Simulation {
  readonly scenario: Scenario;
  readonly random: Random;
  readonly network: Network;
  readonly metadata = new MetadataImage();
  /** The partitions changed since the last snapshot (the page's snapshots rebuild only these). */
  readonly snapshotDirty = new DirtyPartitions();
  /** Replaced, never changed in place, by a setConfig on the cluster. */
  private currentBrokerConfig: BrokerConfig;
  readonly brokers = new Map<number, KafkaBroker>();
  /** The KRaft controller quorum's voters, by node id (none in ZooKeeper mode). */
  readonly controllers = new Map<number, ControllerServer>();
  /** ZooKeeper mode (Kafka 2.x): the ensemble; the controller is a broker. Null in KRaft. */
  readonly zookeeper: ZooKeeperEnsemble | null = null;
  private zkAdmin: AdminZkClient | null = null;
  /** The metadata log offset the cluster's committed image (`metadata`) has replayed up to. */
  private committedOffset = 0;
  /** Controller work asked for while no controller is active (createTopic …): done on activation. */
  private pendingControllerOps: ((c: QuorumController) => void)[] = [];
  /** Records written at bootstrap, before the quorum runs: the log the cluster starts with. */
  private bootstrapRecords: MetadataRecord[] | null = [];
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
  /** The construction still to do (built in steps), one piece per `next`; null once built. */
  private construction: Generator<void, void, void> | null;

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

  constructor(scenario: Scenario, opts: SimulationOptions = {}) {
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
      reserveSeq: () => this.queue.reserveSeq(),
      scheduleReserved: (at, seq, fire) =>
        this.queue.pushReserved(Math.max(at, this.time), seq, fire),
      reschedule: (fired, at, fire) => this.queue.repush(fired, Math.max(at, this.time), fire),
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
      wantsChatter: (type) => this.chatterWanted.has(type),
      skipChatter: (n) => {
        this.traceSeq += n;
      },
      nextRecordId: () => this.recordSeq++,
      snapshotDirty: this.snapshotDirty,
    };
    if (scenario.cluster.metadata === 'zookeeper') {
      this.zookeeper = new ZooKeeperEnsemble(this.ctx, this.zookeeperIds(), net.latencyMs ?? 30, {
        onChange: (c) => {
          mirrorZnode(this.metadata, c);
          this.snapshotDirty.markAll();
        },
        onWatch: (session, e) => {
          for (const b of this.brokers.values())
            if (b.zk?.client?.sessionId === session) b.zk.client.notify(e);
        },
        onSessionEnd: () => {},
        onServersClosed: (ids) => {
          for (const b of this.brokers.values())
            for (const id of ids) b.zk?.client?.serverClosed(id);
        },
      });
      this.zkAdmin = new AdminZkClient(this.ctx, this.zookeeper);
    }
    const voters = this.voterIds();
    for (const id of voters) {
      const c = new ControllerServer(
        id,
        this.ctx,
        voters,
        this.metadata,
        (topic) => this.topicConfigs.get(topic)?.uncleanLeaderElectionEnable ?? false,
        {
          onCommit: (entries) => this.commit(entries),
          onActivate: () => this.ctx.schedule(this.time, () => this.runControllerOps()),
        },
      );
      this.controllers.set(id, c);
      this.network.register(c);
    }
    // One construction path: built at once here, or piece by piece through buildStep.
    this.construction = this.construct();
    if (!opts.inSteps) this.finishBuilding();
  }

  /** The cluster is built (a simulation made `inSteps` is not until buildStep returns false). */
  get built(): boolean {
    return this.construction === null;
  }

  /**
   * Build the next piece of the cluster (the work of at most one broker's replicas); false once
   * it is built. A simulation built in steps is the same, event for event, as one built at once.
   */
  buildStep(): boolean {
    if (this.construction?.next().done) this.construction = null;
    return this.construction !== null;
  }

  private finishBuilding(): void {
    while (this.buildStep());
  }

  /**
   * Trace events so far, chatter included (counted whether or not anyone listens): a measure of
   * the work the run has done that is the same on every replay (the time machine's cost model).
   */
  get traceCount(): number {
    return this.traceSeq;
  }

  get now(): number {
    return this.time;
  }

  /** The controller quorum's node ids: 3001 … (cluster.controllers of them); none in ZooKeeper mode. */
  voterIds(): number[] {
    if (this.scenario.cluster.metadata === 'zookeeper') return [];
    const n = this.scenario.cluster.controllers ?? DEFAULT_CONTROLLERS;
    return Array.from({ length: n }, (_, i) => CONTROLLER_ID + i);
  }

  /** The ZooKeeper ensemble's server ids: 4001 … (cluster.zookeeper.servers of them). */
  zookeeperIds(): number[] {
    const n = this.scenario.cluster.zookeeper?.servers ?? DEFAULT_ZOOKEEPER_SERVERS;
    return Array.from({ length: n }, (_, i) => FIRST_ZOOKEEPER_ID + i);
  }

  /** The active controller: the Raft leader's, once its epoch's start is committed. */
  activeController(): QuorumController | null {
    let active: ControllerServer | null = null;
    for (const c of this.controllers.values())
      if (c.isUp() && c.controller.isActive)
        if (!active || c.raft.quorum.epoch > active.raft.quorum.epoch) active = c;
    return active?.controller ?? null;
  }

  /** Committed metadata entries: the cluster's image replays each once, in order. */
  private commit(entries: readonly MetadataLogEntry[]): void {
    for (const e of entries) {
      if (e.offset !== this.committedOffset) continue;
      replayRecord(this.metadata, e.record);
      this.snapshotDirty.replayed(e.record);
      this.committedOffset++;
    }
  }

  /** Ask the active controller (Kafka's admin client retries until one is there). */
  private withController(op: (c: QuorumController) => void): void {
    this.pendingControllerOps.push(op);
    this.runControllerOps();
  }

  private runControllerOps(): void {
    const c = this.activeController();
    if (!c) return;
    const ops = this.pendingControllerOps;
    this.pendingControllerOps = [];
    for (const op of ops) op(c);
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

  /** The cluster as the scenario describes it, yielding between pieces of work. */
  private *construct(): Generator<void, void, void> {
    const s = this.scenario;
    const storage = storageOf(s.cluster);
    const voters = this.voterIds();
    for (let id = 1; id <= s.cluster.brokers; id++) {
      const rack = s.cluster.racks?.[id - 1];
      this.bootstrapWrite({
        type: 'RegisterBroker',
        broker: id,
        ...(rack !== undefined ? { rack } : {}),
        fenced: false,
      });
      const b = new KafkaBroker(
        id,
        rack,
        this.ctx,
        voters,
        this.coordinators,
        () => brokerConfigMap(this.current, id),
        new BrokerStorage(storage.device, storage.pageCacheBytes),
        this.zookeeper
          ? {
              ensemble: this.zookeeper,
              latencyMs: s.cluster.network?.latencyMs ?? 30,
              uncleanEnabled: (topic) =>
                this.topicConfigs.get(topic)?.uncleanLeaderElectionEnable ?? false,
            }
          : undefined,
      );
      this.brokers.set(id, b);
      this.network.register(b);
      yield;
    }
    for (const t of s.topics) {
      this.createTopic(t);
      yield;
    }
    if (s.consumerGroups.length > 0) this.createOffsetsTopic();
    if (this.zookeeper) {
      bootstrapZooKeeper(this.zookeeper, this.bootstrapRecords!, this.brokers, this.metadata);
      this.bootstrapRecords = null;
      for (const b of this.brokers.values()) {
        yield;
        b.start();
      }
    } else yield* this.bootstrapKraft(voters);
    yield;
    this.buildClients();
  }

  /** The KRaft cluster starts formed. */
  private *bootstrapKraft(voters: number[]): Generator<void, void, void> {
    // The cluster starts formed: the quorum has elected its first controller, every node holds
    // the metadata log so far, committed, and every broker has replayed it.
    const leader = voters[0]!;
    this.bootstrapWrite({ type: 'LeaderChange', leader, voters });
    const entries = this.bootstrapRecords!.map((record, offset) => ({
      offset,
      epoch: BOOTSTRAP_EPOCH,
      record,
    }));
    this.bootstrapRecords = null;
    // (commit replays each entry once, in order: in slices it replays the same)
    for (let i = 0; i < entries.length; i += COMMIT_STEP) {
      yield;
      this.commit(entries.slice(i, i + COMMIT_STEP));
    }
    for (const c of this.controllers.values()) {
      yield;
      c.raft.bootstrap(entries, BOOTSTRAP_EPOCH, leader);
    }
    for (const c of this.controllers.values()) c.start();
    for (const b of this.brokers.values()) {
      yield;
      b.metadata.bootstrap(entries, this.metadata, BOOTSTRAP_EPOCH, leader);
      yield* this.createReplicas(b);
      yield;
      b.start();
    }
  }

  /**
   * The replicas `b` hosts, created a slice at a time before its start, in the order its start
   * would create them (which then finds them). Up to the first whose log draws from the PRNG
   * (segment.jitter.ms): the start creates that one and the rest, after its own draws, as it would.
   */
  private *createReplicas(b: KafkaBroker): Generator<void, void, void> {
    let n = 0;
    for (const topic of b.metadata.image.topics.values()) {
      if (this.topicConfigs.get(topic.name)!.segmentJitterMs > 0) return;
      for (let p = 0; p < topic.partitions.length; p++) {
        if (!topic.partitions[p]?.replicas.includes(b.id)) continue;
        if (n++ % REPLICAS_PER_STEP === 0) yield;
        b.replicaManager.getOrCreatePartition(topic.name, p);
      }
    }
  }

  private buildClients(): void {
    const s = this.scenario;
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

  /** A record of the log the cluster starts with. */
  private bootstrapWrite(record: MetadataRecord): void {
    this.bootstrapRecords!.push(record);
  }

  private brokerIds(): number[] {
    return [...this.brokers.keys()];
  }

  /**
   * A topic: placed on the brokers (AdminUtils), then written as records — into the bootstrap log
   * for the scenario's topics, through the active controller for createTopic.
   */
  private createTopic(spec: TopicSpec): void {
    this.internalTopicConfigs.set(spec.name, spec.config ?? {});
    this.topicConfigs.set(spec.name, this.resolveTopic(spec.name));
    if (this.bootstrapRecords) {
      const assignment = this.placeTopic(spec);
      assignment.forEach((replicas, partition) =>
        this.bootstrapWrite({
          type: 'Partition',
          topic: spec.name,
          partition,
          replicas: [...replicas],
          isr: [...replicas],
          leader: replicas[0] ?? null,
          leaderEpoch: 0,
          partitionEpoch: 0,
        }),
      );
      this.emitTopicCreated(spec.name, assignment);
      return;
    }
    if (this.zkAdmin) {
      const assignment = this.placeTopic(spec);
      this.zkAdmin.createTopic(spec.name, assignment, () =>
        this.emitTopicCreated(spec.name, assignment),
      );
      return;
    }
    const op = (c: QuorumController) => {
      const assignment = this.placeTopic(spec);
      c.createPartitions(
        spec.name,
        0,
        assignment,
        () => this.emitTopicCreated(spec.name, assignment),
        () => this.withController(op),
      );
    };
    this.withController(op);
  }

  /** The registered brokers and their racks (every broker registers at bootstrap). */
  private brokerPlacements(): { id: number; rack?: string }[] {
    return [...this.brokers.values()].map((b) => ({
      id: b.id,
      ...(b.rack !== undefined ? { rack: b.rack } : {}),
    }));
  }

  private placeTopic(spec: TopicSpec): number[][] {
    return (
      spec.assignment ??
      assignReplicasToBrokers(
        this.brokerPlacements(),
        spec.partitions,
        spec.replicationFactor,
        -1,
        -1,
        this.random,
      )
    );
  }

  private emitTopicCreated(topic: string, assignment: number[][]): void {
    this.emit({ type: 'topic.created', topic, partitions: assignment.length, assignment });
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
    if (this.zkAdmin) {
      const existing = this.metadata.topic(topic)!.partitions;
      const added = this.continuePlacement(existing, count);
      this.zkAdmin.addPartitions(topic, added, () => this.topicChangedForGroups(topic));
      return;
    }
    const op = (c: QuorumController) => {
      const existing = c.image.topic(topic)!.partitions;
      const added = this.continuePlacement(existing, count);
      c.createPartitions(
        topic,
        existing.length,
        added,
        () => this.topicChangedForGroups(topic),
        () => this.withController(op),
      );
    };
    this.withController(op);
  }

  /** As Kafka's createNewPartitionsAssignment: continue the placement after the existing partitions. */
  private continuePlacement(
    existing: readonly { replicas: number[] }[],
    count: number,
  ): number[][] {
    const brokers = this.brokerPlacements();
    const first = existing[0]!.replicas;
    const startIndex = Math.max(
      0,
      brokers.findIndex((b) => b.id >= first[0]!),
    );
    return assignReplicasToBrokers(
      brokers,
      count - existing.length,
      first.length,
      startIndex,
      existing.length,
      this.random,
    );
  }

  /**
   * The members' metadata learns of the new partitions (Kafka: within metadata.max.age.ms, 5 min;
   * here half a second after they are committed, once the brokers know them); the leader then
   * rejoins.
   */
  private topicChangedForGroups(topic: string): void {
    this.schedule(this.time + 500, () => {
      for (const g of this.groups.values()) if (g.topics.includes(topic)) g.onTopicChanged(topic);
    });
  }

  /**
   * Cut a broker from the other brokers and the controllers (clients still reach it), or a
   * controller from the brokers and the other controllers; or heal it.
   */
  private setIsolated(node: number, isolated: boolean): void {
    const me = this.nodeIdOf(node);
    const peers = [
      ...[...this.brokers.keys()].map((id) => `broker:${id}`),
      ...[...this.controllers.values()].map((c) => c.nodeId),
      ...[...(this.zookeeper?.servers.values() ?? [])].map((s) => s.nodeId),
    ];
    for (const other of peers) if (other !== me) this.network.setLinkCut(me, other, isolated);
    if (isolated) this.isolated.add(node);
    else this.isolated.delete(node);
    if (this.controllers.has(node))
      this.emit({ type: 'controller.isolation', controller: node, isolated });
    else if (this.zookeeper?.servers.has(node))
      this.emit({ type: 'zookeeper.isolation', server: node, isolated });
    else this.emit({ type: 'broker.isolation', broker: node, isolated });
    this.zookeeper?.reevaluate();
  }

  private nodeIdOf(node: number): string {
    if (this.zookeeper?.servers.has(node)) return zookeeperNodeId(node);
    return this.controllers.get(node)?.nodeId ?? `broker:${node}`;
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
        this.controllers.get(a.broker)?.stop('crash');
        if (this.zookeeper?.servers.has(a.broker)) this.zookeeper.stopServer(a.broker, 'crash');
        break;
      case 'shutdownBroker':
        this.brokers.get(a.broker)?.shutdown();
        // A controller stops at once: it has no leaderships to move (EndQuorumEpoch is not modelled).
        this.controllers.get(a.broker)?.stop('controlled shutdown');
        if (this.zookeeper?.servers.has(a.broker))
          this.zookeeper.stopServer(a.broker, 'controlled shutdown');
        break;
      case 'restartBroker':
        this.brokers.get(a.broker)?.restart();
        this.controllers.get(a.broker)?.restart();
        if (this.zookeeper?.servers.has(a.broker)) this.zookeeper.startServer(a.broker);
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
    if (this.construction) this.finishBuilding();
    const target = Math.floor(ms);
    for (let next = this.queue.popDue(target); next; next = this.queue.popDue(target)) {
      this.time = next.time;
      if (!next.cancelled) next.fire();
    }
    if (target > this.time) this.time = target;
  }

  /**
   * As advanceTo, but stop after `maxEvents` events when more are due by `ms` (standing at the
   * last one's time, possibly inside its millisecond); true once it stands at `ms`. Lets a caller
   * cut a heavy stretch, even a millisecond, into slices; the run is the same as advanceTo's.
   */
  advanceAtMost(ms: number, maxEvents: number): boolean {
    if (this.construction) this.finishBuilding();
    const target = Math.floor(ms);
    for (let n = 0; ; n++) {
      const next = this.queue.peek();
      if (!next || next.time > target) break;
      if (n === maxEvents) return false;
      this.queue.pop();
      this.time = next.time;
      if (!next.cancelled) next.fire();
    }
    if (target > this.time) this.time = target;
    return true;
  }

  /** Run the next single event; false when nothing is left. */
  step(): boolean {
    if (this.construction) this.finishBuilding();
    const next = this.queue.pop();
    if (!next) return false;
    this.time = next.time;
    if (!next.cancelled) next.fire();
    return true;
  }

  nextEventTime(): number | null {
    if (this.construction) this.finishBuilding();
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
    if (this.construction) this.finishBuilding();
    return buildSnapshot(this, opts);
  }

  /**
   * Update what the next snapshot would reuse (the lost-record check, the index copies) without
   * building one; read-only for the run. A time-travel checkpoint warmed as it is built makes
   * the first snapshot after a seek from it cost only the stretch run since.
   */
  warmSnapshot(): void {
    if (this.construction) this.finishBuilding();
    warmSnapshotCaches(this);
  }

  /** A rough figure for the heap this simulation holds (sim/footprint.ts), for memory caps. */
  heapEstimate(): number {
    return heapEstimate(this);
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
