// What every view needs to draw a message on the simulated network: how far it has gone
// (it follows the engine's sentAt/arriveAt exactly) and a readable name for its ends.
import type { InFlightMessage } from '../../engine';
import { clamp01 } from '../cluster/geometry';

/** 0 at send, 1 at arrival. */
export function flightProgress(
  m: Pick<InFlightMessage, 'sentAt' | 'arriveAt'>,
  time: number,
): number {
  const span = m.arriveAt - m.sentAt;
  return span > 0 ? clamp01((time - m.sentAt) / span) : 1;
}

/** `broker:2` → "Broker 2", `controller:3001` → "Controller 3001", `consumer:g/g-1` → "g-1". */
export function nodeName(node: string): string {
  const [kind, rest = ''] = node.split(':', 2) as [string, string?];
  if (kind === 'broker') return `Broker ${rest}`;
  if (kind === 'controller') return `Controller ${rest}`;
  if (kind === 'consumer') return rest.slice(rest.indexOf('/') + 1);
  return rest || node;
}
