// The self-check quiz (#13 item 4): questions whose answers the engine computes from a scenario
// made for the question, never written down. Each kind builds a small scenario from a seed (so the
// questions differ each time), runs it headless, reads the answer from the run (a trace event, the
// snapshot, a query), and returns the run that proves it: the scenario, the moment and the view to
// open. src/store/quiz.test.ts checks 50 questions of each kind against computations that do not
// use the engine's code for that answer (kafkajs's partitioner, Kafka's election and range rules,
// the sparse-index rule replayed from the appends, the log ends around an unclean election).
import {
  createSimulation,
  offsetLookup,
  type Scenario,
  type Simulation,
  type Snapshot,
  type TraceEvent,
} from '../engine';
import type { StepFocus, StepView } from '../content/walkthroughs/format';
import { segmentName } from '../content/walkthroughs/placeholders';

export const QUIZ_KINDS = [
  'keyPartition',
  'leaderAfterDeath',
  'indexLookup',
  'truncateOnReturn',
  'rangeAssignment',
] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

export interface QuizQuestion {
  kind: QuizKind;
  seed: number;
  /** What the question's text names (content/i18n/learn.ts words it: `quiz.<kind>.q`). */
  params: Record<string, string | number>;
  choices: string[];
  answer: string;
  /** The run that shows the answer: open `scenario`, stand at `t`, on `view`. */
  proof: { scenario: Scenario; t: number; view: StepView; focus?: StepFocus };
}

/** A small seeded PRNG for the question's parameters (mulberry32). */
export function quizRandom(seed: number): {
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
} {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)]!,
  };
}

/** Run until the first trace event `pred` accepts (within `limit` ms); it, or null. */
function runUntil(
  sim: Simulation,
  pred: (e: TraceEvent) => boolean,
  limit: number,
): TraceEvent | null {
  let hit: TraceEvent | null = null;
  const off = sim.onTrace((e) => {
    if (!hit && pred(e)) hit = e;
  });
  try {
    const deadline = sim.now + limit;
    while (!hit) {
      const next = sim.nextEventTime();
      if (next === null || next > deadline) break;
      sim.step();
    }
  } finally {
    off();
  }
  return hit;
}

function partitionOf(s: Snapshot, topic: string, p: number) {
  return s.topics.find((t) => t.name === topic)!.partitions.find((x) => x.partition === p)!;
}

