// What a partition's log may use from the simulation: the virtual clock, the scheduler (for the
// delayed removal of .deleted files), the trace, and the seeded PRNG (segment.jitter.ms).
import type { TraceEventBody } from '../trace/TraceEvent';
import type { PageCache } from '../storage/PageCache';
import type { DirtyPartitions } from '../snapshot/DirtyPartitions';

export interface LogEnv {
  /** The broker holding this replica (trace events name it). */
  readonly broker: number;
  now(): number;
  schedule(at: number, fire: () => void): void;
  trace(body: TraceEventBody): void;
  /** A uniform int in [0, bound), from the run's seeded PRNG. */
  randomInt(bound: number): number;
  /** The OS page cache of the broker's machine: segment files are written and read through it. */
  readonly pageCache?: PageCache;
  /** The simulation's record of partitions changed since its last snapshot. */
  readonly dirty?: DirtyPartitions;
}

/** For logs used outside a simulation (unit checks): a still clock, no scheduler, no trace. */
export function standaloneEnv(broker = 0): LogEnv {
  return {
    broker,
    now: () => 0,
    schedule: () => {},
    trace: () => {},
    randomInt: () => 0,
  };
}

/** The env of a replica on `broker`, from the simulation's context. */
export function logEnvFrom(
  ctx: {
    now(): number;
    schedule(at: number, fire: () => void): unknown;
    trace(body: TraceEventBody): void;
    random: { nextInt(bound: number): number };
    snapshotDirty?: DirtyPartitions;
  },
  broker: number,
  pageCache?: PageCache,
): LogEnv {
  return {
    broker,
    ...(pageCache ? { pageCache } : {}),
    ...(ctx.snapshotDirty ? { dirty: ctx.snapshotDirty } : {}),
    now: () => ctx.now(),
    schedule: (at, fire) => {
      ctx.schedule(at, fire);
    },
    trace: (body) => ctx.trace(body),
    randomInt: (bound) => ctx.random.nextInt(bound),
  };
}
