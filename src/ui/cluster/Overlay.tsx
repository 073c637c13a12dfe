// The SVG layer over the cluster: each member's link to the leaders it reads from, and the
// messages on the simulated network. A flight's position is the engine's own progress,
// (now - sentAt) / (arriveAt - sentAt); nothing here invents motion the engine did not make.
import { AnimatePresence, motion } from 'framer-motion';
import type { InFlightMessage, Snapshot } from '../../engine';
import { useKeyColor, type KeyColor } from '../common/keyColor';
import { memberAnchor, replicaAnchor, type RectMap } from './anchors';
import { endpointRect } from './flightAnchors';
import { clamp01, curveBetween, linkPath, pointOnCurve } from './geometry';

interface Props {
  rects: RectMap;
  snapshot: Snapshot;
  inFlight: InFlightMessage[];
  time: number;
  showFlights: boolean;
}

export function Overlay({ rects, snapshot, inFlight, time, showFlights }: Props) {
  const keyColor = useKeyColor();
  return (
    <svg className="overlay" aria-hidden="true">
      <AssignmentLinks rects={rects} snapshot={snapshot} />
      {showFlights && (
        <g>
          <AnimatePresence>
            {inFlight.map((m) => (
              <Flight key={m.msgId} msg={m} rects={rects} time={time} keyColor={keyColor} />
            ))}
          </AnimatePresence>
        </g>
      )}
    </svg>
  );
}

function AssignmentLinks({ rects, snapshot }: { rects: RectMap; snapshot: Snapshot }) {
  const leaders = new Map<string, number | null>();
  for (const topic of snapshot.topics)
    for (const p of topic.partitions) leaders.set(`${topic.name}/${p.partition}`, p.leader);
  const links: { key: string; d: string }[] = [];
  for (const g of snapshot.consumerGroups) {
    for (const m of g.members) {
      const member = rects.get(memberAnchor(g.id, m.id));
      if (!member) continue;
      for (const a of m.assignment) {
        const leader = leaders.get(`${a.topic}/${a.partition}`);
        const row =
          leader == null ? undefined : rects.get(replicaAnchor(a.topic, a.partition, leader));
        if (!row) continue;
        links.push({
          key: `${g.id}/${m.id}/${a.topic}/${a.partition}`,
          d: linkPath(
            { x: row.x + row.w, y: row.y + row.h / 2 },
            { x: member.x, y: member.y + member.h / 2 },
          ),
        });
      }
    }
  }
  return (
    <g className="links">
      {links.map((l) => (
        <path key={l.key} d={l.d} className="link" />
      ))}
    </g>
  );
}

/** Up to this many record dots per message; the rest is a count. */
const MAX_DOTS = 4;

function Flight({
  msg,
  rects,
  time,
  keyColor,
}: {
  msg: InFlightMessage;
  rects: RectMap;
  time: number;
  keyColor: KeyColor;
}) {
  const from = endpointRect(rects, msg.from, msg);
  const to = endpointRect(rects, msg.to, msg);
  if (!from || !to) return null;
  const span = msg.arriveAt - msg.sentAt;
  const progress = span > 0 ? clamp01((time - msg.sentAt) / span) : 1;
  const p = pointOnCurve(curveBetween(from, to), progress);
  const kind = msg.records.length > 0 ? 'records' : msg.response ? 'response' : 'request';
  return (
    <motion.g
      className={`flight flight-${kind} flight-${msg.api.toLowerCase()}`}
      initial={{ opacity: 0 }}
      animate={{ opacity: 1 }}
      exit={{ opacity: 0 }}
      transition={{ duration: 0.15 }}
    >
      <g transform={`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`}>
        {kind === 'records' ? (
          <RecordDots msg={msg} keyColor={keyColor} />
        ) : msg.api === 'Produce' ? (
          <circle r={3.5} className="flight-ack" />
        ) : (
          <circle r={2.5} className="flight-empty" />
        )}
      </g>
    </motion.g>
  );
}

function RecordDots({ msg, keyColor }: { msg: InFlightMessage; keyColor: KeyColor }) {
  const dots = msg.records.slice(0, MAX_DOTS);
  const extra = msg.records.length - dots.length;
  const offset = ((dots.length - 1) * 9) / 2;
  return (
    <>
      {dots.map((r, i) => (
        <circle
          key={r.id}
          cx={0}
          cy={i * 9 - offset}
          r={4.5}
          className="flight-record"
          style={{ fill: keyColor(r.key) }}
        />
      ))}
      {extra > 0 && (
        <text x={8} y={4} className="flight-extra">
          +{extra}
        </text>
      )}
    </>
  );
}
