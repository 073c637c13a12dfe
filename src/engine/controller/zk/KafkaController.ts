// Kafka 2.x's KafkaController, one in every broker: the broker whose ephemeral /controller znode
// exists is the controller. Its election (KafkaController.elect): read /controller (watching it);
// if none, create it and bump /controller_epoch in one multi — one broker wins, the others learn
// who did and watch it. The winner (onControllerFailover) must first read ZooKeeper — the live
// brokers, every topic's assignment and every partition's state znode, through at most
// zookeeper.max.in.flight.requests reads on the wire — and only then acts: UpdateMetadata to every
// broker, leaders elected for partitions without a live one (PartitionStateMachine), and from then
// on it handles watches on /brokers/ids (a broker's session ended or began) and /brokers/topics,
// AlterIsr from leaders and controlled shutdowns, one event at a time. Every write it makes checks
// /controller_epoch's version in the same multi, so a controller that lost /controller (a zombie)
// cannot write: its write fails and it resigns. What it changes goes out as LeaderAndIsr and
// UpdateMetadata once written.
import type { SimContext } from '../../sim/SimContext';
import type { ZooKeeperClient } from '../../zookeeper/ZooKeeperClient';
import type { WatchedEvent, ZkOp, Znode, ZnodeData } from '../../zookeeper/DataTree';
import type { RequestMessage } from '../../network/Network';
import type { AlterPartitionResponse } from '../../network/controllerRequests';
import type { ControlledShutdownResponse } from '../../network/zkRequests';
import {
  buildPartitionChange,
  alterPartitionAnswer,
  staleAlterPartition,
  traceStoredChange,
  type Election,
  type PartitionChange,
} from '../PartitionChangeBuilder';
import type { PartitionRegistration } from '../MetadataImage';
import { ControllerContext, ZkPaths, parseStatePath } from './ControllerContext';
import { ControllerEventManager } from './ControllerEventManager';
import { ControllerChannelManager } from './ControllerChannelManager';
import { BROKER_CONFIGS } from '../../config/tables/broker';
import type { PartitionChangeReason } from '../../trace/reasons';

type Done = () => void;
type Tp = [string, number];

/** A partition's state znode data (leader -1: none, as Kafka writes it). */
export function stateData(reg: PartitionRegistration, controllerEpoch: number): ZnodeData {
  return {
    kind: 'partitionState',
    leader: reg.leader ?? -1,
    leaderEpoch: reg.leaderEpoch,
    isr: [...reg.isr],
    controllerEpoch,
  };
}

export interface ControllerHost {
  readonly brokerId: number;
  /** The broker's ZooKeeper client of the moment (a new one after its session expired). */
  zk(): ZooKeeperClient | null;
  uncleanEnabled(topic: string): boolean;
  respondAlterIsr(msg: RequestMessage<'AlterIsr'>, r: AlterPartitionResponse): void;
  respondControlledShutdown(
    msg: RequestMessage<'ControlledShutdown'>,
    r: ControlledShutdownResponse,
  ): void;
}

export class KafkaController {
  /** The controller as this broker last read /controller (null: none known). */
  activeControllerId: number | null = null;
  /** Set while this broker is the controller (from winning /controller until it resigns). */
  context: ControllerContext | null = null;
  /** While loading from ZooKeeper: partition states read so far, of how many. */
  loading: { read: number; total: number } | null = null;
  /** Loaded and acting (controller.active was traced). */
  ready = false;
  private events = new ControllerEventManager();
  private channel: ControllerChannelManager;
  /** Bumped at each resignation and stop: timers and answers of an earlier term do nothing. */
  private term = 0;

  constructor(
    private ctx: SimContext,
    private host: ControllerHost,
  ) {
    this.channel = new ControllerChannelManager(ctx, host.brokerId);
  }

  get isActive(): boolean {
    return this.context !== null;
  }

  private get id(): number {
    return this.host.brokerId;
  }

  /** The broker registered: take part in the election. */
  startup(): void {
    this.events.put((done) => this.elect(done));
  }

