// Kafka's BrokerLifecycleManager: the broker's heartbeat to the active controller every
// broker.heartbeat.interval.ms. A broker whose heartbeats stop (crash, network cut) is fenced
// by the controller after broker.session.timeout.ms. A controlled shutdown asks through the
// heartbeat and waits until the controller has moved its leaderships away.
import type { SimContext } from '../sim/SimContext';
import type { ControllerResponseMessage } from '../network/Network';
import type { BrokerHeartbeatRequest } from '../network/controllerRequests';

export class BrokerLifecycleManager {
  private running = false;
  private generation = 0;
  wantShutDown = false;
  /** What the controller last said. */
  isFenced = false;

  constructor(
    private ctx: SimContext,
    private brokerId: number,
    /** The active controller as this broker knows it (null: none known yet). */
    private controllerNode: () => string | null,
    private metadataOffset: () => number,
    private onShutdownAllowed: () => void,
  ) {}

  start(): void {
    this.running = true;
    this.wantShutDown = false;
    const gen = ++this.generation;
    this.beat(gen);
  }

  stop(): void {
    this.running = false;
    this.generation++;
  }

  /** Begin a controlled shutdown: ask at once rather than waiting for the next beat. */
  requestShutdown(): void {
    this.wantShutDown = true;
    this.send();
  }

  private beat(gen: number): void {
    if (!this.running || gen !== this.generation) return;
    this.send();
    this.ctx.schedule(this.ctx.now() + this.ctx.brokerConfig.brokerHeartbeatIntervalMs, () =>
      this.beat(gen),
    );
  }

  private send(): void {
    // No leader known (an election, or cut off): the next beat tries again.
    const controller = this.controllerNode();
    if (controller === null) return;
    const req: BrokerHeartbeatRequest = {
      brokerId: this.brokerId,
      currentMetadataOffset: this.metadataOffset(),
      wantFence: false,
      wantShutDown: this.wantShutDown,
    };
    this.ctx.network.sendToController(
      `broker:${this.brokerId}`,
      controller,
      'BrokerHeartbeat',
      req,
    );
  }

  onResponse(msg: ControllerResponseMessage<'BrokerHeartbeat'>): void {
    if (!this.running) return;
    if (msg.payload.error === 'NOT_CONTROLLER') {
      // Asked a controller that no longer leads: ask the leader the metadata log names soon.
      if (this.wantShutDown)
        this.ctx.schedule(this.ctx.now() + 200, () => this.running && this.send());
      return;
    }
    this.isFenced = msg.payload.isFenced;
    if (this.wantShutDown && msg.payload.shouldShutDown) this.onShutdownAllowed();
    else if (this.wantShutDown) {
      // Leaderships are still moving: ask again soon.
      this.ctx.schedule(this.ctx.now() + 200, () => this.running && this.send());
    }
  }
}
