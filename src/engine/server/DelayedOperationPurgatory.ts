// Kafka's DelayedOperationPurgatory: requests that must wait (a produce for acks=all, a fetch
// for data) are parked under the keys of the partitions they wait on, and a change to one
// partition re-checks only the operations watching it (checkAndComplete(key)) — not every parked
// request of the broker. Kafka keys by TopicPartitionOperationKey; here by the Partition itself.

/**
 * A parked operation holds the keys it watches itself, as Kafka's DelayedOperation is one object:
 * at 30,000 replicas some 5,000 follower fetches park each simulated second, each for 500 ms, and
 * a map from operation to keys beside them churned a table that outlived young collections.
 */
export interface DelayedOperation<Key> {
  /** The keys it watches while parked; null once it completed or expired (or never parked). */
  watchKeys: readonly Key[] | null;
}

export class DelayedOperationPurgatory<Op extends DelayedOperation<Key>, Key> {
  /** Each key's watchers, in the order they were parked (a Set keeps insertion order). */
  private readonly watchers = new Map<Key, Set<Op>>();
  private parked = 0;

  get size(): number {
    return this.parked;
  }

  has(op: Op): boolean {
    return op.watchKeys !== null;
  }

  /** tryCompleteElseWatch's watch half: park `op` under each of `keys`. */
  watch(op: Op, keys: readonly Key[]): void {
    op.watchKeys = keys;
    this.parked++;
    for (const key of keys) {
      let set = this.watchers.get(key);
      if (!set) this.watchers.set(key, (set = new Set()));
      set.add(op);
    }
  }

  /** The operations watching `key`, in parking order (a copy: completing them changes the sets). */
  watching(key: Key): Op[] {
    const set = this.watchers.get(key);
    return set ? [...set] : [];
  }

  /** The operation completed or expired: it leaves every key it watched. */
  remove(op: Op): void {
    const keys = op.watchKeys;
    if (!keys) return;
    op.watchKeys = null;
    this.parked--;
    // An emptied set stays for the key's next watcher: at 30,000 replicas every idle follower
    // fetch parks under each of its partitions, and making and dropping their sets was costly.
    for (const key of keys) this.watchers.get(key)?.delete(op);
  }

  /** Drop everything (the broker crashed: nothing more is answered). */
  clear(): void {
    for (const set of this.watchers.values()) for (const op of set) op.watchKeys = null;
    this.watchers.clear();
    this.parked = 0;
  }
}
