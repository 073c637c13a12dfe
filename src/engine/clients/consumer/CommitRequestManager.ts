// Committing and fetching a group's offsets (the classic ConsumerCoordinator's commit path, Kafka's
// CommitRequestManager in the KIP-848 consumer). A commit carries the member's generation (classic)
// or member epoch (consumer protocol); the coordinator refuses one from a member that is not where
// it thinks it is, and the protocol decides what that means for the member.
import type { SimContext } from '../../sim/SimContext';
import type { ErrorCode } from '../../network/requests';
import type { TopicPartition } from './ConsumerPartitionAssignor';
import type { ConsumerConfig } from '../../config/types';
import {
  CoordinatorRequestManager,
  REQUEST_TIMEOUT_MS,
  consumerRetryBackoff,
  isCoordinatorError,
} from './CoordinatorRequestManager';

/** default.api.timeout.ms: how long commitSync keeps retrying. */
const DEFAULT_API_TIMEOUT_MS = 60000;

export interface Offset {
  topic: string;
  partition: number;
  offset: number;
}

export interface CommitHooks {
  /** The generation / member epoch to commit with, or why the member cannot commit now. */
  commitEpoch(): number | ErrorCode;
  /** The coordinator refused the member's epoch: 'retry' (sync commits only) or 'fail'. */
  onMemberError(error: ErrorCode): 'retry' | 'fail';
  closed(): boolean;
}

export class CommitRequestManager {
  constructor(
    private ctx: SimContext,
    private coordinator: CoordinatorRequestManager,
    private member: {
      readonly groupId: string;
      readonly memberId: string;
      config(): ConsumerConfig;
    },
    private h: CommitHooks,
  ) {}

  /**
   * Commit `offsets`. 'sync' retries retriable errors (commitSync, up to default.api.timeout.ms);
   * 'async' tries once (auto-commit). `done` gets NONE or the error.
   */
  commit(offsets: Offset[], mode: 'sync' | 'async', done: (error: ErrorCode) => void): void {
    if (offsets.length === 0) return done('NONE');
    const deadline = this.ctx.now() + DEFAULT_API_TIMEOUT_MS;
    // commitOffsetsSync / OffsetCommitRequestState: each retry waits longer (retry.backoff.ms
    // doubling up to retry.backoff.max.ms), so a commit to a lost coordinator does not spin.
    let attempts = 0;
    const attempt = () => {
      if (this.h.closed()) return;
      const fail = (error: ErrorCode, retriable = false) => {
        retriable ||= isCoordinatorError(error) || error === 'REQUEST_TIMED_OUT';
        if (retriable && mode === 'sync' && this.ctx.now() < deadline) {
          const backoff = consumerRetryBackoff(this.member.config());
          this.ctx.schedule(this.ctx.now() + backoff.backoff(attempts++, this.ctx.random), attempt);
          return;
        }
        this.ctx.trace({
          type: 'offset.commit.failed',
          group: this.member.groupId,
          member: this.member.memberId,
          offsets,
          error,
        });
        done(error);
      };
      // Not a member of a stable generation: CommitFailedException / RebalanceInProgressException.
      const epoch = this.h.commitEpoch();
      if (typeof epoch !== 'number') return fail(epoch);
      if (!this.coordinator.ensureCoordinatorReady()) {
        this.coordinator.whenCoordinatorKnown(attempt, deadline, () =>
          fail('COORDINATOR_NOT_AVAILABLE'),
        );
        return;
      }
      const req = {
        groupId: this.member.groupId,
        generationId: epoch,
        memberId: this.member.memberId,
        offsets,
      };
      this.coordinator.send(
        'OffsetCommit',
        req,
        REQUEST_TIMEOUT_MS,
        (msg) => {
          const res = msg.payload;
          const error = res.partitions.find((p) => p.error !== 'NONE')?.error ?? 'NONE';
          if (error === 'NONE') return done('NONE');
          if (isCoordinatorError(error) || error === 'REQUEST_TIMED_OUT') {
            // The write never reached the replicas (a coordinator cut off): look for another.
            this.coordinator.markCoordinatorUnknown();
            return fail(error);
          }
          fail(error, this.h.onMemberError(error) === 'retry');
        },
        (error) => fail(error),
      );
    };
    attempt();
  }

  /** OffsetFetch: the committed offsets of `partitions` (-1 where none), or null on an error. */
  fetchCommitted(partitions: TopicPartition[], done: (offsets: Offset[] | null) => void): void {
    if (!this.coordinator.ensureCoordinatorReady()) {
      // fetchCommittedOffsets waits for the coordinator (ensureCoordinatorReady), rather than
      // failing at once and being asked again in a loop.
      const deadline = this.ctx.now() + DEFAULT_API_TIMEOUT_MS;
      this.coordinator.whenCoordinatorKnown(
        () => this.fetchCommitted(partitions, done),
        deadline,
        () => done(null),
      );
      return;
    }
    const req = { groupId: this.member.groupId, partitions };
    this.coordinator.send(
      'OffsetFetch',
      req,
      REQUEST_TIMEOUT_MS,
      (msg) => {
        const res = msg.payload;
        if (res.error !== 'NONE') {
          if (isCoordinatorError(res.error)) this.coordinator.markCoordinatorUnknown();
          return done(null);
        }
        done(res.partitions);
      },
      () => done(null),
    );
  }
}
