// Kafka's DelayedOperationPurgatory: requests that must wait (a produce for acks=all, a fetch
// for data) are parked under the keys of the partitions they wait on, and a change to one
// partition re-checks only the operations watching it (checkAndComplete(key)) — not every parked
// request of the broker. Kafka keys by TopicPartitionOperationKey; here by the Partition itself.

/**
 * A parked operation holds the keys it watches itself, as Kafka's DelayedOperation is one object:
 * at 30,000 replicas some 5,000 follower fetches park each simulated second, each for 500 ms, and
 * a map from operation to keys beside them churned a table that outlived young collections.
 * An operation parks once (a new request is a new operation), under distinct keys.
 */
export interface DelayedOperation<Key> {
  /** The keys it watches while parked; null once it completed or expired (or never parked). */
  watchKeys: readonly Key[] | null;
}

/** A key's watchers in parking order, completed ones included until the list is purged. */
interface WatcherList<Op> {
  ops: Op[];
  /** The length at which a park purges the completed ones first (twice the live count after). */
  purgeAt: number;
}

const MIN_PURGE_AT = 2;

export class DelayedOperationPurgatory<Op extends DelayedOperation<Key>, Key> {
  /**
   * Each key's watchers. As Kafka's Watchers, a completed operation is not taken out of the lists
   * of the keys it watched (that would cost a search, or a set per key, for every operation): it
   * is dropped when its key is next checked, or when the list has grown to twice what was live at
   * its last purge (Kafka purges after purgeInterval completions).
   */
  private readonly watchers = new Map<Key, WatcherList<Op>>();
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
      let list = this.watchers.get(key);
      if (!list) this.watchers.set(key, (list = { ops: [], purgeAt: MIN_PURGE_AT }));
      const ops = list.ops;
      if (ops.length >= list.purgeAt) list.purgeAt = Math.max(MIN_PURGE_AT, 2 * purge(ops));
      ops.push(op);
    }
  }

  /** The operations watching `key`, in parking order (a copy: completing them changes the lists). */
  watching(key: Key): Op[] {
    const list = this.watchers.get(key);
    if (!list) return [];
    purge(list.ops);
    return list.ops.slice();
  }

  /**
   * The operation completed or expired: it watches nothing more. An emptied list stays for the
   * key's next watcher: at 30,000 replicas every idle follower fetch parks under each of its
   * partitions, and making and dropping their lists was costly.
   */
  remove(op: Op): void {
    if (!op.watchKeys) return;
    op.watchKeys = null;
    this.parked--;
  }

  /** Drop everything (the broker crashed: nothing more is answered). */
  clear(): void {
    for (const list of this.watchers.values()) for (const op of list.ops) op.watchKeys = null;
    this.watchers.clear();
    this.parked = 0;
  }
}

/** Drops the completed operations from `ops` in place, keeping the order; returns how many stay. */
function purge<Op extends DelayedOperation<unknown>>(ops: Op[]): number {
  let live = 0;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (op.watchKeys !== null) ops[live++] = op;
  }
  ops.length = live;
  return live;
}
