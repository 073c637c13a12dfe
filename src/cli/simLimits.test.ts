// The CLI's bounds (issue #9 item 6): --until at most a week of simulated time, an action past
// it refused before the run (one at 2^53-1 ms used to make the default --until run forever), a
// runaway run stopped with a message, an oversized file refused before it is read.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSimulation, ScenarioValidationError } from '../engine';
import { formatError } from '../content/errors';
import { MAX_EVENTS, parseArgs, run, runBounded } from './sim';

const scenarioDir = join(__dirname, '../content/scenarios');
const waitingEvents = () =>
  JSON.parse(readFileSync(join(scenarioDir, 'waiting-events.json'), 'utf8')) as {
    actions: { at: number }[];
  };

describe('sim CLI bounds', () => {
  it('takes --until from 0 to 604800000 ms, nothing else', () => {
    expect(parseArgs(['s.json', '--until', '604800000']).until).toBe(604_800_000);
    expect(parseArgs(['s.json', '--until', '0']).until).toBe(0);
    for (const bad of [
      String(Number.MAX_SAFE_INTEGER),
      '604800001',
      '-1',
      '1e3',
      '1.5',
      'NaN',
      'Infinity',
      '',
      ' 5',
      '0x10',
      '9'.repeat(100_000),
    ])
      expect(() => parseArgs(['s.json', '--until', bad]), bad.slice(0, 20)).toThrow(
        /^--until needs a whole number of ms from 0 to 604800000/,
      );
    expect(() => parseArgs(['s.json', '--until'])).toThrow(/got nothing/);
  });

  it('refuses an action at 2^53-1 ms before running, with no --until (it used to never finish)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kscli-limits-'));
    const file = join(dir, 'far.json');
    const s = waitingEvents();
    s.actions[0]!.at = Number.MAX_SAFE_INTEGER;
    writeFileSync(file, JSON.stringify(s));
    const tsx = join(__dirname, '../../node_modules/.bin/tsx');
    const res = spawnSync(tsx, [join(__dirname, 'sim.ts'), file], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(res.signal).toBeNull(); // not killed by the timeout
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('actions[0].at: KafkaScope simulates at most 604800000 ms');
  }, 40_000);

  it('runs an action at the last allowed ms', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kscli-limits-'));
    const file = join(dir, 'late.json');
    const s = waitingEvents();
    s.actions[0]!.at = 604_800_000;
    writeFileSync(file, JSON.stringify(s));
    let out = '';
    // Only the snapshot's clock is looked at; --until 0 keeps the run short.
    await run([file, '--until', '0'], (x) => (out += x));
    expect(JSON.parse(out).time).toBe(0);
  });

  it('stops a run that takes more events than allowed, with the time it reached', () => {
    expect(MAX_EVENTS).toBeGreaterThan(1_000_000);
    const sim = createSimulation(waitingEvents());
    expect(() => runBounded(sim, 60_000, 5000)).toThrow(
      /^stopped at \d+ ms of 60000: the run took more than 5000 simulated events/,
    );
    const ok = createSimulation(waitingEvents());
    runBounded(ok, 5000);
    expect(ok.now).toBe(5000);
  });

  it('refuses a file larger than a scenario can be, without reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kscli-limits-'));
    const file = join(dir, 'huge.json');
    writeFileSync(file, ' '.repeat(9 * 1024 * 1024));
    await expect(run([file], () => {})).rejects.toThrow(/is larger than 8388608 bytes/);
  });

  it('reports JSON nested 100,000 deep as invalid, without a stack overflow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kscli-limits-'));
    const file = join(dir, 'deep.json');
    writeFileSync(
      file,
      `{"version":1,"cluster":{"brokers":1},"x":${'['.repeat(1e5)}${']'.repeat(1e5)}}`,
    );
    const err = await run([file], () => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScenarioValidationError);
    const [e] = (err as ScenarioValidationError).errors;
    expect(e!.code).toBe('input.tooDeep');
    expect(formatError(e!, 'en')).toMatch(
      /^x(\[0\])+: Nested too deep: .*nested at most 32 levels/,
    );
  });
});
