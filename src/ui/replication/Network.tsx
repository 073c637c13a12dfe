// The network around the partition on screen: its producers and the active controller as
// nodes, the links between them and the replicas (a cut link drawn cut), and the messages in
// flight. Links end at ports on a lane's left edge (its broker anchor and controlPort, in
// ReplicaLane), never inside it, so they do not run through its labels. A follower's fetch runs on its own
// rail in the gutter left of the lanes (one rail per follower, side by side), and its batches
// travel on it. Flights are FlightLayer's shapes (how long they are drawn: flightVisual.ts);
// with reduced motion the same messages are listed as text instead, with the engine's own
// progress.
import { memo, useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { InFlightMessage, PartitionSnapshot, Snapshot } from '../../engine';
import { useProducerSpecs, useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { brokerAnchor, producerAnchor, useAnchor, type RectMap } from '../cluster/anchors';
import { flightProgress, nodeName } from '../common/flight';
import { FlightLayer } from '../common/FlightLayer';
import {
  curveBetween,
  curveRoute,
  polylineRoute,
  type Rect,
  type Route,
} from '../cluster/geometry';
import { flightKind, type ReplicaModel } from './model';

const controllerNode = (snapshot: Snapshot) => `controller:${snapshot.controller.leader ?? ''}`;

/** Where a lane's control link (heartbeats, AlterPartition, metadata) ends. */
export const controlPort = (broker: number) => `${brokerAnchor(broker)}#control`;

const brokerOf = (node: string) =>
  node.startsWith('broker:') ? Number(node.slice('broker:'.length)) : null;

/** The first fetch rail's distance left of the lanes' edge, and the most between two rails, px. */
const RAIL_FIRST = 20;
const RAIL_STEP = 12;

/**
 * Each follower's fetch rail: an x in the gutter between the nodes and the lanes, one per
 * follower, nearest the lanes first, spread to fit the gutter.
 */
function railsFor(rects: RectMap, followers: number[]): Map<number, number> {
  const rails = new Map<number, number>();
  let lanes = Infinity;
  for (const b of followers) lanes = Math.min(lanes, rects.get(brokerAnchor(b))?.x ?? Infinity);
  if (!Number.isFinite(lanes)) return rails;
  let nodes = -Infinity;
  for (const [key, r] of rects)
    if (key.startsWith('producer:') || key.startsWith('controller:'))
      nodes = Math.max(nodes, r.x + r.w);
  const room = Number.isFinite(nodes) ? lanes - nodes - RAIL_FIRST - 6 : RAIL_STEP * 3;
  const step =
    followers.length > 1 ? Math.max(4, Math.min(RAIL_STEP, room / (followers.length - 1))) : 0;
  followers.forEach((b, i) => rails.set(b, lanes - RAIL_FIRST - i * step));
  return rails;
}

/** Port to port through the follower's rail: left, along the rail, right. */
function railRoute(a: Rect, b: Rect, x: number): Route {
  return polylineRoute([
    { x: a.x, y: a.y },
    { x, y: a.y },
    { x, y: b.y },
    { x: b.x, y: b.y },
  ]);
}

/** The route between two network nodes as this view draws it. */
function routeFor(
  rects: RectMap,
  rails: Map<number, number>,
  from: string,
  to: string,
): Route | null {
  const fb = brokerOf(from);
  const tb = brokerOf(to);
  if (fb !== null && tb !== null) {
    const a = rects.get(from);
    const b = rects.get(to);
    const x = rails.get(fb) ?? rails.get(tb);
    return a && b && x !== undefined ? railRoute(a, b, x) : null;
  }
  const a = rects.get(fb !== null && to.startsWith('controller:') ? controlPort(fb) : from);
  const b = rects.get(tb !== null && from.startsWith('controller:') ? controlPort(tb) : to);
  return a && b ? curveRoute(curveBetween(a, b)) : null;
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
  const leader = partition.leader;
  const followerKey = replicas
    .filter((r) => r.broker !== leader)
    .map((r) => r.broker)
    .join(',');
  const rails = useMemo(
    () => railsFor(rects, followerKey === '' ? [] : followerKey.split(',').map(Number)),
    [rects, followerKey],
  );
  return (
    <>
      <Links
        rects={rects}
        rails={rails}
        replicas={replicas}
        leader={partition.leader}
        producers={snapshot.producers.map((p) => p.id)}
        controller={controllerNode(snapshot)}
      />
      {animate && (
        <Flights
          rects={rects}
          rails={rails}
          topic={topic}
          partition={partition.partition}
          leader={partition.leader}
          replicas={partition.replicas}
          controller={controllerNode(snapshot)}
        />
      )}
    </>
  );
}

interface LinksProps {
  rects: RectMap;
  rails: Map<number, number>;
  replicas: ReplicaModel[];
  leader: number | null;
  producers: string[];
  controller: string;
}

const Links = memo(function Links({
  rects,
  rails,
  replicas,
  leader,
  producers,
  controller,
}: LinksProps) {
  const t = useT();
  const links: { key: string; route: Route; cls: string; cut: boolean }[] = [];
  const add = (key: string, from: string, to: string, cls: string, cut: boolean) => {
    const route = routeFor(rects, rails, from, to);
    if (route) links.push({ key, route, cls, cut });
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
        const mid = l.route.at(0.5);
        return (
          <g key={l.key}>
            <path d={l.route.d} className={`repl-link ${l.cls}${l.cut ? ' repl-link-cut' : ''}`} />
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
  rails: Map<number, number>;
  topic: string;
  partition: number;
  leader: number | null;
  replicas: number[];
  controller: string;
}

function Flights({ rects, rails, topic, partition, leader, replicas, controller }: FlightsProps) {
  const leaderNode = leader === null ? null : brokerAnchor(leader);
  const replicaKey = replicas.join(',');
  const ids = useMemo(() => replicaKey.split(',').map(Number), [replicaKey]);
  const kind = useCallback(
    (m: InFlightMessage) => flightKind(m, topic, partition, ids, controller),
    [topic, partition, ids, controller],
  );
  const accepts = useCallback(
    (m: InFlightMessage) => kind(m) !== null && ofPartition(m, topic, partition, leaderNode),
    [kind, topic, partition, leaderNode],
  );
  const route = useCallback(
    (m: InFlightMessage) => routeFor(rects, rails, m.from, m.to),
    [rects, rails],
  );
  const variant = useCallback((m: InFlightMessage) => `repl-flight-${kind(m) ?? 'none'}`, [kind]);
  return <FlightLayer accepts={accepts} route={route} variant={variant} />;
}

/**
 * Whether a produce or fetch message is about the partition on screen. A produce response does
 * not name its partition: only the leader's acks are. A follower's Fetch names every partition
 * it reads from that leader: one of them must be this one, from its leader (a follower of
 * another partition fetching from one of these brokers is not drawn here).
 */
function ofPartition(
  m: InFlightMessage,
  topic: string,
  partition: number,
  leaderNode: string | null,
): boolean {
  if (m.api === 'Produce' && m.response && m.topic === undefined) return m.from === leaderNode;
  if (m.api === 'Fetch' && brokerOf(m.from) !== null && brokerOf(m.to) !== null) {
    const leaderEnd = m.response ? m.from : m.to;
    if (leaderEnd !== leaderNode) return false;
    return m.partitions
      ? m.partitions.some((p) => p.topic === topic && p.partition === partition)
      : true;
  }
  return true;
}

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
