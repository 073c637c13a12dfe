// A workload's record (ProducerWorkload): its value, "#<n> xxx…" of `valueBytes` ASCII bytes, is
// a function of its number, built each time it is read instead of kept: the records a log holds
// in its payload window are most of what a busy run keeps, and two strings per record (the
// number and the concatenation) were half of each one's bytes.
import { UNASSIGNED_OFFSET } from '../../log/LogValidator';
import type { LogRecord } from '../../log/RecordBatch';

/** The value of the n-th record of a workload whose values have `bytes` bytes. */
export function workloadValue(n: number, bytes: number): string {
  const num = `#${n}`;
  if (bytes <= num.length + 1) return `${num} `.slice(0, bytes);
  return num + tailOf(bytes - num.length);
}

/** The space and padding of a value, by length: kept, as every record of a run reuses a few. */
const tails: string[] = [];
function tailOf(length: number): string {
  return (tails[length] ??= ' ' + 'x'.repeat(length - 1));
}

export class WorkloadRecord implements LogRecord {
  /** Set by the leader's log that takes this object (LogValidator.assignOffsets). */
  offset = UNASSIGNED_OFFSET;

  constructor(
    readonly timestamp: number,
    readonly key: string | null,
    readonly id: number,
    private readonly n: number,
    private readonly bytes: number,
  ) {}

  get value(): string {
    return workloadValue(this.n, this.bytes);
  }
}
