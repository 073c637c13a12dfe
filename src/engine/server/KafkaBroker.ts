// A Kafka broker: a node on the network that answers Produce, Fetch, Metadata and ListOffsets
// (Kafka's KafkaApis), hosts partition replicas (ReplicaManager), runs one replica fetcher per
// leader it follows, heartbeats to the controller and follows the metadata log. What it does
// follows its own metadata image, which can lag the controller's — or, cut off, go stale.
import type { SimContext } from '../sim/SimContext';
import type {
  ApiMessages,
  Message,
  NetworkNode,
  RequestMessage,
  ResponseOptions,
} from '../network/Network';
import { NO_OPTIONS } from '../network/Network';
import {
  dispatchControllerResponse,
  dispatchRequest,
  dispatchResponse,
  type BrokerApi,
  type ControllerResponseHandlers,
  type RequestHandlers,
  type ResponseHandlers,
} from '../network/ApiMessages';
import type {
  FetchResponse,
  ListOffsetsRequest,
  ListOffsetsResponse,
  MetadataRequest,
  MetadataResponse,
} from '../network/requests';
import { fetchOffsetForTimestamp } from './ListOffsets';
import { LogManager } from '../log/LogManager';
import { ReplicaManager, payloadRefs } from './ReplicaManager';
import type { LogRecord } from '../log/RecordBatch';
import type { UnifiedLog } from '../log/UnifiedLog';
import { ReplicaFetcherThread } from './ReplicaFetcherThread';
import { BrokerLifecycleManager } from './BrokerLifecycleManager';
import { BrokerMetadataListener } from './BrokerMetadataListener';
import { AlterPartitionManager } from './AlterPartitionManager';
import type { BrokerStatus } from '../snapshot/Snapshot';
import type { MetadataImage } from '../controller/MetadataImage';
import { GroupCoordinator } from '../coordinator/group/GroupCoordinator';
import type { CoordinatorRegistry } from '../coordinator/group/GroupMetadataManager';
import type { ConfigMap } from '../scenario/Scenario';
import type { BrokerConfig } from '../config/types';
import { resolveBrokerConfig } from '../config/BrokerConfig';
import { configInForce, pendingRestart } from './DynamicBrokerConfig';
import { withBrokerConfig } from '../sim/SimContext';
import type { BrokerStopReason } from '../trace/reasons';
import { BrokerStorage } from '../storage/BrokerStorage';
import { KafkaZkServer } from '../sim/zookeeperMode';
import type { ZooKeeperEnsemble } from '../zookeeper/ZooKeeperEnsemble';

/** ZooKeeper mode (Kafka 2.x): the ensemble the broker's session lives in. */
export interface ZkModeOptions {
  ensemble: ZooKeeperEnsemble;
  latencyMs: number;
  uncleanEnabled: (topic: string) => boolean;
}

export class KafkaBroker implements NetworkNode {
  /** The process: running or not (crashed, or stopped after a controlled shutdown). */
  running = true;
  /** Counts the process's starts: an answer prepared by an earlier process is never sent. */
  private incarnation = 0;
  /** restartBroker arrived while a controlled shutdown was under way. */
  private restartAfterShutdown = false;
  private slowness = 1;
  readonly replicaManager: ReplicaManager;
  /** Retention and the log cleaner for this broker's logs. */
  readonly logManager: LogManager;
  readonly metadata: BrokerMetadataListener;
  /** Coordinator of the groups whose __consumer_offsets partition this broker leads. */
  readonly groupCoordinator: GroupCoordinator;
  private lifecycle: BrokerLifecycleManager;
  private alterPartition: AlterPartitionManager;
  private fetchers = new Map<number, ReplicaFetcherThread>();
  /**
   * Each followed partition: the leader and leader epoch its fetcher was started with (the
   * fetcher manager's view; a partition fenced out of its thread keeps its entry until a new
   * epoch arrives).
   */
  private fetchedFrom = new Map<string, { leader: number; leaderEpoch: number }>();
  private isrTaskGeneration = 0;
  /** server.properties as this process read them at its last start (the read-only keys in force). */
  private startedWith: ConfigMap;
  private inForce: BrokerConfig;
  /** Kept with inForce (the snapshot asks each frame; the configuration changes only on setConfig). */
  private pending: readonly string[] = [];
  /** The context every part of this broker gets: its brokerConfig is this broker's own. */
  private readonly ctx: SimContext;
  /**
   * ZooKeeper mode: the broker's session, registration and KafkaController; the controller pushes
   * metadata (LeaderAndIsr, UpdateMetadata) instead of the broker fetching a metadata log.
   */
  readonly zk: KafkaZkServer | null;

