// The timeline's markers: the moments that matter in the run (failures, elections, ISR
// changes, rebalances, segment rolls, produce errors, lost records), derived from the engine's
// trace. A 'branch' derived log: it tells the whole current branch up to its furthest moment,
// so the markers stay when the person seeks back, and a new branch (acting in the past, undo)
// rebuilds them from the branch's trace.
import { isInternalTopic, type TraceEvent } from '../../engine';
import { registerDerivedLog, useSimStore } from '../../store/simStore';
import { useTimelineMarkers, type Marker, type MarkerKind } from './timelineMarkerState';

export { useTimelineMarkers, type Marker, type MarkerKind };

/** A produce error repeats on every retry: it marks again only after this quiet time. */
const ERROR_REPEAT_MS = 10_000;
/** Markers kept (the oldest go first): ample for a long run, bounded memory. */
const MARKER_LIMIT = 5_000;

const tp = (topic: string, partition: number) => `${topic}-${partition}`;

/** The events markerFor reads (a log fed only these builds the same markers). */
export const MARKER_TYPES: ReadonlySet<TraceEvent['type']> = new Set<TraceEvent['type']>([
  'broker.status',
  'broker.isolation',
  'leader.elected',
  'isr.shrink',
  'isr.expand',
  'group.state',
  'segment.roll',
  'produce.failed',
  'produce.acked',
  'log.truncate',
]);

/** Folds the trace into markers; exported for tests. */
export class MarkerFold {
  markers: Marker[] = [];
  private lastError = new Map<string, { at: number; error: string }>();
  private maxAcked = new Map<string, number>();
  private rolled = new Set<string>();
  private rebalancing = new Set<string>();

  add(e: TraceEvent): boolean {
    const m = this.markerFor(e);
    if (!m) return false;
    this.markers.push(m);
    if (this.markers.length > MARKER_LIMIT * 1.2) this.markers = this.markers.slice(-MARKER_LIMIT);
    return true;
  }

  private markerFor(e: TraceEvent): Marker | null {
    const at = (kind: MarkerKind, params: Marker['params']): Marker => ({
      kind,
      time: e.time,
      seq: e.seq,
      params,
    });
    switch (e.type) {
      case 'broker.status':
        if (e.status === 'offline')
          return at(e.reason === 'crash' ? 'crash' : 'shutdown', { broker: e.broker });
        if (e.status === 'online' && e.time > 0) return at('restart', { broker: e.broker });
        return null;
      case 'broker.isolation':
        return at(e.isolated ? 'isolate' : 'heal', { broker: e.broker });
      case 'leader.elected':
        // The first leaders of a topic are not news; a change of leader is.
        if (isInternalTopic(e.topic) || e.leaderEpoch === 0) return null;
        return at('election', {
          tp: tp(e.topic, e.partition),
          leader: e.leader ?? '',
          none: e.leader === null ? 1 : 0,
        });
      case 'isr.shrink':
      case 'isr.expand':
        if (isInternalTopic(e.topic)) return null;
        return at(e.type === 'isr.shrink' ? 'isrShrink' : 'isrExpand', {
          tp: tp(e.topic, e.partition),
          isr: e.isr.join(', '),
        });
      case 'group.state': {
        // A rebalance starts (classic: PreparingRebalance; consumer protocol: a new target
        // assignment) — one marker until the group is Stable again.
        const starts = e.to === 'PreparingRebalance' || e.to === 'Assigning';
        if (e.to === 'Stable' || e.to === 'Empty' || e.to === 'Dead')
          this.rebalancing.delete(e.group);
        if (!starts || this.rebalancing.has(e.group)) return null;
        this.rebalancing.add(e.group);
        return at('rebalance', { group: e.group });
      }
      case 'segment.roll': {
        if (isInternalTopic(e.topic)) return null;
        // Every replica rolls at about the same offset: one marker per partition and offset.
        const key = `${tp(e.topic, e.partition)}@${e.baseOffset}`;
        if (this.rolled.has(key)) return null;
        this.rolled.add(key);
        return at('roll', { tp: tp(e.topic, e.partition), offset: e.baseOffset });
      }
      case 'produce.failed': {
        const key = `${e.producer}/${tp(e.topic, e.partition)}`;
        const before = this.lastError.get(key);
        this.lastError.set(key, { at: e.time, error: e.error });
        if (before && before.error === e.error && e.time - before.at < ERROR_REPEAT_MS) return null;
        return at('produceError', {
          producer: e.producer,
          tp: tp(e.topic, e.partition),
          error: e.error,
        });
      }
      case 'produce.acked': {
        const key = tp(e.topic, e.partition);
        const last = e.baseOffset + Math.max(e.records.length, 1) - 1;
        if (last > (this.maxAcked.get(key) ?? -1)) this.maxAcked.set(key, last);
        return null;
      }
      case 'log.truncate': {
        // A replica cutting offsets a producer was told are written: they are gone.
        const key = tp(e.topic, e.partition);
        const acked = this.maxAcked.get(key);
        if (acked === undefined || e.from <= e.to || e.to > acked) return null;
        const count = Math.min(e.from, acked + 1) - e.to;
        return at('lost', { tp: key, count, broker: e.broker });
      }
      default:
        return null;
    }
  }
}

/** Follow the store's branch: markers for the whole run so far. Exported for tests. */
export function attachTimelineMarkers(): () => void {
  let fold = new MarkerFold();
  let dirty = false;
  const unregister = registerDerivedLog({
    spans: 'branch',
    types: MARKER_TYPES,
    reset() {
      fold = new MarkerFold();
      dirty = false;
      useTimelineMarkers.setState({ markers: [] });
    },
    onTrace(e) {
      if (fold.add(e)) dirty = true;
    },
  });
  const publish = () => {
    if (!dirty) return;
    dirty = false;
    useTimelineMarkers.setState({ markers: fold.markers.slice() });
  };
  publish();
  dirty = fold.markers.length > 0;
  publish();
  const unsubscribeStore = useSimStore.subscribe((s, prev) => {
    if (s.tick !== prev.tick) publish();
  });
  return () => {
    unregister();
    unsubscribeStore();
  };
}

let detach: (() => void) | null = null;

/** Follow the store's runs for the life of the page. Idempotent. */
export function startTimelineMarkers(): void {
  if (detach) return;
  detach = attachTimelineMarkers();
}
