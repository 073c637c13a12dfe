// Finding the group coordinator and talking to it, shared by both group protocols (Kafka's
// AbstractCoordinator for the classic consumer, CoordinatorRequestManager for the KIP-848 one):
// FindCoordinator to a broker, requests with a timeout, and forgetting the coordinator when it
// stops answering or its connection resets, so the next need looks it up again.
//
// Lookups back off as Kafka's do (KIP-580): a failed one is retried after retry.backoff.ms,
// doubling per failure up to retry.backoff.max.ms. While a dead broker is still the
// coordinator in metadata (until the controller fences it), FindCoordinator keeps naming it: the
// classic consumer then finds its connection in reconnect backoff and looks again after the
// retry backoff (AbstractCoordinator.ensureCoordinatorReady); the KIP-848 consumer takes it, and
// its requests there fail at once without reaching the wire until the reconnect backoff ends —
// so the dead broker sees a connection attempt only every reconnect backoff, not every round trip.
import type { SimContext } from '../../sim/SimContext';
import type { ApiMessages, Message, ResponseMessage } from '../../network/Network';
import { isResponseTo, type BrokerApi } from '../../network/ApiMessages';
import type { ErrorCode } from '../../network/requests';
import type { ConsumerConfig } from '../../config/types';
import type { ClusterConnectionStates } from '../ClusterConnectionStates';
import { retryBackoff, type ExponentialBackoff } from '../../common/utils/ExponentialBackoff';
import { RequestState } from './RequestState';

/** request.timeout.ms, and retry.backoff.ms's default. */
export const REQUEST_TIMEOUT_MS = 30000;
export const RETRY_BACKOFF_MS = 100;

/** The consumer's retry backoff (retry.backoff.ms up to retry.backoff.max.ms). */
export function consumerRetryBackoff(cfg: ConsumerConfig): ExponentialBackoff {
  return retryBackoff(cfg.retryBackoffMs, cfg.retryBackoffMaxMs);
}

interface Pending {
  onResponse: (msg: Message) => void;
  onFail: (error: ErrorCode) => void;
}

/** What it needs of the consumer (a subset of ConsumerHooks). */
export interface CoordinatorHooks {
  readonly groupId: string;
  readonly nodeId: string;
  bootstrapBrokers(): number[];
  config(): ConsumerConfig;
  readonly connections: ClusterConnectionStates;
  /** Something poll() should see changed. */
  wake(): void;
}

export class CoordinatorRequestManager {
  coordinator: number | null = null;
  private findInFlight = false;
  /** The FindCoordinator in flight: where to, and its correlation id. */
  private findTo: { broker: number; correlationId: number } | null = null;
  /** When FindCoordinator may go again (RequestState / ensureCoordinatorReady's attempts). */
  private findState: RequestState;
  /**
   * Classic: no lookup before this after the coordinator was lost — joinGroupIfNeeded and the
   * heartbeat thread wait retry.backoff.ms before looking again.
   */
  private findNotBefore = -Infinity;
  /** A lookup scheduled for later. */
  private findTimerAt: number | null = null;
  private pending = new Map<number, Pending>();
  private waiters: { run: () => void; deadline: number; expire: () => void }[] = [];
  private closed = false;

  constructor(
    private ctx: SimContext,
    private h: CoordinatorHooks,
    /** The coordinator was found (the protocol restarts its session clock, or heartbeats). */
    private onFound: () => void,
    private protocol: 'classic' | 'consumer',
  ) {
    this.findState = new RequestState(ctx.random, () => consumerRetryBackoff(h.config()));
  }

  stop(): void {
    this.closed = true;
    this.pending.clear();
    this.waiters = [];
  }

