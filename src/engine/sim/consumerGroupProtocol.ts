// KIP-848's consumer group protocol (group.protocol=consumer), both sides: the coordinator's
// ConsumerGroup and its heartbeat handler, and the client's ConsumerMembershipManager. The rest of
// the engine reaches these values through this one module, so the page can fetch the protocol only
// for a run that asks for it (vite.config.ts swaps this module for src/store/consumerProtocolOnDemand.ts
// in the build); tests and the CLI import it as it is. Types may be imported from the files.
export { ConsumerGroup } from '../coordinator/group/modern/consumer/ConsumerGroup';
export { ConsumerGroupHeartbeat } from '../coordinator/group/modern/consumer/ConsumerGroupHeartbeat';
export { replayConsumerGroup } from '../coordinator/group/modern/consumer/ConsumerGroupRecords';
export { ConsumerMembershipManager } from '../clients/consumer/ConsumerMembershipManager';
