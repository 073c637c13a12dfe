// A rough figure for the heap a simulation holds, for the time machine's memory cap (how many
// paused simulations it keeps). What grows with a run is what the brokers' logs keep: a batch
// inside the payload window is an object with its records array and its records (a kept record
// costs its objects, not its bytes: a workload's values are ropes on one shared padding, ByteUtils'
// utf8Length leaves them so); behind the window only its header in the segment's typed columns
// (FileRecords). Each producer keeps its acknowledged records' window (AckedRecords). Typed arrays
// count: their bytes are outside V8's heap (process.memoryUsage().arrayBuffers) but held all the
// same. Fitted on five starters at 5 and 10 simulated minutes (node --expose-gc, heapUsed +
// arrayBuffers with the simulation less without), estimated for measured at 10 minutes:
// fast-many-partitions 33.8 for 35.4 MiB, fast-compression 10.6 for 10.8, fast-lagging-consumer
// 12.2 for 11.6, group-eager-vs-cooperative 7.6 for 7.0, keyless-partitioners 6.1 for 5.6.
import type { Simulation } from './Simulation';

/** Heap per batch a log keeps as an object (within the payload window), its records array included. */
export const BYTES_PER_STORED_BATCH = 250;

/** Heap per batch behind the payload window: its header in the segment's columns (FileRecords). */
export const BYTES_PER_COLUMN_BATCH = 70;

/** Heap per record whose payload the log still keeps (its record object and value rope). */
export const BYTES_PER_KEPT_RECORD = 120;

/** Heap per acknowledged record a producer keeps one by one (id, key, its batch's columns). */
export const BYTES_PER_ACKED_RECORD = 65;

/** What a simulation holds before it has run: brokers, clients, metadata, groups. */
export const BASE_BYTES = 1024 * 1024;

/** Estimated heap bytes `sim` holds: per stored batch, per record still kept, per acknowledged record. */
export function heapEstimate(sim: Simulation): number {
  let bytes = BASE_BYTES;
  for (const b of sim.brokers.values())
    for (const p of b.replicaManager.partitions.values())
      for (const seg of p.log.segments) {
        const batches = seg.batches;
        const columns = batches.columnCount;
        bytes += columns * BYTES_PER_COLUMN_BATCH;
        bytes += (batches.length - columns) * BYTES_PER_STORED_BATCH;
        bytes += batches.payloadRecords() * BYTES_PER_KEPT_RECORD;
      }
  for (const { producer } of sim.producers.values())
    bytes += producer.acked.kept * BYTES_PER_ACKED_RECORD;
  return bytes;
}
