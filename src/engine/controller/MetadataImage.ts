// The cluster metadata as the controller publishes it (Kafka's MetadataImage): brokers,
// topics, and for every partition its replicas, leader, leader epoch and ISR.

export interface BrokerRegistration {
  id: number;
  rack?: string;
  fenced: boolean;
}

export interface PartitionRegistration {
  replicas: number[];
  isr: number[];
  leader: number | null;
  leaderEpoch: number;
  partitionEpoch: number;
}

export interface TopicImage {
  name: string;
  partitions: PartitionRegistration[];
}

export class MetadataImage {
  readonly brokers = new Map<number, BrokerRegistration>();
  readonly topics = new Map<string, TopicImage>();

  topic(name: string): TopicImage | undefined {
    return this.topics.get(name);
  }

  partition(topic: string, p: number): PartitionRegistration | undefined {
    return this.topics.get(topic)?.partitions[p];
  }

  leaderOf(topic: string, p: number): number | null {
    return this.partition(topic, p)?.leader ?? null;
  }

  partitionCount(topic: string): number {
    return this.topics.get(topic)?.partitions.length ?? 0;
  }
}

/** A deep copy (a new active controller starts from the committed image). */
export function copyImage(from: MetadataImage): MetadataImage {
  const to = new MetadataImage();
  for (const [id, b] of from.brokers) to.brokers.set(id, { ...b });
  for (const [name, t] of from.topics)
    to.topics.set(name, {
      name,
      partitions: t.partitions.map((p) => ({ ...p, replicas: [...p.replicas], isr: [...p.isr] })),
    });
  return to;
}
