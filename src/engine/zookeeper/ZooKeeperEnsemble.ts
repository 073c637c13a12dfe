// The ZooKeeper ensemble (Zab, simplified): one leader orders every write with a zxid and commits
// it once a majority of servers has acked the proposal; a server cut off from a majority stops
// serving. The leader is chosen among the servers that can reach a majority: the one with the
// highest zxid, then the highest id (the outcome of ZooKeeper's FastLeaderElection; its message
// exchange is not modelled: it takes ELECTION_MS). The leader's session tracker expires a
// session not heard from within its timeout — deleting its ephemeral znodes in one transaction —
// and a new leader gives every session a full timeout again, as ZooKeeper does.
//
// Requests between a broker's client and its server are not drawn as messages: each hop costs
// the network's latency, and a cut link or a stopped process loses it (network.isLinkCut).
import type { SimContext } from '../sim/SimContext';
import { DataTree, type TreeChange, type WatchedEvent, type ZkError, type ZkOp } from './DataTree';
import { ZooKeeperServer } from './ZooKeeperServer';
import type { BrokerStopReason } from '../trace/reasons';

/** How long an election takes once a majority can talk (FastLeaderElection's rounds). */
export const ELECTION_MS = 200;

export interface ZkSession {
  id: number;
  /** The broker that opened it. */
  owner: number;
  timeoutMs: number;
  /** When the leader last heard from it (a ping or a request through any serving server). */
  lastHeard: number;
  state: 'open' | 'expired' | 'closed';
}

/** A write's outcome: the tree's answer, or CONNECTIONLOSS when no quorum committed it. */
export type WriteResult = ZkError | 'CONNECTIONLOSS';

export interface EnsembleHooks {
  onChange(c: TreeChange): void;
  /** A watch fired for a session: its client hears of it. */
  onWatch(session: number, e: WatchedEvent): void;
  /** A session ended (expired or closed): its client learns when it next talks to a server. */
  onSessionEnd(session: ZkSession): void;
  /** These servers closed their client connections (stopped, left the quorum, a new epoch). */
  onServersClosed(ids: readonly number[]): void;
}

export class ZooKeeperEnsemble {
  readonly servers = new Map<number, ZooKeeperServer>();
  readonly tree: DataTree;
  readonly sessions = new Map<number, ZkSession>();
  leaderId: number | null = null;
  /** Bumped by each elected leader (ZooKeeper's peer epoch, the zxid's high half). */
  epoch = 0;
  zxid = 0;
  private nextSession = 1;
  private electionPending = false;
  /** Bumped at each leader change: a proposal of an earlier leader never commits. */
  private term = 0;

  constructor(
    private ctx: SimContext,
    ids: readonly number[],
    private latencyMs: number,
    private hooks: EnsembleHooks,
  ) {
    for (const id of ids) this.servers.set(id, new ZooKeeperServer(id));
    this.tree = new DataTree(
      (c) => {
        this.traceChange(c);
        hooks.onChange(c);
      },
      (s, e) => hooks.onWatch(s, e),
    );
  }

  get majority(): number {
    return Math.floor(this.servers.size / 2) + 1;
  }

  get leader(): ZooKeeperServer | null {
    return this.leaderId === null ? null : this.servers.get(this.leaderId)!;
  }

  /** Whether `a` and `b` can talk (both ends are checked for running by the caller). */
  linked(a: string, b: string): boolean {
    return a === b || !this.ctx.network.isLinkCut(a, b);
  }

  /** Whether a client on `node` can talk to server `id` and be served. */
  canServe(id: number, node: string): boolean {
    const s = this.servers.get(id);
    return !!s && s.serving && this.linked(node, s.nodeId);
  }

  /** The cluster starts with a formed ensemble: `leader` leads epoch 1, every server follows. */
  bootstrap(): void {
    const leader = Math.max(...this.servers.keys());
    this.elect(leader);
  }

  /** Apply writes before the run starts (the cluster's initial znodes). */
  bootstrapWrite(ops: readonly ZkOp[]): ZkError {
    const r = this.tree.apply(ops, ++this.zxid);
    for (const s of this.servers.values()) s.zxid = this.zxid;
    return r;
  }