  /** The process stopped: everything in memory goes (no resignation is sent anywhere). */
  stop(): void {
    this.events.clear();
    this.channel.activate(null);
    this.term++;
    this.context = null;
    this.loading = null;
    this.ready = false;
    this.activeControllerId = null;
  }

  /** The session expired (Kafka's session expiration handler): resign, then elect again later. */
  onSessionExpired(): void {
    this.events.clear();
    this.resign();
  }

  /** Start as the cluster's first controller, with the context the cluster starts with. */
  bootstrapActive(context: ControllerContext): void {
    this.context = context;
    this.ready = true;
    this.activeControllerId = this.id;
    this.channel.activate(context);
    this.startLeaderBalancing();
  }

  /** A broker answered LeaderAndIsr or UpdateMetadata: no need to send it again. */
  onChannelResponse(correlationId: number): void {
    this.channel.onResponse(correlationId);
  }

  onWatch(e: WatchedEvent): void {
    if (e.path === ZkPaths.controller) this.events.put((done) => this.onControllerChange(done));
    else if (!this.isActive) return;
    else if (e.path === ZkPaths.brokerIds) this.events.put((done) => this.onBrokerChange(done));
    else if (e.path === ZkPaths.topics || e.path.startsWith(`${ZkPaths.topics}/`))
      this.events.put((done) => this.onTopicChange(done));
  }

  private zk(): ZooKeeperClient | null {
    const zk = this.host.zk();
    return zk && (zk.state === 'connected' || zk.state === 'connecting') ? zk : null;
  }

  private resign(): void {
    const c = this.context;
    this.term++;
    this.context = null;
    this.loading = null;
    this.ready = false;
    this.channel.activate(null);
    if (c) this.ctx.trace({ type: 'controller.resigned', controller: this.id, epoch: c.epoch });
  }

  // --- election ---------------------------------------------------------------------------

  private onControllerChange(done: Done): void {
    // /controller changed or went: whoever was controller here and no longer is resigns.
    this.elect(done);
  }

  private elect(done: Done): void {
    const zk = this.zk();
    if (!zk) return done();
    zk.getData(ZkPaths.controller, true, (n) => {
      if (n === 'SESSIONEXPIRED') return done();
      if (n) {
        const owner = n.data.kind === 'controller' ? n.data.brokerid : null;
        this.activeControllerId = owner;
        if (owner !== this.id && this.isActive) this.resign();
        return done();
      }
      if (this.isActive) this.resign();
      this.activeControllerId = null;
      zk.getData(ZkPaths.controllerEpoch, false, (ep) => {
        if (ep === 'SESSIONEXPIRED' || !ep || ep.data.kind !== 'controllerEpoch') return done();
        const epoch = ep.data.epoch + 1;
        const ops: ZkOp[] = [
          {
            op: 'create',
            path: ZkPaths.controller,
            data: { kind: 'controller', brokerid: this.id },
            ephemeralOwner: zk.sessionId,
          },
          {
            op: 'setData',
            path: ZkPaths.controllerEpoch,
            data: { kind: 'controllerEpoch', epoch },
            version: ep.version,
          },
        ];
        zk.multi(ops, (r) => {
          if (r === 'OK') return this.onControllerFailover(epoch, ep.version + 1, done);
          if (r === 'SESSIONEXPIRED') return done();
          // Another broker won: learn who, and watch it.
          zk.getData(ZkPaths.controller, true, (n2) => {
            if (n2 && n2 !== 'SESSIONEXPIRED' && n2.data.kind === 'controller')
              this.activeControllerId = n2.data.brokerid;
            done();
          });
        });
      });
    });
  }