  /**
   * @param configured this broker's config as the scenario and its setConfig actions configure it
   *   now (cluster-wide, then per-broker); read at each start and at each reconfigure.
   */
  constructor(
    readonly id: number,
    readonly rack: string | undefined,
    simCtx: SimContext,
    /** The controller quorum's voters (node ids 3001 …). */
    voters: readonly number[],
    coordinatorRegistry: CoordinatorRegistry,
    private readonly configured: () => ConfigMap,
    /** The machine's device and page cache (cluster.storage): they outlive the broker process. */
    readonly storage: BrokerStorage = new BrokerStorage(),
    zkMode?: ZkModeOptions,
  ) {
    this.startedWith = configured();
    this.inForce = resolveBrokerConfig(this.startedWith);
    const ctx = withBrokerConfig(simCtx, () => this.inForce);
    this.ctx = ctx;
    this.replicaManager = new ReplicaManager(id, ctx, storage.cache);
    this.logManager = new LogManager(
      ctx,
      () => [...this.replicaManager.partitions.values()].map((p) => p.log),
      () => this.isUp(),
    );
    this.metadata = new BrokerMetadataListener(ctx, id, voters, () =>
      this.applyMetadata(this.metadata.image),
    );
    this.zk = zkMode
      ? new KafkaZkServer(ctx, id, rack, zkMode.ensemble, zkMode.latencyMs, {
          image: () => this.metadata.image,
          onMetadata: () => {
            this.metadata.caughtUp = this.zk!.caughtUp;
            this.applyMetadata(this.metadata.image);
          },
          uncleanEnabled: zkMode.uncleanEnabled,
          onShutdownAllowed: () => this.stop('controlled shutdown'),
        })
      : null;
    const controllerNode = () => {
      if (!this.zk) return this.metadata.controllerNode();
      return this.zk.controllerId === null ? null : `broker:${this.zk.controllerId}`;
    };
    this.lifecycle = new BrokerLifecycleManager(
      ctx,
      id,
      controllerNode,
      () => this.metadata.offset,
      () => this.stop('controlled shutdown'),
    );
    this.groupCoordinator = new GroupCoordinator(
      id,
      ctx,
      this.replicaManager,
      () => this.metadata.image,
      coordinatorRegistry,
    );
    this.alterPartition = new AlterPartitionManager(
      ctx,
      id,
      controllerNode,
      (p) => this.replicaManager.onPartitionStateChanged(p),
      this.zk
        ? (to, req, opts) => ctx.network.send(this.nodeId, to, 'AlterIsr', req, opts)
        : undefined,
    );
    this.replicaManager.hooks = {
      isEligible: (b) => {
        const reg = this.metadata.image.brokers.get(b);
        return !!reg && !reg.fenced;
      },
      alterIsr: (p, isr) => this.alterPartition.submit(p, isr),
    };
    this.requestHandlers = {
      ...this.kafkaApis(),
      ...this.groupCoordinator.requestHandlers(this.respond),
      ...(this.zk ? this.zkApis(this.zk) : {}),
    };
  }

  get nodeId(): string {
    return `broker:${this.id}`;
  }

  /** slowBroker: its replica fetcher pauses (factor − 1) s between fetches; 1 = normal speed. */
  get slowFactor(): number {
    return this.slowness;
  }

  /** A new factor applies to the pause under way: back to 1, the fetchers go on at once. */
  set slowFactor(factor: number) {
    this.slowness = factor;
    for (const f of this.fetchers.values()) f.maybeFetch();
  }

  isUp(): boolean {
    return this.running;
  }

  /** online | fenced (running, but the controller's image says fenced) | offline. */
  status(controllerImage: MetadataImage): BrokerStatus {
    if (!this.running) return 'offline';
    return controllerImage.brokers.get(this.id)?.fenced ? 'fenced' : 'online';
  }

  /** The config this broker runs with (a new frozen object after each change). */
  get config(): BrokerConfig {
    return this.inForce;
  }

