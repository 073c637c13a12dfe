// Kafka's QuorumController (the active KRaft controller), with its ReplicationControlManager
// and BrokerHeartbeatManager duties: it fences a broker silent for broker.session.timeout.ms,
// elects leaders (PartitionChangeBuilder), applies AlterPartition ISR changes, moves
// leadership away from a broker in controlled shutdown, and writes every change as a record
// to the metadata log that brokers fetch.
//
// Until the controller quorum is modelled, one controller node is always active and a record
// is committed as soon as it is written.
import type { SimContext } from '../sim/SimContext';
import type {
  ControllerApiMessages,
  ControllerRequestMessage,
  Message,
  NetworkNode,
} from '../network/Network';
import {
  dispatchControllerRequest,
  type ControllerApi,
  type ControllerRequestHandlers,
} from '../network/ApiMessages';
import type {
  AlterPartitionResponse,
  BrokerHeartbeatResponse,
  MetadataFetchResponse,
} from '../network/controllerRequests';
import type { MetadataLogEntry, MetadataRecord } from './MetadataRecord';
import {
  buildPartitionChange,
  type Election,
  type PartitionChange,
} from './PartitionChangeBuilder';
import { BROKER_CONFIGS } from '../config/tables/broker';
import type { BrokerFenceReason, PartitionChangeReason } from '../trace/reasons';

export const METADATA_TOPIC = '__cluster_metadata';

interface ParkedFetch {
  from: string;
  correlationId: number;
  fetchOffset: number;
}

export class QuorumController implements NetworkNode {
  readonly log: MetadataLogEntry[] = [];
  readonly epoch = 1;
  private lastContact = new Map<number, number>();
  private inControlledShutdown = new Set<number>();
  private parked: ParkedFetch[] = [];
  up = true;

  constructor(
    readonly id: number,
    private ctx: SimContext,
    /** Whether a topic allows unclean leader election (topic config over the broker's). */
    private uncleanEnabled: (topic: string) => boolean,
  ) {}

  get nodeId(): string {
    return `controller:${this.id}`;
  }

  isUp(): boolean {
    return this.up;
  }

  get logEndOffset(): number {
    return this.log.length;
  }

  /** Brokers registered at start count as heard from now. */
  registerBroker(brokerId: number): void {
    this.lastContact.set(brokerId, this.ctx.now());
    this.scheduleSessionCheck(brokerId);
  }

  /** Append and apply a record to the authoritative image; wake brokers waiting on the log. */
  private write(record: MetadataRecord): void {
    this.log.push({ offset: this.log.length, record });
    this.apply(record);
    this.completeParkedFetches();
  }

  private apply(r: MetadataRecord): void {
    const image = this.ctx.metadata;
    if (r.type === 'PartitionChange') {
      const p = image.partition(r.topic, r.partition);
      if (!p) return;
      p.leader = r.leader;
      p.isr = [...r.isr];
      p.leaderEpoch = r.leaderEpoch;
      p.partitionEpoch = r.partitionEpoch;
    } else if (r.type === 'BrokerRegistrationChange') {
      const b = image.brokers.get(r.broker);
      if (b) b.fenced = r.fenced;
    }
  }

  /** A topic or partitions created outside (scenario set-up, createTopic): record it for brokers. */
  recordPartitions(topic: string, from: number): void {
    const t = this.ctx.metadata.topic(topic);
    if (!t) return;
    for (let p = from; p < t.partitions.length; p++) {
      const reg = t.partitions[p]!;
      this.write({ type: 'Partition', topic, partition: p, replicas: [...reg.replicas] });
      this.write({
        type: 'PartitionChange',
        topic,
        partition: p,
        leader: reg.leader,
        isr: [...reg.isr],
        leaderEpoch: reg.leaderEpoch,
        partitionEpoch: reg.partitionEpoch,
        unclean: false,
      });
    }
  }

  private isAcceptableLeader = (brokerId: number): boolean => {
    const b = this.ctx.metadata.brokers.get(brokerId);
    return !!b && !b.fenced && !this.inControlledShutdown.has(brokerId);
  };

