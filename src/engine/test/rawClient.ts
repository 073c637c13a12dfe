// A bare client for storage tests: sends Produce requests straight to a broker with the exact
// records (timestamps included) a test wants, one request = one batch.
import type { Simulation } from '../sim/Simulation';
import type { CompressionType } from '../config/types';
import type { ProduceRequest } from '../network/requests';

export interface RawRecord {
  key: string | null;
  value: string | null;
  timestamp: number;
}

let nextId = 1_000_000;

export function rawProducer(sim: Simulation, name = 'client:raw') {
  sim.network.register({ nodeId: name, isUp: () => true, receive: () => {} });
  return {
    /** At sim time `at`, send one batch to `broker` for topic-partition. */
    send(
      at: number,
      broker: number,
      topic: string,
      partition: number,
      records: RawRecord[],
      compression: CompressionType = 'none',
    ): void {
      sim.advanceTo(at);
      const req: ProduceRequest = {
        acks: 1,
        timeoutMs: 30000,
        producerId: -1,
        producerEpoch: -1,
        partitions: [
          {
            topic,
            partition,
            baseSequence: -1,
            compression,
            records: records.map((r) => ({ ...r, id: nextId++ })),
          },
        ],
      };
      sim.network.send(name, `broker:${broker}`, 'Produce', req);
    },
  };
}
