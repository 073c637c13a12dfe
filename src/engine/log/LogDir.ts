// A replica's log directory as the storage view shows it: `<topic>-<partition>/` with each
// segment's .log, .index and .timeindex, their sizes on disk, which segment is active, and
// the `.deleted` files waiting for file.delete.delay.ms. These are the LogDirView types and the
// builder from a UnifiedLog; the Simulation's queries for a broker's replica are in
// sim/logDirQueries.ts.
import { filenamePrefixFromOffset, type LogSegment } from './LogSegment';
import type { UnifiedLog } from './UnifiedLog';
import { logBytesAvailable } from './SegmentFiles';

export type SegmentFileKind = 'log' | 'index' | 'timeindex';

export interface LogDirFile {
  /** `00000000000000001000.log`, `.index`, `.timeindex`, with `.deleted` appended once deleted. */
  name: string;
  kind: SegmentFileKind;
  baseOffset: number;
  /** Size on disk: an active segment's index files are preallocated to segment.index.bytes. */
  sizeBytes: number;
  active: boolean;
  deleted: boolean;
  /** .log only: false once a batch's payload left the payload window (the bytes cannot be rebuilt). */
  bytesAvailable: boolean;
}

export interface LogDirSegment {
  baseOffset: number;
  nextOffset: number;
  sizeBytes: number;
  active: boolean;
  deleted: boolean;
  deletedReason?: string;
  /** When a `.deleted` segment's files disappear. */
  removeAt?: number;
  largestTimestamp: number;
  batches: {
    baseOffset: number;
    lastOffset: number;
    position: number;
    sizeBytes: number;
    recordCount: number;
  }[];
  /** [offset, position] and [timestamp, offset], as in the snapshot. */
  index: [number, number][];
  timeIndex: [number, number][];
  /** Index file sizes on disk, and how many entries fit (maxEntries). */
  indexSizeBytes: number;
  timeIndexSizeBytes: number;
  indexMaxEntries: number;
  timeIndexMaxEntries: number;
  bytesAvailable: boolean;
}

export interface LogDirView {
  broker: number;
  topic: string;
  partition: number;
  dirName: string;
  logStartOffset: number;
  logEndOffset: number;
  highWatermark: number;
  files: LogDirFile[];
  /** Live segments oldest first, then the `.deleted` ones. */
  segments: LogDirSegment[];
}

function segmentView(seg: LogSegment, active: boolean, deleted: boolean): LogDirSegment {
  return {
    baseOffset: seg.baseOffset,
    nextOffset: seg.nextOffset,
    sizeBytes: seg.size,
    active,
    deleted,
    largestTimestamp: seg.largestTimestamp,
    batches: Array.from(seg.batches, (b) => ({
      baseOffset: b.baseOffset,
      lastOffset: b.lastOffset,
      position: b.position,
      sizeBytes: b.sizeBytes,
      recordCount: b.recordCount,
    })),
    index: seg.offsetIndex.pairs(),
    timeIndex: seg.timeIndex.pairs(),
    indexSizeBytes: seg.offsetIndex.length,
    timeIndexSizeBytes: seg.timeIndex.length,
    indexMaxEntries: seg.offsetIndex.maxEntries,
    timeIndexMaxEntries: seg.timeIndex.maxEntries,
    bytesAvailable: logBytesAvailable(seg),
  };
}

function filesOf(s: LogDirSegment): LogDirFile[] {
  const prefix = filenamePrefixFromOffset(s.baseOffset);
  const suffix = s.deleted ? '.deleted' : '';
  const common = { baseOffset: s.baseOffset, active: s.active, deleted: s.deleted };
  return [
    {
      name: `${prefix}.log${suffix}`,
      kind: 'log',
      sizeBytes: s.sizeBytes,
      ...common,
      bytesAvailable: s.bytesAvailable,
    },
    {
      name: `${prefix}.index${suffix}`,
      kind: 'index',
      sizeBytes: s.indexSizeBytes,
      ...common,
      bytesAvailable: true,
    },
    {
      name: `${prefix}.timeindex${suffix}`,
      kind: 'timeindex',
      sizeBytes: s.timeIndexSizeBytes,
      ...common,
      bytesAvailable: true,
    },
  ];
}

export function logDirOf(log: UnifiedLog): LogDirView {
  const active = log.activeSegment;
  const segments = log.segments.map((s) => segmentView(s, s === active, false));
  for (const d of log.deletedSegments)
    segments.push({
      ...segmentView(d.segment, false, true),
      deletedReason: d.reason,
      removeAt: d.removeAt,
    });
  // Files sorted by name, as `ls` lists them.
  const files = segments
    .flatMap(filesOf)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    broker: log.env.broker,
    topic: log.topic,
    partition: log.partition,
    dirName: log.dirName,
    logStartOffset: log.logStartOffset,
    logEndOffset: log.logEndOffset,
    highWatermark: log.highWatermark,
    files,
    segments,
  };
}

/** A live or `.deleted` segment by base offset (live first). */
export function findSegment(log: UnifiedLog, baseOffset: number): LogSegment | undefined {
  return (
    log.segments.find((s) => s.baseOffset === baseOffset) ??
    log.deletedSegments.find((d) => d.segment.baseOffset === baseOffset)?.segment
  );
}
