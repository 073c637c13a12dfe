// Kafka 2.x's ControllerContext: what the active controller holds in memory, read from ZooKeeper
// when it became controller and kept in step with its own writes — the live brokers, every
// partition's assignment and its state (leader, leader epoch, ISR, the state znode's version as
// partitionEpoch), and the epoch it writes with.
import { MetadataImage, type PartitionRegistration } from '../MetadataImage';

export class ControllerContext {
  readonly image = new MetadataImage();
  /** Brokers with a /brokers/ids znode, as this controller last read them. */
  readonly liveBrokers = new Set<number>();
  /** Brokers in a controlled shutdown: they lead nothing more and leave the ISRs. */
  readonly shuttingDown = new Set<number>();
  /**
   * Each live broker's epoch: the zxid that created its /brokers/ids znode. A higher one for the
   * same id is a broker that restarted between two reads (Kafka's bounced brokers).
   */
  readonly brokerEpochs = new Map<number, number>();

  constructor(
    readonly epoch: number,
    /** /controller_epoch's version after this controller's bump: every write checks it. */
    readonly epochZkVersion: number,
  ) {}

  isLive(b: number): boolean {
    return this.liveBrokers.has(b);
  }

  partitions(): { topic: string; partition: number; reg: PartitionRegistration }[] {
    const out: { topic: string; partition: number; reg: PartitionRegistration }[] = [];
    for (const t of this.image.topics.values())
      t.partitions.forEach((reg, partition) => out.push({ topic: t.name, partition, reg }));
    return out;
  }

  get partitionCount(): number {
    let n = 0;
    for (const t of this.image.topics.values()) n += t.partitions.length;
    return n;
  }
}

/** The znode paths Kafka 2.x uses (ZkData). */
export const ZkPaths = {
  brokers: '/brokers',
  brokerIds: '/brokers/ids',
  broker: (id: number) => `/brokers/ids/${id}`,
  topics: '/brokers/topics',
  topic: (t: string) => `/brokers/topics/${t}`,
  partitions: (t: string) => `/brokers/topics/${t}/partitions`,
  partition: (t: string, p: number) => `/brokers/topics/${t}/partitions/${p}`,
  partitionState: (t: string, p: number) => `/brokers/topics/${t}/partitions/${p}/state`,
  controller: '/controller',
  controllerEpoch: '/controller_epoch',
} as const;

/** /brokers/topics/<t>/partitions/<p>/state → [topic, partition]; null for any other path. */
export function parseStatePath(path: string): [string, number] | null {
  const m = /^\/brokers\/topics\/([^/]+)\/partitions\/(\d+)\/state$/.exec(path);
  return m ? [m[1]!, Number(m[2])] : null;
}
