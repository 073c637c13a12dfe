// Hashes of every starter's full trace (chatter included) and final snapshot, and of three
// bench workloads past the scenario caps: run it before and after an engine change that must
// not change behaviour, and diff the output (`npx tsx bench/traceHash.ts [ms] > before.txt`).
// Each line: the trace hash and the snapshot hash of a run with a listener, then the snapshot
// hash of a run without one (the lazily built chatter must not change the run).
import { createHash } from 'node:crypto';
import { Simulation, createSimulation, validateScenario } from '../src/engine';
import type { Scenario } from '../src/engine';
import { STARTERS } from '../src/content/scenarios';

const untilMs = Number(process.argv[2] ?? 180_000);

function hashes(sim: Simulation, ms: number, listen: boolean): string {
  const trace = createHash('sha256');
  if (listen) sim.onTrace((e) => trace.update(JSON.stringify(e)));
  sim.advanceTo(ms);
  const snap = createHash('sha256').update(JSON.stringify(sim.snapshot({ records: true })));
  return `${listen ? trace.digest('hex').slice(0, 12) : '-'} ${snap.digest('hex').slice(0, 12)}`;
}

for (const s of STARTERS) {
  const a = hashes(createSimulation(s.scenario), untilMs, true);
  const b = hashes(createSimulation(s.scenario), untilMs, false);
  console.log(s.id.padEnd(34), a, b);
}

/** Keyed producers into 12 partitions (RF 3) read by a group of 4, validated then raised to `rate`. */
function keyed(producers: number, rate: number, acks: string): () => Simulation {
  const scenario: Scenario = {
    version: 1,
    seed: 42,
    cluster: { brokers: 3 },
    topics: [
      { name: 'bench', partitions: 12, replicationFactor: 3, config: { 'min.insync.replicas': 2 } },
    ],
    producers: Array.from({ length: producers }, (_, i) => ({
      id: `p${i + 1}`,
      config: { acks, 'linger.ms': 5 },
      workload: {
        topic: 'bench',
        ratePerSec: 100,
        keys: Array.from({ length: 1000 }, (_, k) => `key-${k}`),
        valueBytes: 100,
      },
    })),
    consumerGroups: [
      {
        id: 'g1',
        topics: ['bench'],
        members: 4,
        config: { 'auto.offset.reset': 'earliest' },
        processingMsPerRecord: 0,
      },
    ],
    actions: [],
  };
  return () => {
    const result = validateScenario(scenario);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    for (const p of result.scenario.producers) if (p.workload) p.workload.ratePerSec = rate;
    return new Simulation(result.scenario);
  };
}

for (const [n, rate, acks] of [
  [20, 10_000, 'all'],
  [1, 10_000, '1'],
  [3, 3_000, '0'],
] as const) {
  const make = keyed(n, rate, acks);
  console.log(
    `bench ${n}x${rate} acks=${acks}`.padEnd(34),
    hashes(make(), 1500, true),
    hashes(make(), 1500, false),
  );
}
