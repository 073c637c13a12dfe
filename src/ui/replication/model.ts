// Pure helpers of the replication view: which replicas go where, which offsets are drawn,
// which broker is a zombie leader, which messages belong to the partition on screen.
// Kafka's logic stays in the engine; these only read its snapshot, trace and messages.
import type { InFlightMessage, PartitionSnapshot, RecordSnapshot, Snapshot } from '../../engine';
import type { StoryEvent } from '../captions/storyLog';

/** Cell width plus gap, px; keep in step with .cell (cluster.css) and .repl-log gap. */
export const CELL_STEP = 29;
/** A truncation stays drawn this long in simulated time (and at least TRUNCATE_WALL_MS on screen). */
export const TRUNCATE_SIM_MS = 10_000;
export const TRUNCATE_WALL_MS = 4_000;
/** A produce error stays next to the leader this long after the last failure (simulated). */
export const ERROR_VISIBLE_MS = 8_000;

export type BrokerView = Snapshot['brokers'][number];

export interface ReplicaModel {
  broker: number;
  status: BrokerView['status'];
  isolated: boolean;
  slowFactor: number;
  isLeader: boolean;
  inIsr: boolean;
  zombie: boolean;
  leo: number;
  hw: number;
  records: RecordSnapshot[];
  /** The last truncation of this replica, if any. */
  truncation: Extract<StoryEvent, { type: 'log.truncate' }> | null;
}

export function replicaModels(
  p: PartitionSnapshot,
  topic: string,
  brokers: readonly BrokerView[],
  events: readonly StoryEvent[],
): ReplicaModel[] {
  const zombies = zombieBrokers(p, topic, events);
  return p.replicas.map((id) => {
    const b = brokers.find((x) => x.id === id);
    const state = p.replicaStates.find((r) => r.broker === id);
    const leo = state?.logEndOffset ?? 0;
    const isLeader = p.leader === id;
    // A follower's own HW (what its last fetch response told it), never past its log's end.
    const hw = Math.min(leo, isLeader ? p.highWatermark : (state?.highWatermark ?? 0));
    let truncation: ReplicaModel['truncation'] = null;
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i]!;
      if (
        e.type === 'log.truncate' &&
        e.broker === id &&
        e.topic === topic &&
        e.partition === p.partition
      ) {
        truncation = e;
        break;
      }
    }
    return {
      broker: id,
      status: b?.status ?? 'offline',
      isolated: b?.isolated === true,
      slowFactor: b?.slowFactor ?? 1,
      isLeader,
      inIsr: p.isr.includes(id),
      zombie: zombies.has(id) && !isLeader,
      leo,
      hw,
      records: state?.segments.flatMap((s) => s.records ?? []) ?? [],
      truncation,
    };
  });
}

/**
 * Ex-leaders that lost their leadership while cut off from the controller: they have not
 * heard of the new leader and may still take writes. A broker stops being one when it
 * truncates, rejoins the ISR, or stops.
 */
export function zombieBrokers(
  p: PartitionSnapshot,
  topic: string,
  events: readonly StoryEvent[],
): Set<number> {
  const zombies = new Set<number>();
  const isolated = new Set<number>();
  let leader: number | null = p.replicas[0] ?? null;
  const here = (e: { topic: string; partition: number }) =>
    e.topic === topic && e.partition === p.partition;
  for (const e of events) {
    if (e.type === 'broker.isolation') {
      if (e.isolated) isolated.add(e.broker);
      else isolated.delete(e.broker);
    } else if (e.type === 'broker.status') {
      zombies.delete(e.broker);
      if (e.status === 'offline') isolated.delete(e.broker);
    } else if (e.type === 'leader.elected' && here(e)) {
      if (leader !== null && leader !== e.leader && isolated.has(leader)) zombies.add(leader);
      leader = e.leader;
      if (e.leader !== null) zombies.delete(e.leader);
    } else if (e.type === 'log.truncate' && here(e)) {
      zombies.delete(e.broker);
    } else if (e.type === 'isr.expand' && here(e)) {
      for (const b of e.added) zombies.delete(b);
    }
  }
  return zombies;
}

export interface OffsetWindow {
  start: number;
  end: number;
}

/**
 * The offsets drawn, the same for every replica so their logs line up: the newest ones of
 * the running replicas (a stopped broker's log may hold records nobody will serve again).
 */
export function offsetWindow(replicas: readonly ReplicaModel[], columns: number): OffsetWindow {
  const running = replicas.filter((r) => r.status !== 'offline');
  let end = 0;
  for (const r of running.length > 0 ? running : replicas) end = Math.max(end, r.leo);
  const start = Math.max(0, end - Math.max(1, columns));
  return { start, end: Math.max(end, start + 1) };
}

/** The ISR members first (in replica order), then the others. */
export function splitByIsr(replicas: readonly ReplicaModel[]): {
  inside: ReplicaModel[];
  outside: ReplicaModel[];
} {
  return {
    inside: replicas.filter((r) => r.inIsr),
    outside: replicas.filter((r) => !r.inIsr),
  };
}

const brokerOf = (node: string) =>
  node.startsWith('broker:') ? Number(node.slice('broker:'.length)) : null;

export type FlightKind = 'fetch' | 'produce' | 'control';

/**
 * Whether a message belongs on this partition's picture, and as what: follower fetches
 * between its replicas, produce requests and acks for it, and the brokers' heartbeats,
 * AlterPartition and metadata fetches with the controller.
 */
export function flightKind(
  m: InFlightMessage,
  topic: string,
  partition: number,
  replicas: readonly number[],
  controllerNode: string,
): FlightKind | null {
  const from = brokerOf(m.from);
  const to = brokerOf(m.to);
  if (m.api === 'Fetch' && from !== null && to !== null)
    return replicas.includes(from) && replicas.includes(to) ? 'fetch' : null;
  if (m.api === 'Produce') {
    const broker = m.response ? from : to;
    if (broker === null || !replicas.includes(broker)) return null;
    if (m.topic !== undefined && (m.topic !== topic || m.partition !== partition)) return null;
    return 'produce';
  }
  if (m.from === controllerNode || m.to === controllerNode) {
    const broker = from ?? to;
    return broker !== null && replicas.includes(broker) ? 'control' : null;
  }
  return null;
}