  /** The raw config map this broker runs with (dynamic keys now, read-only keys as at its start). */
  configInForce(): ConfigMap {
    return configInForce(this.configured(), this.startedWith);
  }

  /** Read-only keys configured since this process started: they take effect at its next start. */
  pendingRestart(): readonly string[] {
    return this.pending;
  }

  /** A dynamic config change (Kafka's DynamicBrokerConfig.updateBrokerConfig): in force at once. */
  reconfigure(): void {
    const configured = this.configured();
    this.inForce = resolveBrokerConfig(configInForce(configured, this.startedWith));
    this.pending = pendingRestart(configured, this.startedWith);
  }

  /** Start the broker's loops: heartbeats, metadata fetching, ISR expiration. */
  start(): void {
    // A (re)started process reads its server.properties again.
    this.startedWith = this.configured();
    this.reconfigure();
    this.running = true;
    this.incarnation++;
    if (this.zk) this.zk.start();
    else {
      this.lifecycle.start();
      this.metadata.start();
    }
    this.logManager.startup();
    this.groupCoordinator.startup();
    this.applyMetadata(this.metadata.image);
    const gen = ++this.isrTaskGeneration;
    const every = Math.max(1, Math.floor(this.ctx.brokerConfig.replicaLagTimeMaxMs / 2));
    const tick = () => {
      if (!this.running || gen !== this.isrTaskGeneration) return;
      this.replicaManager.maybeShrinkIsr();
      this.ctx.schedule(this.ctx.now() + every, tick);
    };
    this.ctx.schedule(this.ctx.now() + every, tick);
  }

  /** The process stops: nothing more is sent or answered. The log stays on disk. */
  stop(reason: BrokerStopReason): void {
    if (!this.running) return;
    this.running = false;
    this.isrTaskGeneration++;
    this.lifecycle.stop();
    this.metadata.stop();
    this.zk?.stop(reason === 'controlled shutdown');
    this.alterPartition.clear();
    for (const f of this.fetchers.values()) f.stop();
    this.fetchers.clear();
    this.fetchedFrom.clear();
    this.replicaManager.clearPurgatory();
    this.groupCoordinator.shutdown();
    this.ctx.trace({ type: 'broker.status', broker: this.id, status: 'offline', reason });
    this.ctx.network.nodeStopped(this.nodeId);
    // A crash during a controlled shutdown cancels the restart asked for; the shutdown's end does not.
    const again = this.restartAfterShutdown && reason === 'controlled shutdown';
    this.restartAfterShutdown = false;
    if (again) this.ctx.schedule(this.ctx.now(), () => this.restart());
  }

  /** Controlled shutdown: ask the controller to move leaderships first, then stop. */
  shutdown(): void {
    this.restartAfterShutdown = false;
    if (!this.running) return;
    if (this.zk) this.zk.requestShutdown();
    else this.lifecycle.requestShutdown();
  }

  /**
   * Restart after a crash or shutdown: the log is recovered as it was; rejoin as a follower. A
   * restart asked for during a controlled shutdown starts the process again once it has stopped,
   * as restarting a service does; otherwise a running broker is left as it is.
   */
  restart(): void {
    if (this.running) {
      if (this.zk ? this.zk.wantShutDown : this.lifecycle.wantShutDown)
        this.restartAfterShutdown = true;
      return;
    }
    this.ctx.trace({ type: 'broker.status', broker: this.id, status: 'online' });
    this.start();
  }

  /** Apply this broker's metadata image: create replicas, become leader or follower. */
  applyMetadata(image: MetadataImage): void {
    if (!this.running) return;
    const now = this.ctx.now();
    const wanted = new Map<string, { leader: number; leaderEpoch: number }>();
    for (const topic of image.topics.values()) {
      topic.partitions.forEach((reg, idx) => {
        if (!reg || !reg.replicas.includes(this.id)) return;
        const p = this.replicaManager.getOrCreatePartition(topic.name, idx);
        const change = p.applyRegistration(
          reg.leader,
          reg.leaderEpoch,
          reg.partitionEpoch,
          reg.replicas,
          reg.isr,
          now,
        );
        if (change !== 'unchanged') this.replicaManager.onPartitionStateChanged(p);
        if (reg.leader !== null && reg.leader !== this.id)
          wanted.set(this.replicaManager.key(topic.name, idx), {
            leader: reg.leader,
            leaderEpoch: reg.leaderEpoch,
          });
      });
    }
    this.updateFetchers(wanted);
    // Coordinate groups only from a current image: a restarted broker's may still name it
    // leader of partitions that moved while it was down.
    if (this.metadata.caughtUp) this.groupCoordinator.onMetadata(image);
  }

