// Messages on the simulated network. A flight's position is the engine's own progress,
// (now - sentAt) / (arriveAt - sentAt), along the same curve as the links; nothing here
// invents motion the engine did not make. Per frame only each wrapper's transform changes.
// The fade-in is a CSS animation on purpose: a framer-motion component per message cost
// about half the frame budget (34 vs 60 fps at 1×, measured), CSS opacity runs on the
// compositor.
import { memo } from 'react';
import type { ConsumerGroupSnapshot, InFlightMessage, TopicSnapshot } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { useKeyColor, type KeyColor } from '../common/keyColor';
import type { RectMap } from './anchors';
import { endpointRect, messagePartition } from './flightAnchors';
import { curveBetween, pointOnCurve } from './geometry';
import { flightProgress } from '../common/flight';

/** Up to this many record dots per message; the rest is a count. */
const MAX_DOTS = 4;

interface Props {
  rects: RectMap;
  topics: TopicSnapshot[];
  groups: ConsumerGroupSnapshot[];
}

export function Flights({ rects, topics, groups }: Props) {
  const keyColor = useKeyColor();
  const inFlight = useSimStore((s) => s.inFlight);
  const time = useSimStore((s) => s.displayTime);
  return (
    <div className="flights" aria-hidden="true">
      {inFlight.map((m) => (
        <Flight
          key={m.msgId}
          msg={m}
          rects={rects}
          topics={topics}
          groups={groups}
          time={time}
          keyColor={keyColor}
        />
      ))}
    </div>
  );
}

interface FlightProps {
  msg: InFlightMessage;
  rects: RectMap;
  topics: TopicSnapshot[];
  groups: ConsumerGroupSnapshot[];
  time: number;
  keyColor: KeyColor;
}

function Flight({ msg, rects, topics, groups, time, keyColor }: FlightProps) {
  const tp = messagePartition(msg, topics, groups);
  const from = endpointRect(rects, msg.from, tp);
  const to = endpointRect(rects, msg.to, tp);
  if (!from || !to) return null;
  const progress = flightProgress(msg, time);
  const p = pointOnCurve(curveBetween(from, to), progress);
  return (
    <div
      className="flight-pos"
      style={{ transform: `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)` }}
      data-from={msg.from}
      data-to={msg.to}
      data-api={msg.api}
      data-progress={progress.toFixed(3)}
    >
      <FlightBody msg={msg} keyColor={keyColor} />
    </div>
  );
}

/** What a message looks like: its records as dots, an ack as a check, else a small ring. */
const FlightBody = memo(function FlightBody({
  msg,
  keyColor,
}: {
  msg: InFlightMessage;
  keyColor: KeyColor;
}) {
  const kind = msg.records.length > 0 ? 'records' : msg.response ? 'response' : 'request';
  const dots = msg.records.slice(0, MAX_DOTS);
  const extra = msg.records.length - dots.length;
  return (
    <div className={`flight flight-${kind} flight-${msg.api.toLowerCase()}`}>
      {kind === 'records' ? (
        <>
          {dots.map((r) => (
            <span
              key={r.id}
              className="flight-record"
              style={{ backgroundColor: keyColor(r.key) }}
            />
          ))}
          {extra > 0 && <span className="flight-extra">+{extra}</span>}
        </>
      ) : msg.api === 'Produce' && msg.response ? (
        <AckMark />
      ) : (
        <span className="flight-empty" />
      )}
    </div>
  );
});

/** A produce response: the producer's ack, drawn as a check so it never reads as a record. */
function AckMark() {
  return (
    <svg className="flight-ack" viewBox="-6 -6 12 12">
      <circle r={5} />
      <path d="M-2.4 0.2 -0.6 2 2.6 -1.6" />
    </svg>
  );
}
