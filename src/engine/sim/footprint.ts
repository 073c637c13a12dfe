// A rough figure for the heap a simulation holds, for the time machine's memory cap (how many
// paused simulations it keeps). What grows with a run is what the brokers' logs keep: every
// batch's fields (offsets, sizes, timestamps, the producer's acknowledgement of it, its index
// share), and the payloads of the newest records. Calibrated on the starters after 10 simulated
// minutes (node --expose-gc, heap with the simulation less heap without, at 1aeb796): 9.6 MiB
// estimated for 7.5 measured (group-eager-vs-cooperative), 23 for 25 (fast-lagging-consumer),
// 112 for 106 (fast-many-partitions).
import type { Simulation } from './Simulation';

/** Heap per batch a log keeps, its record metadata and everything kept per batch elsewhere. */
export const BYTES_PER_STORED_BATCH = 400;

/** What a simulation holds before it has run: brokers, clients, metadata, groups. */
export const BASE_BYTES = 1024 * 1024;

/** Estimated heap bytes `sim` holds: per stored batch, plus the payloads still kept. */
export function heapEstimate(sim: Simulation): number {
  let bytes = BASE_BYTES;
  for (const b of sim.brokers.values())
    for (const p of b.replicaManager.partitions.values())
      for (const seg of p.log.segments) {
        const batches = seg.batches;
        bytes += batches.length * BYTES_PER_STORED_BATCH;
        // Payloads are dropped oldest first: walk back from the newest while they are kept.
        for (let i = batches.length - 1; i >= 0 && batches[i]!.records !== null; i--)
          bytes += batches[i]!.sizeBytes;
      }
  return bytes;
}