  /** Open a session at bootstrap (the brokers start registered). */
  bootstrapSession(owner: number, timeoutMs: number): number {
    const s = this.newSession(owner, timeoutMs);
    this.scheduleExpiry(s);
    return s.id;
  }

  // --- the ensemble's members -------------------------------------------------------------

  stopServer(id: number, reason: BrokerStopReason): void {
    const s = this.servers.get(id)!;
    if (!s.running) return;
    s.running = false;
    s.role = 'looking';
    this.ctx.trace({ type: 'zookeeper.status', server: id, status: 'offline', reason });
    this.closeClients([id]);
    this.reevaluate();
  }

  startServer(id: number): void {
    const s = this.servers.get(id)!;
    if (s.running) return;
    s.running = true;
    this.ctx.trace({ type: 'zookeeper.status', server: id, status: 'online' });
    this.reevaluate();
  }

  /**
   * After a server stopped or started, or a link was cut or healed: the leader keeps leading only
   * while it reaches a majority; the servers it reaches follow it, the others look for a leader.
   */
  reevaluate(): void {
    const leader = this.leader;
    if (leader && (!leader.running || this.reachableFrom(leader).length < this.majority)) {
      this.leaderId = null;
      this.term++;
      for (const s of this.servers.values()) s.role = 'looking';
      this.ctx.trace({ type: 'zookeeper.leader', server: null, epoch: this.epoch });
      this.closeClients([...this.servers.keys()]);
    }
    const now = this.leader;
    if (now) {
      const followers = new Set(this.reachableFrom(now).map((s) => s.id));
      const dropped: number[] = [];
      for (const s of this.servers.values()) {
        if (s === now) continue;
        if (followers.has(s.id)) {
          s.role = 'follower';
          s.zxid = this.zxid;
        } else {
          // A follower cut off from the leader leaves the quorum and drops its clients.
          if (s.role !== 'looking') dropped.push(s.id);
          s.role = 'looking';
        }
      }
      if (dropped.length > 0) this.closeClients(dropped);
      return;
    }
    if (this.electionPending) return;
    this.electionPending = true;
    this.ctx.schedule(this.ctx.now() + ELECTION_MS, () => {
      this.electionPending = false;
      if (this.leaderId !== null) return;
      let best: ZooKeeperServer | null = null;
      for (const s of this.servers.values()) {
        if (!s.running || this.reachableFrom(s).length < this.majority) continue;
        if (!best || s.zxid > best.zxid || (s.zxid === best.zxid && s.id > best.id)) best = s;
      }
      if (best) this.elect(best.id);
    });
  }

  /** The running servers `s` can talk to, itself included. */
  private reachableFrom(s: ZooKeeperServer): ZooKeeperServer[] {
    return [...this.servers.values()].filter(
      (o) => o.running && (o === s || this.linked(s.nodeId, o.nodeId)),
    );
  }

  private elect(id: number): void {
    this.leaderId = id;
    this.epoch++;
    this.term++;
    const leader = this.servers.get(id)!;
    leader.role = 'leader';
    leader.zxid = this.zxid;
    this.reevaluate();
    this.ctx.trace({ type: 'zookeeper.leader', server: id, epoch: this.epoch });
    // Followers resync with the new leader: every client connection is dropped and made again.
    this.closeClients([...this.servers.keys()]);
    // A new leader's session tracker starts every session's timeout afresh.
    const now = this.ctx.now();
    for (const s of this.sessions.values())
      if (s.state === 'open') {
        s.lastHeard = now;
        this.scheduleExpiry(s);
      }
  }

  /** These servers drop their client connections; the clients hear it (unless cut off). */
  private closeClients(ids: readonly number[]): void {
    for (const id of ids) this.servers.get(id)!.connections++;
    this.hooks.onServersClosed(ids);
  }

  // --- sessions ---------------------------------------------------------------------------

  private newSession(owner: number, timeoutMs: number): ZkSession {
    const s: ZkSession = {
      id: this.nextSession++,
      owner,
      timeoutMs,
      lastHeard: this.ctx.now(),
      state: 'open',
    };
    this.sessions.set(s.id, s);
    this.ctx.trace({ type: 'zookeeper.session', session: s.id, broker: owner, state: 'created' });
    return s;
  }

