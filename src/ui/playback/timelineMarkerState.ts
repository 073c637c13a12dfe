// The timeline's markers as the page reads them: their shape and the store the marker log
// (timelineMarkers.ts, fetched just after the page's first download) publishes into. Kept apart
// so that the timeline draws from the first frame without the log's code in that download.
import { create } from 'zustand';

export type MarkerKind =
  | 'crash'
  | 'shutdown'
  | 'restart'
  | 'isolate'
  | 'heal'
  | 'election'
  | 'isrShrink'
  | 'isrExpand'
  | 'rebalance'
  | 'roll'
  | 'produceError'
  | 'lost';

export interface Marker {
  kind: MarkerKind;
  time: number;
  /** The trace event's seq: a stable key. */
  seq: number;
  params: Record<string, string | number>;
}

interface MarkerState {
  markers: readonly Marker[];
}

export const useTimelineMarkers = create<MarkerState>()(() => ({ markers: [] }));
