// A broker's ZooKeeper client (Kafka's ZooKeeperClient over the ZooKeeper Java client): one
// session, connected to one server at a time. It pings every third of the session timeout; not
// heard back within two thirds (the client's read timeout) it drops the connection and tries the
// next server — each try waits timeout / servers for an answer. Its session lives on at the
// ensemble until the leader has not heard from it for the whole timeout: a broker's crash is seen
// only then. Reconnected after that, the client is told its session expired, and Kafka starts
// afresh (a new session, registration and controller election). At most
// zookeeper.max.in.flight.requests requests are on the wire; the rest queue, and a request lost
// with its connection is sent again once connected (Kafka's retryRequestsUntilConnected).
import type { SimContext } from '../sim/SimContext';
import type { ZooKeeperEnsemble } from './ZooKeeperEnsemble';
import type { WatchedEvent, ZkOp, Znode } from './DataTree';
import type { WriteResult } from './ZooKeeperEnsemble';

export type ZkClientState = 'connecting' | 'connected' | 'expired' | 'closed';

export interface ZkClientHandlers {
  /** The session expired (learned on reconnecting, or at a ping): start again with a new one. */
  onExpired(): void;
  onWatch(e: WatchedEvent): void;
  /** A session was opened (the first connection of this client). */
  onSession(): void;
}

type Request =
  | {
      kind: 'getData';
      path: string;
      watch: boolean;
      cb: (n: Znode | null | 'SESSIONEXPIRED') => void;
    }
  | {
      kind: 'getChildren';
      path: string;
      watch: boolean;
      cb: (c: string[] | null | 'SESSIONEXPIRED') => void;
    }
  | { kind: 'multi'; ops: ZkOp[]; cb: (r: WriteResult | 'SESSIONEXPIRED') => void };

export class ZooKeeperClient {
  state: ZkClientState = 'connecting';
  sessionId: number | null = null;
  /** The server this client is connected (or connecting) to. */
  server: number | null = null;
  private lastHeard = 0;
  /** Bumped by stop, close, expiry and each new connection: older timers do nothing. */
  private gen = 0;
  private queue: Request[] = [];
  /** Sent and not answered yet: sent again if the connection is given up. */
  private inFlight = new Set<Request>();
  /** Lost on a cut link or not committed (no quorum): sent again once the server answers pings. */
  private lost: Request[] = [];
  /** The server's connection count when this client connected: a newer one means it was dropped. */
  private serverConnections = 0;
  /** A request was lost with the connection: nothing more is sent on it. */
  private stalled = false;
  private pendingWatches: WatchedEvent[] = [];
  private nextServer: number;
  private readonly serverIds: number[];

  constructor(
    private ctx: SimContext,
    private ensemble: ZooKeeperEnsemble,
    readonly owner: number,
    private nodeId: string,
    readonly timeoutMs: number,
    private maxInFlight: number,
    private latencyMs: number,
    private handlers: ZkClientHandlers,
  ) {
    this.serverIds = [...ensemble.servers.keys()];
    // The connect string's order, rotated per broker so the brokers spread over the servers.
    this.nextServer = (owner - 1) % this.serverIds.length;
  }

  get connected(): boolean {
    return this.state === 'connected';
  }

  /** Start connected with a bootstrap session (the cluster starts formed). */
  bootstrap(sessionId: number): void {
    this.sessionId = sessionId;
    this.server = this.serverIds[this.nextServer]!;
    this.nextServer = (this.nextServer + 1) % this.serverIds.length;
    this.onConnected();
  }

  start(): void {
    this.connect();
  }

  /** The process died: nothing more is sent; the session lives on at the ensemble until it expires. */
  stop(): void {
    this.gen++;
    this.state = 'closed';
    this.queue = [];
    this.inFlight.clear();
    this.lost = [];
  }

