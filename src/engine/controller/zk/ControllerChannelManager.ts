// Kafka 2.x's ControllerChannelManager with its request batch: the controller's connections to
// every live broker. A change goes out as LeaderAndIsr to the brokers holding a replica of the
// changed partitions, then UpdateMetadata to every live broker, stamped with the controller's
// epoch; one connection per broker keeps them in order.
import type { SimContext } from '../../sim/SimContext';
import type { PartitionStateEntry } from '../../network/zkRequests';
import type { ControllerContext } from './ControllerContext';

export class ControllerChannelManager {
  constructor(
    private ctx: SimContext,
    private controllerId: number,
  ) {}

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
    leaderAndIsr: readonly [string, number][],
    metadata: readonly [string, number][] | null,
    onlyTo?: ReadonlySet<number>,
  ): void {
    const from = `broker:${this.controllerId}`;
    const perBroker = new Map<number, PartitionStateEntry[]>();
    for (const [t, p] of leaderAndIsr) {
      const s = this.state(c, t, p);
      for (const r of s.replicas) {
        if (!c.isLive(r)) continue;
        let list = perBroker.get(r);
        if (!list) perBroker.set(r, (list = []));
        list.push(s);
      }
    }
    for (const [broker, partitions] of [...perBroker].sort((a, b) => a[0] - b[0])) {
      this.ctx.network.send(from, `broker:${broker}`, 'LeaderAndIsr', {
        controllerId: this.controllerId,
        controllerEpoch: c.epoch,
        partitions,
      });
      this.ctx.trace({
        type: 'controller.leaderAndIsr',
        controller: this.controllerId,
        broker,
        epoch: c.epoch,
        partitions: partitions.length,
      });
    }
    const partitions = (metadata ?? c.partitions().map((x) => [x.topic, x.partition] as const)).map(
      ([t, p]) => this.state(c, t, p),
    );
    const liveBrokers = [...c.liveBrokers]
      .sort((a, b) => a - b)
      .map((id) => {
        const rack = c.image.brokers.get(id)?.rack;
        return rack !== undefined ? { id, rack } : { id };
      });
    for (const broker of liveBrokers) {
      if (onlyTo && !onlyTo.has(broker.id)) continue;
      this.ctx.network.send(from, `broker:${broker.id}`, 'UpdateMetadata', {
        controllerId: this.controllerId,
        controllerEpoch: c.epoch,
        liveBrokers,
        partitions,
      });
    }
  }
}
