// Each request kind (Kafka's ApiKeys) with its request and response payloads, and the messages
// derived from them: `msg.api === 'Produce' && msg.response` narrows `msg.payload` to a
// ProduceResponse. Brokers and clients talk on the broker listener (PLAINTEXT); brokers talk to
// the KRaft controller on its own listener (CONTROLLER), where Fetch reads the metadata log.
import type { NodeId, RecordRef } from '../trace/TraceEvent';
import type { TopicPartition } from '../common/TopicPartition';
import type {
  ConsumerGroupHeartbeatRequest,
  ConsumerGroupHeartbeatResponse,
  FetchRequest,
  FetchResponse,
  FindCoordinatorRequest,
  FindCoordinatorResponse,
  HeartbeatRequest,
  HeartbeatResponse,
  JoinGroupRequest,
  JoinGroupResponse,
  LeaveGroupRequest,
  LeaveGroupResponse,
  ListOffsetsRequest,
  ListOffsetsResponse,
  MetadataRequest,
  MetadataResponse,
  OffsetCommitRequest,
  OffsetCommitResponse,
  OffsetFetchRequest,
  OffsetFetchResponse,
  ProduceRequest,
  ProduceResponse,
  SyncGroupRequest,
  SyncGroupResponse,
} from './requests';
import type {
  AlterPartitionRequest,
  AlterPartitionResponse,
  BrokerHeartbeatRequest,
  BrokerHeartbeatResponse,
  BeginQuorumEpochRequest,
  BeginQuorumEpochResponse,
  MetadataFetchRequest,
  MetadataFetchResponse,
  VoteRequest,
  VoteResponse,
} from './controllerRequests';
import type {
  ControlledShutdownRequest,
  ControlledShutdownResponse,
  ControllerEpochResponse,
  LeaderAndIsrRequest,
  UpdateMetadataRequest,
} from './zkRequests';

/** The requests a broker answers on its client listener, with their responses. */
export interface ApiMessages {
  Produce: { request: ProduceRequest; response: ProduceResponse };
  Fetch: { request: FetchRequest; response: FetchResponse };
  Metadata: { request: MetadataRequest; response: MetadataResponse };
  ListOffsets: { request: ListOffsetsRequest; response: ListOffsetsResponse };
  FindCoordinator: { request: FindCoordinatorRequest; response: FindCoordinatorResponse };
  JoinGroup: { request: JoinGroupRequest; response: JoinGroupResponse };
  SyncGroup: { request: SyncGroupRequest; response: SyncGroupResponse };
  Heartbeat: { request: HeartbeatRequest; response: HeartbeatResponse };
  LeaveGroup: { request: LeaveGroupRequest; response: LeaveGroupResponse };
  OffsetCommit: { request: OffsetCommitRequest; response: OffsetCommitResponse };
  OffsetFetch: { request: OffsetFetchRequest; response: OffsetFetchResponse };
  ConsumerGroupHeartbeat: {
    request: ConsumerGroupHeartbeatRequest;
    response: ConsumerGroupHeartbeatResponse;
  };
  /** ZooKeeper mode: from the controller broker (Kafka 2.x's inter-broker requests). */
  LeaderAndIsr: { request: LeaderAndIsrRequest; response: ControllerEpochResponse };
  UpdateMetadata: { request: UpdateMetadataRequest; response: ControllerEpochResponse };
  /** ZooKeeper mode: to the controller broker. */
  AlterIsr: { request: AlterPartitionRequest; response: AlterPartitionResponse };
  ControlledShutdown: { request: ControlledShutdownRequest; response: ControlledShutdownResponse };
}

/**
 * The requests a KRaft controller answers on its listener: the active controller's APIs, and the
 * Raft quorum's (Vote, BeginQuorumEpoch, Fetch of __cluster_metadata) between controllers and
 * from brokers.
 */
export interface ControllerApiMessages {
  Vote: { request: VoteRequest; response: VoteResponse };
  BeginQuorumEpoch: { request: BeginQuorumEpochRequest; response: BeginQuorumEpochResponse };
  BrokerHeartbeat: { request: BrokerHeartbeatRequest; response: BrokerHeartbeatResponse };
  AlterPartition: { request: AlterPartitionRequest; response: AlterPartitionResponse };
  Fetch: { request: MetadataFetchRequest; response: MetadataFetchResponse };
}

export type BrokerApi = keyof ApiMessages;
export type ControllerApi = keyof ControllerApiMessages;

