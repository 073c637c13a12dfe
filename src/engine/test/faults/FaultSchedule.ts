// Random fault schedules over random small clusters, as fast-check arbitraries.
//
// fast-check draws a cluster shape and a list of raw events; `toScenario` turns them into a
// valid scenario: events are replayed in time order against a small model (which broker is
// down, which members are alive), events that do not fit are dropped, and everything is healed
// at the end. Because any subset of raw events still makes a valid schedule, fast-check can
// shrink a failing run down to the few events that matter.
import fc from 'fast-check';
import type {
  Action,
  ConfigMap,
  ConsumerGroupSpec,
  ProducerSpec,
  Scenario,
  TopicSpec,
} from '../../scenario/Scenario';

/**
 * `safe`: RF 3, min.insync.replicas 2, acks=all, idempotence on, unclean election off — no
 * acknowledged record may be lost or duplicated. `unsafe`: acks 0/1/all, min.insync.replicas
 * 1 or 2, idempotence on or off, unclean election on or off — losses may happen but must be
 * counted exactly, and replicas must still converge.
 */
export type FaultMode = 'safe' | 'unsafe';

/** After the last event everything is healed; the run goes on this long before it is checked. */
export const SETTLE_MS = 60_000;
/** Raw events happen within this window. */
const EVENTS_FROM_MS = 1_000;
const EVENTS_UNTIL_MS = 90_000;
/** Consumer session timeouts used by every generated group (classic and KIP-848 alike). */
const SESSION_TIMEOUT_MS = 10_000;

type BrokerFault = 'kill' | 'shutdown' | 'isolate';
/** The default KRaft quorum (3 voters, 3001 …): one may be down at a time, a majority stays. */
const CONTROLLERS = 3;
const FIRST_CONTROLLER = 3001;
/** ZooKeeper mode's default ensemble (3 servers, 4001 …): one may be down at a time. */
const FIRST_ZOOKEEPER = 4001;

export type RawEvent =
  | { at: number; kind: 'fault'; broker: number; how: BrokerFault }
  | { at: number; kind: 'recover' }
  /** A KRaft controller (node 3001 + controller) crashes, shuts down or is cut off. */
  | { at: number; kind: 'controllerFault'; controller: number; how: BrokerFault }
  | { at: number; kind: 'controllerRecover' }
  | { at: number; kind: 'slow'; broker: number; factor: number }
  | { at: number; kind: 'unslow'; broker: number }
  | {
      at: number;
      kind: 'produce';
      producer: number;
      topic: number;
      key: number;
      count: number;
      gapMs: number;
    }
  | { at: number; kind: 'member'; group: number; how: 'add' | 'remove' | 'crash'; pick: number };

interface TopicShape {
  partitions: number;
  minIsr: number;
}
interface ProducerShape {
  acks: '0' | '1' | 'all';
  idempotence: boolean;
  lingerMs: number;
}
interface GroupShape {
  topics: number[];
  members: number;
  autoCommit: boolean;
  protocol: 'classic' | 'consumer';
  assignor: string;
  processingMsPerRecord: number;
}

export interface FaultPlan {
  mode: FaultMode;
  seed: number;
  brokers: number;
  unclean: boolean;
  /** offsets.topic.num.partitions: fewer than Kafka's 50 makes a run cheaper (fewer fetchers). */
  offsetsPartitions: number;
  topics: TopicShape[];
  producers: ProducerShape[];
  groups: GroupShape[];
  events: RawEvent[];
}

const KEYS = 6;
const ASSIGNORS = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];

