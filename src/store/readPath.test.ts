// One read path: the views (src/ui) read the store's snapshot and plain-data queries, never the
// live Simulation. eslint.config.js enforces it; these lint in-memory snippets placed under
// src/ui with the project's own config and expect the rule to catch each way round it.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function errors(code: string, filePath = 'src/ui/x.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const clean = `
import { useSimStore } from '../store/simStore';
export function useSegmentBytes(topic: string): number | undefined {
  return useSimStore((s) => s.queries.topicConfig(topic)?.segmentBytes);
}
`;

describe('the one-read-path lint rule', () => {
  it('accepts a view that reads the snapshot and the queries', async () => {
    expect(await errors(clean)).toEqual([]);
  });

  it.each([
    [
      'reads s.sim',
      `import { useSimStore } from '../store/simStore';
export const useNow = () => useSimStore((s) => s.sim?.now);`,
    ],
    [
      'destructures sim from the store',
      `import { useSimStore } from '../store/simStore';
export function now() { const { sim } = useSimStore.getState(); return sim; }`,
    ],
    [
      'imports the Simulation type',
      `import type { Simulation } from '../engine';
export const none: Simulation | null = null;`,
    ],
    [
      'imports the Simulation module',
      `import { createSimulation } from '../engine/sim/Simulation';
export const make = createSimulation;`,
    ],
  ])('refuses a view that %s', async (_what, code) => {
    const found = await errors(code);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => /no-restricted-(syntax|imports)/.test(m))).toBe(true);
  });

  it('applies under src/ui only: the store may hold the Simulation', async () => {
    const code = `import type { Simulation } from '../engine';
export const none: Simulation | null = null;`;
    expect(await errors(code, 'src/store/x.ts')).toEqual([]);
  });
});
