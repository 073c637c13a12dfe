// The assignors by protocol name, and the rebalance protocol a consumer follows: the most
// advanced one every configured assignor supports (ConsumerCoordinator's constructor), so the
// default [range, cooperative-sticky] is EAGER and only [cooperative-sticky] is COOPERATIVE.
import type { AssignmentStrategy } from '../../config/types';
import type { ConsumerPartitionAssignor, RebalanceProtocol } from './ConsumerPartitionAssignor';
import { RangeAssignor } from './RangeAssignor';
import { RoundRobinAssignor } from './RoundRobinAssignor';
import { StickyAssignor } from './StickyAssignor';
import { CooperativeStickyAssignor } from './CooperativeStickyAssignor';

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
  return strategies.every((s) => assignorFor(s).supportedProtocols.includes('COOPERATIVE'))
    ? 'COOPERATIVE'
    : 'EAGER';
}
