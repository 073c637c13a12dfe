// The selected replica's log directory, from the store's plain-data queries. The query returns
// the same LogDirView until something on the replica's disk changes (segments, sizes, index
// entries, offsets), so the views re-render only then.
import type { LogDirView } from '../../engine';
import { useSimStore } from '../../store/simStore';

export interface ReplicaRef {
  broker: number;
  topic: string;
  partition: number;
}

/** The replica's LogDirView, the same object until the log changes. */
export function useLogDir(ref: ReplicaRef | null): LogDirView | null {
  return useSimStore((s) => (ref ? s.queries.logDir(ref.broker, ref.topic, ref.partition) : null));
}
