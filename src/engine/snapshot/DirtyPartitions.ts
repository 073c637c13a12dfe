// The partitions whose part of the snapshot may have changed since the last snapshot of the page's
// simulation: buildSnapshot rebuilds only these (at 10,000 partitions a few hundred change
// between two frames, and walking all of them to find out was most of a publish). A replica's log
// marks its partition at every change the snapshot shows (append, roll, high watermark, log start,
// retention, truncation, compaction, the log's creation); the cluster's committed metadata image
// marks a partition when a record changes its registration, and everything when it changes in a
// way it does not say (ZooKeeper mode mirrors znodes). Plain data: topic names and numbers.
import type { MetadataRecord } from '../controller/MetadataRecord';

export class DirtyPartitions {
  /**
   * Counts takes: a log that marked its partition in this generation need not mark it again
   * (an append is the hot path: one comparison instead of a lookup).
   */
  generation = 0;
  private byTopic = new Map<string, Set<number>>();
  private everything = false;

  /** `partition` of `topic` changed; returns the generation it is marked in. */
  mark(topic: string, partition: number): number {
    let set = this.byTopic.get(topic);
    if (!set) this.byTopic.set(topic, (set = new Set()));
    set.add(partition);
    return this.generation;
  }

  /** Something changed that no partition names: the next snapshot looks at every partition. */
  markAll(): void {
    this.everything = true;
  }

  /** A record the committed image replayed: the partition whose registration it changed. */
  replayed(record: MetadataRecord): void {
    if (record.type === 'Partition' || record.type === 'PartitionChange')
      this.mark(record.topic, record.partition);
  }

  /** What changed since the last take (null: look at everything), and start afresh. */
  take(): ReadonlyMap<string, ReadonlySet<number>> | null {
    const changed = this.everything ? null : this.byTopic;
    this.byTopic = new Map();
    this.everything = false;
    this.generation++;
    return changed;
  }
}
