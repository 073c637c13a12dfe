// The network around the partition on screen: its producers and the active controller as
// nodes, the links between them and the replicas (a cut link drawn cut), and the messages in
// flight. A message's position is the engine's own progress (now - sentAt) / (arriveAt -
// sentAt); with reduced motion the same messages are listed as text instead.
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { InFlightMessage, PartitionSnapshot, Snapshot } from '../../engine';
import { useProducerSpecs, useSimStore } from '../../store/simStore';
import { useKeyColor, type KeyColor } from '../common/keyColor';
import { useT } from '../common/useT';
import { brokerAnchor, producerAnchor, useAnchor, type RectMap } from '../cluster/anchors';
import { flightProgress, nodeName } from '../common/flight';
import { curveBetween, curvePath, pointOnCurve, type Curve, type Rect } from '../cluster/geometry';
import { flightKind, type FlightKind, type ReplicaModel } from './model';

const controllerNode = (snapshot: Snapshot) => `controller:${snapshot.controller.leader ?? ''}`;

/** Between two lanes (stacked): from left edge to left edge, bowing out into the gutter. */
function laneCurve(a: Rect, b: Rect): Curve {
  const p0 = { x: a.x, y: a.y + a.h / 2 };
  const p1 = { x: b.x, y: b.y + b.h / 2 };
  const bow = 18 + Math.min(Math.abs(p1.y - p0.y) * 0.06, 14);
  const x = Math.min(p0.x, p1.x) - bow;
  return { p0, c1: { x, y: p0.y }, c2: { x, y: p1.y }, p1 };
}

function curveFor(rects: RectMap, from: string, to: string): Curve | null {
  const a = rects.get(from);
  const b = rects.get(to);
  if (!a || !b) return null;
  return from.startsWith('broker:') && to.startsWith('broker:')
    ? laneCurve(a, b)
    : curveBetween(a, b);
}

/** The producers and the controller, at the left of the lanes. */
export function NetworkNodes({ snapshot, topic }: { snapshot: Snapshot; topic: string }) {
  const specs = useProducerSpecs();
  // Producers whose workload writes this topic first; the others can still produce by hand.
  const producers = [...snapshot.producers].sort((a, b) => {
    const wa = specs.find((s) => s.id === a.id)?.workload?.topic === topic ? 0 : 1;
    const wb = specs.find((s) => s.id === b.id)?.workload?.topic === topic ? 0 : 1;
    return wa - wb;
  });
  return (
    <div className="repl-nodes">
      {producers.map((p) => (
        <ProducerNode key={p.id} producer={p} />
      ))}
      <ControllerNode id={snapshot.controller.leader} />
    </div>
  );
}

function ProducerNode({ producer }: { producer: Snapshot['producers'][number] }) {
  const t = useT();
  const ref = useAnchor(producerAnchor(producer.id));
  const settings = useSimStore(useShallow((s) => s.queries.producerSettings(producer.id)));
  return (
    <div
      className="repl-node repl-node-producer"
      ref={ref}
      data-testid={`repl-producer-${producer.id}`}
    >
      <strong>{t('repl.producer', { id: producer.id })}</strong>
      {settings && (
        <span className="small muted">
          {t('repl.producer.acks', { acks: settings.acks })}
          {settings.idempotent && ` · ${t('repl.producer.idempotent')}`}
        </span>
      )}
      <span className={`small${producer.failed > 0 ? ' repl-node-bad' : ''}`}>
        {t('repl.producer.stats', { acked: producer.acknowledged, failed: producer.failed })}
      </span>
    </div>
  );
}

function ControllerNode({ id }: { id: number | null }) {
  const t = useT();
  const ref = useAnchor(`controller:${id ?? ''}`);
  return (
    <div className="repl-node repl-node-controller" ref={ref} title={t('repl.controller.hint')}>
      <strong>{t('repl.controller', { id: id ?? '—' })}</strong>
      <span className="small muted">KRaft</span>
    </div>
  );
}

interface LayerProps {
  rects: RectMap;
  snapshot: Snapshot;
  topic: string;
  partition: PartitionSnapshot;
  replicas: ReplicaModel[];
  animate: boolean;
}

/** Links (redrawn when the layout or the partition changes) and, unless reduced, flights. */
export function NetworkLayer({ rects, snapshot, topic, partition, replicas, animate }: LayerProps) {
  return (
    <>
      <Links
        rects={rects}
        replicas={replicas}
        leader={partition.leader}
        producers={snapshot.producers.map((p) => p.id)}
        controller={controllerNode(snapshot)}
      />
      {animate && (
        <Flights
          rects={rects}
          topic={topic}
          partition={partition.partition}
          replicas={partition.replicas}
          controller={controllerNode(snapshot)}
        />
      )}
    </>
  );
}

interface LinksProps {
  rects: RectMap;
  replicas: ReplicaModel[];
  leader: number | null;
  producers: string[];
  controller: string;
}