  /**
   * This broker won: read everything from ZooKeeper (initializeControllerContext), then act. The
   * reads of each stage go out together; the client keeps at most its in-flight limit on the wire.
   */
  private onControllerFailover(epoch: number, epochZkVersion: number, done: Done): void {
    const zk = this.zk();
    if (!zk) return done();
    const term = ++this.term;
    const c = new ControllerContext(epoch, epochZkVersion);
    this.context = c;
    this.ready = false;
    this.activeControllerId = this.id;
    this.ctx.trace({ type: 'controller.elected', controller: this.id, epoch });
    const alive = () => term === this.term;
    const fail = () => {
      if (alive()) this.resign();
      done();
    };
    zk.getChildren(ZkPaths.brokerIds, true, (ids) => {
      if (!alive()) return done();
      if (ids === 'SESSIONEXPIRED' || ids === null) return fail();
      this.readAll(
        ids.map((id) => ZkPaths.broker(Number(id))),
        true,
        (path, n) => this.learnBroker(c, Number(path.slice(ZkPaths.brokerIds.length + 1)), n),
        () =>
          zk.getChildren(ZkPaths.topics, true, (topics) => {
            if (!alive()) return done();
            if (topics === 'SESSIONEXPIRED' || topics === null) return fail();
            this.readAll(
              topics.map((t) => ZkPaths.topic(t)),
              true,
              (path, n) => this.learnTopic(c, path.slice(ZkPaths.topics.length + 1), n),
              () => {
                const total = c.partitionCount;
                this.loading = { read: 0, total };
                this.ctx.trace({
                  type: 'controller.loading',
                  controller: this.id,
                  epoch,
                  partitions: total,
                });
                this.readAll(
                  c.partitions().map((p) => ZkPaths.partitionState(p.topic, p.partition)),
                  false,
                  (path, n) => {
                    this.learnState(c, path, n);
                    this.loading!.read++;
                  },
                  () => this.activate(c, done),
                  alive,
                  fail,
                );
              },
              alive,
              fail,
            );
          }),
        alive,
        fail,
      );
    });
  }

  /** getData every path (pipelined by the client); `each` per answer, `then` after the last. */
  private readAll(
    paths: string[],
    watch: boolean,
    each: (path: string, n: Znode | null) => void,
    then: () => void,
    alive: () => boolean,
    fail: () => void,
  ): void {
    const zk = this.zk();
    if (!zk) return fail();
    let left = paths.length;
    if (left === 0) return then();
    let failed = false;
    for (const path of paths)
      zk.getData(path, watch, (n) => {
        if (failed) return;
        if (!alive() || n === 'SESSIONEXPIRED') {
          failed = true;
          return fail();
        }
        each(path, n);
        if (--left === 0) then();
      });
  }

  private learnBroker(c: ControllerContext, id: number, n: Znode | null): void {
    if (!n || n.data.kind !== 'broker') return;
    c.liveBrokers.add(id);
    c.brokerEpochs.set(id, n.mzxid);
    c.image.brokers.set(id, {
      id,
      fenced: false,
      ...(n.data.rack !== null ? { rack: n.data.rack } : {}),
    });
  }

  private learnTopic(c: ControllerContext, topic: string, n: Znode | null): void {
    if (!n || n.data.kind !== 'topic') return;
    let t = c.image.topics.get(topic);
    if (!t) c.image.topics.set(topic, (t = { name: topic, partitions: [] }));
    n.data.partitions.forEach((replicas, p) => {
      if (t.partitions[p]) return;
      // No state znode read yet: a new partition until one is (NewPartition).
      t.partitions[p] = {
        replicas: [...replicas],
        isr: [],
        leader: null,
        leaderEpoch: -1,
        partitionEpoch: -1,
      };
    });
  }

  private learnState(c: ControllerContext, path: string, n: Znode | null): void {
    const tp = parseStatePath(path);
    if (!tp || !n || n.data.kind !== 'partitionState') return;
    const reg = c.image.partition(tp[0], tp[1]);
    if (!reg) return;
    reg.leader = n.data.leader < 0 ? null : n.data.leader;
    reg.leaderEpoch = n.data.leaderEpoch;
    reg.isr = [...n.data.isr];
    reg.partitionEpoch = n.version;
  }

