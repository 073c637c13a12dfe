// Seek benchmark: for each starter, a 10-simulated-minute run, then seeks to random moments of
// it, each through the store as the page seeks (useSimStore.seek): the TimeMachine's seek
// (checkpoints + replay), then the store's catch-up of the views' trace logs (the caption story,
// the group log, the quorum log, the timeline markers — attached as the page attaches them) and
// the snapshot it publishes. Only React's render is left out. It prints what it measures; it
// asserts nothing.
//
// What a seek costs: running the nearest earlier checkpoint (or the live run, or a fresh run
// from 0) forward to the target, applying the user's actions on the way, then feeding the logs
// the stretch of the tape they have not seen (all of it up to the target after a seek back) and
// publishing the snapshot. The ladder of checkpoints is built the way the page builds it
// (TimeMachine.buildFor, in the page from requestIdleCallback): here, after the run, until it is
// complete; between two seeks the builder gets `--idle` ms (a person pausing between seeks) to
// repair what the seek consumed.
import { STARTERS } from '../src/content/scenarios';
import {
  DEFAULT_MAX_CHECKPOINTS,
  DEFAULT_MEMORY_BUDGET_BYTES,
  DEFAULT_MIN_CHECKPOINTS,
  TimeMachine,
  type Host,
} from '../src/store/timeTravel';
import {
  currentTimeMachine,
  MAX_FRAME_MS,
  setTimeMachineOptions,
  useSimStore,
} from '../src/store/simStore';
import { loadLazyModules } from '../src/store/lazyModules';
import { attachReplicationLog } from '../src/ui/captions/storyLog';
import { attachQuorumLog } from '../src/ui/controller/quorumLog';
import { attachGroupLog } from '../src/ui/groups/groupLog';
import { attachTimelineMarkers } from '../src/ui/playback/timelineMarkers';
import { PerformanceObserver } from 'node:perf_hooks';

/** Garbage-collection pause time observed so far (ms), for --each. */
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });

export interface SeekBenchOptions {
  starters: readonly string[];
  runMs: number;
  seeks: number;
  idleMs: number;
  maxCheckpoints: number;
  /** The ladder's memory budget (TimeMachineOptions.memoryBudgetBytes). */
  memoryBudgetBytes: number;
  /** Print each seek: its target, the moment it ran from, wall, CPU and garbage-collection ms. */
  each?: boolean;
}

const gc = (globalThis as { gc?: () => void }).gc;

const host: Host = {
  now: () => performance.now(),
  yield: () => new Promise((resolve) => setImmediate(resolve)),
  // The bench drives the builder itself (buildFor), so no background work runs during a seek.
  idle: () => () => {},
};

/** Let the event loop turn (the builder's next idle callback is another task in the page). */
const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

function mib(n: number): string {
  return (n / 1024 / 1024).toFixed(0);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Seeded targets (a plain LCG), so every machine seeks to the same moments. */
function targets(n: number, runMs: number, seed: number): number[] {
  let x = seed >>> 0 || 1;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out.push(Math.floor((x / 2 ** 32) * runMs));
  }
  return out;
}

