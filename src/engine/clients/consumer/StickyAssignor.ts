// Kafka's StickyAssignor ("sticky"): balanced first, then as much of the previous assignment kept
// as possible. It is EAGER: members revoke everything before rejoining, so what each owned before
// travels in its subscription's userData (its last assignment and that generation).
import { AbstractStickyAssignor, type MemberData } from './AbstractStickyAssignor';
import type { Subscription } from './ConsumerPartitionAssignor';

export class StickyAssignor extends AbstractStickyAssignor {
  readonly name = 'sticky' as const;
  readonly supportedProtocols = ['EAGER'] as const;

  protected memberData(subscription: Subscription): MemberData {
    if (!subscription.userData) return { partitions: [], generation: null };
    return {
      partitions: subscription.userData.partitions,
      generation: subscription.userData.generation,
    };
  }
}