  /** Write a partition change and say what it means: a new leader, an ISR shrink or expand. */
  private commitChange(
    topic: string,
    partition: number,
    before: { leader: number | null; isr: number[] },
    change: PartitionChange,
    reason: PartitionChangeReason,
  ): void {
    this.write({ type: 'PartitionChange', topic, partition, ...pick(change) });
    const removed = before.isr.filter((b) => !change.isr.includes(b));
    const added = change.isr.filter((b) => !before.isr.includes(b));
    if (removed.length > 0)
      this.ctx.trace({
        type: 'isr.shrink',
        topic,
        partition,
        removed,
        isr: [...change.isr],
        reason,
      });
    if (added.length > 0)
      this.ctx.trace({ type: 'isr.expand', topic, partition, added, isr: [...change.isr], reason });
    if (change.leaderChanged) {
      this.ctx.trace({
        type: 'leader.elected',
        topic,
        partition,
        leader: change.leader,
        leaderEpoch: change.leaderEpoch,
        reason: change.unclean ? `${reason} (unclean)` : reason,
      });
    }
  }

  /** Re-run elections for partitions touching `brokerId`, removing it from ISRs if asked. */
  private updatePartitions(
    reason: PartitionChangeReason,
    removeFromIsr: number | null,
    only?: (leader: number | null, isr: number[]) => boolean,
  ): void {
    for (const t of this.ctx.metadata.topics.values()) {
      t.partitions.forEach((p, idx) => {
        if (only && !only(p.leader, p.isr)) return;
        const targetIsr =
          removeFromIsr === null ? [...p.isr] : p.isr.filter((b) => b !== removeFromIsr);
        const election: Election = this.uncleanEnabled(t.name) ? 'UNCLEAN' : 'ONLINE';
        const change = buildPartitionChange(p, {
          targetIsr,
          isAcceptableLeader: this.isAcceptableLeader,
          election,
        });
        if (change)
          this.commitChange(t.name, idx, { leader: p.leader, isr: [...p.isr] }, change, reason);
      });
    }
  }

  private scheduleSessionCheck(brokerId: number): void {
    const timeout = this.ctx.brokerConfig.brokerSessionTimeoutMs;
    const heardAt = this.lastContact.get(brokerId) ?? this.ctx.now();
    this.ctx.schedule(heardAt + timeout, () => {
      if (!this.up) return;
      const last = this.lastContact.get(brokerId) ?? -Infinity;
      if (this.ctx.now() - last >= timeout)
        this.fence(brokerId, BROKER_CONFIGS.brokerSessionTimeoutMs.name);
    });
  }

  private fence(brokerId: number, reason: BrokerFenceReason): void {
    const b = this.ctx.metadata.brokers.get(brokerId);
    if (!b || b.fenced) return;
    this.write({
      type: 'BrokerRegistrationChange',
      broker: brokerId,
      fenced: true,
      inControlledShutdown: false,
    });
    this.ctx.trace({ type: 'broker.fenced', broker: brokerId, reason });
    this.updatePartitions(
      `broker ${brokerId} fenced`,
      brokerId,
      (leader, isr) => leader === brokerId || isr.includes(brokerId),
    );
  }

  private unfence(brokerId: number): void {
    this.inControlledShutdown.delete(brokerId);
    this.write({
      type: 'BrokerRegistrationChange',
      broker: brokerId,
      fenced: false,
      inControlledShutdown: false,
    });
    this.ctx.trace({ type: 'broker.unfenced', broker: brokerId });
    // Leaderless partitions may now have a leader again.
    this.updatePartitions(`broker ${brokerId} unfenced`, null, (leader) => leader === null);
  }