export async function seekBench(opts: SeekBenchOptions): Promise<void> {
  console.log(
    `\nSeek: ${opts.runMs / 60_000}-simulated-minute run per starter, ${opts.seeks} seeks to random moments, ` +
      `≤${opts.maxCheckpoints} checkpoints (${DEFAULT_MIN_CHECKPOINTS} at least, more within ` +
      `${mib(opts.memoryBudgetBytes)} MiB estimated), ${opts.idleMs} ms of idle building between seeks` +
      (gc ? '' : ' (run node with --expose-gc for exact heap figures)'),
  );
  console.log(
    [
      'starter'.padEnd(34),
      'run s'.padStart(6),
      'ladder s'.padStart(8),
      'ckpts'.padStart(5),
      'p50 ms'.padStart(7),
      'p95 ms'.padStart(7),
      'max ms'.padStart(7),
      'cpu p95'.padStart(7),
      'replay'.padStart(7),
      'heap MiB'.padStart(8),
    ].join(' '),
  );
  const summary: { id: string; p95: number }[] = [];
  for (const id of opts.starters) {
    const starter = STARTERS.find((s) => s.id === id);
    if (!starter) {
      console.log(`${id.padEnd(34)} unknown starter`);
      continue;
    }
    await loadLazyModules(starter.scenario);
    setTimeMachineOptions({
      host,
      maxCheckpoints: opts.maxCheckpoints,
      memoryBudgetBytes: opts.memoryBudgetBytes,
    });
    const detach = [
      attachReplicationLog(),
      attachQuorumLog(),
      attachGroupLog(),
      attachTimelineMarkers(),
    ];
    useSimStore.getState().loadScenario(starter.scenario, id);
    const machine: TimeMachine | null = currentTimeMachine();
    if (!machine || machine.now !== 0) throw new Error(`${id}: the store did not start the run`);
    // The run: played forward as the page plays it at 100× (its trace to the views' logs and the
    // tape), a snapshot published every 10 simulated seconds.
    const t0 = performance.now();
    useSimStore.getState().setSpeed(100);
    while (machine.now < opts.runMs) useSimStore.getState().advanceWall(MAX_FRAME_MS);
    useSimStore.getState().setPlaying(false);
    const runS = (performance.now() - t0) / 1000;
    // The ladder, built to completion.
    const t1 = performance.now();
    // Each slice its own task, as requestIdleCallback runs them in the page: between two, V8's
    // own tasks (a collection's marking, finalization) run on the event loop, not in the next
    // slice's (or the next seek's) allocations.
    while (machine.buildFor(50)) await nextTask();
    const ladderS = (performance.now() - t1) / 1000;
    const ckpts = machine.checkpointTimes().length;
    gc?.();
    const heapWith = process.memoryUsage().heapUsed;
    // Idle after that forced collection, as a person looks before seeking: its sweeping runs on
    // V8's helper threads meanwhile, not in the first seek's allocations.
    await new Promise((resolve) => setTimeout(resolve, opts.idleMs));

    const times: number[] = [];
    const cpus: number[] = [];
    const replays: number[] = [];
    for (const target of targets(opts.seeks, opts.runMs, 7)) {
      const from = Math.max(
        ...machine.checkpointTimes().filter((t) => t <= target),
        machine.now <= target ? machine.now : 0,
        0,
      );
      const gc0 = gcMs;
      const cpu = process.cpuUsage();
      const a = performance.now();
      let replayMs = 0;
      const seek = machine.seek.bind(machine);
      // The machine's part alone (the replay), for the `replay` column.
      machine.seek = (ms: number) => {
        const r0 = performance.now();
        return seek(ms).then((r) => {
          replayMs += performance.now() - r0;
          return r;
        });
      };
      const landed = await useSimStore.getState().seek(target);
      const c = performance.now();
      delete (machine as { seek?: unknown }).seek;
      const used = process.cpuUsage(cpu);
      cpus.push((used.user + used.system) / 1000);
      if (!landed || machine.now !== target || useSimStore.getState().now !== target)
        throw new Error(`seek to ${target} landed at ${machine.now}`);
      times.push(c - a);
      replays.push(replayMs);
      if (opts.each)
        console.log(
          `  seek ${(target / 1000).toFixed(1)} s from ${(from / 1000).toFixed(1)} s: ` +
            `${(c - a).toFixed(0)} ms wall (replay ${replayMs.toFixed(0)}), ` +
            `${cpus.at(-1)!.toFixed(0)} ms CPU, ${(gcMs - gc0).toFixed(0)} ms GC`,
        );
      // A person pausing between seeks: the builder repairs the ladder meanwhile.
      const idleEnd = performance.now() + opts.idleMs;
      while (
        performance.now() < idleEnd &&
        machine.buildFor(Math.min(50, idleEnd - performance.now()))
      )
        await nextTask();
      await nextTask();
    }
    times.sort((x, y) => x - y);
    cpus.sort((x, y) => x - y);
    replays.sort((x, y) => x - y);
    const p95 = percentile(times, 95);
    summary.push({ id, p95 });
    // The machine's memory: the heap with it, less the heap once it is gone.
    // (dispose lets the checkpoints and the tape go; the live simulation is a few MiB at most)
    machine.dispose();
    for (const off of detach) off();
    gc?.();
    const heap = heapWith - process.memoryUsage().heapUsed;
    console.log(
      [
        id.padEnd(34),
        runS.toFixed(1).padStart(6),
        ladderS.toFixed(1).padStart(8),
        String(ckpts).padStart(5),
        percentile(times, 50).toFixed(0).padStart(7),
        p95.toFixed(0).padStart(7),
        times.at(-1)!.toFixed(0).padStart(7),
        percentile(cpus, 95).toFixed(0).padStart(7),
        percentile(replays, 95).toFixed(0).padStart(7),
        mib(heap).padStart(8),
      ].join(' '),
    );
  }
  const within = summary.filter((s) => s.p95 <= 100).length;
  console.log(
    `\n  ${within} of ${summary.length} starters seek within 100 ms at p95. ` +
      'run s: wall time of the 10-minute run; ladder s: building the checkpoints after it; ' +
      "p50/p95/max: the store's seek (replay, the views' logs caught up, the snapshot published); " +
      'cpu p95: the same in CPU time (less sensitive to other load on the machine); replay: the ' +
      "time machine's part alone (p95); heap: the run, its checkpoints and its trace tape.",
  );
}

export const DEFAULT_SEEK_OPTIONS: SeekBenchOptions = {
  starters: STARTERS.map((s) => s.id),
  runMs: 600_000,
  seeks: 40,
  idleMs: 1000,
  maxCheckpoints: DEFAULT_MAX_CHECKPOINTS,
  memoryBudgetBytes: DEFAULT_MEMORY_BUDGET_BYTES,
};
