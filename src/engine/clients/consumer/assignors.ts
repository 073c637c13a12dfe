// The assignors by protocol name, and the rebalance protocol a consumer follows: the most
// advanced one every configured assignor supports (ConsumerCoordinator's constructor), so the
// default [range, cooperative-sticky] is EAGER and only [cooperative-sticky] is COOPERATIVE.
import type { AssignmentStrategy } from '../../config/types';
import type { ConsumerPartitionAssignor, RebalanceProtocol } from './ConsumerPartitionAssignor';
import { RangeAssignor } from './RangeAssignor';
import { RoundRobinAssignor } from './RoundRobinAssignor';
import { CooperativeStickyAssignor, StickyAssignor } from './stickyAssignors';

/**
 * Each assignor's supportedProtocols(), known without constructing it: every consumer reads them,
 * while the sticky ones are fetched by the page only for a run that names them
 * (stickyAssignors.ts). assignors.test checks the table against the classes.
 */
export const SUPPORTED_PROTOCOLS: Readonly<
  Record<AssignmentStrategy, readonly RebalanceProtocol[]>
> = {
  range: ['EAGER'],
  roundrobin: ['EAGER'],
  sticky: ['EAGER'],
  'cooperative-sticky': ['COOPERATIVE', 'EAGER'],
};

export function assignorFor(name: AssignmentStrategy): ConsumerPartitionAssignor {
  switch (name) {
    case 'range':
      return new RangeAssignor();
    case 'roundrobin':
      return new RoundRobinAssignor();
    case 'sticky':
      return new StickyAssignor();
    case 'cooperative-sticky':
      return new CooperativeStickyAssignor();
  }
}

export function rebalanceProtocolOf(strategies: readonly AssignmentStrategy[]): RebalanceProtocol {
  return strategies.every((s) => SUPPORTED_PROTOCOLS[s].includes('COOPERATIVE'))
    ? 'COOPERATIVE'
    : 'EAGER';
}
