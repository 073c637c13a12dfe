// Kafka's QuorumController (the active KRaft controller), with its ReplicationControlManager
// and BrokerHeartbeatManager duties: it fences a broker silent for broker.session.timeout.ms,
// elects leaders (PartitionChangeBuilder), applies AlterPartition ISR changes, moves
// leadership away from a broker in controlled shutdown, and writes every change as a record
// to the metadata log that brokers fetch.
//
// It runs on the Raft leader of the controller quorum only (ControllerServer): it starts from
// the committed metadata once its epoch's start is committed, writes each record through Raft,
// and acts on its own writes at once (Kafka's timeline image) — but what it tells anyone (a
// heartbeat's answer, an ISR change, the trace) waits until the record is committed. Renounced
// (leadership lost), it drops its uncommitted state and answers NOT_CONTROLLER.
import type { SimContext } from '../sim/SimContext';
import type { ControllerApiMessages, ControllerRequestMessage } from '../network/Network';
import type { ControllerApi } from '../network/ApiMessages';
import type {
  AlterPartitionResponse,
  BrokerHeartbeatResponse,
} from '../network/controllerRequests';
import { replayRecord, type MetadataRecord } from './MetadataRecord';
import { MetadataImage } from './MetadataImage';
import {
  buildPartitionChange,
  alterPartitionAnswer,
  staleAlterPartition,
  traceStoredChange,
  type Election,
  type PartitionChange,
} from './PartitionChangeBuilder';
import { BROKER_CONFIGS } from '../config/tables/broker';
import type { BrokerFenceReason, PartitionChangeReason } from '../trace/reasons';

interface Deferred {
  offset: number;
  run: () => void;
  /** Leadership was lost before the record was committed. */
  fail?: () => void;
}

/** What the controller needs of its node: Raft's append and committed offset. */
export interface ControllerRaft {
  /** Append through Raft; null when this node no longer leads. */
  append(record: MetadataRecord): number | null;
  readonly highWatermark: number;
}

export class QuorumController {
  /** The metadata with this controller's writes applied, committed or not (null when inactive). */
  private working: MetadataImage | null = null;
  private lastContact = new Map<number, number>();
  private inControlledShutdown = new Set<number>();
  private deferred: Deferred[] = [];
  /** The last offset this controller wrote (-1: none since it became active). */
  private lastWritten = -1;
  /** Bumped at each claim and renounce: a timer of an earlier term does nothing. */
  private term = 0;

  constructor(
    readonly id: number,
    private ctx: SimContext,
    private raft: ControllerRaft,
    /** Whether a topic allows unclean leader election (topic config over the broker's). */
    private uncleanEnabled: (topic: string) => boolean,
  ) {}

  get isActive(): boolean {
    return this.working !== null;
  }

  /** The image this controller decides on (its writes applied); only while active. */
  get image(): MetadataImage {
    if (!this.working) throw new Error(`controller ${this.id} is not active`);
    return this.working;
  }

  /**
   * Become the active controller from the committed metadata. As Kafka's BrokerHeartbeatManager
   * on activation, every broker counts as heard from now: each gets a full session to find it.
   */
  claim(committed: MetadataImage): void {
    this.working = committed;
    this.term++;
    this.lastWritten = -1;
    this.inControlledShutdown.clear();
    this.lastContact.clear();
    for (const id of committed.brokers.keys()) {
      this.lastContact.set(id, this.ctx.now());
      this.scheduleSessionCheck(id);
    }
    this.startLeaderBalancing();
  }

  /** Leadership lost: drop the uncommitted state; what waited on a commit fails. */
  renounce(): void {
    if (!this.working) return;
    this.working = null;
    this.term++;
    const waiting = this.deferred;
    this.deferred = [];
    for (const d of waiting) d.fail?.();
  }

  /** Raft committed up to `highWatermark`: what waited on those records happens now. */
  onCommitted(highWatermark: number): void {
    if (this.deferred.length === 0) return;
    const ready = this.deferred.filter((d) => d.offset < highWatermark);
    if (ready.length === 0) return;
    this.deferred = this.deferred.filter((d) => d.offset >= highWatermark);
    for (const d of ready) d.run();
  }

  /** Run `run` once everything this controller has written so far is committed. */
  private afterCommit(run: () => void, fail?: () => void): void {
    if (this.lastWritten < this.raft.highWatermark) run();
    else this.deferred.push({ offset: this.lastWritten, run, ...(fail ? { fail } : {}) });
  }

  /** Append through Raft and apply to the working image. */
  private write(record: MetadataRecord): void {
    const offset = this.raft.append(record);
    if (offset === null) return;
    this.lastWritten = offset;
    replayRecord(this.image, record);
  }

  /** A new topic or new partitions (createTopic, addPartitions): their records, then the trace. */
  createPartitions(
    topic: string,
    from: number,
    assignment: readonly (readonly number[])[],
    onCommitted: () => void,
    /** Leadership lost before the records were committed: ask the next active controller. */
    onFailed: () => void,
  ): void {
    assignment.forEach((replicas, i) =>
      this.write({
        type: 'Partition',
        topic,
        partition: from + i,
        replicas: [...replicas],
        isr: [...replicas],
        leader: replicas[0] ?? null,
        leaderEpoch: 0,
        partitionEpoch: 0,
      }),
    );
    this.afterCommit(onCommitted, onFailed);
  }