  /** Loaded: tell every broker, elect where no live leader is, create what has no state yet. */
  private activate(c: ControllerContext, done: Done): void {
    this.loading = null;
    this.ready = true;
    this.channel.activate(c);
    this.ctx.trace({ type: 'controller.active', controller: this.id, epoch: c.epoch });
    this.channel.sendBatch(c, [], null);
    this.startLeaderBalancing();
    this.onlinePartitionStateChange(c, 'controller failover', done);
  }

  // --- partition state changes ------------------------------------------------------------

  private acceptable(c: ControllerContext) {
    return (b: number) => c.isLive(b) && !c.shuttingDown.has(b);
  }

  /**
   * Partitions without a live leader get one (OfflinePartitionLeaderElectionStrategy: the first
   * live replica of the assignment in the ISR; unclean, any live replica, if the topic allows) and
   * replicas on brokers that are not live leave the ISRs (OfflineReplica); partitions never
   * written get their state znode (NewPartition → OnlinePartition).
   */
  private onlinePartitionStateChange(
    c: ControllerContext,
    reason: PartitionChangeReason,
    done: Done,
  ): void {
    const fresh: Tp[] = [];
    const offline = new Set<number>();
    for (const { topic, partition, reg } of c.partitions()) {
      if (reg.partitionEpoch < 0) fresh.push([topic, partition]);
      else for (const r of reg.replicas) if (!c.isLive(r)) offline.add(r);
    }
    const changes = this.changesWithout(c, [...offline], true);
    this.createPartitions(c, fresh, () => this.writeChanges(c, changes, reason, done));
  }

  private election(topic: string): Election {
    return this.host.uncleanEnabled(topic) ? 'UNCLEAN' : 'ONLINE';
  }

  /** Every write is a multi that first checks /controller_epoch is still this controller's. */
  private epochCheck(c: ControllerContext): ZkOp {
    return { op: 'check', path: ZkPaths.controllerEpoch, version: c.epochZkVersion };
  }

  /**
   * New partitions: leader the first live replica, ISR the live replicas; their znodes are
   * created, then LeaderAndIsr and UpdateMetadata go out.
   */
  private createPartitions(c: ControllerContext, tps: Tp[], then: Done): void {
    const zk = this.zk();
    if (tps.length === 0 || !zk) return then();
    const term = this.term;
    const topics = [...new Set(tps.map(([t]) => t))];
    let left = topics.length;
    const created: Tp[] = [];
    for (const topic of topics) {
      const mine = tps.filter(([t]) => t === topic);
      const parent: ZkOp[] = [];
      // The topic's /partitions znode comes with its first partitions.
      if (mine.some(([, p]) => p === 0))
        parent.push({
          op: 'create',
          path: ZkPaths.partitions(topic),
          data: { kind: 'empty' },
          ephemeralOwner: null,
        });
      const ops: ZkOp[] = [this.epochCheck(c), ...parent];
      const states = mine.map(([t, p]) => {
        const reg = c.image.partition(t, p)!;
        const live = reg.replicas.filter((r) => c.isLive(r));
        const next: PartitionRegistration = {
          replicas: reg.replicas,
          leader: live[0] ?? null,
          leaderEpoch: 0,
          isr: live.length > 0 ? live : [...reg.replicas],
          partitionEpoch: 0,
        };
        ops.push(
          {
            op: 'create',
            path: ZkPaths.partition(t, p),
            data: { kind: 'empty' },
            ephemeralOwner: null,
          },
          {
            op: 'create',
            path: ZkPaths.partitionState(t, p),
            data: stateData(next, c.epoch),
            ephemeralOwner: null,
          },
        );
        return { t, p, next };
      });
      zk.multi(ops, (r) => {
        // Resigned meanwhile: nothing more is told, but the event still ends.
        if (term !== this.term) return void (--left === 0 && then());
        if (r === 'OK')
          for (const { t, p, next } of states) {
            Object.assign(c.image.partition(t, p)!, next);
            created.push([t, p]);
          }
        else if (r === 'BADVERSION') this.resign();
        if (--left > 0) return;
        if (created.length > 0) this.channel.sendBatch(c, created, created);
        then();
      });
    }
  }

