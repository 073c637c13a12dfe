// Kafka's broker-side metadata loader: the broker runs a KafkaRaftClient as an observer of the
// controller quorum — it fetches __cluster_metadata from the Raft leader it learns of (long-poll)
// and replays each committed record into its own image. The broker acts on what it has replayed,
// so it can be behind — or, cut off, a zombie. The leader it knows is also where it sends its
// heartbeats and ISR changes (Kafka's RaftControllerNodeProvider).
import type { SimContext } from '../sim/SimContext';
import type { ControllerResponseMessage } from '../network/Network';
import { MetadataImage, copyImage } from '../controller/MetadataImage';
import { replayRecord, type MetadataLogEntry } from '../controller/MetadataRecord';
import { KafkaRaftClient, controllerNodeId } from '../raft/KafkaRaftClient';

export class BrokerMetadataListener {
  image = new MetadataImage();
  /** The metadata log offset this broker has replayed up to (its next entry). */
  offset = 0;
  /**
   * The image is current: bootstrapped with the cluster, or answered by the quorum's leader since
   * the broker (re)started. A restarted broker's image is stale until then.
   */
  caughtUp = false;
  readonly raft: KafkaRaftClient;
  private startedBefore = false;

  constructor(
    ctx: SimContext,
    brokerId: number,
    voters: readonly number[],
    private onChange: () => void,
  ) {
    this.raft = new KafkaRaftClient(ctx, brokerId, `broker:${brokerId}`, voters, {
      handleCommit: (entries) => this.replay(entries),
      handleLeaderChange: () => {},
      handleFetched: () => {
        if (this.caughtUp) return;
        this.caughtUp = true;
        this.onChange();
      },
    });
  }

  /** The active controller's node as this broker knows it (null while it knows no leader). */
  controllerNode(): string | null {
    const leader = this.raft.quorum.leaderId;
    return leader === null ? null : controllerNodeId(leader);
  }

  /** Start from the cluster's bootstrap: the log so far, its image, its leader and epoch. */
  bootstrap(
    entries: readonly MetadataLogEntry[],
    image: MetadataImage,
    epoch: number,
    leader: number,
  ): void {
    this.raft.bootstrap(entries, epoch, leader);
    this.image = copyImage(image);
    this.offset = this.raft.highWatermark;
    this.caughtUp = true;
  }

  start(): void {
    if (this.raft.isRunning) return;
    if (this.startedBefore) this.raft.restart();
    else this.raft.start();
    this.startedBefore = true;
  }

  stop(): void {
    this.raft.stop();
    this.caughtUp = false;
  }

  onResponse(msg: ControllerResponseMessage<'Fetch'>): void {
    this.raft.onFetchResponse(msg);
  }

  private replay(entries: readonly MetadataLogEntry[]): void {
    let changed = false;
    for (const e of entries) {
      if (e.offset !== this.offset) continue;
      replayRecord(this.image, e.record);
      this.offset++;
      changed = true;
    }
    if (changed && this.caughtUp) this.onChange();
  }
}