/** What every message carries besides its payload. */
export interface MessageHeader {
  msgId: number;
  from: NodeId;
  to: NodeId;
  /** Correlates a response with its request, like Kafka's correlation id. */
  correlationId: number;
  sentAt: number;
  arriveAt: number;
  /** Records carried, for drawing. */
  records: RecordRef[];
  topic?: string;
  partition?: number;
  /** Every partition a multi-partition request (Fetch) is about. */
  partitions?: TopicPartition[];
  /**
   * A client connection on the brokers' SSL listener (security.protocol=SSL); absent on
   * PLAINTEXT. The broker's fetch responses on it cannot use zero-copy (network/TransportLayer).
   */
  ssl?: true;
}

export interface RequestMessage<K extends BrokerApi = BrokerApi> extends MessageHeader {
  listener: 'PLAINTEXT';
  api: K;
  response: false;
  payload: ApiMessages[K]['request'];
}

export interface ResponseMessage<K extends BrokerApi = BrokerApi> extends MessageHeader {
  listener: 'PLAINTEXT';
  api: K;
  response: true;
  payload: ApiMessages[K]['response'];
}

export interface ControllerRequestMessage<
  K extends ControllerApi = ControllerApi,
> extends MessageHeader {
  listener: 'CONTROLLER';
  api: K;
  response: false;
  payload: ControllerApiMessages[K]['request'];
}

export interface ControllerResponseMessage<
  K extends ControllerApi = ControllerApi,
> extends MessageHeader {
  listener: 'CONTROLLER';
  api: K;
  response: true;
  payload: ControllerApiMessages[K]['response'];
}

type Each<T> = T[keyof T];

/** Each message kind by its api, so that a message built for a generic `K` is a `Message`. */
export type RequestMessages = { [K in BrokerApi]: RequestMessage<K> };
export type ResponseMessages = { [K in BrokerApi]: ResponseMessage<K> };
export type ControllerRequestMessages = { [K in ControllerApi]: ControllerRequestMessage<K> };
export type ControllerResponseMessages = { [K in ControllerApi]: ControllerResponseMessage<K> };

/** Any message on the wire, discriminated by listener, api and direction. */
export type Message =
  | Each<RequestMessages>
  | Each<ResponseMessages>
  | Each<ControllerRequestMessages>
  | Each<ControllerResponseMessages>;

/** A request of each kind a node answers, by api (Kafka's KafkaApis.handle switch as a table). */
export type RequestHandlers = { [K in BrokerApi]?: (msg: RequestMessage<K>) => void };
export type ResponseHandlers = { [K in BrokerApi]?: (msg: ResponseMessage<K>) => void };
export type ControllerRequestHandlers = {
  [K in ControllerApi]?: (msg: ControllerRequestMessage<K>) => void;
};
export type ControllerResponseHandlers = {
  [K in ControllerApi]?: (msg: ControllerResponseMessage<K>) => void;
};

/** Hands a request to the handler for its api, if there is one; false when there is none. */
export function dispatchRequest<K extends BrokerApi>(
  handlers: RequestHandlers,
  msg: RequestMessage<K>,
): boolean {
  const handler = handlers[msg.api];
  if (!handler) return false;
  handler(msg);
  return true;
}

export function dispatchResponse<K extends BrokerApi>(
  handlers: ResponseHandlers,
  msg: ResponseMessage<K>,
): boolean {
  const handler = handlers[msg.api];
  if (!handler) return false;
  handler(msg);
  return true;
}

export function dispatchControllerRequest<K extends ControllerApi>(
  handlers: ControllerRequestHandlers,
  msg: ControllerRequestMessage<K>,
): boolean {
  const handler = handlers[msg.api];
  if (!handler) return false;
  handler(msg);
  return true;
}

export function dispatchControllerResponse<K extends ControllerApi>(
  handlers: ControllerResponseHandlers,
  msg: ControllerResponseMessage<K>,
): boolean {
  const handler = handlers[msg.api];
  if (!handler) return false;
  handler(msg);
  return true;
}

/** Whether `msg` answers a request of kind `api` on the broker listener. */
export function isResponseTo<K extends BrokerApi>(
  msg: Message,
  api: K,
): msg is ResponseMessages[K] {
  return msg.listener === 'PLAINTEXT' && msg.response && msg.api === api;
}

/** Whether `msg` is a request of kind `api` on the broker listener. */
export function isRequestOf<K extends BrokerApi>(msg: Message, api: K): msg is RequestMessages[K] {
  return msg.listener === 'PLAINTEXT' && !msg.response && msg.api === api;
}