  /**
   * auto.leader.rebalance.enable: every leader.imbalance.check.interval.seconds, a broker whose
   * share of "preferred but not leading" partitions exceeds leader.imbalance.per.broker.percentage
   * gets its leaderships back by preferred-replica election.
   */
  startLeaderBalancing(): void {
    const cfg = this.ctx.brokerConfig;
    const tick = () => {
      if (!this.up) return;
      if (cfg.autoLeaderRebalanceEnable) {
        for (const brokerId of this.ctx.metadata.brokers.keys()) {
          let preferred = 0;
          let notLeading = 0;
          for (const t of this.ctx.metadata.topics.values())
            for (const p of t.partitions)
              if (p.replicas[0] === brokerId) {
                preferred++;
                if (p.leader !== brokerId) notLeading++;
              }
          if (
            preferred > 0 &&
            (notLeading * 100) / preferred > cfg.leaderImbalancePerBrokerPercentage
          )
            this.electPreferredLeaders((p) => p.replicas[0] === brokerId);
        }
      }
      this.ctx.schedule(this.ctx.now() + cfg.leaderImbalanceCheckIntervalSeconds * 1000, tick);
    };
    this.ctx.schedule(this.ctx.now() + cfg.leaderImbalanceCheckIntervalSeconds * 1000, tick);
  }

  /** Preferred-leader election: move leadership back to the first replica where it can lead. */
  electPreferredLeaders(only: (p: { replicas: number[] }) => boolean = () => true): void {
    for (const t of this.ctx.metadata.topics.values()) {
      t.partitions.forEach((p, idx) => {
        if (!only(p)) return;
        const change = buildPartitionChange(p, {
          isAcceptableLeader: this.isAcceptableLeader,
          election: 'PREFERRED',
        });
        if (change?.leaderChanged)
          this.commitChange(
            t.name,
            idx,
            { leader: p.leader, isr: [...p.isr] },
            change,
            'preferred leader election',
          );
      });
    }
  }

  receive(msg: Message): void {
    if (msg.listener === 'CONTROLLER' && !msg.response)
      dispatchControllerRequest(this.handlers, msg);
  }

  /** The controller's APIs (ControllerApis), by api. */
  private readonly handlers: ControllerRequestHandlers = {
    BrokerHeartbeat: (msg) => this.onHeartbeat(msg),
    AlterPartition: (msg) => this.onAlterPartition(msg),
    Fetch: (msg) => this.onMetadataFetch(msg),
  };

  private reply<K extends ControllerApi>(
    msg: ControllerRequestMessage<K>,
    payload: ControllerApiMessages[K]['response'],
  ): void {
    this.ctx.network.respondFromController(this.nodeId, msg, payload, {
      ...(msg.api === 'Fetch' ? { topic: METADATA_TOPIC } : {}),
    });
  }

  private onHeartbeat(msg: ControllerRequestMessage<'BrokerHeartbeat'>): void {
    const req = msg.payload;
    const id = req.brokerId;
    const reg = this.ctx.metadata.brokers.get(id);
    if (!reg) return;
    this.lastContact.set(id, this.ctx.now());
    this.scheduleSessionCheck(id);
    if (req.wantShutDown && !this.inControlledShutdown.has(id) && !reg.fenced) {
      // Controlled shutdown: leadership and ISR membership move away first.
      this.inControlledShutdown.add(id);
      this.write({
        type: 'BrokerRegistrationChange',
        broker: id,
        fenced: false,
        inControlledShutdown: true,
      });
      this.updatePartitions(
        `broker ${id} controlled shutdown`,
        id,
        (leader, isr) => leader === id || isr.includes(id),
      );
    }
    const caughtUp = req.currentMetadataOffset >= this.logEndOffset;
    if (!req.wantShutDown && !req.wantFence && reg.fenced && caughtUp) this.unfence(id);
    let shouldShutDown = false;
    if (req.wantShutDown) {
      const leads = [...this.ctx.metadata.topics.values()].some((t) =>
        t.partitions.some((p) => p.leader === id),
      );
      shouldShutDown = !leads;
      if (shouldShutDown && !reg.fenced) {
        this.write({
          type: 'BrokerRegistrationChange',
          broker: id,
          fenced: true,
          inControlledShutdown: false,
        });
        this.ctx.trace({ type: 'broker.fenced', broker: id, reason: 'controlled shutdown' });
      }
    }
    const res: BrokerHeartbeatResponse = {
      isFenced: this.ctx.metadata.brokers.get(id)!.fenced,
      shouldShutDown,
    };
    this.reply(msg, res);
  }

