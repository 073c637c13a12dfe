// Kafka's ClusterConnectionStates and NetworkClient.leastLoadedNode, for one client: which
// brokers it holds a working connection to, and when it may connect again to one whose
// connection was reset. After a reset the client waits reconnect.backoff.ms before connecting
// again, doubling with every failed attempt up to reconnect.backoff.max.ms (20 % jitter); a
// connection that works resets the count. Meanwhile requests for that broker fail at once
// without reaching the wire, and requests that may go anywhere (Metadata, FindCoordinator)
// prefer brokers the client is connected to and never pick one it may not connect to yet.
//
// Simplification: one connection per broker. Kafka's consumer opens a second one to its group
// coordinator (node id Integer.MAX_VALUE − id) with its own backoff.
import type { Random } from '../sim/Random';
import {
  ExponentialBackoff,
  RETRY_BACKOFF_EXP_BASE,
  RETRY_BACKOFF_JITTER,
} from '../common/utils/ExponentialBackoff';

/** reconnect.backoff.ms and reconnect.backoff.max.ms, Kafka's client defaults. */
export const DEFAULT_RECONNECT_BACKOFF_MS = 50;
export const DEFAULT_RECONNECT_BACKOFF_MAX_MS = 1000;

export interface ReconnectBackoffConfig {
  reconnectBackoffMs: number;
  reconnectBackoffMaxMs: number;
}

interface NodeConnectionState {
  /** A response came since the last reset (Kafka's READY). */
  ready: boolean;
  /** Reset connections in a row (the backoff's exponent). */
  failedAttempts: number;
  lastConnectAttemptMs: number;
  /** After a reset: no new connection before lastConnectAttemptMs + this. */
  reconnectBackoffMs: number;
}

export class ClusterConnectionStates {
  private nodes = new Map<number, NodeConnectionState>();

  constructor(
    private random: Random,
    private config: () => ReconnectBackoffConfig,
  ) {}

  /** A response from `node`: the connection works, so the next reset backs off from the start. */
  ready(node: number): void {
    const s = this.nodes.get(node);
    if (s) {
      s.ready = true;
      s.failedAttempts = 0;
    } else
      this.nodes.set(node, {
        ready: true,
        failedAttempts: 0,
        lastConnectAttemptMs: -Infinity,
        reconnectBackoffMs: 0,
      });
  }

  /**
   * The connection to `node` was reset (or refused): no new one before the reconnect backoff.
   * Resets of requests already on the wire when it first failed count once.
   */
  disconnected(node: number, now: number): void {
    const s = this.nodes.get(node);
    if (s && !s.ready && this.isBlackedOut(node, now)) return;
    const { reconnectBackoffMs, reconnectBackoffMaxMs } = this.config();
    const backoff = new ExponentialBackoff(
      reconnectBackoffMs,
      RETRY_BACKOFF_EXP_BASE,
      reconnectBackoffMaxMs,
      RETRY_BACKOFF_JITTER,
    );
    const failedAttempts = s?.failedAttempts ?? 0;
    this.nodes.set(node, {
      ready: false,
      failedAttempts: failedAttempts + 1,
      lastConnectAttemptMs: now,
      reconnectBackoffMs: backoff.backoff(failedAttempts, this.random),
    });
  }

  /** Reset lately and still in its reconnect backoff: the client does not connect to it now. */
  isBlackedOut(node: number, now: number): boolean {
    return this.connectionDelay(node, now) > 0;
  }

  /** How long until the client may connect to `node` again (0: now). */
  connectionDelay(node: number, now: number): number {
    const s = this.nodes.get(node);
    if (!s || s.ready) return 0;
    return Math.max(0, s.lastConnectAttemptMs + s.reconnectBackoffMs - now);
  }

  /**
   * NetworkClient.leastLoadedNode: a broker to send a request that may go anywhere — never one
   * in its reconnect backoff, and one whose connection was reset only if no other is left. (Kafka
   * prefers established connections with the fewest requests in flight; the simulator picks at
   * random among the brokers that have not failed it.) Null while every broker is in backoff.
   */
  leastLoadedNode(nodes: number[], now: number): number | null {
    const usable = nodes.filter((n) => !this.isBlackedOut(n, now));
    if (usable.length === 0) return null;
    const healthy = usable.filter((n) => this.nodes.get(n)?.ready ?? true);
    const pool = healthy.length > 0 ? healthy : usable;
    return pool[this.random.nextInt(pool.length)]!;
  }

  /** When the first of `nodes` leaves its reconnect backoff. */
  nextConnectableAt(nodes: number[], now: number): number {
    let at = Infinity;
    for (const n of nodes) at = Math.min(at, now + this.connectionDelay(n, now));
    return at;
  }
}
