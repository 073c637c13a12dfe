// Messages on the simulated network in the cluster view: a record batch flies from the
// producer to the partition leader's row (Produce), from the leader's row to each follower's
// row (a follower's Fetch response) and to the consumer (a consumer's Fetch response); acks
// and fetch requests travel too. Each follows the same curve shape as the links, drawn as a
// faint trail while something is on it. How long a flight is drawn and where it stands: the
// rule in common/flightVisual.ts (a minimum on-screen time, never ahead of the engine).
import { useCallback, useRef } from 'react';
import type { ConsumerGroupSnapshot, InFlightMessage, TopicSnapshot } from '../../engine';
import { FlightLayer } from '../common/FlightLayer';
import type { RectMap } from './anchors';
import { endpointRect, messagePartition } from './flightAnchors';
import { curveBetween, curveRoute, type Rect } from './geometry';

/** Between a replica row's right edge and its broker card's, px (cluster.css paddings). */
export const ROW_LEAD = 8;

interface Props {
  rects: RectMap;
  topics: TopicSnapshot[];
  groups: ConsumerGroupSnapshot[];
  /**
   * The overview at scale draws no replica rows: every message flies between broker cards, and
   * only to or from one on screen (`visible`, the anchors on screen), with no trails (a trail
   * spans the whole column, and a layer that tall is repainted whenever one comes or goes).
   */
  overview: boolean;
  visible?: ReadonlySet<string> | null;
}

export function Flights({ rects, topics, groups, overview, visible = null }: Props) {
  // Routes change with the layout, the leaders and the assignments, not with every new offset:
  // the layer re-renders only when one of those does.
  const latest = useRef({ topics, groups });
  latest.current = { topics, groups };
  const routing = overview ? 'overview' : routingKey(topics, groups);
  const accepts = useCallback(
    (m: InFlightMessage) =>
      shown(rects.get(m.from)) &&
      shown(rects.get(m.to)) &&
      (visible === null || (visible.has(m.from) && visible.has(m.to))),
    [rects, visible],
  );
  const route = useCallback(
    (m: InFlightMessage) => {
      const tp = overview
        ? null
        : messagePartition(m, latest.current.topics, latest.current.groups);
      const from = clearOfLabels(endpointRect(rects, m.from, tp), rects.get(m.from));
      const to = clearOfLabels(endpointRect(rects, m.to, tp), rects.get(m.to));
      return from && to ? curveRoute(curveBetween(from, to)) : null;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `routing` stands for topics and groups
    [rects, routing],
  );
  return <FlightLayer accepts={accepts} route={route} trails={!overview} />;
}

/**
 * An end at a replica row (not its node's own box) reaches past the row's right edge, where the
 * HW/LEO labels are, into the card's padding: a batch setting off or landing does not sit on them.
 */
function clearOfLabels(r: Rect | undefined, own: Rect | undefined): Rect | undefined {
  return r && r !== own ? { ...r, w: r.w + ROW_LEAD } : r;
}

/** An anchor on screen (a hidden one, e.g. the controller line in a small frame, measures 0×0). */
const shown = (r: Rect | undefined) => r !== undefined && (r.w > 0 || r.h > 0);

/** What messagePartition reads: each partition's leader and replicas, each member's assignment. */
function routingKey(topics: TopicSnapshot[], groups: ConsumerGroupSnapshot[]): string {
  let key = '';
  for (const t of topics)
    for (const p of t.partitions)
      key += `${t.name}/${p.partition}:${p.leader}:${p.replicas.join()};`;
  for (const g of groups)
    for (const m of g.members)
      key += `${g.id}/${m.id}:${m.assignment.map((a) => `${a.topic}/${a.partition}`).join()};`;
  return key;
}
