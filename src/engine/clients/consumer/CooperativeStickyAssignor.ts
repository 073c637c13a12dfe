// Kafka's CooperativeStickyAssignor ("cooperative-sticky"): the sticky assignment, minus every
// partition that changes owner. Members keep consuming what they keep; the previous owner revokes
// the moving partitions and rejoins at once, and the follow-up rebalance hands them over. Two
// rebalances, no global pause.
import { AbstractStickyAssignor, type MemberData } from './AbstractStickyAssignor';
import type { Assignment, Subscription } from './ConsumerPartitionAssignor';
import { tpKey } from './ConsumerPartitionAssignor';

export class CooperativeStickyAssignor extends AbstractStickyAssignor {
  readonly name = 'cooperative-sticky' as const;
  readonly supportedProtocols = ['COOPERATIVE', 'EAGER'] as const;

  protected memberData(subscription: Subscription): MemberData {
    return {
      partitions: subscription.ownedPartitions,
      generation: subscription.generationId >= 0 ? subscription.generationId : null,
    };
  }

  override assign(
    partitionsPerTopic: Map<string, number>,
    subscriptions: Map<string, Subscription>,
  ): Assignment {
    const assignment = super.assign(partitionsPerTopic, subscriptions);
    // adjustAssignment: a partition must be revoked by its owner before anyone else gets it.
    for (const [k, { consumer }] of this.partitionsTransferringOwnership) {
      const list = assignment.get(consumer)!;
      const i = list.findIndex((tp) => tpKey(tp) === k);
      if (i >= 0) list.splice(i, 1);
    }
    return assignment;
  }
}
