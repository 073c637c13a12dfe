// Left column: the producers, the key colours and the form to send a record by hand.
import { memo } from 'react';
import type { ProducerSnapshot, TopicSnapshot } from '../../engine';
import { useProducerSpecs } from '../../store/simStore';
import { useT } from '../common/useT';
import { KeyLegend } from './KeyLegend';
import { ProduceForm } from './ProduceForm';
import { ProducerCard } from './ProducerCard';

interface Props {
  producers: ProducerSnapshot[];
  topics: TopicSnapshot[];
}

export const ProducerColumn = memo(function ProducerColumn({ producers, topics }: Props) {
  const t = useT();
  const specs = useProducerSpecs();
  return (
    <div className="cluster-col col-producers">
      <h2 className="col-title">{t('cluster.producers')}</h2>
      {producers.map((p) => (
        <ProducerCard key={p.id} producer={p} spec={specs.find((s) => s.id === p.id)} />
      ))}
      <KeyLegend />
      <ProduceForm producers={producers} topics={topics} />
    </div>
  );
});
