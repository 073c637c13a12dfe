// Fuzzing the link reader (issue #9 item 6), seeded and bounded: hostile query strings — huge,
// malformed percent-encoding, repeated and unknown parameters, markup, invisible characters —
// never make readUrlState throw, and what it passes on is a known value or a short, visible,
// plain-text scenario id that the app shows as text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { STARTERS } from '../content/scenarios';
import { translate } from '../content/i18n';
import { MAX_SCENARIO_ID_LENGTH, VIEW_IDS, readUrlState } from './urlState';
import type { UrlState } from './urlState';

const NAMES = ['lang', 'scenario', 'view', 'embed', 'theme', 't', 'walkthrough', '__proto__', ''];

const hostileText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '%',
    '%%',
    '%E0%A4%A',
    '%ZZ',
    '%C0%AF',
    '%ED%A0%80',
    '%uD800',
    '%00',
    '%0A',
    '%E2%80%AE',
    '+',
    '&&&',
    '===',
    '<img src=x onerror=alert(1)>',
    '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
    '{id}',
    'ko',
    'en',
    'KO',
    'cluster',
    'storage',
    'groups',
    'replication',
    '1',
    'true',
    'waiting-events',
    '\u202egnp.exe',
    '\u200b',
    '\ud800',
  ),
  fc.integer({ min: 81, max: 200_000 }).map((n) => 'a%'.repeat(Math.ceil(n / 2))),
);

const query = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...NAMES), hostileText),
      fc.option(hostileText, { nil: undefined }),
    ),
    { maxLength: 8 },
  )
  .chain((pairs) =>
    fc
      .constantFrom('?', '', '??', '#', '?&')
      .map(
        (prefix) => prefix + pairs.map(([k, v]) => (v === undefined ? k : `${k}=${v}`)).join('&'),
      ),
  );

function checkState(u: UrlState): void {
  expect(Object.keys(u).sort()).toEqual(['embed', 'lang', 'scenario', 'view']);
  expect([null, 'ko', 'en']).toContain(u.lang);
  expect(VIEW_IDS).toContain(u.view);
  expect(typeof u.embed).toBe('boolean');
  if (u.scenario !== null) {
    expect(typeof u.scenario).toBe('string');
    expect(u.scenario.length).toBeGreaterThan(0);
    expect(u.scenario.length).toBeLessThanOrEqual(MAX_SCENARIO_ID_LENGTH + 1);
    // Nothing invisible, nothing that reorders the text around it, no lone surrogate.
    for (const ch of u.scenario) {
      const c = ch.codePointAt(0)!;
      expect(c < 0x20 || (c >= 0x7f && c <= 0x9f), `control U+${c.toString(16)}`).toBe(false);
      expect(c >= 0x200b && c <= 0x200f, `zero-width U+${c.toString(16)}`).toBe(false);
      expect(c >= 0x2028 && c <= 0x202e, `bidi U+${c.toString(16)}`).toBe(false);
      expect(c >= 0xd800 && c <= 0xdfff, `lone surrogate U+${c.toString(16)}`).toBe(false);
    }
    expect(() => encodeURIComponent(u.scenario!)).not.toThrow();
  }
}

describe('readUrlState fuzzing', () => {
  it('never throws on hostile query strings and passes on only known values or a short id', () => {
    fc.assert(
      fc.property(query, (search) => {
        const t0 = performance.now();
        const u = readUrlState(search);
        expect(performance.now() - t0).toBeLessThan(1000);
        checkState(u);
      }),
      { seed: 0x11b, numRuns: 300 },
    );
  });

  it('reads the known parameters whatever surrounds them; a repeated one counts once (the first)', () => {
    fc.assert(
      fc.property(
        query,
        query,
        fc.constantFrom<UrlState['lang']>('ko', 'en'),
        fc.constantFrom(...VIEW_IDS),
        fc.constantFrom(...STARTERS.map((s) => s.id)),
        (before, after, lang, view, scenario) => {
          const u = readUrlState(
            `?lang=${lang}&view=${view}&scenario=${scenario}&embed=1&${before}&${after}&lang=xx&view=yy&embed=0`,
          );
          expect(u).toEqual({ lang, view, scenario, embed: true });
        },
      ),
      { seed: 0x2ee, numRuns: 200 },
    );
  });

  it('cuts a huge scenario id short and reports it as text, never as markup', () => {
    const huge = readUrlState(`?scenario=${'x'.repeat(10_000_000)}`);
    expect(huge.scenario).toBe(`${'x'.repeat(MAX_SCENARIO_ID_LENGTH)}…`);
    fc.assert(
      fc.property(hostileText, (text) => {
        const { scenario } = readUrlState(`?scenario=${encodeURIComponent(text)}`);
        if (scenario === null) return;
        // How the app shows an unknown starter: the translated sentence as a React text node.
        for (const lang of ['en', 'ko'] as const) {
          const message = translate(lang, 'error.scenario.unknown', { id: scenario });
          const html = renderToStaticMarkup(createElement('p', null, message));
          expect(html).not.toMatch(/<(?!\/?p>)/); // no element but the paragraph itself
        }
      }),
      { seed: 0x3f3, numRuns: 200 },
    );
  });

  it('keeps what a normal link says', () => {
    expect(
      readUrlState('?embed=1&lang=ko&scenario=replication-zombie-leader&view=replication'),
    ).toEqual({
      lang: 'ko',
      scenario: 'replication-zombie-leader',
      embed: true,
      view: 'replication',
    });
    expect(readUrlState('')).toEqual({ lang: null, scenario: null, embed: false, view: 'cluster' });
    // Malformed percent-encoding decodes leniently (an incomplete UTF-8 sequence becomes U+FFFD).
    expect(readUrlState('?scenario=%E0%A4%A&lang=%ZZ')).toEqual({
      lang: null,
      scenario: '\ufffd%A',
      embed: false,
      view: 'cluster',
    });
  });
});
