// The ZooKeeper half of Kafka 2.x's KafkaServer, for a broker in ZooKeeper mode: its ZooKeeper
// session, its ephemeral /brokers/ids/<id> registration, its KafkaController (every broker runs
// one; the one that holds /controller acts), and the controller's requests it obeys — LeaderAndIsr
// (its replicas' leader, epoch and ISR) and UpdateMetadata (its metadata cache: live brokers and
// every partition's state), each ignored when stamped with an older controller epoch than one
// already seen. It learns the controller's id from them, and sends it AlterIsr and
// ControlledShutdown. When its session expires it resigns if it was controller, opens a new
// session, registers again and takes part in the next election. A restarted broker whose old
// session still holds /brokers/ids/<id> tries again every second until that session expires
// (Kafka 2.x exits with NODEEXISTS there; a supervisor would restart it).
import type { SimContext } from '../sim/SimContext';
import type { RequestMessage } from '../network/Network';
import type { MetadataImage } from '../controller/MetadataImage';
import type { PartitionStateEntry } from '../network/zkRequests';
import { ZooKeeperClient } from '../zookeeper/ZooKeeperClient';
import type { ZooKeeperEnsemble } from '../zookeeper/ZooKeeperEnsemble';
import { KafkaController } from '../controller/zk/KafkaController';
import { ZkPaths } from '../controller/zk/ControllerContext';

const REGISTER_RETRY_MS = 1000;
const SHUTDOWN_RETRY_MS = 200;

export interface ZkServerHost {
  image(): MetadataImage;
  /** The metadata cache changed: the broker applies it (replicas, fetchers, groups). */
  onMetadata(first: boolean): void;
  uncleanEnabled(topic: string): boolean;
  /** The controlled shutdown may finish: the process stops. */
  onShutdownAllowed(): void;
}

export class KafkaZkServer {
  client: ZooKeeperClient | null = null;
  readonly controller: KafkaController;
  /** The controller as the last LeaderAndIsr/UpdateMetadata named it (Kafka's MetadataCache). */
  controllerId: number | null = null;
  /** The highest controller epoch this process has obeyed. */
  controllerEpoch = 0;
  registered = false;
  /** Has this process had its first UpdateMetadata (its cache is current)? */
  caughtUp = false;
  private gen = 0;
  /** A controlled shutdown was asked for and is under way. */
  wantShutDown = false;

  constructor(
    private ctx: SimContext,
    readonly brokerId: number,
    private rack: string | undefined,
    private ensemble: ZooKeeperEnsemble,
    private latencyMs: number,
    private host: ZkServerHost,
  ) {
    this.controller = new KafkaController(ctx, {
      brokerId,
      zk: () => this.client,
      uncleanEnabled: (t) => host.uncleanEnabled(t),
      respondAlterIsr: (msg, r) => this.respond(msg, r),
      respondControlledShutdown: (msg, r) => this.respond(msg, r),
    });
  }

  private get nodeId(): string {
    return `broker:${this.brokerId}`;
  }

  private newClient(): ZooKeeperClient {
    const cfg = this.ctx.brokerConfig;
    const gen = this.gen;
    const client: ZooKeeperClient = new ZooKeeperClient(
      this.ctx,
      this.ensemble,
      this.brokerId,
      this.nodeId,
      cfg.zookeeperSessionTimeoutMs,
      cfg.zookeeperMaxInFlightRequests,
      this.latencyMs,
      {
        onSession: () => gen === this.gen && this.register(),
        onExpired: () => {
          if (gen !== this.gen || this.client !== client) return;
          this.registered = false;
          this.controller.onSessionExpired();
          this.client = this.newClient();
          this.client.start();
        },
        onWatch: (e) => gen === this.gen && this.controller.onWatch(e),
      },
    );
    return client;
  }

  /** The cluster starts formed: this broker's session is open and it is registered. */
  bootstrap(sessionId: number, controllerId: number, controllerEpoch: number): void {
    this.client = this.newClient();
    this.client.bootstrap(sessionId);
    this.registered = true;
    this.caughtUp = true;
    this.controllerId = controllerId;
    this.controllerEpoch = controllerEpoch;
    this.controller.activeControllerId = controllerId;
  }

  /** A (re)started process: a new session, then registration and the election. */
  start(): void {
    // Bootstrapped with the cluster: already connected and registered.
    if (this.client && this.client.state !== 'closed') return;
    this.gen++;
    this.wantShutDown = false;
    this.registered = false;
    this.caughtUp = false;
    this.client = this.newClient();
    this.client.start();
  }

  /** The process stopped: the session is left to expire unless it was closed cleanly first. */
  stop(closeSession: boolean): void {
    this.gen++;
    if (closeSession) this.client?.close();
    else this.client?.stop();
    this.controller.stop();
    this.registered = false;
    this.caughtUp = false;
    this.wantShutDown = false;
  }

