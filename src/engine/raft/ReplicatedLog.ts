// Kafka's ReplicatedLog (KafkaMetadataLog): a node's copy of __cluster_metadata, each entry
// stamped with the Raft epoch of the leader that appended it. Followers truncate it where it
// diverges from the leader's (KIP-595); committed entries are never truncated.
import type { MetadataLogEntry, MetadataRecord } from '../controller/MetadataRecord';

export class ReplicatedLog {
  readonly entries: MetadataLogEntry[] = [];

  get endOffset(): number {
    return this.entries.length;
  }

  /** The epoch of the last entry (0 for an empty log). */
  get lastEpoch(): number {
    return this.entries[this.entries.length - 1]?.epoch ?? 0;
  }

  append(record: MetadataRecord, epoch: number): number {
    const offset = this.entries.length;
    this.entries.push({ offset, epoch, record });
    return offset;
  }

  /** Append entries fetched from the leader, where they continue this log. */
  appendFetched(entries: readonly MetadataLogEntry[]): void {
    for (const e of entries) if (e.offset === this.entries.length) this.entries.push(e);
  }

  truncateTo(offset: number): void {
    if (offset < this.entries.length) this.entries.length = offset;
  }

  /**
   * Kafka's endOffsetForEpoch: the largest epoch ≤ `epoch` in this log and the offset where it
   * ends (where the next epoch starts, or the log's end).
   */
  endOffsetForEpoch(epoch: number): { epoch: number; endOffset: number } {
    // Epochs never decrease along the log: the last entry at or below `epoch` ends it.
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i]!;
      if (e.epoch <= epoch) return { epoch: e.epoch, endOffset: i + 1 };
    }
    return { epoch: 0, endOffset: 0 };
  }

  read(from: number): MetadataLogEntry[] {
    return this.entries.slice(from);
  }
}