function producerShape(mode: FaultMode): fc.Arbitrary<ProducerShape> {
  const lingerMs = fc.constantFrom(0, 5, 20);
  if (mode === 'safe')
    return fc.record({
      acks: fc.constant('all' as const),
      idempotence: fc.constant(true),
      lingerMs,
    });
  return (
    fc
      .record({
        acks: fc.constantFrom('0' as const, '1' as const, 'all' as const),
        idem: fc.boolean(),
        lingerMs,
      })
      // Idempotence needs acks=all (Kafka refuses enable.idempotence=true with acks 0 or 1).
      .map(({ acks, idem, lingerMs }) => ({ acks, idempotence: acks === 'all' && idem, lingerMs }))
  );
}

function eventArb(
  brokers: number,
  topics: number,
  producers: number,
  groups: number,
): fc.Arbitrary<RawEvent> {
  const at = fc.integer({ min: EVENTS_FROM_MS, max: EVENTS_UNTIL_MS });
  const broker = fc.integer({ min: 1, max: brokers });
  const kinds: fc.WeightedArbitrary<RawEvent>[] = [
    {
      arbitrary: fc.record({
        at,
        kind: fc.constant('fault' as const),
        broker,
        how: fc.constantFrom<BrokerFault>('kill', 'shutdown', 'isolate'),
      }),
      weight: 1,
    },
    { arbitrary: fc.record({ at, kind: fc.constant('recover' as const) }), weight: 1 },
    {
      arbitrary: fc.record({
        at,
        kind: fc.constant('controllerFault' as const),
        controller: fc.integer({ min: 0, max: CONTROLLERS - 1 }),
        how: fc.constantFrom<BrokerFault>('kill', 'shutdown', 'isolate'),
      }),
      weight: 1,
    },
    { arbitrary: fc.record({ at, kind: fc.constant('controllerRecover' as const) }), weight: 1 },
    {
      arbitrary: fc.record({
        at,
        kind: fc.constant('slow' as const),
        broker,
        factor: fc.constantFrom(2, 10, 60),
      }),
      weight: 1,
    },
    { arbitrary: fc.record({ at, kind: fc.constant('unslow' as const), broker }), weight: 1 },
  ];
  if (producers > 0 && topics > 0)
    kinds.push({
      arbitrary: fc.record({
        at,
        kind: fc.constant('produce' as const),
        producer: fc.integer({ min: 0, max: producers - 1 }),
        topic: fc.integer({ min: 0, max: topics - 1 }),
        key: fc.integer({ min: 0, max: KEYS - 1 }),
        count: fc.integer({ min: 1, max: 12 }),
        gapMs: fc.integer({ min: 0, max: 300 }),
      }),
      // Produce bursts are the bulk of a schedule.
      weight: 2,
    });
  if (groups > 0)
    kinds.push({
      arbitrary: fc.record({
        at,
        kind: fc.constant('member' as const),
        group: fc.integer({ min: 0, max: groups - 1 }),
        how: fc.constantFrom('add' as const, 'remove' as const, 'crash' as const),
        pick: fc.nat({ max: 7 }),
      }),
      weight: 1,
    });
  return fc.oneof(...kinds);
}

