// Turns the engine's lookup explanations (UnifiedLog.explainOffsetLookup /
// explainTimestampLookup) into the steps the storage view plays one by one: the segment
// choice, every probe of the index's binary search, the entry it lands on, then every batch
// the scan of the .log reads. Nothing is re-derived here: each step is one fact the engine
// reported, in the order Kafka does it.
import type {
  IndexProbe,
  OffsetLookupExplanation,
  SegmentRead,
  TimestampLookupExplanation,
} from '../../engine';
import type { MessageKey, Params } from '../../content/i18n';

export type IndexKind = 'offset' | 'time';

export interface LookupStep {
  /** The message, filled with `params`. */
  msg: MessageKey;
  params: Params;
  /** The segment this step looks at (its drawing is shown), null when none. */
  segment: number | null;
  /** An index probe: which index, which slot, how its entry compared with the target. */
  probe?: { index: IndexKind; slot: number; comparison: -1 | 0 | 1 };
  /** The index entry the search landed on (slot -1: none, start at the segment's beginning). */
  entry?: { index: IndexKind; slot: number };
  /** Where the scan of the .log starts. */
  startPosition?: number;
  /** A batch the scan read, by position; `found` on the batch that holds the answer. */
  batchPosition?: number;
  found?: boolean;
  /** The last step: the answer (or why there is none). */
  final?: boolean;
}

export interface LookupResult {
  /** The offset asked for (offset lookup) or found (timestamp lookup). */
  offset: number;
  timestamp?: number;
  segment: number;
  position: number;
  batchBaseOffset: number;
  batchLastOffset: number;
  /** Timestamp lookup whose batch payload left the window: the offset comes from the header. */
  approximate?: boolean;
}

export interface LookupRun {
  kind: 'offset' | 'timestamp';
  target: number;
  steps: LookupStep[];
  result: LookupResult | null;
}

export function fileName(baseOffset: number, ext: 'log' | 'index' | 'timeindex'): string {
  return `${String(baseOffset).padStart(20, '0')}.${ext}`;
}

const CMP = { '-1': '<', '0': '=', '1': '>' } as const;

function cmp(c: -1 | 0 | 1): string {
  return CMP[String(c) as '-1' | '0' | '1'];
}

function probeStep(p: IndexProbe, index: IndexKind, target: number, segment: number): LookupStep {
  const [a, b] = p.entry;
  const params: Params = { slot: p.slot, a, b, cmp: cmp(p.comparison), target };
  let msg: MessageKey;
  if (p.step === 'warm-section') msg = 'storage.step.probe.warm';
  else if (p.step === 'first-entry') msg = 'storage.step.probe.first';
  else
    msg =
      p.comparison < 0
        ? 'storage.step.probe.right'
        : p.comparison > 0
          ? 'storage.step.probe.left'
          : 'storage.step.probe.equal';
  if (index === 'time') msg = `${msg}.time` as MessageKey;
  return { msg, params, segment, probe: { index, slot: p.slot, comparison: p.comparison } };
}

/** The offset-index search and the forward scan inside one segment. */
function readSteps(
  read: SegmentRead,
  kind: 'offset' | 'timestamp',
  target: number,
  segmentBaseOffsets: readonly number[],
): LookupStep[] {
  const seg = read.segmentBaseOffset;
  const steps: LookupStep[] = [];
  const file = fileName(seg, 'index');
  if (read.indexProbes.length === 0)
    steps.push({ msg: 'storage.step.index.empty', params: { file }, segment: seg });
  for (const p of read.indexProbes) steps.push(probeStep(p, 'offset', read.indexTarget, seg));
  const e = read.indexEntry;
  steps.push({
    msg: e.slot < 0 ? 'storage.step.entry.none' : 'storage.step.entry',
    params: {
      slot: e.slot,
      offset: e.offset,
      position: e.position,
      target: read.indexTarget,
      file: fileName(seg, 'log'),
    },
    segment: seg,
    entry: { index: 'offset', slot: e.slot },
    startPosition: read.startPosition,
  });
  for (const b of read.scanned) {
    const found = read.found !== null && read.found.position === b.position;
    const range =
      b.baseOffset === b.lastOffset ? `${b.baseOffset}` : `${b.baseOffset}–${b.lastOffset}`;
    const params: Params = {
      position: b.position,
      range,
      size: b.sizeBytes,
      next: b.position + b.sizeBytes,
      target,
      maxTimestamp: b.maxTimestamp,
    };
    const msg: MessageKey =
      kind === 'offset'
        ? found
          ? 'storage.step.scan.found'
          : 'storage.step.scan.skip'
        : found
          ? 'storage.step.scan.found.time'
          : 'storage.step.scan.skip.time';
    steps.push({ msg, params, segment: seg, batchPosition: b.position, found });
  }
  if (!read.found) {
    const i = segmentBaseOffsets.indexOf(seg);
    const next = i >= 0 ? segmentBaseOffsets[i + 1] : undefined;
    if (next !== undefined && kind === 'offset')
      steps.push({
        msg: 'storage.step.nextSegment',
        params: { target, file: fileName(next, 'log') },
        segment: seg,
      });
  }
  return steps;
}