function numberChoices(answer: number, rng: ReturnType<typeof quizRandom>): string[] {
  const choices = new Set([answer]);
  const pool = [answer - 2, answer - 1, answer + 1, answer + 2, answer * 2, 0].filter(
    (x) => x >= 0 && x !== answer,
  );
  while (choices.size < 4 && pool.length > 0)
    choices.add(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  return [...choices].sort((x, y) => x - y).map(String);
}

const KEY_WORDS = ['order', 'user', 'restaurant', 'card', 'table', 'device', 'account'] as const;

function keyPartition(seed: number): QuizQuestion {
  const rng = quizRandom(seed);
  const n = rng.int(2, 12);
  const key = `${rng.pick(KEY_WORDS)}-${rng.int(1, 9999)}`;
  const topic = 'events';
  const scenario: Scenario = {
    version: 1,
    seed,
    cluster: { brokers: 3, metadata: 'kraft' },
    topics: [{ name: topic, partitions: n, replicationFactor: 3 }],
    producers: [{ id: 'p1', config: { acks: 'all' } }],
    consumerGroups: [],
    actions: [{ at: 1000, do: 'produce', producer: 'p1', topic, key, value: 'hello' }],
  } as unknown as Scenario;
  const sim = createSimulation(scenario);
  const rec = runUntil(sim, (e) => e.type === 'produce.record' && e.record.key === key, 30_000);
  if (!rec || rec.type !== 'produce.record') throw new Error('quiz: the record was not sent');
  const p = rec.partition;
  const append = runUntil(
    sim,
    (e) => e.type === 'log.append' && e.leader && e.topic === topic && e.partition === p,
    30_000,
  );
  return {
    kind: 'keyPartition',
    seed,
    params: { key, n, topic },
    choices: Array.from({ length: n }, (_, i) => String(i)),
    answer: String(p),
    proof: {
      scenario,
      t: append ? append.time : rec.time,
      view: 'cluster',
      focus: { topic, partition: p },
    },
  };
}

function leaderAfterDeath(seed: number): QuizQuestion {
  const rng = quizRandom(seed);
  const brokers = rng.int(3, 5);
  const partitions = rng.int(2, 6);
  const topic = 'payments';
  const base = {
    version: 1,
    seed,
    cluster: { brokers, metadata: 'kraft' },
    topics: [{ name: topic, partitions, replicationFactor: 3 }],
    producers: [],
    actions: [],
  } as unknown as Scenario;
  // Who leads what comes from the engine's placement (AdminUtils): read it before choosing.
  const probe = createSimulation(base);
  probe.advanceTo(2000);
  const before = probe.snapshot();
  const p = rng.int(0, partitions - 1);
  const leader = partitionOf(before, topic, p).leader!;
  // Mostly the leader dies (the interesting case); sometimes another broker.
  const victim = rng.int(0, 3) > 0 ? leader : rng.pick([...Array(brokers)].map((_, i) => i + 1));
  const killAt = 3000;
  const scenario = {
    ...base,
    actions: [{ at: killAt, do: 'killBroker', broker: victim }],
  } as Scenario;
  const sim = createSimulation(scenario);
  // The controller fences the broker after broker.session.timeout.ms without heartbeats.
  const settle = killAt + 15_000;
  sim.advanceTo(settle);
  const after = partitionOf(sim.snapshot(), topic, p).leader;
  return {
    kind: 'leaderAfterDeath',
    seed,
    params: {
      brokers,
      victim,
      partition: p,
      leader,
      topic,
      replicas: partitionOf(before, topic, p).replicas.join(', '),
    },
    choices: [...[...Array(brokers)].map((_, i) => String(i + 1)), 'none'],
    answer: after === null ? 'none' : String(after),
    proof: { scenario, t: settle, view: 'replication', focus: { topic, partition: p } },
  };
}

function indexLookup(seed: number): QuizQuestion {
  const rng = quizRandom(seed);
  const topic = 'waiting-events';
  const interval = rng.pick([128, 256, 512] as const);
  const segmentBytes = rng.pick([1024, 2048, 4096] as const);
  const scenario = {
    version: 1,
    seed,
    cluster: { brokers: 3, metadata: 'kraft' },
    topics: [
      {
        name: topic,
        partitions: 1,
        replicationFactor: 2,
        config: { 'segment.bytes': segmentBytes, 'index.interval.bytes': interval },
      },
    ],
    producers: [
      {
        id: 'p1',
        config: { acks: 'all', 'linger.ms': rng.pick([0, 5, 20]) },
        workload: {
          topic,
          ratePerSec: rng.int(3, 12),
          keys: ['a', 'b', 'c'],
          valueBytes: rng.int(20, 160),
        },
      },
    ],
    actions: [],
  } as unknown as Scenario;
  const sim = createSimulation(scenario);
  const t = rng.int(10, 25) * 1000;
  sim.advanceTo(t);
  const part = partitionOf(sim.snapshot(), topic, 0);
  const broker = part.leader!;
  const leo = part.replicaStates.find((r) => r.broker === broker)!.logEndOffset;
  const target = rng.int(part.logStartOffset, Math.max(part.logStartOffset, leo - 1));
  const lookup = offsetLookup(sim, broker, topic, 0, target);
  const read = lookup?.reads[0];
  if (!lookup || !read) throw new Error('quiz: no lookup');
  const fmt = (base: number, pos: number) => `${segmentName(base)}.log @ ${pos}`;
  const answer = fmt(read.segmentBaseOffset, read.startPosition);
  // The other choices: the neighbouring entries of that index, and the segment's start.
  const seg = sim
    .snapshot()
    .topics[0]!.partitions[0]!.replicaStates.find((r) => r.broker === broker)!
    .segments.find((s) => s.baseOffset === read.segmentBaseOffset)!;
  const options = new Set<string>([answer, fmt(read.segmentBaseOffset, 0)]);
  for (const [, pos] of seg.index) {
    if (options.size >= 4) break;
    options.add(fmt(read.segmentBaseOffset, pos));
  }
  return {
    kind: 'indexLookup',
    seed,
    params: { target, broker, topic, interval, segmentBytes },
    choices: [...options].sort(),
    answer,
    proof: { scenario, t, view: 'storage', focus: { topic, partition: 0, broker } },
  };
}

function truncateOnReturn(seed: number): QuizQuestion {
  const rng = quizRandom(seed);
  const topic = 'payments';
  const killAt = rng.int(20, 30) * 1000;
  const scenario = {
    version: 1,
    seed,
    cluster: {
      brokers: 3,
      metadata: 'kraft',
      config: { 'unclean.leader.election.enable': true, 'replica.lag.time.max.ms': 10000 },
    },
    topics: [
      {
        name: topic,
        partitions: 1,
        replicationFactor: 3,
        assignment: [[1, 2, 3]],
        config: { 'min.insync.replicas': 1 },
      },
    ],
    producers: [
      {
        id: 'p1',
        config: { acks: 'all', 'linger.ms': 5 },
        workload: { topic, ratePerSec: rng.int(2, 8), keys: ['card-1', 'card-2'], valueBytes: 60 },
      },
    ],
    actions: [
      { at: 5000, do: 'slowBroker', broker: 2 },
      { at: 5000, do: 'slowBroker', broker: 3 },
      { at: killAt, do: 'killBroker', broker: 1 },
      { at: killAt + 20_000, do: 'restartBroker', broker: 1 },
    ],
  } as unknown as Scenario;
  const sim = createSimulation(scenario);
  const elected = runUntil(sim, (e) => e.type === 'leader.elected' && e.topic === topic, 60_000);
  if (!elected || elected.type !== 'leader.elected') throw new Error('quiz: no election');
  const truncated = runUntil(
    sim,
    (e) => e.type === 'log.truncate' && e.broker === 1 && e.topic === topic,
    60_000,
  );
  const n = truncated && truncated.type === 'log.truncate' ? truncated.from - truncated.to : 0;
  return {
    kind: 'truncateOnReturn',
    seed,
    params: {
      killAt: killAt / 1000,
      leader: elected.leader ?? 0,
      back: (killAt + 20_000) / 1000,
      topic,
    },
    choices: numberChoices(n, rng),
    answer: String(n),
    proof: {
      scenario,
      t: truncated ? truncated.time : killAt + 20_000,
      view: 'replication',
      focus: { topic, partition: 0 },
    },
  };
}

function rangeAssignment(seed: number): QuizQuestion {
  const rng = quizRandom(seed);
  const members = rng.int(2, 6);
  const partitions = rng.int(Math.max(1, members - 1), 8);
  const topic = 'waiting-events';
  const scenario = {
    version: 1,
    seed,
    cluster: { brokers: 3, metadata: 'kraft' },
    topics: [{ name: topic, partitions, replicationFactor: 3 }],
    producers: [],
    consumerGroups: [
      {
        id: 'group-a',
        topics: [topic],
        members,
        config: { 'partition.assignment.strategy': 'range', 'auto.offset.reset': 'earliest' },
      },
    ],
    actions: [],
  } as unknown as Scenario;
  const sim = createSimulation(scenario);
  const stable = runUntil(
    sim,
    (e) => e.type === 'group.state' && e.group === 'group-a' && e.to === 'Stable',
    60_000,
  );
  const t = (stable?.time ?? sim.now) + 500;
  sim.advanceTo(t);
  const p = rng.int(0, partitions - 1);
  const group = sim.snapshot().consumerGroups.find((g) => g.id === 'group-a')!;
  const owner = group.members.find((m) =>
    m.assignment.some((a) => a.topic === topic && a.partition === p),
  );
  return {
    kind: 'rangeAssignment',
    seed,
    params: { members, partitions, partition: p, topic },
    choices: [...group.members.map((m) => m.id).sort(), 'none'],
    answer: owner?.id ?? 'none',
    proof: { scenario, t, view: 'groups' },
  };
}

const GENERATORS: Record<QuizKind, (seed: number) => QuizQuestion> = {
  keyPartition,
  leaderAfterDeath,
  indexLookup,
  truncateOnReturn,
  rangeAssignment,
};

/** A question of `kind` for `seed`: the same seed gives the same question and answer. */
export function generateQuiz(kind: QuizKind, seed: number): QuizQuestion {
  return GENERATORS[kind](seed >>> 0);
}
