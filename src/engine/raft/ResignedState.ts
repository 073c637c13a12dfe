// Kafka's ResignedState: a leader that gave up its epoch (it heard from no majority within the
// check-quorum time). It votes for no one else in its own epoch and starts an election after
// its election timeout.
export class ResignedState {
  readonly kind = 'resigned';
  constructor(
    readonly epoch: number,
    readonly localId: number,
  ) {}
}
