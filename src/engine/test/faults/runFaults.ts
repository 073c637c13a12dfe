// `npm run test:faults -- [--runs 2000] [--mode safe|unsafe|both] [--seed N] [--workers K]
//   [--shrink-minutes M]`
//
// Runs the fault-schedule property over many random plans, split across worker processes (one
// per core by default). When a run breaks a guarantee, fast-check shrinks it (for at most M
// minutes, 10 by default: a long schedule can take hours) and the smallest failing scenario
// found is printed as JSON (replay it with `npm run -s sim -- <file> --until <ms>`);
// the exit code is then 1.
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareCodecs } from '../../index';
import { runFaultProperty, type FaultRunResult } from './faultProperty';
import type { FaultMode } from './FaultSchedule';

interface Options {
  runs: number;
  modes: FaultMode[];
  seed: number;
  workers: number;
  shrinkMinutes: number;
}

const USAGE =
  'usage: npm run test:faults -- [--runs N] [--mode safe|unsafe|both] [--seed N] [--workers K] [--shrink-minutes M]';

function parse(argv: string[]): Options {
  const o: Options = {
    runs: 200,
    modes: ['safe', 'unsafe'],
    seed: 42,
    workers: availableParallelism(),
    shrinkMinutes: 10,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = argv[i + 1];
    const int = (): number => {
      const n = Number(v);
      if (!Number.isSafeInteger(n) || n < 0)
        throw new Error(`${a} needs a whole number, got ${v ?? 'nothing'}\n${USAGE}`);
      i++;
      return n;
    };
    if (a === '--runs') o.runs = int();
    else if (a === '--seed') o.seed = int();
    else if (a === '--workers') o.workers = Math.max(1, int());
    else if (a === '--shrink-minutes') o.shrinkMinutes = int();
    else if (a === '--mode') {
      if (v !== 'safe' && v !== 'unsafe' && v !== 'both')
        throw new Error(`--mode is safe, unsafe or both\n${USAGE}`);
      o.modes = v === 'both' ? ['safe', 'unsafe'] : [v];
      i++;
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return o;
}

interface Job {
  mode: FaultMode;
  runs: number;
  seed: number;
  shrinkMinutes: number;
}

/** A worker process: run one job, send its result to the parent. */
async function worker(job: Job): Promise<void> {
  await prepareCodecs();
  let failedAt: bigint | undefined;
  const budget = BigInt(job.shrinkMinutes) * 60_000_000_000n;
  const result = runFaultProperty(job.mode, job.runs, job.seed, {
    stopShrinking: () => {
      const now = process.hrtime.bigint();
      if (failedAt === undefined) {
        failedAt = now;
        process.send!({ progress: { mode: `${job.mode} shrinking`, done: 0 } });
      }
      return now - failedAt > budget;
    },
    onRun: (i) => {
      if ((i + 1) % 50 === 0) process.send!({ progress: { mode: job.mode, done: 50 } });
    },
  });
  process.send!({ result });
}

function runJob(job: Job): Promise<FaultRunResult> {
  return new Promise((resolve, reject) => {
    const child = fork(process.argv[1]!, ['--worker', JSON.stringify(job)], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: FaultRunResult | undefined;
    child.on(
      'message',
      (m: { result?: FaultRunResult; progress?: { mode: string; done: number } }) => {
        if (m.result) result = m.result;
        if (m.progress) progress(m.progress.mode, m.progress.done);
      },
    );
    child.on('exit', (code) =>
      result
        ? resolve(result)
        : reject(new Error(`worker for ${job.mode} seed ${job.seed} exited with ${code}`)),
    );
  });
}

const done = new Map<string, number>();
function progress(mode: string, n: number): void {
  done.set(mode, (done.get(mode) ?? 0) + n);
  process.stderr.write(`  ${[...done].map(([m, k]) => `${m}: ${k}`).join('  ')}\r`);
}

async function main(): Promise<void> {
  if (process.argv[2] === '--worker') return worker(JSON.parse(process.argv[3]!) as Job);
  const o = parse(process.argv.slice(2));
  const jobs: Job[] = [];
  // Each mode's runs are split into one job per worker, each with its own fast-check seed.
  const perMode = Math.max(1, Math.floor(o.workers / o.modes.length));
  for (const mode of o.modes)
    for (let w = 0; w < perMode; w++) {
      const runs = Math.floor(o.runs / perMode) + (w < o.runs % perMode ? 1 : 0);
      if (runs > 0)
        jobs.push({
          mode,
          runs,
          seed: o.seed + w * 7919 + (mode === 'unsafe' ? 104_729 : 0),
          shrinkMinutes: o.shrinkMinutes,
        });
    }
  const started = process.hrtime.bigint();
  const queue = [...jobs];
  const results: { job: Job; result: FaultRunResult }[] = [];
  await Promise.all(
    Array.from({ length: Math.min(o.workers, jobs.length) }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const result = await runJob(job);
        results.push({ job, result });
        // Save a failure at once: the other jobs may run (and shrink) for a long while yet.
        if (result.counterexample) {
          const file = join(tmpdir(), `kafkascope-fault-${job.mode}-${job.seed}.json`);
          writeFileSync(file, JSON.stringify(result.counterexample.scenario, null, 2) + '\n');
          process.stderr.write(
            `\n${job.mode} (seed ${job.seed}) failed; scenario saved to ${file}\n`,
          );
        }
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write('\n');
  let failed = false;
  for (const mode of o.modes) {
    const mine = results.filter((r) => r.job.mode === mode);
    const runs = mine.reduce((s, r) => s + r.result.runs, 0);
    const acked = mine.reduce((s, r) => s + r.result.acked, 0);
    const lost = mine.reduce((s, r) => s + r.result.lost, 0);
    const kafkaDup = mine.reduce((s, r) => s + r.result.kafkaDuplicates, 0);
    const bad = mine.filter((r) => !r.result.ok);
    console.log(
      `${mode}: ${runs} runs, ${acked} acknowledged records, ${lost} lost, ${kafkaDup} written twice as real Kafka does (KAFKA-14034) — ${bad.length ? 'FAILED' : 'all invariants held'}`,
    );
    for (const { job, result } of bad) {
      failed = true;
      const c = result.counterexample!;
      console.log(
        `\nSmallest failing ${mode} scenario (seed ${job.seed}, path ${result.path}), checked at ${c.until} ms:`,
      );
      for (const v of c.violations) console.log(`  - ${v}`);
      console.log(JSON.stringify(c.scenario, null, 2));
    }
  }
  console.log(`${seconds.toFixed(0)} s`);
  if (failed) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(2);
});