  /** Write each change's state znode (pipelined), then trace them and tell the brokers. */
  private writeChanges(
    c: ControllerContext,
    changes: { tp: Tp; change: PartitionChange; before: PartitionRegistration }[],
    reason: PartitionChangeReason,
    then: Done,
  ): void {
    const zk = this.zk();
    if (changes.length === 0 || !zk) return then();
    const term = this.term;
    let left = changes.length;
    const written: Tp[] = [];
    const finish = () => {
      if (written.length > 0 && term === this.term) this.channel.sendBatch(c, written, written);
      then();
    };
    for (const { tp, change, before } of changes) {
      const [topic, partition] = tp;
      const next: PartitionRegistration = {
        replicas: before.replicas,
        leader: change.leader,
        leaderEpoch: change.leaderEpoch,
        isr: [...change.isr],
        partitionEpoch: before.partitionEpoch + 1,
      };
      const ops: ZkOp[] = [
        this.epochCheck(c),
        {
          op: 'setData',
          path: ZkPaths.partitionState(topic, partition),
          data: stateData(next, c.epoch),
          version: before.partitionEpoch,
        },
      ];
      const beforeIsr = [...before.isr];
      zk.multi(ops, (r) => {
        if (term !== this.term) return void (--left === 0 && then());
        if (r === 'OK') {
          Object.assign(c.image.partition(topic, partition)!, next);
          written.push(tp);
          traceStoredChange(this.ctx, topic, partition, beforeIsr, change, reason);
          if (--left === 0) finish();
        } else if (r === 'BADVERSION') {
          // The state znode moved on (or an earlier try of this very write landed and its answer
          // was lost): read it back into the context, as Kafka's updateLeaderAndIsr does, and
          // tell the brokers what ZooKeeper holds.
          this.checkStillController(c);
          zk.getData(ZkPaths.partitionState(topic, partition), false, (n) => {
            if (term === this.term && n && n !== 'SESSIONEXPIRED') {
              this.learnState(c, ZkPaths.partitionState(topic, partition), n);
              written.push(tp);
              // It was this write after all: say what it changed.
              const now = c.image.partition(topic, partition)!;
              if (now.partitionEpoch === next.partitionEpoch && sameState(now, next))
                traceStoredChange(this.ctx, topic, partition, beforeIsr, change, reason);
            }
            if (--left === 0) finish();
          });
        } else if (--left === 0) finish();
      });
    }
  }

  /** A write failed its version check: if /controller_epoch moved on, a newer controller rules. */
  private checkStillController(c: ControllerContext): void {
    const term = this.term;
    this.zk()?.getData(ZkPaths.controllerEpoch, false, (n) => {
      if (term !== this.term || n === 'SESSIONEXPIRED') return;
      if (!n || n.version !== c.epochZkVersion) this.resign();
    });
  }

  // --- watches ------------------------------------------------------------------------------

