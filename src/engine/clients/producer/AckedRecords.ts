// The records a producer saw acknowledged, for the loss checks (snapshot `lost`, the fault
// property) — kept for the whole run, so kept compact: one entry per acknowledged batch and, per
// record, its id in a typed array and its key (a shared string), instead of one object per
// record (~60 bytes each; a 10-minute run at 10k records/s acknowledges six million).
import type { AckedRecordSnapshot } from '../../snapshot/Snapshot';

export interface AckedRecord extends AckedRecordSnapshot {
  id: number;
}

interface AckedBatch {
  topic: string;
  partition: number;
  baseOffset: number;
  /** Index of its first record in the run's list. */
  start: number;
}

export class AckedRecords implements Iterable<AckedRecord> {
  private readonly batches: AckedBatch[] = [];
  private ids = new Float64Array(1024);
  private readonly keys: (string | null)[] = [];

  get length(): number {
    return this.keys.length;
  }

  /** A batch acknowledged at `baseOffset`: its records, in order, took the offsets after it. */
  addBatch(
    topic: string,
    partition: number,
    baseOffset: number,
    records: readonly { id: number; key: string | null }[],
  ): void {
    if (records.length === 0) return;
    const start = this.keys.length;
    this.batches.push({ topic, partition, baseOffset, start });
    if (start + records.length > this.ids.length) {
      const grown = new Float64Array(Math.max(this.ids.length * 2, start + records.length));
      grown.set(this.ids);
      this.ids = grown;
    }
    for (let i = 0; i < records.length; i++) {
      this.ids[start + i] = records[i]!.id;
      this.keys.push(records[i]!.key);
    }
  }

  /** The i-th acknowledged record of the run (built on demand). */
  at(i: number): AckedRecord {
    if (i < 0 || i >= this.keys.length) throw new RangeError(`no acknowledged record ${i}`);
    const b = this.batches[this.batchOf(i)]!;
    return this.record(b, i);
  }

  /** The records from the `start`-th on, in order (a loss check walks only what is new). */
  *from(start: number): Generator<AckedRecord> {
    if (start >= this.keys.length) return;
    for (let bi = this.batchOf(Math.max(0, start)); bi < this.batches.length; bi++) {
      const b = this.batches[bi]!;
      const end = bi + 1 < this.batches.length ? this.batches[bi + 1]!.start : this.keys.length;
      for (let i = Math.max(b.start, start); i < end; i++) yield this.record(b, i);
    }
  }

  [Symbol.iterator](): Iterator<AckedRecord> {
    return this.from(0);
  }

  /** The last batch starting at or before record i. */
  private batchOf(i: number): number {
    let lo = 0;
    let hi = this.batches.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.batches[mid]!.start <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private record(b: AckedBatch, i: number): AckedRecord {
    return {
      topic: b.topic,
      partition: b.partition,
      offset: b.baseOffset + (i - b.start),
      key: this.keys[i]!,
      id: this.ids[i]!,
    };
  }
}
