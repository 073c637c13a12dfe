// One record in a replica's log: its offset, coloured by key. Cells are many (a row per replica,
// up to two dozen cells each, hundreds appended a second under load), so a cell is cheap: no
// store subscription per cell when its row passes `titleOf` (the row's `useRecordTitle()`: the
// fixed words looked up once per language, the title formatted only when the cell renders).
// `appended` fades the cell in (a CSS animation); the cluster view's rows set it only on the
// newest record, and only when records arrive slowly enough for a person to see each one.
import { memo, useMemo } from 'react';
import { textOn } from '../common/keyColor';
import { useT, type TFunction } from '../common/useT';

/** The cell's tooltip: offset and key, the value if short, whether it is above the HW. */
export type RecordTitle = (
  offset: number,
  key: string | null,
  value: string | null,
  uncommitted: boolean,
) => string;

function recordTitler(t: TFunction): RecordTitle {
  const noKey = t('record.noKey');
  const uncommittedNote = t('record.uncommitted');
  return (offset, key, value, uncommitted) => {
    let title = t('record.title', { offset, key: key ?? noKey });
    if (value !== null && value.length <= 40) title += `\n“${value}”`;
    if (uncommitted) title += `\n${uncommittedNote}`;
    return title;
  };
}

/** A record's tooltip in the current language; a new function only when the language changes. */
export function useRecordTitle(): RecordTitle {
  const t = useT();
  return useMemo(() => recordTitler(t), [t]);
}

interface Props {
  offset: number;
  recordKey: string | null;
  value: string | null;
  color: string;
  uncommitted: boolean;
  appended: boolean;
  /** From the row's useRecordTitle(); without it the cell subscribes to the language itself. */
  titleOf?: RecordTitle;
}

export const OffsetCell = memo(function OffsetCell(props: Props) {
  return props.titleOf ? <Cell {...props} titleOf={props.titleOf} /> : <TitledCell {...props} />;
});

function TitledCell(props: Props) {
  return <Cell {...props} titleOf={useRecordTitle()} />;
}

function Cell({
  offset,
  recordKey,
  value,
  color,
  uncommitted,
  appended,
  titleOf,
}: Props & { titleOf: RecordTitle }) {
  let className = 'cell';
  if (uncommitted) className += ' cell-uncommitted';
  if (offset >= 1000) className += ' cell-wide';
  if (appended) className += ' cell-appended';
  return (
    <span
      className={className}
      data-offset={offset}
      data-key={recordKey ?? ''}
      title={titleOf(offset, recordKey, value, uncommitted)}
      style={{ backgroundColor: color, color: textOn(color) }}
    >
      {offset}
    </span>
  );
}