  /** /brokers/ids changed: brokers whose session ended lose their leaderships; new ones join. */
  private onBrokerChange(done: Done): void {
    const c = this.context;
    const zk = this.zk();
    if (!c || !this.ready || !zk) return done();
    const term = this.term;
    zk.getChildren(ZkPaths.brokerIds, true, (children) => {
      if (term !== this.term || children === 'SESSIONEXPIRED' || children === null) return done();
      const ids = [...new Set(children.map(Number))].sort((a, b) => a - b);
      // Every registration is read: one with a newer epoch is a broker that bounced.
      const epochs = new Map<number, Znode | null>();
      this.readAll(
        ids.map((b) => ZkPaths.broker(b)),
        false,
        (path, n) => epochs.set(Number(path.slice(ZkPaths.brokerIds.length + 1)), n),
        () => {
          const bounced = ids.filter((b) => {
            const known = c.brokerEpochs.get(b);
            const n = epochs.get(b);
            return c.liveBrokers.has(b) && known !== undefined && !!n && n.mzxid > known;
          });
          const dead = [...[...c.liveBrokers].filter((b) => !ids.includes(b)), ...bounced].sort(
            (a, b) => a - b,
          );
          const born = ids.filter((b) => !c.liveBrokers.has(b) || bounced.includes(b));
          for (const b of dead) {
            c.liveBrokers.delete(b);
            c.shuttingDown.delete(b);
            c.brokerEpochs.delete(b);
          }
          for (const b of born) this.learnBroker(c, b, epochs.get(b) ?? null);
          const changes = this.changesWithout(c, dead);
          const reason: PartitionChangeReason = `broker ${dead[0] ?? 0} session ended`;
          this.writeChanges(c, changes, reason, () => {
            if (born.length === 0) return done();
            // onBrokerStartup: everyone learns of the new brokers; they learn their replicas.
            const theirs = c
              .partitions()
              .filter((x) => x.reg.replicas.some((r) => born.includes(r)))
              .map((x): Tp => [x.topic, x.partition]);
            this.channel.sendBatch(c, theirs, null);
            this.onlinePartitionStateChange(c, `broker ${born[0]!} registered`, done);
          });
        },
        () => term === this.term,
        done,
      );
    });
  }

  /** Partitions led by or replicated on `gone`: a new leader where needed, `gone` out of the ISR. */
  private changesWithout(
    c: ControllerContext,
    gone: readonly number[],
    /** Also partitions with no leader at all (a failover finds them so). */
    leaderless = false,
  ): { tp: Tp; change: PartitionChange; before: PartitionRegistration }[] {
    const out: { tp: Tp; change: PartitionChange; before: PartitionRegistration }[] = [];
    for (const { topic, partition, reg } of c.partitions()) {
      if (reg.partitionEpoch < 0) continue;
      if (leaderless && reg.leader === null) {
        const change = buildPartitionChange(reg, {
          targetIsr: reg.isr.filter((b) => !gone.includes(b)),
          isAcceptableLeader: this.acceptable(c),
          election: this.election(topic),
        });
        if (change) out.push({ tp: [topic, partition], change, before: { ...reg } });
        continue;
      }
      if (!reg.isr.some((b) => gone.includes(b)) && !gone.includes(reg.leader ?? -1)) continue;
      const change = buildPartitionChange(reg, {
        targetIsr: reg.isr.filter((b) => !gone.includes(b)),
        isAcceptableLeader: this.acceptable(c),
        election: this.election(topic),
      });
      if (change) out.push({ tp: [topic, partition], change, before: { ...reg } });
    }
    return out;
  }

  /** /brokers/topics or a topic's assignment changed: new topics and partitions get their state. */
  private onTopicChange(done: Done): void {
    const c = this.context;
    const zk = this.zk();
    if (!c || !this.ready || !zk) return done();
    const term = this.term;
    zk.getChildren(ZkPaths.topics, true, (topics) => {
      if (term !== this.term || topics === 'SESSIONEXPIRED' || topics === null) return done();
      this.readAll(
        topics.map((t) => ZkPaths.topic(t)),
        true,
        (path, n) => this.learnTopic(c, path.slice(ZkPaths.topics.length + 1), n),
        () => this.onlinePartitionStateChange(c, 'new partition', done),
        () => term === this.term,
        done,
      );
    });
  }

  // --- requests from brokers ----------------------------------------------------------------

