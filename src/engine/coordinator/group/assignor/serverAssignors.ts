// The server assignors by name (names: serverAssignorNames.ts). A name the broker does not offer
// fails the heartbeat with UNSUPPORTED_ASSIGNOR, hence null for an unknown name.
import type { PartitionAssignor } from './PartitionAssignor';
import { RangeAssignor } from './RangeAssignor';
import { UniformAssignor } from './UniformAssignor';

import type { ServerAssignorName } from './serverAssignorNames';

export function serverAssignorFor(name: ServerAssignorName): PartitionAssignor;
export function serverAssignorFor(name: string): PartitionAssignor | null;
export function serverAssignorFor(name: string): PartitionAssignor | null {
  switch (name) {
    case 'uniform':
      return new UniformAssignor();
    case 'range':
      return new RangeAssignor();
    default:
      return null;
  }
}
