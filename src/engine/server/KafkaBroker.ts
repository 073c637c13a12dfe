// A Kafka broker: a node on the network that answers Produce, Fetch, Metadata and ListOffsets
// (Kafka's KafkaApis), hosts partition replicas (ReplicaManager) and runs one replica fetcher
// per leader it follows.
import type { SimContext } from '../sim/SimContext';
import type { Message, NetworkNode } from '../network/Network';
import type {
  FetchRequest,
  FetchResponse,
  ListOffsetsRequest,
  ListOffsetsResponse,
  MetadataRequest,
  MetadataResponse,
  ProduceRequest,
} from '../network/requests';
import { fetchOffsetForTimestamp } from './ListOffsets';
import { LogManager } from '../log/LogManager';
import { ReplicaManager } from './ReplicaManager';
import { ReplicaFetcherThread } from './ReplicaFetcherThread';
import type { BrokerStatus } from '../snapshot/Snapshot';
import type { MetadataImage } from '../controller/MetadataImage';

export class KafkaBroker implements NetworkNode {
  status: BrokerStatus = 'online';
  readonly replicaManager: ReplicaManager;
  /** Retention and the log cleaner for this broker's logs. */
  readonly logManager: LogManager;
  private fetchers = new Map<number, ReplicaFetcherThread>();

  constructor(
    readonly id: number,
    readonly rack: string | undefined,
    private ctx: SimContext,
  ) {
    this.replicaManager = new ReplicaManager(id, ctx);
    this.logManager = new LogManager(
      ctx,
      () => [...this.replicaManager.partitions.values()].map((p) => p.log),
      () => this.isUp(),
    );
    this.logManager.startup();
  }

  get nodeId(): string {
    return `broker:${this.id}`;
  }

  isUp(): boolean {
    return this.status !== 'offline';
  }

  /** Apply the controller's metadata: create replicas, become leader or follower. */
  applyMetadata(image: MetadataImage): void {
    const now = this.ctx.now();
    const wanted = new Map<number, Set<string>>();
    for (const topic of image.topics.values()) {
      topic.partitions.forEach((reg, idx) => {
        if (!reg.replicas.includes(this.id)) return;
        const p = this.replicaManager.getOrCreatePartition(topic.name, idx);
        p.applyRegistration(reg.leader, reg.leaderEpoch, reg.replicas, reg.isr, now);
        if (reg.leader !== null && reg.leader !== this.id) {
          let set = wanted.get(reg.leader);
          if (!set) wanted.set(reg.leader, (set = new Set()));
          set.add(this.replicaManager.key(topic.name, idx));
        }
      });
    }
    for (const [leader, f] of this.fetchers) {
      if (!wanted.has(leader)) {
        f.stop();
        this.fetchers.delete(leader);
      }
    }
    for (const [leader, keys] of wanted) {
      let f = this.fetchers.get(leader);
      if (!f) {
        f = new ReplicaFetcherThread(this.ctx, this.id, leader, this.replicaManager);
        this.fetchers.set(leader, f);
      }
      f.partitions.clear();
      for (const k of keys) f.partitions.add(k);
      if (this.isUp()) f.start();
    }
  }

  receive(msg: Message): void {
    if (msg.response) {
      if (msg.api === 'Fetch') {
        const leader = Number(msg.from.slice('broker:'.length));
        this.fetchers.get(leader)?.onResponse(msg as Message<FetchResponse>);
      }
      return;
    }
    const reply = <P>(payload: P, opts: { records?: Message['records'] } = {}) => {
      if (!this.isUp()) return;
      this.ctx.network.send(this.nodeId, msg.from, msg.api, true, payload, {
        correlationId: msg.correlationId,
        ...opts,
      });
    };
    switch (msg.api) {
      case 'Produce':
        this.replicaManager.handleProduce(msg.payload as ProduceRequest, (r) => reply(r));
        break;
      case 'Fetch':
        this.replicaManager.handleFetch(msg.payload as FetchRequest, (r) =>
          reply(r, { records: r.partitions.flatMap((p) => p.batches.flatMap(recordRefs)) }),
        );
        break;
      case 'Metadata':
        reply(this.handleMetadata(msg.payload as MetadataRequest));
        break;
      case 'ListOffsets':
        reply(this.handleListOffsets(msg.payload as ListOffsetsRequest));
        break;
      default:
        break;
    }
  }

  private handleMetadata(req: MetadataRequest): MetadataResponse {
    const image = this.ctx.metadata;
    const names = req.topics ?? [...image.topics.keys()];
    return {
      brokers: [...image.brokers.values()].filter((b) => !b.fenced).map((b) => b.id),
      topics: names.map((name) => {
        const t = image.topic(name);
        if (!t) return { name, error: 'UNKNOWN_TOPIC_OR_PARTITION', partitions: [] };
        return {
          name,
          error: 'NONE',
          partitions: t.partitions.map((p, i) => ({
            partition: i,
            leader: p.leader,
            leaderEpoch: p.leaderEpoch,
            replicas: [...p.replicas],
            isr: [...p.isr],
          })),
        };
      }),
    };
  }

  private handleListOffsets(req: ListOffsetsRequest): ListOffsetsResponse {
    return {
      partitions: req.partitions.map((pd) => {
        const p = this.replicaManager.getPartition(pd.topic, pd.partition);
        if (!p) return { ...pd, error: 'UNKNOWN_TOPIC_OR_PARTITION', offset: -1 };
        if (!p.isLeader) return { ...pd, error: 'NOT_LEADER_OR_FOLLOWER', offset: -1 };
        const { offset, timestamp } = fetchOffsetForTimestamp(p.log, pd.timestamp);
        return { topic: pd.topic, partition: pd.partition, error: 'NONE', offset, timestamp };
      }),
    };
  }
}

function recordRefs(b: FetchResponse['partitions'][number]['batches'][number]) {
  if (!b.records) return [];
  return b.records.map((r) => ({ id: r.id, key: r.key, offset: r.offset }));
}