  /** createSession through server `via` (a write: it commits on a majority). */
  createSession(
    via: number,
    owner: number,
    timeoutMs: number,
    cb: (id: number | null) => void,
  ): void {
    this.propose(
      via,
      () => {
        const s = this.newSession(owner, timeoutMs);
        this.scheduleExpiry(s);
        return s.id;
      },
      cb,
    );
  }

  /** A ping or request reached a serving server: the leader hears of the session now. */
  touch(id: number): boolean {
    const s = this.sessions.get(id);
    if (!s || s.state !== 'open') return false;
    if (this.leaderId !== null) s.lastHeard = this.ctx.now();
    return true;
  }

  isOpen(id: number): boolean {
    return this.sessions.get(id)?.state === 'open';
  }

  /** The client closes its session (a clean shutdown): its ephemerals go at once. */
  closeSession(via: number, id: number): void {
    this.propose(
      via,
      () => this.endSession(id, 'closed'),
      () => {},
    );
  }

  private scheduleExpiry(s: ZkSession): void {
    const term = this.term;
    this.ctx.schedule(s.lastHeard + s.timeoutMs, () => {
      if (s.state !== 'open' || term !== this.term || this.leaderId === null) return;
      if (this.ctx.now() - s.lastHeard < s.timeoutMs) return this.scheduleExpiry(s);
      // The leader's closeSession transaction: proposed, committed on a majority.
      this.propose(
        this.leaderId,
        () => this.endSession(s.id, 'expired'),
        () => {},
      );
    });
  }

  private endSession(id: number, state: 'expired' | 'closed'): void {
    const s = this.sessions.get(id);
    if (!s || s.state !== 'open') return;
    s.state = state;
    this.ctx.trace({ type: 'zookeeper.session', session: id, broker: s.owner, state });
    const ephemerals = this.tree.ephemeralsOf(id);
    if (ephemerals.length > 0)
      this.tree.apply(
        ephemerals.map((path) => ({ op: 'delete', path })),
        ++this.zxid,
      );
    this.tree.dropWatches(id);
    this.hooks.onSessionEnd(s);
  }

  // --- writes -----------------------------------------------------------------------------

  /**
   * A write that reached server `via`: forwarded to the leader, proposed, committed once a
   * majority acked (two hops), then applied; `cb` runs when the answer leaves `via`.
   */
  write(via: number, ops: readonly ZkOp[], cb: (r: WriteResult) => void): void {
    this.propose(
      via,
      () => this.tree.apply(ops, ++this.zxid),
      (r) => cb(r ?? 'CONNECTIONLOSS'),
    );
  }

  /**
   * A transaction sent through server `via`: forwarded to the leader, proposed, and applied once a
   * majority acked (two hops); `answer` gets what `apply` returned when the answer is back at
   * `via`, or null when no quorum committed it (the leader lost its majority meanwhile).
   */
  private propose<R>(via: number, apply: () => R, answer: (r: R | null) => void): void {
    const leader = this.leaderId;
    if (leader === null) return answer(null);
    const L = this.latencyMs;
    const toLeader = via === leader ? 0 : L;
    const quorumRound = this.servers.size > 1 ? 2 * L : 0;
    const term = this.term;
    const commitAt = this.ctx.now() + toLeader + quorumRound;
    this.ctx.schedule(commitAt, () => {
      if (term !== this.term || this.leaderId === null) return answer(null);
      const r = apply();
      // The leader and its followers now hold every committed transaction.
      for (const s of this.servers.values()) if (s.serving) s.zxid = this.zxid;
      if (toLeader === 0) answer(r);
      else this.ctx.schedule(commitAt + toLeader, () => answer(r));
    });
  }

  private traceChange(c: TreeChange): void {
    const { path, node } = c;
    if (!node) this.ctx.traceLazy('znode.deleted', () => ({ type: 'znode.deleted', path }));
    else if (node.version === 0)
      this.ctx.traceLazy('znode.created', () => ({
        type: 'znode.created',
        path,
        ephemeralOwner: node.ephemeralOwner,
      }));
    else
      this.ctx.traceLazy('znode.changed', () => ({
        type: 'znode.changed',
        path,
        version: node.version,
      }));
  }
}
