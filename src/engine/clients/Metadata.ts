// Kafka's client-side Metadata: the producer's and consumer's cached view of topics and
// partition leaders, refreshed by Metadata requests to a broker, one at a time.
//
// Refreshes back off as Kafka's do (KIP-580, Metadata.timeToAllowUpdate): at least
// retry.backoff.ms after the last one; after failed ones (a reset, a timeout) retry.backoff.ms
// doubling per failure up to retry.backoff.max.ms; and likewise after answers that brought
// nothing new (no partition's leader epoch moved) — so a client asking again and again while a
// dead broker is still the leader (until the controller fences it) asks less and less often,
// not every round trip. A topic it has never asked about is fetched at once
// (requestUpdateForNewTopics). Every reset connection asks for a refresh, since it may mean the
// metadata is stale (NetworkClient's handleServerDisconnect).
import type { SimContext } from '../sim/SimContext';
import type { ResponseMessage } from '../network/Network';
import type { MetadataRequest } from '../network/requests';
import { retryBackoff } from '../common/utils/ExponentialBackoff';
import {
  ClusterConnectionStates,
  DEFAULT_RECONNECT_BACKOFF_MAX_MS,
  DEFAULT_RECONNECT_BACKOFF_MS,
} from './ClusterConnectionStates';

/** retry.backoff.max.ms, Kafka's default (CommonClientConfigs.DEFAULT_RETRY_BACKOFF_MAX_MS). */
export const DEFAULT_RETRY_BACKOFF_MAX_MS = 1000;

type Setting = number | (() => number);
const read = (s: Setting): number => (typeof s === 'function' ? s() : s);

export interface MetadataOptions {
  /** retry.backoff.max.ms (default 1000). */
  retryBackoffMaxMs?: Setting;
  /**
   * The client's connections, shared with its other requests (the client then records their
   * resets itself). Without it the Metadata keeps its own, with Kafka's reconnect defaults.
   */
  connections?: ClusterConnectionStates;
}

export interface TopicPartitionsView {
  readonly numPartitions: number;
  /** Partitions that have a leader (shared: read only). */
  readonly availablePartitions: readonly number[];
}

export class Metadata {
  private leaders = new Map<string, (number | null)[]>();
  /** view()'s answers, until the next metadata answer. */
  private views = new Map<string, TopicPartitionsView>();
  /** The leader epochs last seen, to tell an answer that changed something from one that did not. */
  private epochs = new Map<string, number[]>();
  private wanted = new Set<string>();
  /** Wanted topics no answer has mentioned yet: asked for at once (requestUpdateForNewTopics). */
  private newTopics = new Set<string>();
  private inFlight: number | null = null;
  private inFlightTo: number | null = null;
  /** A refresh is wanted (Kafka's needFullUpdate). */
  private needUpdate = false;
  private lastRefreshMs = -Infinity;
  /** Failed refreshes in a row (Metadata.attempts). */
  private attempts = 0;
  /** Answers in a row that changed nothing (Metadata.equivalentResponseCount). */
  private equivalentResponses = 0;
  /** When the next refresh may go, once drawn (the backoffs' jitter) for the current state. */
  private allowAt: number | null = null;
  /** A refresh scheduled for later (the backoff, or every broker in its reconnect backoff). */
  private retryAt: number | null = null;
  private connections: ClusterConnectionStates;
  private ownConnections: boolean;

  constructor(
    private ctx: SimContext,
    private nodeId: string,
    private bootstrapBrokers: () => number[],
    private requestTimeoutMs: number,
    private retryBackoffMs: Setting,
    /** Called after every successful update. */
    private onUpdate: () => void,
    private opts: MetadataOptions = {},
  ) {
    this.ownConnections = opts.connections === undefined;
    this.connections =
      opts.connections ??
      new ClusterConnectionStates(ctx.random, () => ({
        reconnectBackoffMs: DEFAULT_RECONNECT_BACKOFF_MS,
        reconnectBackoffMaxMs: DEFAULT_RECONNECT_BACKOFF_MAX_MS,
      }));
  }

  /** Bumped whenever the leaders change (the Sender's quiet check reads it). */
  version = 0;

  has(topic: string): boolean {
    return this.leaders.has(topic);
  }

  leaderFor(topic: string, partition: number): number | null {
    return this.leaders.get(topic)?.[partition] ?? null;
  }

  view(topic: string): TopicPartitionsView {
    // Read for every record the producer sends: built once per metadata answer.
    let v = this.views.get(topic);
    if (v) return v;
    const parts = this.leaders.get(topic) ?? [];
    const available: number[] = [];
    parts.forEach((l, i) => {
      if (l !== null) available.push(i);
    });
    v = { numPartitions: parts.length, availablePartitions: available };
    this.views.set(topic, v);
    return v;
  }

  /**
   * Ask for `topics` (if given) and refresh everything known. A topic never asked about yet is
   * fetched at once; otherwise the refresh waits out the backoff (Metadata.requestUpdate(false),
   * as after an error that may mean stale metadata).
   */
  requestUpdate(topics?: string | string[]): void {
    for (const topic of typeof topics === 'string' ? [topics] : (topics ?? [])) {
      if (this.leaders.has(topic)) {
        // New metadata for a known topic (partitions were added): no equivalent-answer backoff.
        this.setEquivalentResponses(0);
        continue;
      }
      if (!this.wanted.has(topic)) {
        this.wanted.add(topic);
        this.newTopics.add(topic);
      }
      if (this.newTopics.has(topic)) {
        // requestUpdateForNewTopics: no backoff.
        this.lastRefreshMs = -Infinity;
        this.equivalentResponses = 0;
        this.allowAt = null;
      }
    }
    this.needUpdate = true;
    this.maybeUpdate();
  }

