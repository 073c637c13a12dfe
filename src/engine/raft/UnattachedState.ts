// Kafka's UnattachedState: in an epoch with no known leader and no vote cast; when its randomized
// election timeout expires, a voter becomes a candidate.
export class UnattachedState {
  readonly kind = 'unattached';
  constructor(readonly epoch: number) {}
}
