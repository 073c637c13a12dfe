// Kafka's VotedState: this voter granted its one vote of the epoch to `votedId` (KIP-595); it
// votes for no other candidate in this epoch.
export class VotedState {
  readonly kind = 'voted';
  constructor(
    readonly epoch: number,
    readonly votedId: number,
  ) {}
}