  private setEquivalentResponses(n: number): void {
    if (this.equivalentResponses === n) return;
    this.equivalentResponses = n;
    this.allowAt = null;
  }

  /** Metadata.timeToAllowUpdate: the later of the failed-attempts and equivalent-answers backoffs. */
  private updateAllowedAt(now: number): number {
    if (this.lastRefreshMs === -Infinity) return now;
    const b = retryBackoff(read(this.retryBackoffMs), this.retryBackoffMaxMs());
    const forAttempts = this.attempts > 0 ? this.attempts - 1 : 0;
    const forEquivalent = this.equivalentResponses > 0 ? this.equivalentResponses - 1 : null;
    if (this.allowAt === null) {
      const longest = Math.max(
        b.maxBackoff(forAttempts),
        forEquivalent === null ? 0 : b.maxBackoff(forEquivalent),
      );
      // Past the longest backoff the jitter could give: allowed, nothing to draw.
      if (now >= this.lastRefreshMs + longest) return now;
      const wait = Math.max(
        b.backoff(forAttempts, this.ctx.random),
        forEquivalent === null ? 0 : b.backoff(forEquivalent, this.ctx.random),
      );
      this.allowAt = this.lastRefreshMs + wait;
    }
    return Math.max(now, this.allowAt);
  }

  private retryBackoffMaxMs(): number {
    return read(this.opts.retryBackoffMaxMs ?? DEFAULT_RETRY_BACKOFF_MAX_MS);
  }

  /** NetworkClient's DefaultMetadataUpdater.maybeUpdate: send the refresh if one is due and allowed. */
  private maybeUpdate(): void {
    if (this.inFlight !== null || !this.needUpdate) return;
    const now = this.ctx.now();
    const allowedAt = this.updateAllowedAt(now);
    if (allowedAt > now) return this.retryLater(allowedAt);
    const all = this.bootstrapBrokers();
    const broker = this.connections.leastLoadedNode(all, now);
    if (broker === null) {
      // Every broker is in its reconnect backoff: try once the first may be connected to again.
      const at = this.connections.nextConnectableAt(all, now);
      if (at < Infinity) this.retryLater(at);
      return;
    }
    this.inFlightTo = broker;
    const req: MetadataRequest = { topics: [...new Set([...this.leaders.keys(), ...this.wanted])] };
    const msg = this.ctx.network.send(this.nodeId, `broker:${broker}`, 'Metadata', req);
    const sent = msg.correlationId;
    this.inFlight = sent;
    // NetworkClient times a request out once more than request.timeout.ms has passed: at 0, after 1 ms.
    this.ctx.schedule(this.ctx.now() + Math.max(1, this.requestTimeoutMs), () => {
      if (this.inFlight !== sent) return;
      // The timed-out connection is closed, and the refresh counts as failed.
      this.connections.disconnected(broker, this.ctx.now());
      this.failedUpdate();
    });
  }

  private retryLater(at: number): void {
    if (this.retryAt !== null && this.retryAt <= at && this.retryAt >= this.ctx.now()) return;
    this.retryAt = at;
    this.ctx.schedule(at, () => {
      if (this.retryAt !== at) return;
      this.retryAt = null;
      this.maybeUpdate();
    });
  }

  /** Metadata.failedUpdate: the refresh in flight failed; the next one backs off further. */
  private failedUpdate(): void {
    this.inFlight = null;
    this.inFlightTo = null;
    this.lastRefreshMs = this.ctx.now();
    this.attempts++;
    this.equivalentResponses = 0;
    this.allowAt = null;
    this.needUpdate = true;
    this.maybeUpdate();
  }

  /**
   * A broker's connection was reset. The refresh in flight there failed; any reset may mean
   * stale metadata (a dead leader), so a refresh is wanted — after the backoff.
   */
  onDisconnect(broker: number): void {
    if (this.ownConnections) this.connections.disconnected(broker, this.ctx.now());
    if (this.inFlight !== null && this.inFlightTo === broker) return this.failedUpdate();
    this.needUpdate = true;
    this.maybeUpdate();
  }

  /** Handle a Metadata response; returns false if it was not the one awaited. */
  onResponse(msg: ResponseMessage<'Metadata'>): boolean {
    if (msg.correlationId !== this.inFlight) return false;
    this.inFlight = null;
    this.inFlightTo = null;
    this.connections.ready(Number(msg.from.slice('broker:'.length)));
    let changed = false;
    this.views.clear();
    this.version++;
    for (const t of msg.payload.topics) {
      this.newTopics.delete(t.name);
      if (t.error !== 'NONE') continue;
      const seen = this.epochs.get(t.name) ?? [];
      for (const p of t.partitions) {
        const before = seen[p.partition];
        if (before === undefined || p.leaderEpoch > before) changed = true;
      }
      this.leaders.set(
        t.name,
        t.partitions.map((p) => p.leader),
      );
      this.epochs.set(
        t.name,
        t.partitions.map((p) => p.leaderEpoch),
      );
      this.wanted.delete(t.name);
    }
    this.lastRefreshMs = this.ctx.now();
    this.attempts = 0;
    this.equivalentResponses = changed ? 0 : this.equivalentResponses + 1;
    this.allowAt = null;
    // A topic not there yet (UNKNOWN_TOPIC_OR_PARTITION): ask again, backing off while the
    // answers stay the same.
    this.needUpdate = this.wanted.size > 0;
    this.onUpdate();
    this.maybeUpdate();
    return true;
  }
}
