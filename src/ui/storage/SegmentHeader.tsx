// The chosen segment's title, its offsets and sizes, and download buttons for its three files
// (the exact bytes the engine holds, named as Kafka names them).
import type { LogDirSegment, LogDirView, SegmentFileKind } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { formatSimTime } from '../common/format';
import { useT } from '../common/useT';
import { downloadBytes } from './download';
import { formatBytes } from './formatBytes';
import { fileName } from './lookupSteps';
import type { ReplicaRef } from './useLogDir';
import { reasonWith } from '../../content/i18n/reasonText';

interface Props {
  dir: LogDirView;
  segment: LogDirSegment;
  replica: ReplicaRef;
  leader: boolean;
}

const KINDS: readonly SegmentFileKind[] = ['log', 'index', 'timeindex'];

export function SegmentHeader({ dir, segment, replica, leader }: Props) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const segmentFile = useSimStore((s) => s.queries.segmentFile);
  const empty = segment.nextOffset === segment.baseOffset;
  const suffix = segment.deleted ? '.deleted' : '';

  const download = (kind: SegmentFileKind) => {
    const bytes = segmentFile(
      replica.broker,
      replica.topic,
      replica.partition,
      segment.baseOffset,
      kind,
    );
    if (bytes) downloadBytes(bytes, `${fileName(segment.baseOffset, kind)}${suffix}`);
  };

  return (
    <header className="st-seg-head">
      <div className="st-seg-title">
        <h3 id="st-segment-title" className="mono">
          {dir.dirName}/{fileName(segment.baseOffset, 'log')}
          {suffix}
        </h3>
        {segment.active && <span className="pill st-pill-ok">{t('storage.file.active')}</span>}
        {segment.deleted && (
          <span className="pill st-pill-bad">
            {t('storage.segment.deleted', {
              reason: segment.deletedReason ? reasonWith(t, segment.deletedReason) : '',
              at: formatSimTime(segment.removeAt ?? 0, lang),
            })}
          </span>
        )}
        <span className="muted small">
          {t(leader ? 'storage.segment.leader' : 'storage.segment.follower', {
            broker: replica.broker,
          })}
        </span>
      </div>
      <p className="small st-seg-facts" data-testid="segment-facts">
        {empty
          ? t('storage.segment.empty', { base: segment.baseOffset })
          : t('storage.segment.facts', {
              base: segment.baseOffset,
              last: segment.nextOffset - 1,
              next: segment.nextOffset,
              batches: segment.batches.length,
              size: formatBytes(segment.sizeBytes, lang),
              entries: segment.index.length,
              timeEntries: segment.timeIndex.length,
            })}
        {segment.batches.length > 0 &&
          ` · ${t('storage.segment.largestTimestamp', { ts: segment.largestTimestamp })}`}
      </p>
      <div className="st-downloads" role="group" aria-label={t('storage.download.label')}>
        <span className="muted small">{t('storage.download.label')}</span>
        {KINDS.map((kind) => {
          const unavailable = kind === 'log' && !segment.bytesAvailable;
          return (
            <button
              key={kind}
              type="button"
              className="btn btn-small"
              data-testid={`download-${kind}`}
              disabled={unavailable}
              title={
                unavailable
                  ? t('storage.download.gone')
                  : t('storage.download.hint', {
                      name: `${fileName(segment.baseOffset, kind)}${suffix}`,
                    })
              }
              onClick={() => download(kind)}
            >
              <svg viewBox="0 0 16 16" className="icon" aria-hidden="true">
                <path d="M8 2v8M4.5 7 8 10.5 11.5 7M3 13.5h10" />
              </svg>
              .{kind}
            </button>
          );
        })}
        {segment.active && <span className="muted small">{t('storage.download.trimmed')}</span>}
      </div>
    </header>
  );
}
