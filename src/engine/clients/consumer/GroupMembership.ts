// What a KafkaConsumer needs from its group protocol: the classic ConsumerCoordinator
// (JoinGroup/SyncGroup) or the KIP-848 ConsumerMembershipManager (ConsumerGroupHeartbeat).
import type { Message } from '../../network/Network';
import type { ErrorCode } from '../../network/requests';
import type { Offset } from './CommitRequestManager';
import type { RebalanceProtocol, TopicPartition } from './ConsumerPartitionAssignor';
import type { ConsumerConfig } from '../../config/types';
import type { TopicPartitionsView } from '../Metadata';
import type { ClusterConnectionStates } from '../ClusterConnectionStates';

export interface GroupMembership {
  /** The group protocol this member speaks (group.protocol when it started). */
  readonly groupProtocol: 'classic' | 'consumer';
  /** The member's state as its client sees it (protocol-specific names). */
  readonly state: string;
  /** The classic generation, or the KIP-848 member epoch; -1 outside the group. */
  readonly generation: number;
  readonly coordinator: number | null;
  readonly rebalanceProtocol: RebalanceProtocol;
  /** In the group with a valid generation/epoch: commits may go out. */
  isStable(): boolean;
  /** Called from the application's poll(). */
  poll(): void;
  commit(offsets: Offset[], mode: 'sync' | 'async', done: (error: ErrorCode) => void): void;
  fetchCommitted(partitions: TopicPartition[], done: (offsets: Offset[] | null) => void): void;
  onResponse(msg: Message): void;
  onDisconnect(broker: number): void;
  onMetadataUpdate(): void;
  /** Leave and join again from scratch (its partitions given up already). */
  restart(): void;
  /** max.poll.interval.ms passed without poll(). */
  onPollTimeout(): void;
  sendLeaveGroup(reason: 'leave' | 'max.poll.interval'): boolean;
  stop(): void;
}

/** What the group protocol needs from its consumer (the subscription state and the app). */
export interface ConsumerHooks {
  readonly groupId: string;
  readonly memberId: string;
  readonly nodeId: string;
  readonly topics: string[];
  config(): ConsumerConfig;
  /** Partitions owned now (SubscriptionState.assignedPartitions). */
  owned(): TopicPartition[];
  /** Their positions, to commit (SubscriptionState.allConsumed). */
  consumed(): Offset[];
  topicView(topic: string): TopicPartitionsView;
  requestMetadata(): void;
  bootstrapBrokers(): number[];
  /** The consumer's connections to brokers (reconnect backoff), shared by all its requests. */
  readonly connections: ClusterConnectionStates;
  revoke(partitions: TopicPartition[], reason: 'rebalance' | 'reassigned' | 'lost' | 'close'): void;
  /** Stop returning and fetching records of these: they are about to be revoked. */
  markPendingRevocation(partitions: TopicPartition[]): void;
  assign(generation: number, assignment: TopicPartition[]): void;
  /** Something changed that poll() should see (run it if the app is waiting in poll). */
  wake(): void;
}