  /** AlterIsr (KIP-497): the leader's ISR change, written to the state znode if still current. */
  handleAlterIsr(msg: RequestMessage<'AlterIsr'>): void {
    this.events.put((done) => {
      const req = msg.payload;
      const c = this.context;
      const reply = (r: AlterPartitionResponse) => {
        this.host.respondAlterIsr(msg, r);
        done();
      };
      const base = { topic: req.topic, partition: req.partition };
      if (!c || !this.ready)
        return reply({
          ...base,
          error: 'NOT_CONTROLLER',
          leader: null,
          leaderEpoch: req.leaderEpoch,
          partitionEpoch: req.partitionEpoch,
          isr: [],
        });
      const p = c.image.partition(req.topic, req.partition);
      if (!p) return done();
      const current = (error: AlterPartitionResponse['error']) =>
        alterPartitionAnswer(p, req, error);
      const stale = staleAlterPartition(p, req);
      if (stale) return reply(current(stale));
      const change = buildPartitionChange(p, {
        targetIsr: req.newIsr,
        isAcceptableLeader: this.acceptable(c),
        election: 'ONLINE',
      });
      if (!change) return reply(current('NONE'));
      const reason: PartitionChangeReason =
        req.newIsr.length < p.isr.length
          ? BROKER_CONFIGS.replicaLagTimeMaxMs.name
          : 'caught up to the high watermark';
      this.writeChanges(
        c,
        [{ tp: [req.topic, req.partition], change, before: { ...p } }],
        reason,
        () => reply(current('NONE')),
      );
    });
  }

  /**
   * ControlledShutdown: the broker's leaderships move to another ISR member and it leaves the
   * ISRs; the answer counts what it still leads (partitions with one replica do not hold it).
   */
  handleControlledShutdown(msg: RequestMessage<'ControlledShutdown'>): void {
    this.events.put((done) => {
      const id = msg.payload.brokerId;
      const c = this.context;
      if (!c || !this.ready) {
        this.host.respondControlledShutdown(msg, { error: 'NOT_CONTROLLER', remaining: 0 });
        return done();
      }
      c.shuttingDown.add(id);
      const changes = this.changesWithout(c, [id]);
      this.writeChanges(c, changes, `broker ${id} controlled shutdown`, () => {
        const remaining = c
          .partitions()
          .filter((x) => x.reg.leader === id && x.reg.replicas.length > 1).length;
        this.host.respondControlledShutdown(msg, { error: 'NONE', remaining });
        done();
      });
    });
  }

  /**
   * auto.leader.rebalance.enable: every leader.imbalance.check.interval.seconds, a broker whose
   * share of "preferred but not leading" partitions exceeds leader.imbalance.per.broker.percentage
   * gets its leaderships back (preferred replica election).
   */
  private startLeaderBalancing(): void {
    const term = this.term;
    const every = () => this.ctx.brokerConfig.leaderImbalanceCheckIntervalSeconds * 1000;
    const tick = () => {
      if (term !== this.term) return;
      this.events.put((done) => this.rebalance(done));
      this.ctx.schedule(this.ctx.now() + every(), tick);
    };
    this.ctx.schedule(this.ctx.now() + every(), tick);
  }

  private rebalance(done: Done): void {
    const c = this.context;
    const cfg = this.ctx.brokerConfig;
    if (!c || !this.ready || !cfg.autoLeaderRebalanceEnable) return done();
    const changes: { tp: Tp; change: PartitionChange; before: PartitionRegistration }[] = [];
    for (const brokerId of [...c.liveBrokers].sort((a, b) => a - b)) {
      const preferred = c.partitions().filter((x) => x.reg.replicas[0] === brokerId);
      const notLeading = preferred.filter((x) => x.reg.leader !== brokerId);
      if (
        preferred.length === 0 ||
        (notLeading.length * 100) / preferred.length <= cfg.leaderImbalancePerBrokerPercentage
      )
        continue;
      for (const { topic, partition, reg } of notLeading) {
        if (reg.partitionEpoch < 0) continue;
        const change = buildPartitionChange(reg, {
          isAcceptableLeader: this.acceptable(c),
          election: 'PREFERRED',
        });
        if (change?.leaderChanged)
          changes.push({ tp: [topic, partition], change, before: { ...reg } });
      }
    }
    this.writeChanges(c, changes, 'preferred leader election', done);
  }
}

function sameState(a: PartitionRegistration, b: PartitionRegistration): boolean {
  return (
    a.leader === b.leader &&
    a.leaderEpoch === b.leaderEpoch &&
    a.isr.length === b.isr.length &&
    a.isr.every((x, i) => x === b.isr[i])
  );
}
