// Queries the Simulation answers about one replica's log, for the storage view: find the
// replica's log, build its log-directory listing (the LogDirView types and their builder live in
// log/LogDir.ts) and produce a segment file's exact bytes for download / hex view.
import type { Simulation } from './Simulation';
import type { UnifiedLog } from '../log/UnifiedLog';
import { findSegment, logDirOf, type LogDirView, type SegmentFileKind } from '../log/LogDir';
import { logFileBytes, offsetIndexBytes, timeIndexBytes } from '../log/SegmentFiles';

export function replicaLog(
  sim: Simulation,
  broker: number,
  topic: string,
  partition: number,
): UnifiedLog | undefined {
  return sim.brokers.get(broker)?.replicaManager.getPartition(topic, partition)?.log;
}

export function logDir(
  sim: Simulation,
  broker: number,
  topic: string,
  partition: number,
): LogDirView | null {
  const log = replicaLog(sim, broker, topic, partition);
  return log ? logDirOf(log) : null;
}

/**
 * The bytes of one file (a `.deleted` one too, until it is removed). Null when there is no such
 * segment, or for a .log whose payloads left the payload window (see LogDirFile.bytesAvailable).
 */
export function segmentFileBytes(
  sim: Simulation,
  broker: number,
  topic: string,
  partition: number,
  baseOffset: number,
  kind: SegmentFileKind,
): Uint8Array | null {
  const log = replicaLog(sim, broker, topic, partition);
  const seg = log && findSegment(log, baseOffset);
  if (!seg) return null;
  if (kind === 'log') return logFileBytes(seg);
  return kind === 'index' ? offsetIndexBytes(seg) : timeIndexBytes(seg);
}
