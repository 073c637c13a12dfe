// `npm run bench`: the engine's throughput in simulated records per second of wall time, peak
// heap and the heap kept after a full GC, on keyed workloads with a consumer group (and the
// 10-minute memory case, the 10k-partition minute); then seek times for every starter
// (bench/seek.ts). It prints figures; it asserts nothing.
//
//   npm run bench                         throughput, then seeks for every starter
//   npm run bench -- --seek-only          seeks only
//   npm run bench -- --starter=<id> …     seeks for these starters (repeat the flag)
//   npm run bench -- --seeks=40 --idle=1000 --checkpoints=16 --budget=384 --minutes=10
//   npm run bench -- --seek-only --each   each seek: target, the moment it ran from, CPU, GC
//   npm run bench -- --no-seek [--case=<text>]   throughput cases only (those whose name has it)
import { Simulation, createSimulation, validateScenario } from '../src/engine';
import type { Scenario } from '../src/engine';
import { DEFAULT_SEEK_OPTIONS, seekBench } from './seek';
import { scaleScenario } from './scaleScenario';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection on demand, to measure what the engine keeps (not its garbage).
setFlagsFromString('--expose-gc');
const fullGc = runInNewContext('gc') as () => void;

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const num = (name: string, fallback: number) => {
  const v = Number(flag(name));
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const seekOnly = args.includes('--seek-only');
const noSeek = args.includes('--no-seek');
/** --case=<text>: only the throughput cases whose name contains it. */
const caseFilter = flag('case');
const chosen = args.filter((a) => a.startsWith('--starter=')).map((a) => a.slice(10));

interface Case {
  name: string;
  scenario: Scenario;
  untilMs: number;
  /** Rates past the scenario caps (10,000 records/s together): validated at a lower rate, then raised. */
  ratePerSec?: number;
}

function keyedScenario(
  ratePerSec: number,
  partitions: number,
  members: number,
  acks: string,
  producers = 1,
): Scenario {
  return {
    version: 1,
    seed: 42,
    cluster: { brokers: 3 },
    topics: [
      { name: 'bench', partitions, replicationFactor: 3, config: { 'min.insync.replicas': 2 } },
    ],
    producers: Array.from({ length: producers }, (_, i) => ({
      id: `p${i + 1}`,
      config: { acks, 'linger.ms': 5 },
      workload: {
        topic: 'bench',
        ratePerSec,
        keys: Array.from({ length: 1000 }, (_, k) => `key-${k}`),
        valueBytes: 100,
      },
    })),
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
  {
    // Issue #16's target workload: 200,000 records/s, twenty times the scenario cap.
    name: 'keyed 20 producers × 10k rec/s, 12 partitions, RF3, acks=all, 4 consumers, 10 s',
    scenario: keyedScenario(500, 12, 4, 'all', 20),
    ratePerSec: 10_000,
    untilMs: 10_000,
  },
  {
    // Issue #16: memory bounded by configuration, not by run length.
    name: 'memory: keyed 10k rec/s, 12 partitions, RF3, acks=1, 4 consumers, 10 minutes',
    scenario: keyedScenario(10_000, 12, 4, '1'),
    untilMs: 600_000,
  },
  {
    name: 'scale: 50 brokers, 10 topics × 1,000 partitions (RF3: 30,150 replicas with __consumer_offsets), 1k rec/s, 60 s',
    scenario: scaleScenario(),
    untilMs: 60_000,
  },
];

/** Validates the scenario as written, then sets every workload to `ratePerSec` (past the caps). */
function pastCaps(scenario: Scenario, ratePerSec: number): Simulation {
  const result = validateScenario(scenario);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  for (const p of result.scenario.producers) if (p.workload) p.workload.ratePerSec = ratePerSec;
  return new Simulation(result.scenario);
}

function mib(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

for (const c of seekOnly ? [] : cases.filter((x) => !caseFilter || x.name.includes(caseFilter))) {
  // The snapshot's reuse cache holds its simulation by a WeakRef, which keeps its target alive
  // until the current job ends: yield first, or the previous case's run counts in this one's heap.
  await new Promise((resolve) => setImmediate(resolve));
  fullGc();
  const startHeap = process.memoryUsage().heapUsed;
  let peakHeap = startHeap;
  /** Heap after a full GC, each simulated minute (outside the wall time) and at the end. */
  const retained: number[] = [];
  let gcMs = 0;
  const heapAfterGc = () => {
    const g0 = process.hrtime.bigint();
    fullGc();
    gcMs += Number(process.hrtime.bigint() - g0) / 1e6;
    return process.memoryUsage().heapUsed;
  };
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const sim = c.ratePerSec ? pastCaps(c.scenario, c.ratePerSec) : createSimulation(c.scenario);
  const stepMs = 1000;
  for (let t = stepMs; t <= c.untilMs; t += stepMs) {
    sim.advanceTo(t);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if (t % 60_000 === 0) retained.push(heapAfterGc());
  }
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6 - gcMs;
  const cpu = process.cpuUsage(cpu0);
  retained.push(heapAfterGc());
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
  // On a loaded machine the wall time stretches; the process's CPU time (GC threads included)
  // less so.
  console.log(`  CPU time (process)      ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`);
  console.log(`  simulated/wall speed-up ${(c.untilMs / wallMs).toFixed(1)}×`);
  console.log(`  peak heap               ${mib(peakHeap)} MiB (start ${mib(startHeap)} MiB)`);
  console.log(
    `  heap after full GC      ${retained.map(mib).join(', ')} MiB (${retained.length > 1 ? 'each simulated minute, then ' : ''}at the end)`,
  );
  console.log(`  peak RSS                ${mib(process.memoryUsage().rss)} MiB`);
}

if (!noSeek)
  await seekBench({
    starters: chosen.length > 0 ? chosen : DEFAULT_SEEK_OPTIONS.starters,
    runMs: num('minutes', DEFAULT_SEEK_OPTIONS.runMs / 60_000) * 60_000,
    seeks: num('seeks', DEFAULT_SEEK_OPTIONS.seeks),
    idleMs: num('idle', DEFAULT_SEEK_OPTIONS.idleMs),
    maxCheckpoints: num('checkpoints', DEFAULT_SEEK_OPTIONS.maxCheckpoints),
    memoryBudgetBytes: num('budget', DEFAULT_SEEK_OPTIONS.memoryBudgetBytes / 2 ** 20) * 2 ** 20,
    each: args.includes('--each'),
  });
