// Kafka 2.x's ControllerChannelManager with its request batch: the controller's connections to
// every live broker. A change goes out as LeaderAndIsr to the brokers holding a replica of the
// changed partitions, then UpdateMetadata to every live broker, stamped with the controller's
// epoch; one connection per broker keeps them in order. A request not answered within
// controller.socket.timeout.ms (Kafka's default, 30 s; not a config here) goes again with the
// partitions' state of that moment, while the broker is live and this controller still acts
// (Kafka's RequestSendThread retries until the broker answers or leaves).
import type { SimContext } from '../../sim/SimContext';
import type { PartitionStateEntry } from '../../network/zkRequests';
import type { ControllerContext } from './ControllerContext';

const CONTROLLER_SOCKET_TIMEOUT_MS = 30000;

type Tp = readonly [string, number];

export class ControllerChannelManager {
  /** Requests not answered yet, by correlation id. */
  private pending = new Set<number>();
  /** The context this controller acts with; null once it resigned or stopped. */
  private active: ControllerContext | null = null;

  constructor(
    private ctx: SimContext,
    private controllerId: number,
  ) {}

  /** Start sending for a newly active controller (or stop: null). */
  activate(c: ControllerContext | null): void {
    this.active = c;
    this.pending.clear();
  }

  onResponse(correlationId: number): void {
    this.pending.delete(correlationId);
  }

  private post(
    c: ControllerContext,
    broker: number,
    kind: 'LeaderAndIsr' | 'UpdateMetadata',
    tps: readonly Tp[] | null,
  ): void {
    const from = `broker:${this.controllerId}`;
    const to = `broker:${broker}`;
    const msg =
      kind === 'LeaderAndIsr'
        ? this.ctx.network.send(from, to, 'LeaderAndIsr', {
            controllerId: this.controllerId,
            controllerEpoch: c.epoch,
            partitions: (tps ?? []).map(([t, p]) => this.state(c, t, p)),
          })
        : this.ctx.network.send(from, to, 'UpdateMetadata', {
            controllerId: this.controllerId,
            controllerEpoch: c.epoch,
            liveBrokers: this.liveBrokers(c),
            partitions: (tps ?? c.partitions().map((x) => [x.topic, x.partition] as const)).map(
              ([t, p]) => this.state(c, t, p),
            ),
          });
    const id = msg.correlationId;
    this.pending.add(id);
    this.ctx.schedule(this.ctx.now() + CONTROLLER_SOCKET_TIMEOUT_MS, () => {
      if (!this.pending.delete(id)) return;
      if (this.active === c && c.isLive(broker)) this.post(c, broker, kind, tps);
    });
  }

  private liveBrokers(c: ControllerContext): { id: number; rack?: string }[] {
    return [...c.liveBrokers]
      .sort((a, b) => a - b)
      .map((id) => {
        const rack = c.image.brokers.get(id)?.rack;
        return rack !== undefined ? { id, rack } : { id };
      });
  }

  private state(c: ControllerContext, topic: string, partition: number): PartitionStateEntry {
    const reg = c.image.partition(topic, partition)!;
    return {
      topic,
      partition,
      replicas: [...reg.replicas],
      leader: reg.leader,
      leaderEpoch: reg.leaderEpoch,
      isr: [...reg.isr],
      zkVersion: reg.partitionEpoch,
    };
  }

  /**
   * LeaderAndIsr for `leaderAndIsr` to their live replicas (each broker's own partitions), then
   * UpdateMetadata for `metadata` (all partitions when null) to every live broker.
   */
  sendBatch(
    c: ControllerContext,
    leaderAndIsr: readonly Tp[],
    metadata: readonly Tp[] | null,
  ): void {
    const perBroker = new Map<number, Tp[]>();
    for (const tp of leaderAndIsr) {
      for (const r of c.image.partition(tp[0], tp[1])!.replicas) {
        if (!c.isLive(r)) continue;
        let list = perBroker.get(r);
        if (!list) perBroker.set(r, (list = []));
        list.push(tp);
      }
    }
    for (const [broker, tps] of [...perBroker].sort((a, b) => a[0] - b[0])) {
      this.post(c, broker, 'LeaderAndIsr', tps);
      this.ctx.trace({
        type: 'controller.leaderAndIsr',
        controller: this.controllerId,
        broker,
        epoch: c.epoch,
        partitions: tps.length,
      });
    }
    for (const broker of [...c.liveBrokers].sort((a, b) => a - b))
      this.post(c, broker, 'UpdateMetadata', metadata);
  }
}
