// Finding the group coordinator and talking to it, shared by both group protocols (Kafka's
// AbstractCoordinator for the classic consumer, CoordinatorRequestManager for the KIP-848 one):
// FindCoordinator to a bootstrap broker, requests with a timeout, and forgetting the coordinator
// when it stops answering or its connection resets, so the next need looks it up again.
import type { SimContext } from '../../sim/SimContext';
import type { Message } from '../../network/Network';
import type { ErrorCode, FindCoordinatorResponse } from '../../network/requests';
import type { ApiKey } from '../../trace/TraceEvent';

/** request.timeout.ms and retry.backoff.ms. */
export const REQUEST_TIMEOUT_MS = 30000;
export const RETRY_BACKOFF_MS = 100;

interface Pending {
  onResponse: (msg: Message) => void;
  onFail: (error: ErrorCode) => void;
}

/** What it needs of the consumer (a subset of ConsumerHooks). */
export interface CoordinatorHooks {
  readonly groupId: string;
  readonly nodeId: string;
  bootstrapBrokers(): number[];
  /** Something poll() should see changed. */
  wake(): void;
}

export class CoordinatorRequestManager {
  coordinator: number | null = null;
  private findInFlight = false;
  /** The FindCoordinator in flight: where to, and its correlation id. */
  private findTo: { broker: number; correlationId: number } | null = null;
  private pending = new Map<number, Pending>();
  private waiters: { run: () => void; deadline: number; expire: () => void }[] = [];
  private closed = false;

  constructor(
    private ctx: SimContext,
    private h: CoordinatorHooks,
    /** The coordinator was found (the protocol restarts its session clock, or heartbeats). */
    private onFound: () => void,
  ) {}

  stop(): void {
    this.closed = true;
    this.pending.clear();
    this.waiters = [];
  }

  /** True if the coordinator is known; otherwise start looking for it (FindCoordinator). */
  ensureCoordinatorReady(): boolean {
    if (this.coordinator !== null) return true;
    if (this.findInFlight || this.closed) return false;
    const brokers = this.h.bootstrapBrokers();
    if (brokers.length === 0) return false;
    const broker = brokers[this.ctx.random.nextInt(brokers.length)]!;
    this.findInFlight = true;
    const msg = this.ctx.network.send(this.h.nodeId, `broker:${broker}`, 'FindCoordinator', false, {
      key: this.h.groupId,
    });
    const sent = msg.correlationId;
    this.findTo = { broker, correlationId: sent };
    const retry = () => {
      this.findInFlight = false;
      this.findTo = null;
      this.ctx.schedule(this.ctx.now() + RETRY_BACKOFF_MS, () => {
        this.ensureCoordinatorReady();
      });
    };
    this.pending.set(sent, {
      onResponse: (m) => {
        const res = m.payload as FindCoordinatorResponse;
        if (res.error !== 'NONE') return retry();
        this.findInFlight = false;
        this.findTo = null;
        this.coordinator = res.nodeId;
        this.onFound();
        const waiters = this.waiters;
        this.waiters = [];
        for (const w of waiters) w.run();
        this.h.wake();
      },
      onFail: retry,
    });
    this.ctx.schedule(this.ctx.now() + REQUEST_TIMEOUT_MS, () => {
      if (this.pending.delete(sent)) retry();
    });
    return false;
  }

  /** Run `run` once the coordinator is known, or `expire` at `deadline`. */
  whenCoordinatorKnown(run: () => void, deadline: number, expire: () => void): void {
    this.waiters.push({ run, deadline, expire });
    this.ctx.schedule(deadline, () => {
      const i = this.waiters.findIndex((w) => w.run === run);
      if (i < 0) return;
      this.waiters.splice(i, 1);
      expire();
    });
  }

  /** Forget the coordinator: its requests in flight fail, and the next need looks it up again. */
  markCoordinatorUnknown(): void {
    if (this.coordinator === null) return;
    this.coordinator = null;
    const failed = [...this.pending.values()];
    this.pending.clear();
    this.findInFlight = false;
    this.findTo = null;
    for (const p of failed) p.onFail('COORDINATOR_NOT_AVAILABLE');
    // Look it up again after retry.backoff.ms.
    this.ctx.schedule(this.ctx.now() + RETRY_BACKOFF_MS, () => this.ensureCoordinatorReady());
    this.h.wake();
  }

  /** Send to the coordinator; no answer within `timeoutMs` means it is gone. */
  send(
    api: ApiKey,
    payload: unknown,
    timeoutMs: number,
    onResponse: (msg: Message) => void,
    onFail: (error: ErrorCode) => void,
  ): void {
    if (this.coordinator === null) return onFail('COORDINATOR_NOT_AVAILABLE');
    const msg = this.ctx.network.send(
      this.h.nodeId,
      `broker:${this.coordinator}`,
      api,
      false,
      payload,
    );
    const sent = msg.correlationId;
    this.pending.set(sent, { onResponse, onFail });
    this.ctx.schedule(this.ctx.now() + timeoutMs, () => {
      if (this.pending.has(sent)) this.markCoordinatorUnknown(); // fails this one too
    });
  }

  /** Fire and forget (LeaveGroup on close). */
  sendOneWay(api: ApiKey, payload: unknown): boolean {
    if (this.coordinator === null) return false;
    this.ctx.network.send(this.h.nodeId, `broker:${this.coordinator}`, api, false, payload);
    return true;
  }

  onResponse(msg: Message): void {
    const p = this.pending.get(msg.correlationId);
    if (!p) return;
    this.pending.delete(msg.correlationId);
    p.onResponse(msg);
  }

  /** A broker's connection was reset. */
  onDisconnect(broker: number): void {
    if (broker === this.coordinator) this.markCoordinatorUnknown();
    else if (this.findTo?.broker === broker) {
      // The FindCoordinator sent there is lost: ask another broker.
      const p = this.pending.get(this.findTo.correlationId);
      this.pending.delete(this.findTo.correlationId);
      p?.onFail('NETWORK_EXCEPTION');
    }
  }
}

export function isCoordinatorError(e: ErrorCode): boolean {
  return (
    e === 'NOT_COORDINATOR' ||
    e === 'COORDINATOR_NOT_AVAILABLE' ||
    e === 'COORDINATOR_LOAD_IN_PROGRESS' ||
    e === 'NETWORK_EXCEPTION'
  );
}
