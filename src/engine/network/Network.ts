// Simulated links between nodes. Each message takes latency + seeded jitter; messages between
// the same two nodes never overtake each other (one TCP connection). A node that is down, or a
// link that is cut, swallows the message: the sender only learns by timing out, as in Kafka.
// A process that dies resets its connections: whoever had a request on the wire to it, or a
// request it had received and not yet answered (a produce waiting for acks, a parked fetch, a
// JoinGroup), sees a disconnect one hop later, as Kafka's NetworkClient does on a closed socket.
// A reset connection carries nothing more: what its sender had on the wire is lost, even if the
// peer is up again when it would have arrived.
import type { NodeId, RecordRef } from '../trace/TraceEvent';
import type { SimContext } from '../sim/SimContext';
import type { TopicPartition } from '../common/TopicPartition';
import type {
  ApiMessages,
  BrokerApi,
  ControllerApi,
  ControllerApiMessages,
  ControllerRequestMessages,
  ControllerResponseMessages,
  Message,
  MessageHeader,
  RequestMessage,
  ResponseMessage,
  ControllerRequestMessage,
  ControllerResponseMessage,
  RequestMessages,
  ResponseMessages,
} from './ApiMessages';

export type {
  ApiMessages,
  ControllerApiMessages,
  Message,
  RequestMessage,
  ResponseMessage,
  ControllerRequestMessage,
  ControllerResponseMessage,
} from './ApiMessages';

/** A request being answered: who asked, for what, under which correlation id. */
export interface RequestHeader<K> {
  from: NodeId;
  api: K;
  correlationId: number;
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
  /**
   * Records carried, for drawing; a function builds them when first read (a view or a trace
   * listener), not for every request of a run nobody watches.
   */
  records?: RecordRef[] | (() => RecordRef[]);
  topic?: string;
  partition?: number;
  partitions?: TopicPartition[];
  correlationId?: number;
  /** The connection's security protocol (PLAINTEXT when absent). */
  ssl?: boolean;
}

/** What a response carries besides its payload (its correlation id is the request's). */
export type ResponseOptions = Omit<SendOptions, 'correlationId'>;

/** No options: one shared object, not an empty one per message (only ever read). */
export const NO_OPTIONS: Readonly<SendOptions> = {};

