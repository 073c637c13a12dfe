// One metadata log record as a line of the controller view.
import type { MetadataRecord } from '../../engine';
import type { TFunction } from '../common/useT';

export function recordText(r: MetadataRecord, t: TFunction): string {
  switch (r.type) {
    case 'LeaderChange':
      return t('controller.record.LeaderChange', { leader: r.leader });
    case 'RegisterBroker':
      return t('controller.record.RegisterBroker', { broker: r.broker });
    case 'Partition':
      return t('controller.record.Partition', {
        tp: `${r.topic}-${r.partition}`,
        replicas: r.replicas.join(','),
        leader: r.leader ?? '—',
      });
    case 'PartitionChange':
      return t('controller.record.PartitionChange', {
        tp: `${r.topic}-${r.partition}`,
        leader: r.leader ?? '—',
        isr: r.isr.join(','),
      });
    case 'BrokerRegistrationChange':
      return t('controller.record.BrokerRegistrationChange', {
        broker: r.broker,
        state: t(
          r.inControlledShutdown
            ? 'controller.record.shuttingDown'
            : r.fenced
              ? 'controller.record.fenced'
              : 'controller.record.unfenced',
        ),
      });
  }
}
