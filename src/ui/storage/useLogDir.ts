// The selected replica's log directory, read from the running simulation. The Simulation is
// mutable, so a store selector computes a cheap fingerprint of the log (segments, sizes, index
// entries, offsets) after each refresh; the view re-renders and re-reads the LogDirView only
// when that fingerprint changes, i.e. when something on disk changed.
import { useMemo } from 'react';
import type { LogDirView, Simulation, UnifiedLog } from '../../engine';
import { useSimStore } from '../../store/simStore';

export interface ReplicaRef {
  broker: number;
  topic: string;
  partition: number;
}

function fingerprint(log: UnifiedLog): string {
  let key = `${log.logStartOffset}/${log.highWatermark}/${log.logEndOffset}|`;
  for (const s of log.segments)
    key += `${s.baseOffset}:${s.nextOffset}:${s.size}:${s.offsetIndex.entries.length}:${s.offsetIndex.length}:${s.timeIndex.entries.length}:${s.timeIndex.length},`;
  key += '|';
  for (const d of log.deletedSegments) key += `${d.segment.baseOffset}:${d.segment.size},`;
  return key;
}

function logKey(sim: Simulation | null, ref: ReplicaRef | null): string {
  if (!sim || !ref) return '';
  const log = sim.replicaLog(ref.broker, ref.topic, ref.partition);
  return log ? fingerprint(log) : '';
}

/** The replica's LogDirView, the same object until the log changes. */
export function useLogDir(ref: ReplicaRef | null): LogDirView | null {
  const sim = useSimStore((s) => s.sim);
  const key = useSimStore((s) => logKey(s.sim, ref));
  return useMemo(
    () => (sim && ref && key ? sim.logDir(ref.broker, ref.topic, ref.partition) : null),
    // `key` stands for the mutable log's contents.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sim, ref?.broker, ref?.topic, ref?.partition, key],
  );
}