  private isAcceptableLeader = (brokerId: number): boolean => {
    const b = this.image.brokers.get(brokerId);
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
    this.afterCommit(() =>
      traceStoredChange(this.ctx, topic, partition, before.isr, change, reason),
    );
  }

  /** Re-run elections for partitions touching `brokerId`, removing it from ISRs if asked. */
  private updatePartitions(
    reason: PartitionChangeReason,
    removeFromIsr: number | null,
    only?: (leader: number | null, isr: number[]) => boolean,
  ): void {
    for (const t of this.image.topics.values()) {
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
    const term = this.term;
    this.ctx.schedule(heardAt + timeout, () => {
      if (term !== this.term) return;
      const last = this.lastContact.get(brokerId) ?? -Infinity;
      if (this.ctx.now() - last >= timeout)
        this.fence(brokerId, BROKER_CONFIGS.brokerSessionTimeoutMs.name);
    });
  }

  private fence(brokerId: number, reason: BrokerFenceReason): void {
    const b = this.image.brokers.get(brokerId);
    if (!b || b.fenced) return;
    this.write({
      type: 'BrokerRegistrationChange',
      broker: brokerId,
      fenced: true,
      inControlledShutdown: false,
    });
    this.afterCommit(() => this.ctx.trace({ type: 'broker.fenced', broker: brokerId, reason }));
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
    this.afterCommit(() => this.ctx.trace({ type: 'broker.unfenced', broker: brokerId }));
    // Leaderless partitions may now have a leader again.
    this.updatePartitions(`broker ${brokerId} unfenced`, null, (leader) => leader === null);
  }

  /**
   * auto.leader.rebalance.enable: every leader.imbalance.check.interval.seconds, a broker whose
   * share of "preferred but not leading" partitions exceeds leader.imbalance.per.broker.percentage
   * gets its leaderships back by preferred-replica election.
   */
  private startLeaderBalancing(): void {
    const cfg = this.ctx.brokerConfig;
    const term = this.term;
    const tick = () => {
      if (term !== this.term) return;
      if (cfg.autoLeaderRebalanceEnable) {
        for (const brokerId of this.image.brokers.keys()) {
          let preferred = 0;
          let notLeading = 0;
          for (const t of this.image.topics.values())
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
    for (const t of this.image.topics.values()) {
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

  private reply<K extends ControllerApi>(
    msg: ControllerRequestMessage<K>,
    payload: ControllerApiMessages[K]['response'],
  ): void {
    this.ctx.network.respondFromController(`controller:${this.id}`, msg, payload);
  }

  /** BrokerHeartbeat on this node: the active controller's answer, or NOT_CONTROLLER. */
  handleHeartbeat(msg: ControllerRequestMessage<'BrokerHeartbeat'>): void {
    if (this.working) this.onHeartbeat(msg);
    else this.reply(msg, { error: 'NOT_CONTROLLER', isFenced: false, shouldShutDown: false });
  }

  handleAlterPartition(msg: ControllerRequestMessage<'AlterPartition'>): void {
    if (this.working) this.onAlterPartition(msg);
    else this.reply(msg, notController(msg.payload));
  }

  private onHeartbeat(msg: ControllerRequestMessage<'BrokerHeartbeat'>): void {
    const req = msg.payload;
    const id = req.brokerId;
    const reg = this.image.brokers.get(id);
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
    // Unfenced once its metadata has caught up with what the quorum has committed.
    const caughtUp = req.currentMetadataOffset >= this.raft.highWatermark;
    if (!req.wantShutDown && !req.wantFence && reg.fenced && caughtUp) this.unfence(id);
    let shouldShutDown = false;
    if (req.wantShutDown) {
      const leads = [...this.image.topics.values()].some((t) =>
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
        this.afterCommit(() =>
          this.ctx.trace({ type: 'broker.fenced', broker: id, reason: 'controlled shutdown' }),
        );
      }
    }
    // Answered once this controller's writes are committed (Kafka's deferred event queue).
    this.afterCommit(
      () => {
        const res: BrokerHeartbeatResponse = {
          error: 'NONE',
          isFenced: this.image.brokers.get(id)!.fenced,
          shouldShutDown,
        };
        this.reply(msg, res);
      },
      () => this.reply(msg, { error: 'NOT_CONTROLLER', isFenced: false, shouldShutDown: false }),
    );
  }

  private onAlterPartition(msg: ControllerRequestMessage<'AlterPartition'>): void {
    const req = msg.payload;
    const p = this.image.partition(req.topic, req.partition);
    if (!p) return;
    const current = (error: AlterPartitionResponse['error']) => alterPartitionAnswer(p, req, error);
    const stale = staleAlterPartition(p, req);
    if (stale) return this.reply(msg, current(stale));
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
    this.afterCommit(
      () => this.reply(msg, current('NONE')),
      () => this.reply(msg, notController(req)),
    );
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

function notController(req: {
  topic: string;
  partition: number;
  leaderEpoch: number;
  partitionEpoch: number;
}): AlterPartitionResponse {
  return {
    topic: req.topic,
    partition: req.partition,
    error: 'NOT_CONTROLLER',
    leader: null,
    leaderEpoch: req.leaderEpoch,
    partitionEpoch: req.partitionEpoch,
    isr: [],
  };
}
