// Kafka's OffsetMetadataManager (4.x group coordinator): OffsetCommit and OffsetFetch for the
// groups this broker coordinates. A commit is checked against the member's generation, stored as
// records (GroupMetadataManager.storeOffsets) and only then visible to OffsetFetch. A commit that
// timed out waiting for the replicas is answered REQUEST_TIMED_OUT, yet its records stay in the
// log and it becomes visible once the HW passes them (CoordinatorRuntime does not revert on timeout).
import type { SimContext } from '../../sim/SimContext';
import type {
  ErrorCode,
  OffsetCommitRequest,
  OffsetCommitResponse,
  OffsetFetchRequest,
  OffsetFetchResponse,
} from '../../network/requests';
import type { ClassicGroup } from './ClassicGroup';
import type { ConsumerGroup } from './modern/consumer/ConsumerGroup';
import type { GroupMetadataManager } from './GroupMetadataManager';

export class OffsetMetadataManager {
  constructor(
    private brokerId: number,
    private ctx: SimContext,
    private manager: GroupMetadataManager,
    /** The broker runs and coordinates this group. */
    private isLocal: (groupId: string) => boolean,
  ) {}

  commit(req: OffsetCommitRequest, reply: (r: OffsetCommitResponse) => void): void {
    const answer = (error: ErrorCode) =>
      reply({
        partitions: req.offsets.map((o) => ({ topic: o.topic, partition: o.partition, error })),
      });
    if (!this.isLocal(req.groupId)) return answer('NOT_COORDINATOR');
    const modern = this.manager.consumerGroups.get(req.groupId);
    const error = modern
      ? validateConsumerGroupOffsetCommit(modern, req)
      : validateOffsetCommit(this.manager.groups.get(req.groupId), req);
    if (error !== 'NONE') return answer(error);
    const traceCommitted = () =>
      this.ctx.trace({
        type: 'offset.commit',
        group: req.groupId,
        member: req.memberId,
        offsets: req.offsets.map((o) => ({ ...o })),
        coordinator: this.brokerId,
      });
    this.manager.storeOffsets(
      req.groupId,
      req.offsets,
      (e) => {
        if (e === 'NONE') traceCommitted();
        answer(e);
      },
      traceCommitted,
    );
  }

  fetch(req: OffsetFetchRequest): OffsetFetchResponse {
    if (!this.isLocal(req.groupId)) return { error: 'NOT_COORDINATOR', partitions: [] };
    return {
      error: 'NONE',
      partitions: req.partitions.map((tp) => ({
        ...tp,
        offset: this.manager.committedOffset(req.groupId, tp.topic, tp.partition) ?? -1,
      })),
    };
  }
}

/** ClassicGroup.validateOffsetCommit, for a commit from a member of a classic group. */
function validateOffsetCommit(
  group: ClassicGroup | undefined,
  req: OffsetCommitRequest,
): ErrorCode {
  if (!group) return req.generationId < 0 ? 'NONE' : 'ILLEGAL_GENERATION';
  if (group.state === 'Dead') return 'COORDINATOR_NOT_AVAILABLE';
  if (req.generationId < 0 && group.state === 'Empty') return 'NONE';
  if (!group.members.has(req.memberId)) return 'UNKNOWN_MEMBER_ID';
  if (req.generationId !== group.generationId) return 'ILLEGAL_GENERATION';
  // It has the new generation from its JoinGroup response but no assignment yet.
  if (group.state === 'CompletingRebalance') return 'REBALANCE_IN_PROGRESS';
  return 'NONE';
}

/** ConsumerGroup.validateOffsetCommit: the member must commit with the epoch it runs. */
function validateConsumerGroupOffsetCommit(
  group: ConsumerGroup,
  req: OffsetCommitRequest,
): ErrorCode {
  // A commit from outside the group (no member id, no epoch) is accepted while the group is empty.
  if (req.generationId < 0 && req.memberId === '' && group.members.size === 0) return 'NONE';
  const member = group.members.get(req.memberId);
  if (!member) return 'UNKNOWN_MEMBER_ID';
  if (req.generationId !== member.memberEpoch) return 'STALE_MEMBER_EPOCH';
  return 'NONE';
}
