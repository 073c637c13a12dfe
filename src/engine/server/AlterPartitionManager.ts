// Kafka's AlterPartitionManager: a leader's ISR change goes to the controller as an
// AlterPartition request; the leader keeps the change pending (maximal ISR) until answered.
import type { SimContext } from '../sim/SimContext';
import type { SendOptions } from '../network/Network';
import type { AlterPartitionRequest, AlterPartitionResponse } from '../network/controllerRequests';
import type { Partition } from './Partition';

const REQUEST_TIMEOUT_MS = 30000;

export class AlterPartitionManager {
  private inFlight = new Map<number, Partition>();

  constructor(
    private ctx: SimContext,
    private brokerId: number,
    /** The active controller as this broker knows it (null: none known yet). */
    private controllerNode: () => string | null,
    private onCommitted: (p: Partition) => void,
    /** ZooKeeper mode sends AlterIsr to the controller broker instead (same fields, KIP-497). */
    private sendRequest: (
      to: string,
      req: AlterPartitionRequest,
      opts: SendOptions,
    ) => { correlationId: number } = (to, req, opts) =>
      ctx.network.sendToController(`broker:${brokerId}`, to, 'AlterPartition', req, opts),
  ) {}

  submit(p: Partition, newIsr: number[]): void {
    if (p.pendingIsr) return;
    // No active controller known: the next ISR check proposes it again.
    const controller = this.controllerNode();
    if (controller === null) return;
    p.pendingIsr = [...newIsr];
    const req: AlterPartitionRequest = {
      brokerId: this.brokerId,
      topic: p.topic,
      partition: p.partition,
      leaderEpoch: p.leaderEpoch,
      partitionEpoch: p.partitionEpoch,
      newIsr: [...newIsr],
    };
    const msg = this.sendRequest(controller, req, { topic: p.topic, partition: p.partition });
    this.inFlight.set(msg.correlationId, p);
    const sent = msg.correlationId;
    // Unanswered (controller unreachable): give up; the next check proposes it again.
    this.ctx.schedule(this.ctx.now() + REQUEST_TIMEOUT_MS, () => {
      const waiting = this.inFlight.get(sent);
      if (!waiting) return;
      this.inFlight.delete(sent);
      if (waiting.pendingIsr) waiting.pendingIsr = null;
    });
  }

  clear(): void {
    for (const p of this.inFlight.values()) p.pendingIsr = null;
    this.inFlight.clear();
  }

  onResponse(msg: { correlationId: number; payload: AlterPartitionResponse }): void {
    const p = this.inFlight.get(msg.correlationId);
    if (!p) return;
    this.inFlight.delete(msg.correlationId);
    const r = msg.payload;
    p.pendingIsr = null;
    if (
      r.error === 'NONE' &&
      r.leaderEpoch === p.leaderEpoch &&
      r.partitionEpoch > p.partitionEpoch
    ) {
      p.isr = [...r.isr];
      p.partitionEpoch = r.partitionEpoch;
    }
    this.onCommitted(p);
  }
}
