// A rough figure for the heap a simulation holds, for the time machine's memory cap (how many
// paused simulations it keeps). What grows with a run is what the brokers' logs keep: every
// batch's fields (offsets, sizes, timestamps, the producer's acknowledgement of it, its index
// share), and the records of the newest batches (the payload window). A kept record costs its
// objects, not its bytes: a workload's values are ropes on one shared padding (ByteUtils'
// utf8Length leaves them so). Calibrated on the starters after 10 simulated minutes (node
// --expose-gc, heap with the simulation less heap without, at 9ef1bf0), estimated for measured:
// fast-many-partitions 40 for 42 MiB, fast-compression 18 for 13, fast-lagging-consumer 14 for
// 16, group-eager-vs-cooperative 8.6 for 7.0, keyless-partitioners 6.7 for 5.3.
import type { Simulation } from './Simulation';

/** Heap per batch a log keeps, its record metadata and everything kept per batch elsewhere. */
export const BYTES_PER_STORED_BATCH = 300;

/** Heap per record whose payload the log still keeps (its record object, key and value rope). */
export const BYTES_PER_KEPT_RECORD = 150;

/** What a simulation holds before it has run: brokers, clients, metadata, groups. */
export const BASE_BYTES = 1024 * 1024;

/** Estimated heap bytes `sim` holds: per stored batch, plus per record still kept. */
export function heapEstimate(sim: Simulation): number {
  let bytes = BASE_BYTES;
  for (const b of sim.brokers.values())
    for (const p of b.replicaManager.partitions.values())
      for (const seg of p.log.segments) {
        const batches = seg.batches;
        bytes += batches.length * BYTES_PER_STORED_BATCH;
        // Payloads are dropped oldest first: walk back from the newest while they are kept.
        for (let i = batches.length - 1; i >= 0; i--) {
          const records = batches[i]!.records;
          if (records === null) break;
          bytes += records.length * BYTES_PER_KEPT_RECORD;
        }
      }
  return bytes;
}