export class Network {
  private nodes = new Map<NodeId, NetworkNode>();
  private inFlight = new Map<number, Message>();
  /**
   * Requests each node has received and not answered yet, per connection: node → correlation
   * id → the requester. Kafka's broker keeps them in its request channel or a purgatory; when
   * the process dies the kernel closes those sockets.
   */
  private held = new Map<NodeId, Map<number, NodeId>>();
  /**
   * Messages on the wire when their sender was told its connection was reset. The client has
   * failed them (NetworkClient cancels a closed connection's in-flight requests), and TCP never
   * hands a closed socket's bytes to the peer's next process: they must not arrive, or a
   * producer's retry could follow a request it believes lost but that is written after all.
   */
  private resetMessages = new Set<number>();
  /** The last arrival on each direction of each connection: sender → receiver → time. */
  private lastArrival = new Map<NodeId, Map<NodeId, number>>();
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
    // Asked for every delivery: no key string while no link is cut (nearly always).
    return this.cut.size > 0 && this.cut.has(linkKey(a, b));
  }

  /** Sends a request on the broker listener (to a broker). */
  send<K extends BrokerApi>(
    from: NodeId,
    to: NodeId,
    api: K,
    payload: ApiMessages[K]['request'],
    opts: SendOptions = NO_OPTIONS,
  ): RequestMessages[K] {
    const msg: RequestMessage<K> = this.message(
      from,
      to,
      opts.correlationId,
      'PLAINTEXT',
      api,
      false,
      payload,
      opts,
    );
    return this.post(msg as RequestMessages[K], opts);
  }

  /** Answers a request on the broker listener, under its correlation id. */
  respond<K extends BrokerApi>(
    from: NodeId,
    req: RequestHeader<K>,
    payload: ApiMessages[K]['response'],
    opts: ResponseOptions = NO_OPTIONS,
  ): ResponseMessages[K] {
    const msg: ResponseMessage<K> = this.message(
      from,
      req.from,
      req.correlationId,
      'PLAINTEXT',
      req.api,
      true,
      payload,
      opts,
    );
    return this.post(msg as ResponseMessages[K], opts);
  }

  /** Sends a request to the KRaft controller, on its listener. */
  sendToController<K extends ControllerApi>(
    from: NodeId,
    to: NodeId,
    api: K,
    payload: ControllerApiMessages[K]['request'],
    opts: SendOptions = NO_OPTIONS,
  ): ControllerRequestMessages[K] {
    const msg: ControllerRequestMessage<K> = this.message(
      from,
      to,
      opts.correlationId,
      'CONTROLLER',
      api,
      false,
      payload,
      opts,
    );
    return this.post(msg as ControllerRequestMessages[K], opts);
  }

  /** The controller answers a request on its listener. */
  respondFromController<K extends ControllerApi>(
    from: NodeId,
    req: RequestHeader<K>,
    payload: ControllerApiMessages[K]['response'],
    opts: ResponseOptions = NO_OPTIONS,
  ): ControllerResponseMessages[K] {
    const msg: ControllerResponseMessage<K> = this.message(
      from,
      req.from,
      req.correlationId,
      'CONTROLLER',
      req.api,
      true,
      payload,
      opts,
    );
    return this.post(msg as ControllerResponseMessages[K], opts);
  }

  /**
   * Stamps a message: its id, correlation id (a response's is its request's), send time and
   * arrival (latency + jitter, in order). Built as one object: every request and answer of the
   * run passes here.
   */
  private message<L extends Message['listener'], K, P, R extends boolean>(
    from: NodeId,
    to: NodeId,
    correlationId: number | undefined,
    listener: L,
    api: K,
    response: R,
    payload: P,
    opts: SendOptions,
  ): MessageHeader & { listener: L; api: K; response: R; payload: P } {
    const ctx = this.ctx();
    const now = ctx.now();
    const jitter = this.jitterMs > 0 ? ctx.random.nextInt(this.jitterMs + 1) : 0;
    let last = this.lastArrival.get(from);
    if (!last) this.lastArrival.set(from, (last = new Map()));
    const arriveAt = Math.max(now + this.latencyMs + jitter, last.get(to) ?? 0);
    last.set(to, arriveAt);
    const msg = new WireMessage(
      this.nextMsgId++,
      from,
      to,
      correlationId ?? this.newCorrelationId(),
      now,
      arriveAt,
      opts.records,
      opts.topic,
      opts.partition,
      listener,
      api,
      response,
      payload,
    );
    if (opts.partitions) msg.partitions = opts.partitions;
    if (opts.ssl === true) msg.ssl = true;
    return msg;
  }

  /**
   * Puts a message on the wire. Its callers' one conversion, `msg as XMessages[K]`, only restates
   * what was built: TypeScript cannot see a message built for a generic api `K` as the member
   * of the `Message` union for `K` (a correlated union).
   */
  private post<M extends Message>(msg: M, opts: ResponseOptions): M {
    const ctx = this.ctx();
    const { from, to, response, arriveAt } = msg;
    this.inFlight.set(msg.msgId, msg);
    if (response) {
      const held = this.held.get(from);
      if (held?.get(msg.correlationId) === to) held.delete(msg.correlationId);
    }
    sendTrace.msg = msg;
    sendTrace.opts = opts;
    ctx.traceLazy('net.send', buildSendTrace);
    sendTrace.msg = null;
    sendTrace.opts = null;
    ctx.schedule(arriveAt, () => this.deliver(msg));
    return msg;
  }

  private deliver(msg: Message): void {
    const ctx = this.ctx();
    this.inFlight.delete(msg.msgId);
    const dest = this.nodes.get(msg.to);
    const src = this.nodes.get(msg.from);
    const wasReset = this.resetMessages.delete(msg.msgId);
    let reason: string | null = null;
    if (!dest || !dest.isUp()) reason = 'destination down';
    else if (src && !src.isUp()) reason = 'source down';
    else if (this.isLinkCut(msg.from, msg.to)) reason = 'link cut';
    else if (wasReset) reason = 'connection reset';
    if (reason) {
      ctx.trace({ type: 'net.drop', msgId: msg.msgId, from: msg.from, to: msg.to, reason });
      // A request to a dead process meets a closed port: the sender sees the reset at once.
      if (reason === 'destination down' && src?.isUp()) this.connectionReset(src, msg.to);
      return;
    }
    deliverTrace.msg = msg;
    ctx.traceLazy('net.deliver', buildDeliverTrace);
    deliverTrace.msg = null;
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
        if (n?.isUp()) this.connectionReset(n, nodeId);
      });
    }
  }

  /**
   * Tells `node` its connection to `peer` was reset, and cuts what it still had on the wire to
   * `peer` first: the client fails those requests, so none may arrive (see resetMessages).
   */
  private connectionReset(node: NetworkNode, peer: NodeId): void {
    for (const m of this.inFlight.values())
      if (m.from === node.nodeId && m.to === peer) this.resetMessages.add(m.msgId);
    node.onDisconnect?.(peer);
  }

  messagesInFlight(): Message[] {
    return [...this.inFlight.values()];
  }
}

