// The assignors a broker offers consumer groups (group.consumer.assignors). Kafka's default lists
// UniformAssignor then RangeAssignor; a member that names no assignor (group.remote.assignor
// unset) gets the first. A name the broker does not offer fails the heartbeat with
// UNSUPPORTED_ASSIGNOR, hence null for an unknown name.
import type { PartitionAssignor } from './PartitionAssignor';
import { RangeAssignor } from './RangeAssignor';
import { UniformAssignor } from './UniformAssignor';

export const SERVER_ASSIGNORS = ['uniform', 'range'] as const;

export type ServerAssignorName = (typeof SERVER_ASSIGNORS)[number];

/** The assignor a group uses when its members name none: the first configured. */
export const DEFAULT_SERVER_ASSIGNOR: ServerAssignorName = SERVER_ASSIGNORS[0];

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
