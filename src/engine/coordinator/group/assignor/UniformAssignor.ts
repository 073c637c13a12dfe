// Kafka's UniformAssignor ("uniform"), the first and so the default of group.consumer.assignors:
// a balanced, sticky assignment computed by the group coordinator. Members with the same
// subscription take the fast homogeneous builder; otherwise the iterative heterogeneous one runs.
// (Kafka 4.1 does not use racks in this assignor; rack-aware uniform assignment came later.)
import type {
  GroupAssignment,
  GroupSpec,
  PartitionAssignor,
  SubscribedTopicDescriber,
} from './PartitionAssignor';
import { UniformHeterogeneousAssignmentBuilder } from './UniformHeterogeneousAssignmentBuilder';
import { UniformHomogeneousAssignmentBuilder } from './UniformHomogeneousAssignmentBuilder';

export class UniformAssignor implements PartitionAssignor {
  readonly name = 'uniform' as const;

  assign(spec: GroupSpec, topics: SubscribedTopicDescriber): GroupAssignment {
    if (spec.members.size === 0) return new Map();
    return spec.subscriptionType === 'HOMOGENEOUS'
      ? new UniformHomogeneousAssignmentBuilder(spec, topics).build()
      : new UniformHeterogeneousAssignmentBuilder(spec, topics).build();
  }
}
