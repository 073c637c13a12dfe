// The headless CLI: `npm run -s sim -- <scenario.json> [--until <ms>] [--trace] [--records]`.
// Prints the snapshot (or the trace, one JSON event a line) on stdout and nothing else; bad
// input exits non-zero with the reason on stderr.
import { readFileSync } from 'node:fs';
import { createSimulation, prepareCodecs, ScenarioValidationError } from '../engine';

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
      const n = Number(v);
      if (v === undefined || !Number.isInteger(n) || n < 0)
        throw new Error(`--until needs a whole number of ms ≥ 0, got ${v ?? 'nothing'}`);
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
    sim.advanceTo(until);
    if (lines.length) out(lines.join('\n') + '\n');
    return;
  }
  sim.advanceTo(until);
  out(JSON.stringify(sim.snapshot({ records: args.records }), null, 2) + '\n');
}

const isMain = process.argv[1] !== undefined && /sim\.ts$/.test(process.argv[1]);
if (isMain) {
  run(process.argv.slice(2), (s) => process.stdout.write(s)).catch((e: unknown) => {
    if (e instanceof ScenarioValidationError) {
      process.stderr.write(`invalid scenario:\n${e.message}\n`);
    } else {
      process.stderr.write(`${(e as Error).message}\n`);
    }
    process.exit(1);
  });
}
