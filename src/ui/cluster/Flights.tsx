// Messages on the simulated network in the cluster view: a record batch flies from the
// producer to the partition leader's row (Produce), from the leader's row to each follower's
// row (a follower's Fetch response) and to the consumer (a consumer's Fetch response); acks
// and fetch requests travel too. Each follows the same curve shape as the links, drawn as a
// faint trail while something is on it. How long a flight is drawn and where it stands: the
// rule in common/flightVisual.ts (a minimum on-screen time, never ahead of the engine).
import { useCallback } from 'react';
import type { ConsumerGroupSnapshot, InFlightMessage, TopicSnapshot } from '../../engine';
import { FlightLayer } from '../common/FlightLayer';
import type { RectMap } from './anchors';
import { endpointRect, messagePartition } from './flightAnchors';
import { curveBetween, curveRoute } from './geometry';

interface Props {
  rects: RectMap;
  topics: TopicSnapshot[];
  groups: ConsumerGroupSnapshot[];
}

export function Flights({ rects, topics, groups }: Props) {
  const accepts = useCallback(
    (m: InFlightMessage) => rects.has(m.from) && rects.has(m.to),
    [rects],
  );
  const route = useCallback(
    (m: InFlightMessage) => {
      const tp = messagePartition(m, topics, groups);
      const from = endpointRect(rects, m.from, tp);
      const to = endpointRect(rects, m.to, tp);
      return from && to ? curveRoute(curveBetween(from, to)) : null;
    },
    [rects, topics, groups],
  );
  return <FlightLayer accepts={accepts} route={route} trails />;
}
