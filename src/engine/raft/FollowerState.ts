// Kafka's FollowerState: the leader of the epoch is known; the node fetches from it. A voter that
// has not fetched successfully for controller.quorum.fetch.timeout.ms becomes a candidate.
export class FollowerState {
  readonly kind = 'follower';
  constructor(
    readonly epoch: number,
    readonly leaderId: number,
  ) {}
}