  /** A clean shutdown closes the session: its ephemeral znodes go at once. */
  close(): void {
    const { server, sessionId } = this;
    if (this.connected && server !== null && sessionId !== null && this.reachable(server)) {
      const at = this.ctx.now() + this.latencyMs;
      this.ctx.schedule(at, () => this.ensemble.closeSession(server, sessionId));
    }
    this.stop();
  }

  getData(path: string, watch: boolean, cb: (n: Znode | null | 'SESSIONEXPIRED') => void): void {
    this.enqueue({ kind: 'getData', path, watch, cb });
  }

  getChildren(
    path: string,
    watch: boolean,
    cb: (c: string[] | null | 'SESSIONEXPIRED') => void,
  ): void {
    this.enqueue({ kind: 'getChildren', path, watch, cb });
  }

  /** One transaction of one or more ops (ZooKeeper's multi), all applied or none. */
  multi(ops: ZkOp[], cb: (r: WriteResult | 'SESSIONEXPIRED') => void): void {
    this.enqueue({ kind: 'multi', ops, cb });
  }

  /**
   * Server `id` closed its client connections: it stopped, or left the quorum, or a new leader
   * was elected (followers drop their clients and resync). Heard at once unless the link is cut
   * (then only the read timeout tells); the client reconnects and sends again what was unanswered.
   */
  serverClosed(id: number): void {
    if (this.server !== id || (this.state !== 'connected' && this.state !== 'connecting')) return;
    if (!this.ensemble.linked(this.nodeId, this.ensemble.servers.get(id)!.nodeId)) return;
    const gen = ++this.gen;
    this.ctx.schedule(this.ctx.now() + this.latencyMs, () => {
      if (gen === this.gen) this.reconnect();
    });
  }

  /** Give the connection up: what was unanswered is sent again on the next one. */
  private reconnect(): void {
    this.queue.unshift(...this.lost, ...this.inFlight);
    this.lost = [];
    this.inFlight.clear();
    this.connect();
  }

  /** A watch this client's session set has fired at the ensemble. */
  notify(e: WatchedEvent): void {
    if (this.state === 'closed' || this.state === 'expired') return;
    if (!this.connected) {
      this.pendingWatches.push(e);
      return;
    }
    const gen = this.gen;
    this.ctx.schedule(this.ctx.now() + this.latencyMs, () => {
      if (gen === this.gen) this.handlers.onWatch(e);
      else this.pendingWatches.push(e);
    });
  }

  private reachable(server: number): boolean {
    // A server that is not serving (stopped, or without a quorum) takes no connection.
    return this.ensemble.canServe(server, this.nodeId);
  }

  private connect(): void {
    const gen = ++this.gen;
    this.state = 'connecting';
    this.stalled = false;
    const server = this.serverIds[this.nextServer]!;
    this.nextServer = (this.nextServer + 1) % this.serverIds.length;
    this.server = server;
    const L = this.latencyMs;
    const now = this.ctx.now();
    const connectTimeout = Math.floor(this.timeoutMs / this.serverIds.length);
    this.ctx.schedule(now + L, () => {
      if (gen !== this.gen) return;
      if (!this.reachable(server)) {
        this.ctx.schedule(now + connectTimeout, () => gen === this.gen && this.connect());
        return;
      }
      if (this.sessionId === null) {
        this.ensemble.createSession(server, this.owner, this.timeoutMs, (id) => {
          this.ctx.schedule(this.ctx.now() + L, () => {
            if (gen !== this.gen) return;
            if (id === null) return void this.connect();
            this.sessionId = id;
            this.handlers.onSession();
            this.onConnected();
          });
        });
        return;
      }
      const open = this.ensemble.touch(this.sessionId);
      this.ctx.schedule(this.ctx.now() + L, () => {
        if (gen !== this.gen) return;
        if (open) this.onConnected();
        else this.expire();
      });
    });
  }

