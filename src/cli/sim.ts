// The headless CLI: `npm run -s sim -- <scenario.json> [--until <ms>] [--trace] [--records]`.
// Prints the snapshot (or the trace, one JSON event a line) on stdout and nothing else; bad
// input exits non-zero with the reason on stderr.
//
// Bounds: --until is at most SCENARIO_LIMITS.maxTimeMs (a week of simulated time, as an action's
// `at`), the scenario file at most maxScenarioChars; a run that needs more than MAX_EVENTS
// simulated events, or more than most of the heap, stops with a message instead of running for
// hours or crashing the process.
import { readFileSync, statSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { createSimulation, prepareCodecs, ScenarioValidationError } from '../engine';
import type { Simulation } from '../engine';
import { SCENARIO_LIMITS } from '../engine/scenario/validateScenario';
import { formatError } from '../content/errors';

/**
 * Events a CLI run may take (a few minutes of CPU): an hour of the waiting-events starter is about
 * 560 000, a minute of 1000 records/s with a group about 220 000.
 */
export const MAX_EVENTS = 3_000_000;
/** Share of the heap a run may fill before it is stopped. */
const HEAP_SHARE = 0.85;
/** A file larger than this cannot hold a scenario within maxScenarioChars (a character is at most a 6-byte \uXXXX escape). */
const MAX_FILE_BYTES = 8 * SCENARIO_LIMITS.maxScenarioChars;

interface Args {
  file: string;
  until?: number;
  trace: boolean;
  records: boolean;
}

const USAGE = 'usage: npm run -s sim -- <scenario.json> [--until <ms>] [--trace] [--records]';

export function parseArgs(argv: string[]): Args {
  const args: Partial<Args> = { trace: false, records: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--trace') args.trace = true;
    else if (a === '--records') args.records = true;
    else if (a === '--until') {
      const v = argv[++i];
      const n = v !== undefined && /^\d{1,16}$/.test(v) ? Number(v) : NaN;
      const max = SCENARIO_LIMITS.maxTimeMs;
      if (!Number.isInteger(n) || n > max)
        throw new Error(
          `--until needs a whole number of ms from 0 to ${max} (a week), got ${v === undefined ? 'nothing' : JSON.stringify(v.slice(0, 40))}`,
        );
      args.until = n;
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else if (args.file === undefined) args.file = a;
    else throw new Error(`unexpected argument ${a}\n${USAGE}`);
  }
  if (!args.file) throw new Error(USAGE);
  return args as Args;
}

export async function run(argv: string[], out: (s: string) => void): Promise<void> {
  const args = parseArgs(argv);
  // zstd compresses through WebAssembly, which loads asynchronously; the engine itself is sync.
  await prepareCodecs();
  let text: string;
  try {
    if (statSync(args.file).size > MAX_FILE_BYTES)
      throw new Error(
        `the file is larger than ${MAX_FILE_BYTES} bytes; a scenario is at most ${SCENARIO_LIMITS.maxScenarioChars} characters of JSON (1 MiB)`,
      );
    text = readFileSync(args.file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${args.file}: ${(e as Error).message}`, { cause: e });
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    throw new Error(`${args.file} is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
  const sim = createSimulation(input);
  const until = args.until ?? sim.lastActionTime() + 30000;
  if (args.trace) {
    const lines: string[] = [];
    sim.onTrace((e) => {
      lines.push(JSON.stringify(e));
      if (lines.length >= 1000) out(lines.splice(0).join('\n') + '\n');
    });
    runBounded(sim, until);
    if (lines.length) out(lines.join('\n') + '\n');
    return;
  }
  runBounded(sim, until);
  out(JSON.stringify(sim.snapshot({ records: args.records }), null, 2) + '\n');
}

/**
 * sim.advanceTo(until), one event at a time, stopping with an error once the run has taken
 * `maxEvents` events or filled most of the heap: a scenario within every limit can still ask for
 * more work than a command should do.
 */
export function runBounded(sim: Simulation, until: number, maxEvents = MAX_EVENTS): void {
  const heapLimit = getHeapStatistics().heap_size_limit * HEAP_SHARE;
  for (let n = 0; ; n++) {
    const next = sim.nextEventTime();
    if (next === null || next > until) break;
    if (n >= maxEvents)
      throw new Error(
        `stopped at ${sim.now} ms of ${until}: the run took more than ${maxEvents} simulated events; ask for less with --until, or lower the workloads' ratePerSec, the partitions or the members`,
      );
    if ((n & 0xffff) === 0xffff && process.memoryUsage().heapUsed > heapLimit)
      throw new Error(
        `stopped at ${sim.now} ms of ${until}: the run filled ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB of memory; ask for less with --until, or lower the workloads' ratePerSec or valueBytes`,
      );
    sim.step();
  }
  sim.advanceTo(until);
}

const isMain = process.argv[1] !== undefined && /sim\.ts$/.test(process.argv[1]);
if (isMain) {
  run(process.argv.slice(2), (s) => process.stdout.write(s)).catch((e: unknown) => {
    if (e instanceof ScenarioValidationError) {
      const lines = e.errors.map((x) => formatError(x, 'en'));
      process.stderr.write(`invalid scenario:\n${lines.join('\n')}\n`);
    } else {
      process.stderr.write(`${(e as Error).message}\n`);
    }
    process.exit(1);
  });
}
