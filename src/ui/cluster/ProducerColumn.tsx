// Left column: the producers, the key colours and the form to send a record by hand.
import { lazy, memo, Suspense } from 'react';
import type { ProducerSnapshot, TopicSnapshot } from '../../engine';
import { useProducerSpecs } from '../../store/simStore';
import { useT } from '../common/useT';
import { KeyLegend } from './KeyLegend';
import { ProducerCard } from './ProducerCard';

// The form and the partitioner's explanations come right after the first frame, not in the first
// download (its budget: e2e/weight.spec.ts); until then its card holds the form's title.
const ProduceForm = lazy(() => import('./ProduceForm').then((m) => ({ default: m.ProduceForm })));

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
      <Suspense
        fallback={
          <div className="produce-form card" aria-busy="true">
            <h3>{t('produce.title')}</h3>
          </div>
        }
      >
        <ProduceForm producers={producers} topics={topics} />
      </Suspense>
    </div>
  );
});
