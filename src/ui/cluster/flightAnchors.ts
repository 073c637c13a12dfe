// Which on-screen element a message's ends stand for. A message about one partition attaches
// to that partition's replica rows; otherwise to the broker card.
import type { ConsumerGroupSnapshot, InFlightMessage, TopicSnapshot } from '../../engine';
import { replicaAnchor, type RectMap } from './anchors';
import type { Rect } from './geometry';

interface TopicPartition {
  topic: string;
  partition: number;
}

const brokerOf = (node: string) =>
  node.startsWith('broker:') ? Number(node.slice('broker:'.length)) : null;

/**
 * The one partition a message concerns, if there is exactly one. Produce requests name it.
 * A Fetch carries every partition the fetcher reads from that leader (Kafka's FetchRequest):
 * the member's assigned partitions led there, or the partitions a follower replicates from
 * it. When that is a single partition the flight follows its row, as the links do.
 */
export function messagePartition(
  msg: InFlightMessage,
  topics: TopicSnapshot[],
  groups: ConsumerGroupSnapshot[],
): TopicPartition | null {
  if (msg.topic !== undefined && msg.partition !== undefined)
    return { topic: msg.topic, partition: msg.partition };
  if (msg.api !== 'Fetch') return null;
  const [client, server] = msg.response ? [msg.to, msg.from] : [msg.from, msg.to];
  const leader = brokerOf(server);
  if (leader === null) return null;
  const found: TopicPartition[] = [];
  if (client.startsWith('consumer:')) {
    const [group, member] = client.slice('consumer:'.length).split('/', 2);
    const m = groups.find((g) => g.id === group)?.members.find((x) => x.id === member);
    for (const a of m?.assignment ?? []) {
      const p = topics.find((t) => t.name === a.topic)?.partitions[a.partition];
      if (p?.leader === leader) found.push(a);
    }
  } else {
    const follower = brokerOf(client);
    if (follower === null) return null;
    for (const t of topics)
      for (const p of t.partitions)
        if (p.leader === leader && p.replicas.includes(follower))
          found.push({ topic: t.name, partition: p.partition });
  }
  return found.length === 1 ? found[0]! : null;
}

export function endpointRect(
  rects: RectMap,
  node: string,
  tp: TopicPartition | null,
): Rect | undefined {
  const broker = brokerOf(node);
  if (broker !== null && tp) {
    const row = rects.get(replicaAnchor(tp.topic, tp.partition, broker));
    if (row) return row;
  }
  return rects.get(node);
}