  private register(): void {
    const client = this.client;
    if (!client || client.sessionId === null) return;
    const gen = this.gen;
    client.multi(
      [
        {
          op: 'create',
          path: ZkPaths.broker(this.brokerId),
          data: { kind: 'broker', id: this.brokerId, rack: this.rack ?? null },
          ephemeralOwner: client.sessionId,
        },
      ],
      (r) => {
        if (gen !== this.gen || this.client !== client) return;
        if (r === 'OK') {
          this.registered = true;
          this.controller.startup();
        } else if (r === 'NODEEXISTS')
          this.ctx.schedule(this.ctx.now() + REGISTER_RETRY_MS, () => {
            if (gen === this.gen && this.client === client) this.register();
          });
      },
    );
  }

  /** Controlled shutdown: ask the controller until it says nothing is left to move. */
  requestShutdown(): void {
    this.wantShutDown = true;
    this.askShutdown();
  }

  private askShutdown(): void {
    if (!this.wantShutDown) return;
    const gen = this.gen;
    if (this.controllerId === null) {
      this.ctx.schedule(this.ctx.now() + SHUTDOWN_RETRY_MS, () => {
        if (gen === this.gen) this.askShutdown();
      });
      return;
    }
    this.ctx.network.send(this.nodeId, `broker:${this.controllerId}`, 'ControlledShutdown', {
      brokerId: this.brokerId,
    });
  }

  onControlledShutdownResponse(msg: { payload: { error: string; remaining: number } }): void {
    if (!this.wantShutDown) return;
    if (msg.payload.error === 'NONE' && msg.payload.remaining === 0) {
      this.host.onShutdownAllowed();
      return;
    }
    const gen = this.gen;
    this.ctx.schedule(this.ctx.now() + SHUTDOWN_RETRY_MS, () => {
      if (gen === this.gen) this.askShutdown();
    });
  }

  /**
   * A control request (Kafka's AbstractControlRequest: LeaderAndIsr, UpdateMetadata) from an
   * older controller than the last one heard is refused with STALE_CONTROLLER_EPOCH; otherwise its
   * sender becomes the controller this broker knows. Whether to apply it.
   */
  private acceptControlRequest(msg: RequestMessage<'LeaderAndIsr' | 'UpdateMetadata'>): boolean {
    const { controllerEpoch, controllerId } = msg.payload;
    if (controllerEpoch < this.controllerEpoch) {
      this.respond(msg, { error: 'STALE_CONTROLLER_EPOCH' });
      return false;
    }
    this.controllerEpoch = controllerEpoch;
    this.controllerId = controllerId;
    return true;
  }

  /** LeaderAndIsr: this broker's replicas take the state the controller decided. */
  handleLeaderAndIsr(msg: RequestMessage<'LeaderAndIsr'>): void {
    const req = msg.payload;
    if (!this.acceptControlRequest(msg)) return;
    const image = this.host.image();
    for (const s of req.partitions) this.putState(image, s, true);
    this.respond(msg, { error: 'NONE' });
    this.host.onMetadata(false);
  }

  /** UpdateMetadata: the metadata cache — live brokers and partition states. */
  handleUpdateMetadata(msg: RequestMessage<'UpdateMetadata'>): void {
    const req = msg.payload;
    if (!this.acceptControlRequest(msg)) return;
    const image = this.host.image();
    image.brokers.clear();
    for (const b of req.liveBrokers)
      image.brokers.set(b.id, { id: b.id, fenced: false, ...(b.rack ? { rack: b.rack } : {}) });
    for (const s of req.partitions) this.putState(image, s, false);
    this.respond(msg, { error: 'NONE' });
    const first = !this.caughtUp;
    this.caughtUp = true;
    this.host.onMetadata(first);
  }

  /** A partition's state into the image; LeaderAndIsr's only if its leader epoch is not older. */
  private putState(image: MetadataImage, s: PartitionStateEntry, leaderAndIsr: boolean): void {
    let t = image.topics.get(s.topic);
    if (!t) image.topics.set(s.topic, (t = { name: s.topic, partitions: [] }));
    const cur = t.partitions[s.partition];
    if (leaderAndIsr && cur && s.leaderEpoch < cur.leaderEpoch) return;
    if (cur && cur.partitionEpoch > s.zkVersion && cur.leaderEpoch >= s.leaderEpoch) return;
    t.partitions[s.partition] = {
      replicas: [...s.replicas],
      leader: s.leader,
      leaderEpoch: s.leaderEpoch,
      isr: [...s.isr],
      partitionEpoch: s.zkVersion,
    };
  }

  private respond<K extends 'LeaderAndIsr' | 'UpdateMetadata' | 'AlterIsr' | 'ControlledShutdown'>(
    msg: RequestMessage<K>,
    payload: import('../network/ApiMessages').ApiMessages[K]['response'],
  ): void {
    this.ctx.network.respond(this.nodeId, msg, payload);
  }
}
