// Which partition the replication view shows: a topic and a partition number.
import { useId, useMemo } from 'react';
import type { TopicSnapshot } from '../../engine';
import { OptionPicker } from '../common/OptionPicker';
import { useT } from '../common/useT';

interface Props {
  topics: readonly TopicSnapshot[];
  topic: TopicSnapshot;
  partition: number;
  onPick(topic: string, partition: number): void;
}

export function PartitionPicker({ topics, topic, partition, onPick }: Props) {
  const t = useT();
  const id = useId();
  const options = useMemo(
    () =>
      topic.partitions.map((p) => ({
        value: String(p.partition),
        label: t('repl.partitionOption', { partition: p.partition }),
      })),
    // (the partitions' numbers, not their offsets: the same list while the run plays)
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, topic.name, topic.partitions.length],
  );
  return (
    <div className="repl-picker">
      <label htmlFor={`${id}-topic`}>{t('repl.topic')}</label>
      <select
        id={`${id}-topic`}
        aria-label={t('repl.topic')}
        data-testid="repl-topic"
        value={topic.name}
        onChange={(e) => onPick(e.target.value, 0)}
      >
        {topics.map((x) => (
          <option key={x.name} value={x.name}>
            {x.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-partition`}>{t('repl.partition')}</label>
      <OptionPicker
        id={`${id}-partition`}
        label={t('repl.partition')}
        testId="repl-partition"
        value={String(partition)}
        options={options}
        onPick={(v) => onPick(topic.name, Number(v))}
      />
    </div>
  );
}
