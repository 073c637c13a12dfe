// A rough figure for the heap a simulation holds, for the time machine's memory cap (how many
// paused simulations it keeps). What grows with a run is what the brokers' logs keep: every
// batch's header in its segment's typed columns, and inside the payload window its records in
// record columns beside them (FileRecords: timestamps and ids in typed arrays, keys and values
// as the producer's strings — a workload's values are ropes on one shared padding, ByteUtils'
// utf8Length leaves them so, and a rope and its head cost about 56 bytes). Each producer keeps
// its acknowledged records' window (AckedRecords, typed columns). Typed arrays count: their bytes
// are outside V8's heap (process.memoryUsage().arrayBuffers) but held all the same. Fitted on
// five starters at 5 and 10 simulated minutes (node --expose-gc, heapUsed + arrayBuffers with
// the simulation less without), estimated for measured at 10 minutes: fast-many-partitions
// 22.7 for 21.6 MiB, fast-compression 9.8 for 9.9, fast-lagging-consumer 9.6 for 9.2,
// group-eager-vs-cooperative 5.7 for 5.6, keyless-partitioners 4.8 for 4.3.
import type { Simulation } from './Simulation';

/** Heap per batch a log keeps: its header in the segment's columns, its share of the indexes. */
export const BYTES_PER_BATCH = 90;

/** Heap per record whose payload the log still keeps (its columns' entries and value rope). */
export const BYTES_PER_KEPT_RECORD = 130;

/** Heap per acknowledged record a producer keeps one by one (id, key, its batch's columns). */
export const BYTES_PER_ACKED_RECORD = 30;

/** What a simulation holds before it has run: brokers, clients, metadata, groups. */
export const BASE_BYTES = 2 * 1024 * 1024;

/** Estimated heap bytes `sim` holds: per batch, per record still kept, per acknowledged record. */
export function heapEstimate(sim: Simulation): number {
  let bytes = BASE_BYTES;
  for (const b of sim.brokers.values())
    for (const p of b.replicaManager.partitions.values())
      for (const seg of p.log.segments) {
        bytes += seg.batches.length * BYTES_PER_BATCH;
        bytes += seg.batches.payloadRecords() * BYTES_PER_KEPT_RECORD;
      }
  for (const { producer } of sim.producers.values())
    bytes += producer.acked.kept * BYTES_PER_ACKED_RECORD;
  return bytes;
}
