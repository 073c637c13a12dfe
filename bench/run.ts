// `npm run bench`: the engine's throughput in simulated records per second of wall time, and
// peak memory, on a keyed workload with a consumer group. It prints figures; it asserts nothing.
import { createSimulation } from '../src/engine';
import type { Scenario } from '../src/engine';

interface Case {
  name: string;
  scenario: Scenario;
  untilMs: number;
}

function keyedScenario(
  ratePerSec: number,
  partitions: number,
  members: number,
  acks: string,
): Scenario {
  return {
    version: 1,
    seed: 42,
    cluster: { brokers: 3 },
    topics: [
      { name: 'bench', partitions, replicationFactor: 3, config: { 'min.insync.replicas': 2 } },
    ],
    producers: [
      {
        id: 'p1',
        config: { acks, 'linger.ms': 5 },
        workload: {
          topic: 'bench',
          ratePerSec,
          keys: Array.from({ length: 1000 }, (_, i) => `key-${i}`),
          valueBytes: 100,
        },
      },
    ],
    consumerGroups: [
      {
        id: 'g1',
        topics: ['bench'],
        members,
        config: { 'auto.offset.reset': 'earliest' },
        processingMsPerRecord: 0,
      },
    ],
    actions: [],
  };
}

const cases: Case[] = [
  {
    name: 'keyed 1k rec/s, 6 partitions, RF3, acks=all, 3 consumers, 60 s',
    scenario: keyedScenario(1000, 6, 3, 'all'),
    untilMs: 60_000,
  },
  {
    name: 'keyed 10k rec/s, 12 partitions, RF3, acks=1, 4 consumers, 30 s',
    scenario: keyedScenario(10_000, 12, 4, '1'),
    untilMs: 30_000,
  },
];

function mib(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

for (const c of cases) {
  (globalThis as { gc?: () => void }).gc?.();
  const startHeap = process.memoryUsage().heapUsed;
  let peakHeap = startHeap;
  const t0 = process.hrtime.bigint();
  const sim = createSimulation(c.scenario);
  const stepMs = 1000;
  for (let t = stepMs; t <= c.untilMs; t += stepMs) {
    sim.advanceTo(t);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const snap = sim.snapshot();
  const produced = snap.producers.reduce((s, p) => s + p.sent, 0);
  const consumed = snap.consumerGroups.reduce((s, g) => s + g.consumed, 0);
  console.log(`\n${c.name}`);
  console.log(`  records produced        ${produced}`);
  console.log(`  records consumed        ${consumed}`);
  console.log(`  wall time               ${wallMs.toFixed(0)} ms`);
  console.log(
    `  throughput              ${Math.round((produced / wallMs) * 1000)} simulated records / wall second`,
  );
  console.log(`  simulated/wall speed-up ${(c.untilMs / wallMs).toFixed(1)}×`);
  console.log(`  peak heap               ${mib(peakHeap)} MiB (start ${mib(startHeap)} MiB)`);
  console.log(`  peak RSS                ${mib(process.memoryUsage().rss)} MiB`);
}