const Links = memo(function Links({ rects, replicas, leader, producers, controller }: LinksProps) {
  const t = useT();
  const links: { key: string; curve: Curve; cls: string; cut: boolean }[] = [];
  const add = (key: string, from: string, to: string, cls: string, cut: boolean) => {
    const curve = curveFor(rects, from, to);
    if (curve) links.push({ key, curve, cls, cut });
  };
  const byId = new Map(replicas.map((r) => [r.broker, r]));
  const leaderModel = leader === null ? undefined : byId.get(leader);
  for (const r of replicas) {
    const down = r.status === 'offline';
    // Heartbeats, AlterPartition and metadata: every broker talks to the controller.
    add(
      `c${r.broker}`,
      brokerAnchor(r.broker),
      controller,
      `repl-link-control${down ? ' repl-link-down' : ''}`,
      r.isolated,
    );
    // Follower fetches: each follower pulls from the leader.
    if (leaderModel && r.broker !== leader)
      add(
        `f${r.broker}`,
        brokerAnchor(r.broker),
        brokerAnchor(leaderModel.broker),
        `repl-link-fetch${r.inIsr ? '' : ' repl-link-lagging'}${down || leaderModel.status === 'offline' ? ' repl-link-down' : ''}`,
        r.isolated || leaderModel.isolated,
      );
  }
  if (leader !== null)
    for (const p of producers)
      add(`p${p}`, producerAnchor(p), brokerAnchor(leader), 'repl-link-produce', false);

  return (
    <svg className="overlay repl-links" aria-hidden="true">
      {links.map((l) => {
        const mid = pointOnCurve(l.curve, 0.5);
        return (
          <g key={l.key}>
            <path
              d={curvePath(l.curve)}
              className={`repl-link ${l.cls}${l.cut ? ' repl-link-cut' : ''}`}
            />
            {l.cut && (
              <g className="repl-cut-mark" transform={`translate(${mid.x} ${mid.y})`}>
                <title>{t('repl.cut')}</title>
                <circle r={7} />
                <path d="M-3.5 -3.5 3.5 3.5M3.5 -3.5 -3.5 3.5" />
              </g>
            )}
          </g>
        );
      })}
    </svg>
  );
});

interface FlightsProps {
  rects: RectMap;
  topic: string;
  partition: number;
  replicas: number[];
  controller: string;
}

function Flights({ rects, topic, partition, replicas, controller }: FlightsProps) {
  const keyColor = useKeyColor();
  const inFlight = useSimStore((s) => s.inFlight);
  const time = useSimStore((s) => s.displayTime);
  return (
    <div className="flights" aria-hidden="true">
      {inFlight.map((m) => {
        const kind = flightKind(m, topic, partition, replicas, controller);
        if (!kind) return null;
        const curve = curveFor(rects, m.from, m.to);
        if (!curve) return null;
        const progress = flightProgress(m, time);
        const p = pointOnCurve(curve, progress);
        return (
          <div
            key={m.msgId}
            className="flight-pos"
            style={{ transform: `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)` }}
            data-api={m.api}
            data-kind={kind}
            data-progress={progress.toFixed(3)}
          >
            <FlightDot msg={m} kind={kind} keyColor={keyColor} />
          </div>
        );
      })}
    </div>
  );
}

const MAX_DOTS = 3;

const FlightDot = memo(function FlightDot({
  msg,
  kind,
  keyColor,
}: {
  msg: InFlightMessage;
  kind: FlightKind;
  keyColor: KeyColor;
}) {
  if (msg.records.length > 0) {
    const dots = msg.records.slice(0, MAX_DOTS);
    const extra = msg.records.length - dots.length;
    return (
      <div className={`flight flight-records repl-flight-${kind}`}>
        {dots.map((r) => (
          <span key={r.id} className="flight-record" style={{ backgroundColor: keyColor(r.key) }} />
        ))}
        {extra > 0 && <span className="flight-extra">+{extra}</span>}
      </div>
    );
  }
  if (kind === 'produce' && msg.response)
    return (
      <svg className="flight-ack" viewBox="-6 -6 12 12">
        <circle r={5} />
        <path d="M-2.4 0.2 -0.6 2 2.6 -1.6" />
      </svg>
    );
  return (
    <div className={`flight repl-flight-${kind}`}>
      <span className={`repl-flight-dot${msg.response ? ' repl-flight-response' : ''}`} />
    </div>
  );
});

/** Reduced motion: the partition's messages in flight, as text with their progress. */
export function NetworkList({
  topic,
  partition,
  controller,
}: {
  topic: string;
  partition: PartitionSnapshot;
  controller: Snapshot['controller'];
}) {
  const t = useT();
  const inFlight = useSimStore((s) => s.inFlight);
  const time = useSimStore((s) => s.displayTime);
  const node = `controller:${controller.leader ?? ''}`;
  const mine = inFlight.filter(
    (m) => flightKind(m, topic, partition.partition, partition.replicas, node) !== null,
  );
  return (
    <section
      className="repl-flight-list card"
      data-testid="repl-flight-list"
      aria-label={t('repl.flights.title')}
    >
      <h3>{t('repl.flights.title')}</h3>
      {mine.length === 0 ? (
        <p className="muted small">{t('repl.flights.none')}</p>
      ) : (
        <ul>
          {mine.slice(0, 6).map((m) => {
            const progress = Math.round(100 * flightProgress(m, time));
            return (
              <li key={m.msgId} className="small">
                {t('repl.flight.item', {
                  api: m.api,
                  direction: t(m.response ? 'flight.response' : 'flight.request'),
                  from: nodeName(m.from),
                  to: nodeName(m.to),
                  progress,
                })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
