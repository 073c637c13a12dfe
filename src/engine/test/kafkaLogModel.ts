// An independent, plain re-implementation of Kafka's segment rules for tests: given the batches
// a leader appended (offsets, sizes, max timestamps) and the topic config, which segments exist,
// where each batch sits, and every .index / .timeindex entry. Written from Kafka's LogSegment,
// OffsetIndex, TimeIndex and UnifiedLog.maybeRoll, without using the engine's classes.

export interface ModelBatch {
  baseOffset: number;
  lastOffset: number;
  sizeBytes: number;
  maxTimestamp: number;
}

export interface ModelConfig {
  segmentBytes: number;
  segmentMs: number;
  indexIntervalBytes: number;
  segmentIndexBytes: number;
}

export interface ModelSegment {
  baseOffset: number;
  sizeBytes: number;
  nextOffset: number;
  index: [number, number][];
  timeIndex: [number, number][];
  positions: number[];
}

export function kafkaSegments(batches: readonly ModelBatch[], cfg: ModelConfig): ModelSegment[] {
  const offsetSlots = Math.floor(cfg.segmentIndexBytes / 8);
  const timeSlots = Math.floor(cfg.segmentIndexBytes / 12);
  const segs: ModelSegment[] = [];
  let seg: ModelSegment = newSeg(0);
  let bytesSince = 0;
  let maxTs = -1;
  let maxTsOffset = -1;
  let firstTs: number | null = null;
  const closeSeg = () => {
    // onBecomeInactiveSegment: the largest timestamp goes in (if it grew).
    const last = seg.timeIndex[seg.timeIndex.length - 1];
    if (maxTs >= 0 && (!last || maxTs > last[0])) seg.timeIndex.push([maxTs, maxTsOffset]);
    segs.push(seg);
  };
  for (const b of batches) {
    const full =
      seg.sizeBytes > cfg.segmentBytes - b.sizeBytes ||
      (seg.sizeBytes > 0 && firstTs !== null && b.maxTimestamp - firstTs > cfg.segmentMs) ||
      seg.index.length >= offsetSlots ||
      seg.timeIndex.length >= timeSlots - 1;
    if (full) {
      closeSeg();
      seg = newSeg(b.baseOffset);
      bytesSince = 0;
      maxTs = -1;
      maxTsOffset = -1;
      firstTs = null;
    }
    if (seg.sizeBytes === 0) firstTs = b.maxTimestamp;
    if (b.maxTimestamp > maxTs) {
      maxTs = b.maxTimestamp;
      maxTsOffset = b.lastOffset;
    }
    if (bytesSince > cfg.indexIntervalBytes) {
      seg.index.push([b.lastOffset, seg.sizeBytes]);
      const last = seg.timeIndex[seg.timeIndex.length - 1];
      if (!last || maxTs > last[0]) seg.timeIndex.push([maxTs, maxTsOffset]);
      bytesSince = 0;
    }
    bytesSince += b.sizeBytes;
    seg.positions.push(seg.sizeBytes);
    seg.sizeBytes += b.sizeBytes;
    seg.nextOffset = b.lastOffset + 1;
  }
  segs.push(seg); // the active segment: no closing time-index entry yet
  return segs;
}

function newSeg(baseOffset: number): ModelSegment {
  return {
    baseOffset,
    sizeBytes: 0,
    nextOffset: baseOffset,
    index: [],
    timeIndex: [],
    positions: [],
  };
}
