// The segment map draws a bounded window however long the run made the segment: the newest
// MAP_WINDOW batches and index entries, the older batches as one block, plus the ones a lookup or
// a pick is about (server-rendered here: the shapes, not the layout).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LogDirSegment } from '../../engine';
import { MAP_WINDOW } from './mapWindow';
import { SegmentMap } from './SegmentMap';

function segment(batches: number): LogDirSegment {
  const size = 100;
  return {
    baseOffset: 0,
    nextOffset: batches * 2,
    sizeBytes: batches * size,
    active: true,
    deleted: false,
    largestTimestamp: batches,
    batches: Array.from({ length: batches }, (_, i) => ({
      baseOffset: i * 2,
      lastOffset: i * 2 + 1,
      position: i * size,
      sizeBytes: size,
      recordCount: 2,
    })),
    index: Array.from({ length: Math.floor(batches / 40) }, (_, i) => [i * 80, i * 40 * size]),
    timeIndex: Array.from({ length: Math.floor(batches / 40) }, (_, i) => [i * 40, i * 80]),
    indexSizeBytes: 0,
    timeIndexSizeBytes: 0,
    indexMaxEntries: 0,
    timeIndexMaxEntries: 0,
    bytesAvailable: true,
  };
}

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;

function draw(s: LogDirSegment, selectedBatch: number | null = null): string {
  return renderToStaticMarkup(
    <SegmentMap
      segment={s}
      segmentBytes={0}
      highlights={null}
      selectedBatch={selectedBatch}
      onSelectBatch={() => undefined}
    />,
  );
}

describe('SegmentMap', () => {
  it('draws every batch of a short segment, with no block', () => {
    const html = draw(segment(50));
    expect(count(html, 'log-batch')).toBe(50);
    expect(count(html, 'log-batch-earlier')).toBe(0);
  });

  it('draws a bounded window of a long segment: the newest, the picked one, one block', () => {
    const long = segment(20_000);
    const html = draw(long, long.batches[7]!.position);
    expect(count(html, 'log-batch')).toBe(MAP_WINDOW + 1);
    expect(html).toContain(`data-position="${long.batches[7]!.position}"`);
    expect(html).toContain(`data-position="${long.batches.at(-1)!.position}"`);
    expect(html).toMatch(/data-testid="log-batch-earlier" data-count="19700"/);
    expect(count(html, 'index-entry')).toBe(MAP_WINDOW);
    expect(count(html, 'time-index-entry')).toBe(MAP_WINDOW);
  });
});