export function offsetLookupRun(x: OffsetLookupExplanation): LookupRun {
  const steps: LookupStep[] = [];
  const target = x.target;
  if (x.chosenSegment === null) {
    steps.push({
      msg: 'storage.step.outOfRange',
      params: { target, start: x.logStartOffset, end: x.logEndOffset },
      segment: null,
      final: true,
    });
    return { kind: 'offset', target, steps, result: null };
  }
  steps.push({
    msg: 'storage.step.segment',
    params: {
      target,
      bases: x.segmentBaseOffsets.join(', '),
      chosen: x.chosenSegment,
      file: fileName(x.chosenSegment, 'log'),
    },
    segment: x.chosenSegment,
  });
  for (const read of x.reads)
    steps.push(...readSteps(read, 'offset', target, x.segmentBaseOffsets));
  const f = x.found;
  if (f) {
    steps.push({
      msg: 'storage.step.result',
      params: { target, position: f.position, file: fileName(f.segmentBaseOffset, 'log') },
      segment: f.segmentBaseOffset,
      batchPosition: f.position,
      found: true,
      final: true,
    });
    return {
      kind: 'offset',
      target,
      steps,
      result: {
        offset: target,
        segment: f.segmentBaseOffset,
        position: f.position,
        batchBaseOffset: f.baseOffset,
        batchLastOffset: f.lastOffset,
      },
    };
  }
  steps.push({
    msg: 'storage.step.notFound',
    params: { target },
    segment: x.chosenSegment,
    final: true,
  });
  return { kind: 'offset', target, steps, result: null };
}

export function timestampLookupRun(x: TimestampLookupExplanation): LookupRun {
  const steps: LookupStep[] = [];
  const target = x.target;
  for (const s of x.segmentsChecked)
    steps.push({
      msg: s.matches ? 'storage.step.time.segment.match' : 'storage.step.time.segment.skip',
      params: { file: fileName(s.baseOffset, 'log'), largest: s.largestTimestamp, target },
      segment: s.baseOffset,
    });
  if (x.chosenSegment === null) {
    steps.push({
      msg: 'storage.step.time.none',
      params: { target },
      segment: null,
      final: true,
    });
    return { kind: 'timestamp', target, steps, result: null };
  }
  const seg = x.chosenSegment;
  if (x.timeIndexProbes.length === 0)
    steps.push({
      msg: 'storage.step.index.empty',
      params: { file: fileName(seg, 'timeindex') },
      segment: seg,
    });
  for (const p of x.timeIndexProbes) steps.push(probeStep(p, 'time', target, seg));
  const te = x.timeIndexEntry;
  if (te)
    steps.push({
      msg: te.slot < 0 ? 'storage.step.time.entry.none' : 'storage.step.time.entry',
      params: { slot: te.slot, timestamp: te.timestamp, offset: te.offset, target, base: seg },
      segment: seg,
      entry: { index: 'time', slot: te.slot },
    });
  if (x.read) steps.push(...readSteps(x.read, 'timestamp', target, []));
  const r = x.result;
  if (r && x.read?.found) {
    steps.push({
      msg: x.approximate ? 'storage.step.time.result.approx' : 'storage.step.time.result',
      params: {
        target,
        offset: r.offset,
        timestamp: r.timestamp,
        position: r.position,
        file: fileName(r.segmentBaseOffset, 'log'),
      },
      segment: r.segmentBaseOffset,
      batchPosition: r.position,
      found: true,
      final: true,
    });
    return {
      kind: 'timestamp',
      target,
      steps,
      result: {
        offset: r.offset,
        timestamp: r.timestamp,
        segment: r.segmentBaseOffset,
        position: r.position,
        batchBaseOffset: x.read.found.baseOffset,
        batchLastOffset: x.read.found.lastOffset,
        approximate: x.approximate,
      },
    };
  }
  steps.push({ msg: 'storage.step.time.none', params: { target }, segment: seg, final: true });
  return { kind: 'timestamp', target, steps, result: null };
}
