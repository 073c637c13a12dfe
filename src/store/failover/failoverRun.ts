// One failover run, headless: a cluster with N partitions in KRaft or ZooKeeper mode settles, its
// active controller is killed, and the run goes on until another controller becomes active. Pure
// (engine only): the worker calls it, and the tests do too.
import { createSimulation, type Scenario, type Simulation, type TraceEvent } from '../../engine';
import { CHATTER_EVENT_TYPES } from '../../engine/trace/TraceEvent';
import {
  FAILOVER_BROKERS,
  FAILOVER_QUORUM,
  FAILOVER_RECOVERY_CAP_MS,
  FAILOVER_SETTLE_CAP_MS,
  FAILOVER_TOPIC_PARTITIONS,
  FAILOVER_WARMUP_MS,
  type FailoverMode,
  type FailoverPoint,
  type FailoverSample,
} from './failoverParams';

/** Simulated ms the run moves between checks; the figures come from trace times, not from it. */
const STEP_MS = 250;
const SETTLE_MARGIN_MS = 1000;

/**
 * The cluster of one run: FAILOVER_BROKERS brokers, no clients, `partitions` partitions at
 * replication factor 1 (the controller's work grows with partitions, not replicas; RF 1 keeps the
 * runs short) spread over
 * topics of at most FAILOVER_TOPIC_PARTITIONS, every timeout at Kafka's default.
 */
export function failoverScenario(mode: FailoverMode, partitions: number, seed: number): Scenario {
  const topics: Scenario['topics'] = [];
  for (let i = 0, left = partitions; left > 0; i++, left -= FAILOVER_TOPIC_PARTITIONS)
    topics.push({
      name: `topic-${i}`,
      partitions: Math.min(left, FAILOVER_TOPIC_PARTITIONS),
      replicationFactor: 1,
    });
  return {
    version: 1,
    seed,
    cluster:
      mode === 'kraft'
        ? { brokers: FAILOVER_BROKERS, metadata: 'kraft', controllers: FAILOVER_QUORUM }
        : { brokers: FAILOVER_BROKERS, metadata: 'zookeeper' },
    topics,
    producers: [],
    consumerGroups: [],
    actions: [],
  };
}

/** Every partition has a leader and a controller is active: nothing is left from startup. */
function settled(sim: Simulation): boolean {
  const s = sim.snapshot({ records: false });
  return (
    s.controller.leader !== null &&
    s.topics.every((t) => t.partitions.every((p) => p.leader !== null))
  );
}

/** One run; `delayMs` more after the cluster settled before the kill. */
export function runFailover(
  mode: FailoverMode,
  partitions: number,
  seed: number,
  delayMs = 0,
): FailoverSample {
  const sim = createSimulation(failoverScenario(mode, partitions, seed));
  const actives: Extract<TraceEvent, { type: 'controller.active' }>[] = [];
  sim.onTrace((e) => e.type === 'controller.active' && actives.push(e), {
    skip: new Set(CHATTER_EVENT_TYPES),
  });
  while (sim.now < FAILOVER_WARMUP_MS || !settled(sim)) {
    if (sim.now >= FAILOVER_SETTLE_CAP_MS)
      throw new Error(`${mode} with ${partitions} partitions did not settle`);
    sim.advanceTo(sim.now + STEP_MS);
  }
  // A margin for what startup left in flight (a last heartbeat, a metadata fetch).
  sim.advanceTo(sim.now + SETTLE_MARGIN_MS + delayMs);
  const killed = sim.snapshot({ records: false }).controller.leader!;
  const killedAt = sim.now;
  actives.length = 0;
  sim.apply({ do: 'killBroker', broker: killed });
  const next = () => actives.find((e) => e.controller !== killed);
  while (!next() && sim.now < killedAt + FAILOVER_RECOVERY_CAP_MS)
    sim.advanceTo(Math.min(sim.now + STEP_MS, killedAt + FAILOVER_RECOVERY_CAP_MS));
  const e = next();
  return {
    mode,
    partitions,
    seed,
    killed,
    killedAt,
    next: e?.controller ?? null,
    epoch: e?.epoch ?? null,
    recoveryMs: e ? e.time - killedAt : null,
  };
}

/** A series' point from its samples: the median and range of the runs that recovered. */
export function failoverPoint(samples: FailoverSample[]): FailoverPoint {
  const first = samples[0];
  if (!first) throw new Error('a point needs a sample');
  const ms = samples
    .map((s) => s.recoveryMs)
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
  const mid = ms.length >> 1;
  return {
    mode: first.mode,
    partitions: first.partitions,
    samples,
    medianMs: ms.length === 0 ? null : ms.length % 2 ? ms[mid]! : (ms[mid - 1]! + ms[mid]!) / 2,
    minMs: ms[0] ?? null,
    maxMs: ms[ms.length - 1] ?? null,
  };
}
