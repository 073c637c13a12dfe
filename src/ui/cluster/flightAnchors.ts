// Which on-screen element a network NodeId stands for. A message to or from a broker about
// one partition attaches to that partition's replica row; otherwise to the broker card.
import type { InFlightMessage } from '../../engine';
import { replicaAnchor, type RectMap } from './anchors';
import type { Rect } from './geometry';

export function endpointRect(
  rects: RectMap,
  node: string,
  msg: Pick<InFlightMessage, 'topic' | 'partition'>,
): Rect | undefined {
  if (node.startsWith('broker:') && msg.topic !== undefined && msg.partition !== undefined) {
    const broker = Number(node.slice('broker:'.length));
    const row = rects.get(replicaAnchor(msg.topic, msg.partition, broker));
    if (row) return row;
  }
  return rects.get(node);
}
