// Kafka's ControllerServer: one KRaft controller node (`controller:3001` …). It runs a voter's
// KafkaRaftClient and a QuorumController that is active only while this node is the Raft leader
// and its epoch's start is committed. Its listener answers the quorum's requests (Vote,
// BeginQuorumEpoch, Fetch) and the controller's (BrokerHeartbeat, AlterPartition).
import type { SimContext } from '../sim/SimContext';
import type { Message, NetworkNode } from '../network/Network';
import {
  dispatchControllerRequest,
  dispatchControllerResponse,
  type ControllerRequestHandlers,
  type ControllerResponseHandlers,
} from '../network/ApiMessages';
import { KafkaRaftClient, controllerNodeId } from '../raft/KafkaRaftClient';
import type { MetadataLogEntry } from './MetadataRecord';
import { copyImage, type MetadataImage } from './MetadataImage';
import { QuorumController } from './QuorumController';
import type { BrokerStopReason } from '../trace/reasons';

export interface ControllerServerHooks {
  /** Committed entries, as this node learns them (the cluster's image applies each once). */
  onCommit(entries: readonly MetadataLogEntry[]): void;
  /** This node's controller became active. */
  onActivate(controller: QuorumController): void;
}

export class ControllerServer implements NetworkNode {
  readonly raft: KafkaRaftClient;
  readonly controller: QuorumController;
  private running = false;

  constructor(
    readonly id: number,
    private ctx: SimContext,
    voters: readonly number[],
    /** The cluster's committed metadata: a new active controller starts from a copy. */
    private committed: MetadataImage,
    uncleanEnabled: (topic: string) => boolean,
    private hooks: ControllerServerHooks,
  ) {
    this.raft = new KafkaRaftClient(ctx, id, controllerNodeId(id), voters, {
      handleCommit: (entries) => {
        this.hooks.onCommit(entries);
        this.controller.onCommitted(this.raft.highWatermark);
      },
      handleLeaderChange: (l) => {
        if (l.leaderId === this.id && this.raft.quorum.isLeader) {
          if (this.controller.isActive) return;
          this.controller.claim(copyImage(this.committed));
          this.ctx.trace({ type: 'controller.active', controller: this.id, epoch: l.epoch });
          this.hooks.onActivate(this.controller);
        } else this.controller.renounce();
      },
    });
    this.controller = new QuorumController(id, ctx, this.raft, uncleanEnabled);
  }

  get nodeId(): string {
    return controllerNodeId(this.id);
  }

  isUp(): boolean {
    return this.running;
  }

  start(): void {
    this.running = true;
    this.raft.start();
  }

  /** The process stops (crash or controlled shutdown): its log and vote stay on disk. */
  stop(reason: BrokerStopReason): void {
    if (!this.running) return;
    this.running = false;
    this.controller.renounce();
    this.raft.stop();
    this.ctx.trace({ type: 'controller.status', controller: this.id, status: 'offline', reason });
    this.ctx.network.nodeStopped(this.nodeId);
  }

  restart(): void {
    if (this.running) return;
    this.running = true;
    this.ctx.trace({ type: 'controller.status', controller: this.id, status: 'online' });
    this.raft.restart();
  }

  receive(msg: Message): void {
    if (!this.running || msg.listener !== 'CONTROLLER') return;
    if (msg.response) dispatchControllerResponse(this.responseHandlers, msg);
    else dispatchControllerRequest(this.requestHandlers, msg);
  }

  onDisconnect(peer: string): void {
    this.raft.onDisconnect(peer);
  }

  /** ControllerApis: the quorum's requests go to Raft, the brokers' to the controller. */
  private readonly requestHandlers: ControllerRequestHandlers = {
    Vote: (msg) => this.raft.onVote(msg),
    BeginQuorumEpoch: (msg) => this.raft.onBeginQuorumEpoch(msg),
    Fetch: (msg) => this.raft.onFetch(msg),
    BrokerHeartbeat: (msg) => this.controller.handleHeartbeat(msg),
    AlterPartition: (msg) => this.controller.handleAlterPartition(msg),
  };

  private readonly responseHandlers: ControllerResponseHandlers = {
    Vote: (msg) => this.raft.onVoteResponse(msg),
    BeginQuorumEpoch: (msg) => this.raft.onBeginQuorumEpochResponse(msg),
    Fetch: (msg) => this.raft.onFetchResponse(msg),
  };
}
