// One record in a replica's log: its offset, coloured by key. A record appended while the
// row is on screen fades in (a CSS animation: dozens of cells, no per-frame JavaScript;
// prefers-reduced-motion turns it off).
import { memo } from 'react';
import { textOn } from '../common/keyColor';
import { useT } from '../common/useT';

interface Props {
  offset: number;
  recordKey: string | null;
  value: string | null;
  color: string;
  uncommitted: boolean;
  appended: boolean;
}

export const OffsetCell = memo(function OffsetCell({
  offset,
  recordKey,
  value,
  color,
  uncommitted,
  appended,
}: Props) {
  const t = useT();
  const title = [
    t('record.title', { offset, key: recordKey ?? t('record.noKey') }),
    value !== null && value.length <= 40 ? `“${value}”` : null,
    uncommitted ? t('record.uncommitted') : null,
  ]
    .filter(Boolean)
    .join('\n');
  const classes = ['cell'];
  if (uncommitted) classes.push('cell-uncommitted');
  if (offset >= 1000) classes.push('cell-wide');
  if (appended) classes.push('cell-appended');
  return (
    <span
      className={classes.join(' ')}
      data-offset={offset}
      data-key={recordKey ?? ''}
      title={title}
      style={{ backgroundColor: color, color: textOn(color) }}
    >
      {offset}
    </span>
  );
});
