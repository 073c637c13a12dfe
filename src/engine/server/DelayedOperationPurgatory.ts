// Kafka's DelayedOperationPurgatory: requests that must wait (a produce for acks=all, a fetch
// for data) are parked under the keys of the partitions they wait on, and a change to one
// partition re-checks only the operations watching it (checkAndComplete(key)) — not every parked
// request of the broker. Kafka keys by TopicPartitionOperationKey; here by the Partition itself.

export class DelayedOperationPurgatory<Op extends object, Key> {
  /** Each key's watchers, in the order they were parked (a Set keeps insertion order). */
  private readonly watchers = new Map<Key, Set<Op>>();
  /** Each parked operation's keys; absent once it completed or expired. */
  private readonly keysOf = new Map<Op, readonly Key[]>();

  get size(): number {
    return this.keysOf.size;
  }

  has(op: Op): boolean {
    return this.keysOf.has(op);
  }

  /** tryCompleteElseWatch's watch half: park `op` under each of `keys`. */
  watch(op: Op, keys: readonly Key[]): void {
    this.keysOf.set(op, keys);
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
    const keys = this.keysOf.get(op);
    if (!keys) return;
    this.keysOf.delete(op);
    // An emptied set stays for the key's next watcher: at 30,000 replicas every idle follower
    // fetch parks under each of its partitions, and making and dropping their sets was costly.
    for (const key of keys) this.watchers.get(key)?.delete(op);
  }

  /** Drop everything (the broker crashed: nothing more is answered). */
  clear(): void {
    this.watchers.clear();
    this.keysOf.clear();
  }
}
