// What every simulated actor (broker, client, controller) may use: the virtual clock, the
// event queue, the seeded PRNG, the network and the trace. Nothing else reaches the outside.
import type { Random } from './Random';
import type { TraceEventBody } from '../trace/TraceEvent';
import type { Network } from '../network/Network';
import type { MetadataImage } from '../controller/MetadataImage';
import type { BrokerConfig, TopicConfig } from '../config/types';

export interface Cancellable {
  cancel(): void;
}

export interface SimContext {
  now(): number;
  /** Run `fire` at virtual time `at` (≥ now). */
  schedule(at: number, fire: () => void): Cancellable;
  random: Random;
  network: Network;
  metadata: MetadataImage;
  /** The brokers' config in force: a setConfig replaces it, so read it where it is used. */
  readonly brokerConfig: BrokerConfig;
  topicConfig(topic: string): TopicConfig;
  trace(body: TraceEventBody): void;
  /** A run-wide unique id for each produced record (for drawing and loss tracking). */
  nextRecordId(): number;
}
