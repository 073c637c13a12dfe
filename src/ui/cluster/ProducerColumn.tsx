// Left column: the producers, the key colours and the form to send a record by hand.
import type { Snapshot } from '../../engine';
import { useProducerSpecs } from '../../store/simStore';
import { useT } from '../common/useT';
import { KeyLegend } from './KeyLegend';
import { ProduceForm } from './ProduceForm';
import { ProducerCard } from './ProducerCard';

export function ProducerColumn({ snapshot }: { snapshot: Snapshot }) {
  const t = useT();
  const specs = useProducerSpecs();
  return (
    <div className="cluster-col col-producers">
      <h2 className="col-title">{t('cluster.producers')}</h2>
      {snapshot.producers.map((p) => (
        <ProducerCard key={p.id} producer={p} spec={specs.find((s) => s.id === p.id)} />
      ))}
      <KeyLegend />
      <ProduceForm snapshot={snapshot} />
    </div>
  );
}
