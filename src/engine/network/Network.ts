// Simulated links between nodes. Each message takes latency + seeded jitter; messages between
// the same two nodes never overtake each other (one TCP connection). A node that is down, or a
// link that is cut, swallows the message: the sender only learns by timing out, as in Kafka.
// A process that dies resets its connections: whoever had a request on the wire to it, or a
// request it had received and not yet answered (a produce waiting for acks, a parked fetch, a
// JoinGroup), sees a disconnect one hop later, as Kafka's NetworkClient does on a closed socket.
import type { ApiKey, NodeId, RecordRef } from '../trace/TraceEvent';
import type { SimContext } from '../sim/SimContext';

export interface Message<P = unknown> {
  msgId: number;
  from: NodeId;
  to: NodeId;
  api: ApiKey;
  response: boolean;
  /** Correlates a response with its request, like Kafka's correlation id. */
  correlationId: number;
  sentAt: number;
  arriveAt: number;
  payload: P;
  /** Records carried, for drawing. */
  records: RecordRef[];
  topic?: string;
  partition?: number;
  /** Every partition a multi-partition request (Fetch) is about. */
  partitions?: { topic: string; partition: number }[];
}

export interface NetworkNode {
  readonly nodeId: NodeId;
  isUp(): boolean;
  /**
   * The TCP connection to `peer` was reset: its process died or refused the connection. A peer
   * that is merely unreachable (link cut) gives no such signal: only timeouts tell.
   */
  onDisconnect?(peer: NodeId): void;
  receive(msg: Message): void;
}

export interface SendOptions {
  records?: RecordRef[];
  topic?: string;
  partition?: number;
  partitions?: { topic: string; partition: number }[];
  correlationId?: number;
}

export class Network {
  private nodes = new Map<NodeId, NetworkNode>();
  private inFlight = new Map<number, Message>();
  /**
   * Requests each node has received and not answered yet, per connection: node → correlation
   * id → the requester. Kafka's broker keeps them in its request channel or a purgatory; when
   * the process dies the kernel closes those sockets.
   */
  private held = new Map<NodeId, Map<number, NodeId>>();
  private lastArrival = new Map<string, number>();
  private cut = new Set<string>();
  private nextMsgId = 0;
  private nextCorrelationId = 0;

  constructor(
    private ctx: () => SimContext,
    private latencyMs: number,
    private jitterMs: number,
  ) {}

  register(node: NetworkNode): void {
    this.nodes.set(node.nodeId, node);
  }

  unregister(nodeId: NodeId): void {
    this.nodes.delete(nodeId);
  }

  newCorrelationId(): number {
    return this.nextCorrelationId++;
  }

  /** Cut (or restore) the link between two nodes, both ways. */
  setLinkCut(a: NodeId, b: NodeId, isCut: boolean): void {
    const k = linkKey(a, b);
    if (isCut) this.cut.add(k);
    else this.cut.delete(k);
  }

  isLinkCut(a: NodeId, b: NodeId): boolean {
    return this.cut.has(linkKey(a, b));
  }

  send<P>(
    from: NodeId,
    to: NodeId,
    api: ApiKey,
    response: boolean,
    payload: P,
    opts: SendOptions = {},
  ): Message<P> {
    const ctx = this.ctx();
    const now = ctx.now();
    const jitter = this.jitterMs > 0 ? ctx.random.nextInt(this.jitterMs + 1) : 0;
    const dir = `${from}>${to}`;
    const arriveAt = Math.max(now + this.latencyMs + jitter, this.lastArrival.get(dir) ?? 0);
    this.lastArrival.set(dir, arriveAt);
    const msg: Message<P> = {
      msgId: this.nextMsgId++,
      from,
      to,
      api,
      response,
      correlationId: opts.correlationId ?? this.newCorrelationId(),
      sentAt: now,
      arriveAt,
      payload,
      records: opts.records ?? [],
      topic: opts.topic,
      partition: opts.partition,
      ...(opts.partitions ? { partitions: opts.partitions } : {}),
    };
    this.inFlight.set(msg.msgId, msg);
    if (response) {
      const held = this.held.get(from);
      if (held?.get(msg.correlationId) === to) held.delete(msg.correlationId);
    }
    ctx.trace({
      type: 'net.send',
      msgId: msg.msgId,
      from,
      to,
      api,
      response,
      arriveAt,
      records: msg.records,
      ...(opts.topic !== undefined ? { topic: opts.topic } : {}),
      ...(opts.partition !== undefined ? { partition: opts.partition } : {}),
    });
    ctx.schedule(arriveAt, () => this.deliver(msg));
    return msg;
  }

  private deliver(msg: Message): void {
    const ctx = this.ctx();
    this.inFlight.delete(msg.msgId);
    const dest = this.nodes.get(msg.to);
    const src = this.nodes.get(msg.from);
    let reason: string | null = null;
    if (!dest || !dest.isUp()) reason = 'destination down';
    else if (src && !src.isUp()) reason = 'source down';
    else if (this.isLinkCut(msg.from, msg.to)) reason = 'link cut';
    if (reason) {
      ctx.trace({ type: 'net.drop', msgId: msg.msgId, from: msg.from, to: msg.to, reason });
      // A request to a dead process meets a closed port: the sender sees the reset at once.
      if (reason === 'destination down' && src?.isUp()) src.onDisconnect?.(msg.to);
      return;
    }
    ctx.trace({ type: 'net.deliver', msgId: msg.msgId, from: msg.from, to: msg.to });
    if (!msg.response) {
      let held = this.held.get(msg.to);
      if (!held) this.held.set(msg.to, (held = new Map()));
      held.set(msg.correlationId, msg.from);
    }
    dest!.receive(msg);
  }

  /**
   * A process died (crash, or the end of a controlled shutdown): peers with requests or
   * responses on the wire to or from it, or with requests it held unanswered, see their
   * connection reset one hop later (the kernel answers for the dead process). Their clients
   * fail every request on that connection with a disconnect, as NetworkClient does. A peer
   * behind a cut link hears nothing and can only time out.
   */
  nodeStopped(nodeId: NodeId): void {
    const ctx = this.ctx();
    const peers = new Set<NodeId>();
    for (const m of this.inFlight.values()) {
      if (m.to === nodeId && !this.isLinkCut(m.from, nodeId)) peers.add(m.from);
      if (m.from === nodeId && !this.isLinkCut(m.to, nodeId)) peers.add(m.to);
    }
    for (const requester of this.held.get(nodeId)?.values() ?? [])
      if (!this.isLinkCut(requester, nodeId)) peers.add(requester);
    this.held.delete(nodeId);
    // What the dead process had asked of others will never be read: forget it.
    for (const held of this.held.values())
      for (const [correlationId, requester] of held)
        if (requester === nodeId) held.delete(correlationId);
    for (const peer of [...peers].sort()) {
      ctx.schedule(ctx.now() + this.latencyMs, () => {
        const n = this.nodes.get(peer);
        if (n?.isUp()) n.onDisconnect?.(nodeId);
      });
    }
  }

  messagesInFlight(): Message[] {
    return [...this.inFlight.values()];
  }
}

function linkKey(a: NodeId, b: NodeId): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