  private onAlterPartition(msg: ControllerRequestMessage<'AlterPartition'>): void {
    const req = msg.payload;
    const p = this.ctx.metadata.partition(req.topic, req.partition);
    const base = { topic: req.topic, partition: req.partition };
    if (!p) return;
    const current = (error: AlterPartitionResponse['error']): AlterPartitionResponse => ({
      ...base,
      error,
      leader: p.leader,
      leaderEpoch: p.leaderEpoch,
      partitionEpoch: p.partitionEpoch,
      isr: [...p.isr],
    });
    if (req.leaderEpoch !== p.leaderEpoch || p.leader !== req.brokerId)
      return this.reply(msg, current('FENCED_LEADER_EPOCH'));
    if (req.partitionEpoch !== p.partitionEpoch)
      return this.reply(msg, current('INVALID_UPDATE_VERSION'));
    // A replica may join the ISR only if it is not fenced nor shutting down (KIP-841).
    const added = req.newIsr.filter((b) => !p.isr.includes(b));
    if (added.some((b) => !this.isAcceptableLeader(b)))
      return this.reply(msg, current('INELIGIBLE_REPLICA'));
    const change = buildPartitionChange(p, {
      targetIsr: req.newIsr,
      isAcceptableLeader: this.isAcceptableLeader,
      election: 'ONLINE',
    });
    const reason =
      req.newIsr.length < p.isr.length
        ? BROKER_CONFIGS.replicaLagTimeMaxMs.name
        : 'caught up to the high watermark';
    if (change)
      this.commitChange(
        req.topic,
        req.partition,
        { leader: p.leader, isr: [...p.isr] },
        change,
        reason,
      );
    this.reply(msg, current('NONE'));
  }

  private onMetadataFetch(msg: ControllerRequestMessage<'Fetch'>): void {
    const req = msg.payload;
    if (req.fetchOffset < this.logEndOffset || req.maxWaitMs <= 0) {
      this.reply(msg, this.readFrom(req.fetchOffset));
      return;
    }
    const parked: ParkedFetch = {
      from: msg.from,
      correlationId: msg.correlationId,
      fetchOffset: req.fetchOffset,
    };
    this.parked.push(parked);
    this.ctx.schedule(this.ctx.now() + req.maxWaitMs, () => {
      if (!this.parked.includes(parked)) return;
      this.parked = this.parked.filter((x) => x !== parked);
      this.replyParked(parked);
    });
  }

  private readFrom(offset: number): MetadataFetchResponse {
    return { entries: this.log.slice(offset), highWatermark: this.logEndOffset };
  }

  private replyParked(p: ParkedFetch): void {
    if (!this.up) return;
    this.ctx.network.respondFromController(
      this.nodeId,
      { from: p.from, api: 'Fetch', correlationId: p.correlationId },
      this.readFrom(p.fetchOffset),
      { topic: METADATA_TOPIC },
    );
  }

  private completeParkedFetches(): void {
    const ready = this.parked.filter((p) => p.fetchOffset < this.logEndOffset);
    if (ready.length === 0) return;
    this.parked = this.parked.filter((p) => p.fetchOffset >= this.logEndOffset);
    for (const p of ready) this.replyParked(p);
  }
}

function pick(c: {
  leader: number | null;
  isr: number[];
  leaderEpoch: number;
  partitionEpoch: number;
  unclean: boolean;
}) {
  return {
    leader: c.leader,
    isr: [...c.isr],
    leaderEpoch: c.leaderEpoch,
    partitionEpoch: c.partitionEpoch,
    unclean: c.unclean,
  };
}