  /** True if the coordinator is known; otherwise start looking for it (FindCoordinator). */
  ensureCoordinatorReady(): boolean {
    if (this.coordinator !== null) return true;
    if (this.findInFlight || this.closed) return false;
    const now = this.ctx.now();
    const at = Math.max(this.findState.nextSendAt(now), this.findNotBefore);
    if (at > now) {
      this.lookUpAt(at);
      return false;
    }
    const brokers = this.h.bootstrapBrokers();
    // leastLoadedNode: never a broker in reconnect backoff, nor one that just failed if others are left.
    const broker = this.h.connections.leastLoadedNode(brokers, now);
    if (broker === null) {
      // No broker to ask (RequestFuture.noBrokersAvailable, retriable): back off, and not before
      // one may be connected to again.
      this.findState.onFailedAttempt(now);
      const next = this.findState.nextSendAt(now);
      const connectable = this.h.connections.nextConnectableAt(brokers, now);
      if (connectable < Infinity) this.lookUpAt(Math.max(next, connectable));
      return false;
    }
    this.findInFlight = true;
    const msg = this.ctx.network.send(this.h.nodeId, `broker:${broker}`, 'FindCoordinator', {
      key: this.h.groupId,
    });
    const sent = msg.correlationId;
    this.findTo = { broker, correlationId: sent };
    const failed = () => {
      this.findInFlight = false;
      this.findTo = null;
      this.findState.onFailedAttempt(this.ctx.now());
      this.lookUpAt(this.findState.nextSendAt(this.ctx.now()));
    };
    this.pending.set(sent, {
      onResponse: (m) => {
        if (!isResponseTo(m, 'FindCoordinator')) return;
        const res = m.payload;
        if (res.error !== 'NONE') return failed();
        const now = this.ctx.now();
        // AbstractCoordinator.ensureCoordinatorReady: found, but the connection to it failed
        // moments ago (client.isUnavailable, its reconnect backoff): mark it unknown and back off
        // before looking again. The KIP-848 consumer takes it; its requests fail at once.
        if (this.protocol === 'classic' && this.h.connections.isBlackedOut(res.nodeId, now))
          return failed();
        this.findInFlight = false;
        this.findTo = null;
        // Classic: the lookup loop ends, its attempts with it. KIP-848: a success resets the
        // count, yet the next lookup still waits retry.backoff.ms (RequestState).
        if (this.protocol === 'classic') this.findState.reset();
        else this.findState.onSuccessfulAttempt(now);
        this.coordinator = res.nodeId;
        this.onFound();
        const waiters = this.waiters;
        this.waiters = [];
        for (const w of waiters) w.run();
        this.h.wake();
      },
      onFail: failed,
    });
    this.ctx.schedule(this.ctx.now() + REQUEST_TIMEOUT_MS, () => {
      if (this.pending.delete(sent)) failed();
    });
    return false;
  }

  /** Look the coordinator up at `at` (the earliest such timer wins). */
  private lookUpAt(at: number): void {
    const now = this.ctx.now();
    if (this.findTimerAt !== null && this.findTimerAt >= now && this.findTimerAt <= at) return;
    this.findTimerAt = at;
    this.ctx.schedule(Math.max(at, now), () => {
      if (this.findTimerAt !== at) return;
      this.findTimerAt = null;
      this.ensureCoordinatorReady();
    });
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
    const now = this.ctx.now();
    // Classic: look again after retry.backoff.ms (joinGroupIfNeeded's sleep). KIP-848: as soon as
    // the FindCoordinator backoff allows.
    if (this.protocol === 'classic') this.findNotBefore = now + this.h.config().retryBackoffMs;
    this.lookUpAt(Math.max(this.findState.nextSendAt(now), this.findNotBefore));
    this.h.wake();
  }

  /** Send to the coordinator; no answer within `timeoutMs` means it is gone. */
  send<K extends BrokerApi>(
    api: K,
    payload: ApiMessages[K]['request'],
    timeoutMs: number,
    onResponse: (msg: ResponseMessage<K>) => void,
    onFail: (error: ErrorCode) => void,
  ): void {
    const coordinator = this.coordinator;
    if (coordinator === null) return onFail('COORDINATOR_NOT_AVAILABLE');
    if (this.h.connections.isBlackedOut(coordinator, this.ctx.now())) {
      // Its connection was reset and the reconnect backoff has not passed: NetworkClient does not
      // connect, and the request fails with a disconnect without reaching the wire
      // (ConsumerNetworkClient / NetworkClientDelegate.checkDisconnects).
      this.ctx.schedule(this.ctx.now(), () => {
        if (this.closed) return;
        if (this.coordinator === coordinator) this.markCoordinatorUnknown();
        onFail('NETWORK_EXCEPTION');
      });
      return;
    }
    const msg = this.ctx.network.send(this.h.nodeId, `broker:${coordinator}`, api, payload);
    const sent = msg.correlationId;
    this.pending.set(sent, {
      onResponse: (m) => {
        if (isResponseTo(m, api)) onResponse(m);
      },
      onFail,
    });
    this.ctx.schedule(this.ctx.now() + timeoutMs, () => {
      if (this.pending.has(sent)) this.markCoordinatorUnknown(); // fails this one too
    });
  }

  /** Fire and forget (LeaveGroup on close). */
  sendOneWay<K extends BrokerApi>(api: K, payload: ApiMessages[K]['request']): boolean {
    if (this.coordinator === null) return false;
    if (this.h.connections.isBlackedOut(this.coordinator, this.ctx.now())) return false;
    this.ctx.network.send(this.h.nodeId, `broker:${this.coordinator}`, api, payload);
    return true;
  }

  onResponse(msg: Message): void {
    const p = this.pending.get(msg.correlationId);
    if (!p) return;
    this.pending.delete(msg.correlationId);
    p.onResponse(msg);
  }

  /** A broker's connection was reset (the consumer has noted it in its connection states). */
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