  private onConnected(): void {
    const gen = ++this.gen;
    this.state = 'connected';
    this.serverConnections = this.ensemble.servers.get(this.server!)!.connections;
    this.stalled = false;
    this.lastHeard = this.ctx.now();
    const watches = this.pendingWatches;
    this.pendingWatches = [];
    for (const e of watches) this.handlers.onWatch(e);
    this.pump();
    const every = Math.max(1, Math.floor(this.timeoutMs / 3));
    const readTimeout = Math.floor((this.timeoutMs * 2) / 3);
    const ping = () => {
      if (gen !== this.gen) return;
      const server = this.ensemble.servers.get(this.server!)!;
      // The server dropped this connection while the link was cut: the ping meets a reset.
      if (
        server.connections !== this.serverConnections &&
        this.ensemble.linked(this.nodeId, server.nodeId)
      )
        return this.reconnect();
      if (this.reachable(server.id)) {
        if (!this.ensemble.touch(this.sessionId!)) return this.expire();
        this.lastHeard = this.ctx.now();
        if (this.stalled) {
          // The link is back: what was lost on it goes again (TCP retransmits).
          this.stalled = false;
          this.queue.unshift(...this.lost);
          this.lost = [];
          this.pump();
        }
      } else if (this.ctx.now() - this.lastHeard >= readTimeout) {
        // Read timeout: the connection is given up; what was on it is sent again later.
        return this.reconnect();
      }
      this.ctx.schedule(this.ctx.now() + every, ping);
    };
    this.ctx.schedule(this.ctx.now() + every, ping);
  }

  private expire(): void {
    this.gen++;
    this.state = 'expired';
    const failed = [...this.lost, ...this.inFlight, ...this.queue];
    this.queue = [];
    this.lost = [];
    this.inFlight.clear();
    this.pendingWatches = [];
    for (const r of failed) r.cb('SESSIONEXPIRED');
    this.handlers.onExpired();
  }

  private enqueue(r: Request): void {
    if (this.state === 'closed' || this.state === 'expired') {
      r.cb('SESSIONEXPIRED');
      return;
    }
    this.queue.push(r);
    this.pump();
  }

  private pump(): void {
    while (this.connected && !this.stalled && this.inFlight.size < this.maxInFlight) {
      const r = this.queue.shift();
      if (!r) return;
      this.send(r);
    }
  }

  private send(r: Request): void {
    this.inFlight.add(r);
    const gen = this.gen;
    const server = this.server!;
    const session = this.sessionId!;
    const L = this.latencyMs;
    const back = (deliver: () => void) =>
      this.ctx.schedule(this.ctx.now() + L, () => {
        if (gen !== this.gen) return;
        this.inFlight.delete(r);
        this.lastHeard = this.ctx.now();
        deliver();
        this.pump();
      });
    this.ctx.schedule(this.ctx.now() + L, () => {
      if (gen !== this.gen) return;
      if (!this.reachable(server)) {
        // Lost on the way: the client hears nothing until the link is back or it times out.
        this.inFlight.delete(r);
        this.lost.push(r);
        this.stalled = true;
        return;
      }
      if (!this.ensemble.touch(session)) return this.expire();
      const tree = this.ensemble.tree;
      switch (r.kind) {
        case 'getData': {
          const n = tree.get(r.path) ?? null;
          if (r.watch) tree.watch(r.path, 'data', session);
          back(() => r.cb(n));
          break;
        }
        case 'getChildren': {
          const n = tree.get(r.path);
          if (n && r.watch) tree.watch(r.path, 'children', session);
          const c = n ? tree.getChildren(r.path) : null;
          back(() => r.cb(c));
          break;
        }
        case 'multi':
          this.ensemble.write(server, r.ops, (result) => {
            if (result === 'CONNECTIONLOSS') {
              // Not committed: sent again once the client is connected to a serving server.
              this.ctx.schedule(this.ctx.now() + L, () => {
                if (gen !== this.gen) return;
                this.inFlight.delete(r);
                this.lost.push(r);
                this.stalled = true;
              });
              return;
            }
            back(() => r.cb(result));
          });
          break;
      }
    });
  }
}
