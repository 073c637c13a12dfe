// One record in a replica's log: its offset, coloured by key. New cells fade in
// (framer-motion; reduced motion turns that off through MotionConfig).
import { motion } from 'framer-motion';
import { memo } from 'react';
import { textOn } from '../common/keyColor';
import { useT } from '../common/useT';

interface Props {
  offset: number;
  recordKey: string | null;
  value: string | null;
  color: string;
  uncommitted: boolean;
}

export const OffsetCell = memo(function OffsetCell({
  offset,
  recordKey,
  value,
  color,
  uncommitted,
}: Props) {
  const t = useT();
  const title = [
    t('record.title', { offset, key: recordKey ?? t('record.noKey') }),
    value !== null && value.length <= 40 ? `“${value}”` : null,
    uncommitted ? t('record.uncommitted') : null,
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <motion.span
      className={`cell${uncommitted ? ' cell-uncommitted' : ''}${offset >= 1000 ? ' cell-wide' : ''}`}
      data-offset={offset}
      data-key={recordKey ?? ''}
      title={title}
      style={{ backgroundColor: color, color: textOn(color) }}
      initial={{ opacity: 0, scale: 0.6 }}
      animate={{ opacity: 1, scale: 1 }}
      transition={{ duration: 0.25, ease: 'easeOut' }}
    >
      {offset}
    </motion.span>
  );
});