  /**
   * ReplicaManager.applyLocalFollowersDelta: a follower whose leader epoch changed is taken off
   * its fetcher thread (removeFetcherForPartitions: an answer that thread still awaits no longer
   * counts for it) and added to the thread for its leader (addFetcherForPartitions), which
   * fetches it with its next request — at once if idle, whatever the old leader's thread is
   * waiting for. A follower whose epoch did not change stays as it is; threads left with no
   * partitions stop (shutdownIdleFetcherThreads).
   */
  private updateFetchers(wanted: Map<string, { leader: number; leaderEpoch: number }>): void {
    for (const [key, was] of this.fetchedFrom) {
      const w = wanted.get(key);
      if (w && w.leader === was.leader && w.leaderEpoch === was.leaderEpoch) continue;
      this.fetchers.get(was.leader)?.removePartitions([key]);
      this.fetchedFrom.delete(key);
    }
    const toAdd = new Map<number, Map<string, number>>();
    for (const [key, w] of wanted) {
      if (this.fetchedFrom.has(key)) continue;
      this.fetchedFrom.set(key, w);
      let parts = toAdd.get(w.leader);
      if (!parts) toAdd.set(w.leader, (parts = new Map()));
      parts.set(key, w.leaderEpoch);
    }
    for (const [leader, parts] of toAdd) {
      let f = this.fetchers.get(leader);
      if (!f) {
        f = new ReplicaFetcherThread(
          this.ctx,
          this.id,
          leader,
          this.replicaManager,
          () => (this.slowFactor - 1) * 1000,
        );
        this.fetchers.set(leader, f);
        f.start();
      }
      f.addPartitions(parts);
    }
    for (const [leader, f] of this.fetchers) {
      if (f.partitionCount > 0) continue;
      f.stop();
      this.fetchers.delete(leader);
    }
  }

  receive(msg: Message): void {
    if (!this.running) return;
    if (msg.listener === 'CONTROLLER') {
      if (msg.response) dispatchControllerResponse(this.controllerResponseHandlers, msg);
    } else if (msg.response) dispatchResponse(this.responseHandlers, msg);
    else dispatchRequest(this.requestHandlers, msg);
  }

  /** Answers a request, unless this broker has stopped meanwhile (a parked fetch, a JoinGroup). */
  private respond = <K extends BrokerApi>(
    req: RequestMessage<K>,
    payload: ApiMessages[K]['response'],
    opts: ResponseOptions = NO_OPTIONS,
  ): void => {
    if (!this.running) return;
    this.ctx.network.respond(this.nodeId, req, payload, opts);
  };

  /** Kafka's KafkaApis: each request to the broker by its api (the group APIs: its coordinator). */
  private readonly requestHandlers: RequestHandlers;

  private kafkaApis(): RequestHandlers {
    return {
      Produce: (msg) => this.replicaManager.handleProduce(msg.payload, (r) => this.respond(msg, r)),
      Fetch: (msg) =>
        this.replicaManager.handleFetch(msg.payload, (r) => this.sendFetchResponse(msg, r)),
      Metadata: (msg) => this.respond(msg, this.handleMetadata(msg.payload)),
      ListOffsets: (msg) => this.respond(msg, this.handleListOffsets(msg.payload)),
    };
  }

  /**
   * The records go out through the page cache and the connection's transport (zero-copy on
   * PLAINTEXT). Pages missing from the cache hold the response until the device has read them:
   * Kafka's network thread blocks in sendfile on the page faults, so a lagging reader's fetch is
   * slower, as in Kafka. With a cache that holds what was written (the default) nothing waits.
   */
  private sendFetchResponse(msg: RequestMessage<'Fetch'>, r: FetchResponse): void {
    const now = this.ctx.now();
    const readyAt = this.storage.sendFetchResponse(
      r,
      this.logOf,
      msg.from,
      msg.ssl === true ? 'SSL' : 'PLAINTEXT',
      now,
    );
    const send = (): void => {
      // The payloads as sent (the payload window may drop a batch's records later); their refs
      // are built when drawn or traced.
      const held: (readonly LogRecord[])[] = [];
      for (const p of r.partitions) for (const b of p.batches) if (b.records) held.push(b.records);
      this.respond(msg, r, {
        // The answer is about the request's partitions, in its order: share the request's list.
        partitions:
          msg.partitions?.length === r.partitions.length
            ? msg.partitions
            : r.partitions.map((p) => ({ topic: p.topic, partition: p.partition })),
        records: () => held.flatMap(payloadRefs),
      });
    };
    const at = Math.ceil(readyAt);
    if (at <= now) return send();
    const incarnation = this.incarnation;
    this.ctx.schedule(at, () => {
      if (this.incarnation === incarnation) send();
    });
  }

