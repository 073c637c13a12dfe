// What every simulated actor (broker, client, controller) may use: the virtual clock, the
// event queue, the seeded PRNG, the network and the trace. Nothing else reaches the outside.
import type { Random } from './Random';
import type { ChatterEventType, TraceEventBody } from '../trace/TraceEvent';
import type { Network } from '../network/Network';
import type { MetadataImage } from '../controller/MetadataImage';
import type { BrokerConfig, TopicConfig } from '../config/types';
import type { DirtyPartitions } from '../snapshot/DirtyPartitions';

export interface Cancellable {
  cancel(): void;
}

export interface SimContext {
  now(): number;
  /** Run `fire` at virtual time `at` (≥ now). */
  schedule(at: number, fire: () => void): Cancellable;
  /**
   * A timer's place among the events of its millisecond, taken now for a timer set later
   * (scheduleReserved): a timer re-armed lazily fires as if it had been set at this moment.
   */
  reserveSeq(): number;
  /** Run `fire` at `at` (≥ now) in the place `seq` (from reserveSeq) gives it. */
  scheduleReserved(at: number, seq: number, fire: () => void): Cancellable;
  /**
   * schedule(at, fire), reusing the handle of an event of the caller's that has just fired (no
   * new object for an actor that schedules an event from each one). Optional: schedule does
   * the same.
   */
  reschedule?(fired: Cancellable, at: number, fire: () => void): Cancellable;
  random: Random;
  network: Network;
  metadata: MetadataImage;
  /**
   * The config in force: a broker's own inside a broker (withBrokerConfig), the cluster's elsewhere
   * (the controller). A setConfig replaces it, so read it where it is used.
   */
  readonly brokerConfig: BrokerConfig;
  topicConfig(topic: string): TopicConfig;
  /** Emit a trace event. */
  trace(body: TraceEventBody): void;
  /**
   * Emit a chatter event (per request, per record): `build` runs only if a listener wants `type`
   * (a run without such listeners still counts it, so every event keeps its seq), and then at
   * once: a per-record caller may pass one builder that reads what it describes from its owner's
   * fields, set just before, instead of a closure per record.
   */
  traceLazy<T extends ChatterEventType>(
    type: T,
    build: () => Extract<TraceEventBody, { type: T }>,
  ): void;
  /** Does a listener want chatter events of `type` (traceLazy builds them only then)? */
  wantsChatter(type: ChatterEventType): boolean;
  /**
   * `n` chatter events no listener wants, counted as `n` traceLazy calls would count them (each
   * keeps its seq): for a caller that would make a run of them, one after the other.
   */
  skipChatter(n: number): void;
  /** A run-wide unique id for each produced record (for drawing and loss tracking). */
  nextRecordId(): number;
  /** Where replica logs mark their partition changed for the next snapshot (none: no snapshot). */
  readonly snapshotDirty?: DirtyPartitions;
}

/** The same context with another brokerConfig (a broker's own, read at each use). */
export function withBrokerConfig(ctx: SimContext, config: () => BrokerConfig): SimContext {
  return {
    now: () => ctx.now(),
    schedule: (at, fire) => ctx.schedule(at, fire),
    reserveSeq: () => ctx.reserveSeq(),
    scheduleReserved: (at, seq, fire) => ctx.scheduleReserved(at, seq, fire),
    random: ctx.random,
    network: ctx.network,
    metadata: ctx.metadata,
    get brokerConfig() {
      return config();
    },
    topicConfig: (topic) => ctx.topicConfig(topic),
    trace: (body) => ctx.trace(body),
    traceLazy: (type, build) => ctx.traceLazy(type, build),
    wantsChatter: (type) => ctx.wantsChatter(type),
    skipChatter: (n) => ctx.skipChatter(n),
    nextRecordId: () => ctx.nextRecordId(),
    ...(ctx.snapshotDirty ? { snapshotDirty: ctx.snapshotDirty } : {}),
  };
}