/** A random plan: cluster shape, clients and raw events. */
export function faultPlanArb(mode: FaultMode): fc.Arbitrary<FaultPlan> {
  return fc
    .record({
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      brokers: fc.integer({ min: 3, max: 5 }),
      unclean: mode === 'safe' ? fc.constant(false) : fc.boolean(),
      topics: fc.array(
        fc.record({
          partitions: fc.integer({ min: 1, max: 6 }),
          minIsr: mode === 'safe' ? fc.constant(2) : fc.constantFrom(1, 2),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      producers: fc.array(producerShape(mode), { minLength: 1, maxLength: 2 }),
      groupCount: fc.integer({ min: 0, max: 2 }),
      offsetsPartitions: fc.constantFrom(1, 5, 10, 50),
    })
    .chain((shape) =>
      fc
        .record({
          groups: fc.array(
            fc.record({
              topics: fc.uniqueArray(fc.integer({ min: 0, max: shape.topics.length - 1 }), {
                minLength: 1,
                maxLength: shape.topics.length,
              }),
              members: fc.integer({ min: 1, max: 3 }),
              autoCommit: fc.boolean(),
              protocol: fc.constantFrom('classic' as const, 'consumer' as const),
              assignor: fc.constantFrom(...ASSIGNORS),
              processingMsPerRecord: fc.constantFrom(0, 1, 5),
            }),
            { minLength: shape.groupCount, maxLength: shape.groupCount },
          ),
          events: fc.array(
            eventArb(shape.brokers, shape.topics.length, shape.producers.length, shape.groupCount),
            { minLength: 3, maxLength: 40, size: 'medium' },
          ),
        })
        .map(({ groups, events }) => ({
          mode,
          seed: shape.seed,
          brokers: shape.brokers,
          unclean: shape.unclean,
          offsetsPartitions: shape.offsetsPartitions,
          topics: shape.topics,
          producers: shape.producers,
          groups,
          events,
        })),
    );
}

/**
 * The scenario a plan describes: events replayed in order, misfits dropped, healed at the end.
 * In ZooKeeper mode the controller faults hit the ensemble's servers (4001 …) instead.
 */
export function toScenario(plan: FaultPlan, metadata: 'kraft' | 'zookeeper' = 'kraft'): Scenario {
  const topics: TopicSpec[] = plan.topics.map((t, i) => ({
    name: `t${i}`,
    partitions: t.partitions,
    replicationFactor: 3,
    config: { 'min.insync.replicas': t.minIsr },
  }));
  const producers: ProducerSpec[] = plan.producers.map((p, i) => ({
    id: `p${i + 1}`,
    config: {
      acks: p.acks,
      'enable.idempotence': p.idempotence,
      'linger.ms': p.lingerMs,
    },
  }));
  const groups: ConsumerGroupSpec[] = plan.groups.map((g, i) => {
    const config: ConfigMap = {
      'auto.offset.reset': 'earliest',
      'enable.auto.commit': g.autoCommit,
      'group.protocol': g.protocol,
    };
    if (g.protocol === 'classic') {
      config['partition.assignment.strategy'] = g.assignor;
      config['session.timeout.ms'] = SESSION_TIMEOUT_MS;
      config['heartbeat.interval.ms'] = 3000;
    }
    return {
      id: `g${i + 1}`,
      topics: g.topics.map((t) => `t${t}`),
      members: g.members,
      config,
      processingMsPerRecord: g.processingMsPerRecord,
    };
  });
  const clusterConfig: ConfigMap = { 'unclean.leader.election.enable': plan.unclean };
  if (plan.groups.length > 0 && plan.offsetsPartitions !== 50)
    clusterConfig['offsets.topic.num.partitions'] = plan.offsetsPartitions;
  if (plan.groups.some((g) => g.protocol === 'consumer')) {
    // KIP-848 sessions are the broker's; shorten them like the classic groups' so a crashed
    // member is noticed well within the settle time.
    clusterConfig['group.consumer.min.session.timeout.ms'] = SESSION_TIMEOUT_MS;
    clusterConfig['group.consumer.session.timeout.ms'] = SESSION_TIMEOUT_MS;
  }

  const actions: Action[] = [];
  let down: { broker: number; how: BrokerFault } | null = null;
  const slowed = new Set<number>();
  const live = groups.map((g) => Array.from({ length: g.members }, (_, k) => `${g.id}-${k + 1}`));
  const nextSeq = groups.map((g) => g.members + 1);
  const produced = plan.producers.map(() => 0);
  let controllerDown: { id: number; how: BrokerFault } | null = null;
  const recoverController = (at: number): void => {
    if (!controllerDown) return;
    actions.push({
      at,
      do: controllerDown.how === 'isolate' ? 'healBroker' : 'restartBroker',
      broker: controllerDown.id,
    });
    controllerDown = null;
  };
  const recover = (at: number): void => {
    if (!down) return;
    actions.push({
      at,
      do: down.how === 'isolate' ? 'healBroker' : 'restartBroker',
      broker: down.broker,
    });
    down = null;
  };

  const events = [...plan.events].sort((a, b) => a.at - b.at);
  let last = 0;
  for (const e of events) {
    last = Math.max(last, e.at);
    switch (e.kind) {
      case 'fault':
        // At most one broker down (crashed, shut down or cut off) at a time.
        if (down || e.broker > plan.brokers) break;
        down = { broker: e.broker, how: e.how };
        actions.push({
          at: e.at,
          do:
            e.how === 'kill'
              ? 'killBroker'
              : e.how === 'shutdown'
                ? 'shutdownBroker'
                : 'isolateBroker',
          broker: e.broker,
        });
        break;
      case 'controllerFault': {
        if (controllerDown) break;
        const id = (metadata === 'zookeeper' ? FIRST_ZOOKEEPER : FIRST_CONTROLLER) + e.controller;
        controllerDown = { id, how: e.how };
        const act = {
          kill: 'killBroker',
          shutdown: 'shutdownBroker',
          isolate: 'isolateBroker',
        } as const;
        actions.push({ at: e.at, do: act[e.how], broker: id });
        break;
      }
      case 'controllerRecover':
        recoverController(e.at);
        break;
      case 'recover':
        recover(e.at);
        break;
      case 'slow':
        if (e.broker > plan.brokers) break;
        slowed.add(e.broker);
        actions.push({ at: e.at, do: 'slowBroker', broker: e.broker, factor: e.factor });
        break;
      case 'unslow':
        if (!slowed.delete(e.broker)) break;
        actions.push({ at: e.at, do: 'slowBroker', broker: e.broker, factor: 1 });
        break;
      case 'produce': {
        const producer = producers[e.producer];
        const topic = topics[e.topic];
        if (!producer || !topic) break;
        for (let k = 0; k < e.count; k++) {
          const at = e.at + k * e.gapMs;
          last = Math.max(last, at);
          actions.push({
            at,
            do: 'produce',
            producer: producer.id,
            topic: topic.name,
            key: `${producer.id}-k${e.key}`,
            value: `${producer.id}#${produced[e.producer]!++}`,
          });
        }
        break;
      }
      case 'member': {
        const g = groups[e.group];
        const members = live[e.group];
        if (!g || !members) break;
        if (e.how === 'add') {
          actions.push({ at: e.at, do: 'addConsumer', group: g.id });
          members.push(`${g.id}-${nextSeq[e.group]!++}`);
        } else if (members.length > 0) {
          const [member] = members.splice(e.pick % members.length, 1);
          actions.push({
            at: e.at,
            do: e.how === 'remove' ? 'removeConsumer' : 'crashConsumer',
            group: g.id,
            member: member!,
          });
        }
        break;
      }
    }
  }
  // Heal everything: the broker that is down, the slow ones, and groups left with no member.
  const healAt = last + 1000;
  recover(healAt);
  recoverController(healAt);
  for (const b of [...slowed].sort((x, y) => x - y))
    actions.push({ at: healAt, do: 'slowBroker', broker: b, factor: 1 });
  groups.forEach((g, i) => {
    if (live[i]!.length === 0) actions.push({ at: healAt, do: 'addConsumer', group: g.id });
  });
  actions.sort((a, b) => a.at - b.at);

  return {
    version: 1,
    seed: plan.seed,
    cluster: {
      brokers: plan.brokers,
      ...(metadata === 'zookeeper' ? { metadata } : {}),
      config: clusterConfig,
    },
    topics,
    producers,
    consumerGroups: groups,
    actions,
  };
}

/** When a generated scenario is checked: the heal at its last action, plus the settle time. */
export function checkTime(scenario: Scenario): number {
  return scenario.actions.reduce((m, a) => Math.max(m, a.at), 0) + SETTLE_MS;
}