/**
 * A message on the wire. A class, not an object literal: a literal with a getter is built by a
 * runtime call (about 1 µs against 50 ns), and every request and answer of the run is one.
 */
class WireMessage<L, K, P, R extends boolean> implements MessageHeader {
  partitions?: TopicPartition[];
  ssl?: true;
  #refs: RecordRef[] | (() => RecordRef[]) | undefined;

  constructor(
    readonly msgId: number,
    readonly from: NodeId,
    readonly to: NodeId,
    readonly correlationId: number,
    readonly sentAt: number,
    readonly arriveAt: number,
    refs: RecordRef[] | (() => RecordRef[]) | undefined,
    readonly topic: string | undefined,
    readonly partition: number | undefined,
    readonly listener: L,
    readonly api: K,
    readonly response: R,
    readonly payload: P,
  ) {
    this.#refs = refs;
  }

  /** The records carried, built when first read (a view or a trace listener). */
  get records(): RecordRef[] {
    let refs = this.#refs ?? [];
    if (typeof refs === 'function') refs = refs();
    this.#refs = refs;
    return refs;
  }
}

/**
 * The net.send and net.deliver events being traced: traceLazy builds the body at once if anyone
 * listens, so one builder each reading these serves every message (a closure per message was two
 * objects for every request and answer of the run).
 */
const sendTrace = { msg: null as Message | null, opts: null as ResponseOptions | null };
const buildSendTrace = () => {
  const msg = sendTrace.msg!;
  const opts = sendTrace.opts!;
  return {
    type: 'net.send' as const,
    msgId: msg.msgId,
    from: msg.from,
    to: msg.to,
    api: msg.api,
    response: msg.response,
    arriveAt: msg.arriveAt,
    records: msg.records,
    ...(opts.topic !== undefined ? { topic: opts.topic } : {}),
    ...(opts.partition !== undefined ? { partition: opts.partition } : {}),
  };
};
const deliverTrace = { msg: null as Message | null };
const buildDeliverTrace = () => {
  const msg = deliverTrace.msg!;
  return { type: 'net.deliver' as const, msgId: msg.msgId, from: msg.from, to: msg.to };
};

function linkKey(a: NodeId, b: NodeId): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
