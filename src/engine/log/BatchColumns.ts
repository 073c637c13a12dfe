// The header fields of a segment's batches behind the payload window, in typed columns: 61 bytes
// a batch instead of a 136-byte LogBatch object and its array slot. The columns come in chunks
// of 1,024 batches, so they grow without copying what they hold and with at most one chunk's
// room unused (a small log's first chunk grows from 16 batches).
import type { CompressionType } from '../config/types';
import type { LogBatch } from './RecordBatch';

/** Codecs by their id in a batch's attributes (Kafka's CompressionType ids). */
const CODECS: readonly CompressionType[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/** Float64 columns: base offset, producer id, base timestamp, max timestamp. */
const F = 4;
/** Int32 columns: last offset delta, position, size, leader epoch, producer epoch, base sequence, record count. */
const I = 7;
const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

interface Chunk {
  f64: Float64Array;
  i32: Int32Array;
  codec: Uint8Array;
}

function chunk(size: number, from?: Chunk): Chunk {
  const c = {
    f64: new Float64Array(size * F),
    i32: new Int32Array(size * I),
    codec: new Uint8Array(size),
  };
  if (from) {
    const n = Math.min(size, from.codec.length);
    c.f64.set(from.f64.subarray(0, n * F));
    c.i32.set(from.i32.subarray(0, n * I));
    c.codec.set(from.codec.subarray(0, n));
  }
  return c;
}

export class BatchColumns {
  /** Full chunks of CHUNK batches, then the last one (any size up to CHUNK). */
  private chunks: Chunk[] = [];
  /** deleteHorizonMs of the batches that have one (set by the cleaner, rare). */
  private horizons: Map<number, number> | null = null;

  baseOffset(i: number): number {
    return this.chunks[i >> CHUNK_BITS]!.f64[(i & MASK) * F]!;
  }

  lastOffset(i: number): number {
    const c = this.chunks[i >> CHUNK_BITS]!;
    const j = i & MASK;
    return c.f64[j * F]! + c.i32[j * I]!;
  }

  position(i: number): number {
    return this.chunks[i >> CHUNK_BITS]!.i32[(i & MASK) * I + 1]!;
  }

  sizeBytes(i: number): number {
    return this.chunks[i >> CHUNK_BITS]!.i32[(i & MASK) * I + 2]!;
  }

  maxTimestamp(i: number): number {
    return this.chunks[i >> CHUNK_BITS]!.f64[(i & MASK) * F + 3]!;
  }

  /** The i-th batch as a LogBatch (its records long gone). */
  batch(i: number): LogBatch {
    const c = this.chunks[i >> CHUNK_BITS]!;
    const j = i & MASK;
    const f = j * F;
    const n = j * I;
    const base = c.f64[f]!;
    // The field order of logBatch (RecordBatch.ts): every batch object shares one hidden class.
    return {
      baseOffset: base,
      lastOffset: base + c.i32[n]!,
      partitionLeaderEpoch: c.i32[n + 3]!,
      producerId: c.f64[f + 1]!,
      producerEpoch: c.i32[n + 4]!,
      baseSequence: c.i32[n + 5]!,
      baseTimestamp: c.f64[f + 2]!,
      maxTimestamp: c.f64[f + 3]!,
      recordCount: c.i32[n + 6]!,
      compression: CODECS[c.codec[j]!]!,
      deleteHorizonMs: this.horizons?.get(i) ?? null,
      position: c.i32[n + 1]!,
      sizeBytes: c.i32[n + 2]!,
      records: null,
    };
  }

  /** Batch `b` becomes the i-th (i: the count held so far, or less after a truncation). */
  store(i: number, b: LogBatch): void {
    if (i >= this.capacity()) this.grow();
    const c = this.chunks[i >> CHUNK_BITS]!;
    const j = i & MASK;
    const f = j * F;
    const n = j * I;
    c.f64[f] = b.baseOffset;
    c.f64[f + 1] = b.producerId;
    c.f64[f + 2] = b.baseTimestamp;
    c.f64[f + 3] = b.maxTimestamp;
    c.i32[n] = b.lastOffset - b.baseOffset;
    c.i32[n + 1] = b.position;
    c.i32[n + 2] = b.sizeBytes;
    c.i32[n + 3] = b.partitionLeaderEpoch;
    c.i32[n + 4] = b.producerEpoch;
    c.i32[n + 5] = b.baseSequence;
    c.i32[n + 6] = b.recordCount;
    c.codec[j] = CODECS.indexOf(b.compression);
    if (b.deleteHorizonMs !== null) (this.horizons ??= new Map()).set(i, b.deleteHorizonMs);
    else this.horizons?.delete(i);
  }

  /** Only the first `n` are held: the room after them is given back. */
  fit(n: number): void {
    this.chunks.length = (n + MASK) >> CHUNK_BITS;
    const last = this.chunks.length - 1;
    const size = n - last * CHUNK;
    if (last >= 0 && size < this.chunks[last]!.codec.length)
      this.chunks[last] = chunk(size, this.chunks[last]);
    if (this.horizons)
      for (const k of [...this.horizons.keys()]) if (k >= n) this.horizons.delete(k);
  }

  /** Batches the columns have room for. */
  capacity(): number {
    const last = this.chunks.length - 1;
    return last < 0 ? 0 : last * CHUNK + this.chunks[last]!.codec.length;
  }

  /** The first chunk doubles up to CHUNK batches (a small log stays small); then whole chunks. */
  private grow(): void {
    const last = this.chunks.length - 1;
    const size = last < 0 ? 0 : this.chunks[last]!.codec.length;
    if (last >= 0 && size < CHUNK)
      this.chunks[last] = chunk(Math.min(CHUNK, size * 2), this.chunks[last]);
    else this.chunks.push(chunk(last < 0 ? 16 : CHUNK));
  }
}
