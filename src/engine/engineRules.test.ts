// Rules of the engine's source that no type checker sees (issue #10): each Kafka config name is
// written once, in its table; the engine holds no Korean (words live in src/content). Each rule
// reads the engine's own files. (No payload cast: network/typedMessages.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_DEFINITIONS } from './config/definitions';

const ROOT = join(process.cwd(), 'src/engine');

function sources(dir: string, tests: boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'test' && !tests ? [] : sources(path, tests);
    if (!d.name.endsWith('.ts')) return [];
    return tests || !d.name.endsWith('.test.ts') ? [path] : [];
  });
}

const code = sources(ROOT, false).map((f) => ({
  f: relative(ROOT, f),
  text: readFileSync(f, 'utf8'),
}));

describe('engine source rules', () => {
  it('writes each Kafka config name once, in its table', () => {
    // Dotted names only: a one-word name (acks) is also its resolved property's name.
    const names = [...new Set(CONFIG_DEFINITIONS.map((d) => d.name))].filter((n) =>
      n.includes('.'),
    );
    expect(names.length).toBeGreaterThan(80);
    const repeated: string[] = [];
    for (const name of names) {
      const where = code.filter(({ text }) => text.includes(`'${name}'`)).map(({ f }) => f);
      if (where.length !== 1 || !where[0]!.startsWith('config/tables/'))
        repeated.push(`${name}: ${where.join(', ') || 'nowhere'}`);
    }
    expect(repeated).toEqual([]);
  });

  it('has no Korean text (tests included): the sentences live in src/content', () => {
    const hangul = /[\uAC00-\uD7A3]/;
    const withKorean = sources(ROOT, true)
      .filter((f) => hangul.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(withKorean).toEqual([]);
  });
});
