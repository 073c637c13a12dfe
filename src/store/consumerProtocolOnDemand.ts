// The page's stand-in for src/engine/sim/consumerGroupProtocol.ts (KIP-848's consumer group
// protocol, ~10 kB gzipped), swapped in by vite.config.ts so the first download leaves it out. Its
// exports are live bindings: until load() has fetched the real module they are placeholders (a class
// no object is an instance of and whose construction throws, naming the protocol), then they are the
// real classes. The store loads it before a run whose scenario or action names group.protocol
// (src/store/lazyModules.ts); a classic-only run never constructs any of them.
import type * as Protocol from '../engine/sim/consumerGroupProtocol';
import { onDemand } from './codecs/onDemand';

const real = onDemand<typeof Protocol>(
  'the consumer group protocol (KIP-848)',
  () => import('../engine/sim/consumerGroupProtocol'),
);

export let ConsumerGroup: typeof Protocol.ConsumerGroup = real.NotLoaded;
export let ConsumerGroupHeartbeat: typeof Protocol.ConsumerGroupHeartbeat = real.NotLoaded;
export let ConsumerMembershipManager: typeof Protocol.ConsumerMembershipManager = real.NotLoaded;
export let replayConsumerGroup = real.call('replayConsumerGroup');

export function isConsumerProtocolLoaded(): boolean {
  return real.isLoaded();
}

export function loadConsumerProtocol(): Promise<void> {
  return real.load().then(() => {
    const m = real.get();
    ConsumerGroup = m.ConsumerGroup;
    ConsumerGroupHeartbeat = m.ConsumerGroupHeartbeat;
    ConsumerMembershipManager = m.ConsumerMembershipManager;
    replayConsumerGroup = m.replayConsumerGroup;
  });
}
