// Kafka's broker-side metadata loader: the broker follows the controller's metadata log with
// long-polling fetches on __cluster_metadata and replays each record into its own image. The
// broker acts on what it has replayed, so it can be behind — or, cut off, a zombie.
import type { SimContext } from '../sim/SimContext';
import type { ControllerResponseMessage } from '../network/Network';
import { MetadataImage } from '../controller/MetadataImage';
import type { MetadataRecord } from '../controller/MetadataRecord';
import type { MetadataFetchRequest } from '../network/controllerRequests';
import { METADATA_TOPIC } from '../controller/QuorumController';

const FETCH_MAX_WAIT_MS = 500;
const FETCH_TIMEOUT_MS = 2000;

export class BrokerMetadataListener {
  readonly image = new MetadataImage();
  offset = 0;
  /**
   * The image is current: bootstrapped with the cluster, or answered by the controller since the
   * broker (re)started. A restarted broker's image is stale until then.
   */
  caughtUp = false;
  private inFlight: number | null = null;
  private running = false;

  constructor(
    private ctx: SimContext,
    private brokerId: number,
    private controllerNode: () => string,
    private onChange: () => void,
  ) {}

  /** Start from a copy of the cluster's image at `offset` (a broker present at bootstrap). */
  bootstrap(from: MetadataImage, offset: number): void {
    this.image.brokers.clear();
    this.image.topics.clear();
    for (const [id, b] of from.brokers) this.image.brokers.set(id, { ...b });
    for (const [name, t] of from.topics)
      this.image.topics.set(name, {
        name,
        partitions: t.partitions.map((p) => ({ ...p, replicas: [...p.replicas], isr: [...p.isr] })),
      });
    this.offset = offset;
    this.caughtUp = true;
  }

  start(): void {
    this.running = true;
    this.inFlight = null;
    this.fetch();
  }

  stop(): void {
    this.running = false;
    this.inFlight = null;
    this.caughtUp = false;
  }

  private fetch(): void {
    if (!this.running || this.inFlight !== null) return;
    const req: MetadataFetchRequest = {
      brokerId: this.brokerId,
      fetchOffset: this.offset,
      maxWaitMs: FETCH_MAX_WAIT_MS,
    };
    const msg = this.ctx.network.sendToController(
      `broker:${this.brokerId}`,
      this.controllerNode(),
      'Fetch',
      req,
      { topic: METADATA_TOPIC },
    );
    const sent = msg.correlationId;
    this.inFlight = sent;
    // No answer (controller unreachable): try again, as the Raft client would.
    this.ctx.schedule(this.ctx.now() + FETCH_MAX_WAIT_MS + FETCH_TIMEOUT_MS, () => {
      if (this.inFlight === sent) {
        this.inFlight = null;
        this.fetch();
      }
    });
  }

  onResponse(msg: ControllerResponseMessage<'Fetch'>): void {
    if (!this.running || msg.correlationId !== this.inFlight) return;
    this.inFlight = null;
    let changed = false;
    for (const e of msg.payload.entries) {
      if (e.offset !== this.offset) continue;
      this.replay(e.record);
      this.offset++;
      changed = true;
    }
    const first = !this.caughtUp;
    this.caughtUp = true;
    if (changed || first) this.onChange();
    this.fetch();
  }

  private replay(r: MetadataRecord): void {
    if (r.type === 'Partition') {
      let t = this.image.topics.get(r.topic);
      if (!t) this.image.topics.set(r.topic, (t = { name: r.topic, partitions: [] }));
      t.partitions[r.partition] ??= {
        replicas: [...r.replicas],
        isr: [...r.replicas],
        leader: null,
        leaderEpoch: -1,
        partitionEpoch: -1,
      };
    } else if (r.type === 'PartitionChange') {
      const p = this.image.partition(r.topic, r.partition);
      if (!p) return;
      p.leader = r.leader;
      p.isr = [...r.isr];
      p.leaderEpoch = r.leaderEpoch;
      p.partitionEpoch = r.partitionEpoch;
    } else {
      const b = this.image.brokers.get(r.broker);
      if (b) b.fenced = r.fenced;
    }
  }
}
