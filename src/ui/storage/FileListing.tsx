// The replica's directory as `ls` would show it, grouped by segment: `<topic>-<partition>/`,
// then each segment's .log, .index and .timeindex with its size on disk. A roll slides a new
// trio in; retention renames files `.deleted` (in place) and they fade out when removed;
// compaction shrinks a .log (its fill bar animates) and leaves the old files as `.deleted`.
import { AnimatePresence, motion, useReducedMotion } from 'framer-motion';
import { memo } from 'react';
import type { LogDirFile, LogDirSegment, LogDirView } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { formatSimTime } from '../common/format';
import { useT } from '../common/useT';
import { formatBytes } from './formatBytes';
import { reasonWith } from '../../content/i18n/reasonText';

interface Props {
  dir: LogDirView;
  selected: LogDirSegment;
  segmentBytes: number;
  onSelect(base: number, deleted: boolean): void;
}

/** A new file's row flashes in the accent colour, then fades to transparent. */
const NEW_FLASH = 'rgba(96, 128, 240, 0.28)';
const NEW_FLASH_END = 'rgba(96, 128, 240, 0)';

const KIND_ORDER = { log: 0, index: 1, timeindex: 2 } as const;

interface Row {
  key: string;
  file: LogDirFile;
  segment: LogDirSegment;
}

/**
 * Rows keyed by name without `.deleted`, so that a file renamed by retention stays the same
 * row; when a live file of that name exists too (compaction swapped a cleaned segment in), the
 * `.deleted` one gets its own row.
 */
function rowsOf(dir: LogDirView): Row[] {
  const live = new Set(dir.files.filter((f) => !f.deleted).map((f) => f.name));
  const segOf = (f: LogDirFile) =>
    dir.segments.find((s) => s.baseOffset === f.baseOffset && s.deleted === f.deleted)!;
  return dir.files
    .map((f) => {
      const bare = f.deleted ? f.name.replace(/\.deleted$/, '') : f.name;
      return { key: f.deleted && live.has(bare) ? f.name : bare, file: f, segment: segOf(f) };
    })
    .sort(
      (a, b) =>
        a.file.baseOffset - b.file.baseOffset ||
        Number(a.file.deleted) - Number(b.file.deleted) ||
        KIND_ORDER[a.file.kind] - KIND_ORDER[b.file.kind],
    );
}

export const FileListing = memo(function FileListing({
  dir,
  selected,
  segmentBytes,
  onSelect,
}: Props) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  // Reduced motion: rows fade and flash in place instead of sliding open.
  const still = useReducedMotion() ?? false;
  const rows = rowsOf(dir);
  const live = dir.segments.filter((s) => !s.deleted);
  const total = dir.files.reduce((n, f) => n + f.sizeBytes, 0);
  return (
    <section className="card st-card st-files" aria-labelledby="st-files-title">
      <header className="st-card-head">
        <h3 id="st-files-title">{t('storage.files.title')}</h3>
        <span className="muted small">
          {t('storage.files.summary', { segments: live.length, bytes: formatBytes(total, lang) })}
        </span>
      </header>
      <p className="st-offsets small" data-testid="storage-offsets">
        <span title={t('storage.lso.title')}>
          {t('storage.lso')} <b>{dir.logStartOffset}</b>
        </span>
        <span title={t('storage.hw.title')}>
          {t('storage.hw')} <b>{dir.highWatermark}</b>
        </span>
        <span title={t('storage.leo.title')}>
          {t('storage.leo')} <b>{dir.logEndOffset}</b>
        </span>
      </p>
      <div className="st-dir mono" data-testid="storage-dir" data-name={dir.dirName}>
        <svg viewBox="0 0 16 16" className="icon" aria-hidden="true">
          <path d="M1.5 4.5v8h13v-6.5h-7l-1.5-1.5z" />
        </svg>
        {dir.dirName}/
      </div>
      <ul className="st-file-list" aria-label={t('storage.files.list', { dir: dir.dirName })}>
        <AnimatePresence initial={false}>
          {rows.map(({ key, file, segment }) => {
            const isSelected =
              segment.baseOffset === selected.baseOffset && segment.deleted === selected.deleted;
            const fill =
              file.kind === 'log' && segmentBytes > 0
                ? Math.min(1, file.sizeBytes / Math.max(segmentBytes, 1))
                : null;
            // The segment's state is told once, on its .log row.
            const state =
              file.kind !== 'log'
                ? ''
                : file.deleted
                  ? t('storage.file.deleted', {
                      reason: segment.deletedReason ? reasonWith(t, segment.deletedReason) : '',
                      at: formatSimTime(segment.removeAt ?? 0, lang),
                    })
                  : file.active
                    ? t('storage.file.active')
                    : '';
            return (
              <motion.li
                key={key}
                className={`st-file st-file-${file.kind}${file.deleted ? ' st-file-deleted' : ''}${
                  file.active ? ' st-file-active' : ''
                }${isSelected ? ' st-file-selected' : ''}`}
                data-testid="segment-file"
                data-name={file.name}
                data-kind={file.kind}
                data-size={file.sizeBytes}
                data-base-offset={file.baseOffset}
                data-next-offset={segment.nextOffset}
                data-active={file.active}
                data-deleted={file.deleted}
                initial={{ opacity: 0, height: still ? 'auto' : 0, backgroundColor: NEW_FLASH }}
                animate={{ opacity: 1, height: 'auto', backgroundColor: NEW_FLASH_END }}
                exit={still ? { opacity: 0 } : { opacity: 0, height: 0 }}
                transition={{
                  duration: 0.35,
                  backgroundColor: { duration: 2.4, ease: 'easeOut' },
                }}
              >
                <button
                  type="button"
                  className="st-file-btn"
                  aria-pressed={isSelected}
                  title={t('storage.file.select', { name: file.name })}
                  onClick={() => onSelect(segment.baseOffset, segment.deleted)}
                >
                  <FileIcon kind={file.kind} />
                  <span className="st-file-name mono" data-name-label>
                    {file.name}
                  </span>
                  <span className="st-file-size mono" title={t('storage.file.size.title')}>
                    {formatBytes(file.sizeBytes, lang)}
                  </span>
                  {fill !== null && (
                    <span className="st-fill" aria-hidden="true">
                      <motion.span
                        className="st-fill-bar"
                        initial={false}
                        animate={{ width: `${fill * 100}%` }}
                        transition={{ duration: 0.4 }}
                      />
                    </span>
                  )}
                  {state && (
                    <span className={`st-file-state${file.deleted ? ' bad' : ' ok'}`}>{state}</span>
                  )}
                </button>
              </motion.li>
            );
          })}
        </AnimatePresence>
      </ul>
    </section>
  );
});

function FileIcon({ kind }: { kind: LogDirFile['kind'] }) {
  return (
    <svg viewBox="0 0 16 16" className={`icon st-file-icon st-icon-${kind}`} aria-hidden="true">
      <path d="M3.5 1.5h6l3 3v10h-9z" />
      {kind === 'log' && <path d="M5.5 7h5M5.5 9.5h5M5.5 12h3" />}
      {kind === 'index' && <path d="M5.5 7h1M5.5 10h1M8.5 7h2M8.5 10h2" />}
      {kind === 'timeindex' && <circle cx="8" cy="9.5" r="2.5" />}
    </svg>
  );
}