  /** This broker's log of a partition, for the storage to find the files a response sends. */
  private readonly logOf = (topic: string, partition: number): UnifiedLog | undefined =>
    this.replicaManager.getPartition(topic, partition)?.log;

  /** ZooKeeper mode: the controller's requests to this broker, and this broker's controller's. */
  private zkApis(zk: KafkaZkServer): RequestHandlers {
    return {
      LeaderAndIsr: (msg) => zk.handleLeaderAndIsr(msg),
      UpdateMetadata: (msg) => zk.handleUpdateMetadata(msg),
      AlterIsr: (msg) => zk.controller.handleAlterIsr(msg),
      ControlledShutdown: (msg) => zk.controller.handleControlledShutdown(msg),
    };
  }

  /** A broker's own requests to other brokers: its replica fetchers' fetches (and ZooKeeper mode's). */
  private readonly responseHandlers: ResponseHandlers = {
    Fetch: (msg) => {
      const leader = Number(msg.from.slice('broker:'.length));
      this.fetchers.get(leader)?.onResponse(msg);
    },
    AlterIsr: (msg) => this.alterPartition.onResponse(msg),
    LeaderAndIsr: (msg) => this.zk?.controller.onChannelResponse(msg.correlationId),
    UpdateMetadata: (msg) => this.zk?.controller.onChannelResponse(msg.correlationId),
    ControlledShutdown: (msg) => this.zk?.onControlledShutdownResponse(msg),
  };

  /** The controller's answers to the heartbeat, ISR changes and metadata log fetches. */
  private readonly controllerResponseHandlers: ControllerResponseHandlers = {
    BrokerHeartbeat: (msg) => this.lifecycle.onResponse(msg),
    AlterPartition: (msg) => this.alterPartition.onResponse(msg),
    Fetch: (msg) => this.metadata.onResponse(msg),
  };

  onDisconnect(peer: string): void {
    if (peer.startsWith('controller:')) this.metadata.raft.onDisconnect(peer);
    if (!peer.startsWith('broker:')) return;
    this.fetchers.get(Number(peer.slice('broker:'.length)))?.onDisconnect();
  }

  /** Answered from this broker's own image: a cut-off broker hands out stale leaders. */
  private handleMetadata(req: MetadataRequest): MetadataResponse {
    const image = this.metadata.image;
    const names = req.topics ?? [...image.topics.keys()];
    return {
      brokers: [...image.brokers.values()].filter((b) => !b.fenced).map((b) => b.id),
      topics: names.map((name) => {
        const t = image.topic(name);
        if (!t) return { name, error: 'UNKNOWN_TOPIC_OR_PARTITION', partitions: [] };
        return {
          name,
          error: 'NONE',
          partitions: t.partitions.map((p, i) => ({
            partition: i,
            leader: p.leader,
            leaderEpoch: p.leaderEpoch,
            replicas: [...p.replicas],
            isr: [...p.isr],
          })),
        };
      }),
    };
  }

  private handleListOffsets(req: ListOffsetsRequest): ListOffsetsResponse {
    return {
      partitions: req.partitions.map((pd) => {
        const p = this.replicaManager.getPartition(pd.topic, pd.partition);
        if (!p) return { ...pd, error: 'UNKNOWN_TOPIC_OR_PARTITION', offset: -1 };
        if (!p.isLeader) return { ...pd, error: 'NOT_LEADER_OR_FOLLOWER', offset: -1 };
        const { offset, timestamp } = fetchOffsetForTimestamp(p.log, pd.timestamp);
        return { topic: pd.topic, partition: pd.partition, error: 'NONE', offset, timestamp };
      }),
    };
  }
}
