// What just happened on this replica's disk, in words: rolls, deletions, removals, the log start
// offset moving, cleaner passes. The same information the animations carry, for a reader who
// prefers reduced motion or looks away for a moment.
import { useEffect, useState } from 'react';
import type { TraceEvent } from '../../engine';
import { registerDerivedLog, useSimStore } from '../../store/simStore';
import { formatSimTime } from '../common/format';
import { useT, type TFunction } from '../common/useT';
import { fileName } from './lookupSteps';
import type { ReplicaRef } from './useLogDir';
import { reasonWith } from '../../content/i18n/reasonText';

const KEEP = 6;

type DiskEvent = Extract<
  TraceEvent,
  {
    type:
      'segment.roll' | 'segment.deleted' | 'segment.removed' | 'log.start.offset' | 'log.compacted';
  }
>;

/** The types isDiskEvent can accept. */
export const DISK_TYPES: ReadonlySet<TraceEvent['type']> = new Set<TraceEvent['type']>([
  'segment.roll',
  'segment.deleted',
  'segment.removed',
  'log.start.offset',
  'log.compacted',
]);

export function isDiskEvent(e: TraceEvent, r: ReplicaRef): e is DiskEvent {
  switch (e.type) {
    case 'segment.roll':
    case 'segment.deleted':
    case 'segment.removed':
    case 'log.start.offset':
    case 'log.compacted':
      return e.broker === r.broker && e.topic === r.topic && e.partition === r.partition;
    default:
      return false;
  }
}

export function describeDiskEvent(e: DiskEvent, t: TFunction): string {
  switch (e.type) {
    case 'segment.roll':
      return t('storage.event.roll', {
        file: fileName(e.baseOffset, 'log'),
        previous: fileName(e.previousBaseOffset, 'log'),
        size: e.previousSizeBytes,
        reason: reasonWith(t, e.reason),
      });
    case 'segment.deleted':
      return t('storage.event.deleted', {
        file: fileName(e.baseOffset, 'log'),
        reason: reasonWith(t, e.reason),
      });
    case 'segment.removed':
      return t('storage.event.removed', { file: fileName(e.baseOffset, 'log') });
    case 'log.start.offset':
      return t('storage.event.logStart', { from: e.from, to: e.to });
    case 'log.compacted':
      return t('storage.event.compacted', {
        before: e.sizeBefore,
        after: e.sizeAfter,
        recordsBefore: e.recordsBefore,
        recordsAfter: e.recordsAfter,
        tombstones: e.tombstonesRemoved,
      });
  }
}

export function DiskEvents({ replica }: { replica: ReplicaRef }) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const [events, setEvents] = useState<DiskEvent[]>([]);
  const { broker, topic, partition } = replica;

  // Fed by the store's one trace subscription; a new simulation (or replica) starts a new list.
  useEffect(() => {
    const ref = { broker, topic, partition };
    return registerDerivedLog({
      types: DISK_TYPES,
      reset: () => setEvents([]),
      onTrace(e) {
        if (isDiskEvent(e, ref)) setEvents((list) => [...list, e].slice(-KEEP));
      },
    });
  }, [broker, topic, partition]);

  return (
    <section className="card st-card st-events" aria-labelledby="st-events-title">
      <h3 id="st-events-title">{t('storage.events.title')}</h3>
      {events.length === 0 ? (
        <p className="muted small">{t('storage.events.empty')}</p>
      ) : (
        <ol className="st-event-list small" aria-live="polite" data-testid="storage-events">
          {[...events].reverse().map((e) => (
            <li key={e.seq} className={`st-event st-event-${e.type.replace('.', '-')}`}>
              <span className="mono muted">{formatSimTime(e.time, lang)}</span>{' '}
              {describeDiskEvent(e, t)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
