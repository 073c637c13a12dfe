// Which partition the replication view shows: a topic and a partition number.
import { useId } from 'react';
import type { TopicSnapshot } from '../../engine';
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
      <select
        id={`${id}-partition`}
        aria-label={t('repl.partition')}
        data-testid="repl-partition"
        value={partition}
        onChange={(e) => onPick(topic.name, Number(e.target.value))}
      >
        {topic.partitions.map((p) => (
          <option key={p.partition} value={p.partition}>
            {t('repl.partitionOption', { partition: p.partition })}
          </option>
        ))}
      </select>
    </div>
  );
}
