// Fuzzing the share-link reader (issue #11 item 4), seeded and bounded: damaged, truncated and
// hostile links — random and binary text, cut-off and bit-flipped compressed parts, markup,
// invisible characters, deep and huge JSON, decompression bombs, repeated and unknown keys —
// never make parseShareUrl throw or take long; a link it cannot read gives at least one error
// naming a part of the link; every value it repeats is short and visible; and the sentences the
// banner shows for them, in both languages, are plain text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { translate, type MessageKey } from '../content/i18n';
import { STARTERS } from '../content/scenarios';
import {
  MAX_LINK_ACTIONS,
  MAX_LINK_CHARS,
  MAX_LINK_TIME_MS,
  SHOWN_VALUE_CHARS,
  parseShareUrl,
  type LinkError,
  type ParsedLink,
} from './shareLink';
import { VIEW_IDS } from './urlState';
import { bombStream } from './lzBomb';

const CODES = new Set([
  'tooLong',
  'newerVersion',
  'badVersion',
  'notCompressed',
  'tooLarge',
  'notJson',
  'badActions',
  'tooManyActions',
  'badNumber',
  'badSpeed',
  'speedRounded',
  'badValue',
  'badName',
  'noTopic',
]);

/** encodeURIComponent, or the text as it is where it cannot be encoded (a lone surrogate). */
function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return s;
  }
}

const lz = (value: unknown) => compressToEncodedURIComponent(JSON.stringify(value));

/** A real link's fragment: a starter whole, and an action log. */
const GOOD_SCENARIO = lz(STARTERS[0]!.scenario);
const GOOD_ACTIONS = lz([
  { at: 1000, do: 'killBroker', broker: 2 },
  { at: 2500, do: 'produce', producer: 'p1', topic: 'waiting-events', key: '식당', value: 'v' },
  { at: 4000, do: 'restartBroker', broker: 2 },
]);

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '%',
    '%%',
    '%E0%A4%A',
    '%ZZ',
    '%00',
    '%0A',
    '%E2%80%AE',
    '+',
    '&&',
    '==',
    '#',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
    '__proto__',
    'constructor',
    '{value}',
    '\u202egnp.exe',
    '\u200b',
    '\ud800',
    '-1',
    '1e400',
    'NaN',
    'Infinity',
    '0x10',
    '１２３',
    '99999999999999999999',
    '0.25',
  ),
);

/** Compressed text that is damaged: cut short, a character changed, or foreign characters. */
const damaged = fc.oneof(
  fc
    .tuple(fc.constantFrom(GOOD_SCENARIO, GOOD_ACTIONS), fc.integer({ min: 1, max: 400 }))
    .map(([c, cut]) => c.slice(0, Math.max(0, c.length - cut))),
  fc
    .tuple(
      fc.constantFrom(GOOD_SCENARIO, GOOD_ACTIONS),
      fc.nat(),
      fc.constantFrom(...'ABCxyz019+-$ %<'),
    )
    .map(([c, i, ch]) => c.slice(0, i % c.length) + ch + c.slice((i % c.length) + 1)),
  fc.string({
    unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'),
    maxLength: 300,
  }),
  hostile,
  // Valid lz-string, hostile content.
  fc.constantFrom(
    lz({ __proto__: { polluted: true } }),
    lz('not an object'),
    lz(null),
    lz([{ at: -1, do: 'killBroker' }]),
    lz([
      { at: 5, do: 'x' },
      { at: 1, do: 'y' },
    ]),
    lz(Array.from({ length: MAX_LINK_ACTIONS + 1 }, (_, i) => ({ at: i, do: 'addConsumer' }))),
    compressToEncodedURIComponent('['.repeat(100_000)),
    compressToEncodedURIComponent('{"a":'.repeat(50_000)),
    compressToEncodedURIComponent('<script>alert(1)</script>'),
  ),
);

const fragmentKey = fc.constantFrom('v', 'scenario', 'actions', 'x', '', '__proto__');
const queryKey = fc.constantFrom(
  'scenario',
  't',
  'until',
  'speed',
  'autoplay',
  'view',
  'lang',
  'theme',
  'embed',
  'topic',
  'partition',
  'broker',
  'walkthrough',
  'step',
  'v',
  '__proto__',
);

const link = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof(queryKey, hostile), hostile), { maxLength: 8 }),
    fc.array(fc.tuple(fragmentKey, fc.oneof(damaged, hostile)), { maxLength: 4 }),
    fc.constantFrom('https://example.test/app/', '', '/', '?', '#'),
  )
  .map(
    ([query, fragment, base]) =>
      `${base}?${query.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&')}` +
      `#${fragment.map(([k, v]) => `${k}=${v}`).join('&')}`,
  );

function visible(text: string): void {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    expect(c < 0x20 || (c >= 0x7f && c <= 0x9f), `control U+${c.toString(16)}`).toBe(false);
    expect(c >= 0x200b && c <= 0x200f, `zero-width U+${c.toString(16)}`).toBe(false);
    expect(c >= 0x2028 && c <= 0x202e, `bidi U+${c.toString(16)}`).toBe(false);
    expect(c >= 0xd800 && c <= 0xdfff, `lone surrogate U+${c.toString(16)}`).toBe(false);
  }
}

function checkError(e: LinkError): void {
  expect(CODES.has(e.code), e.code).toBe(true);
  expect(typeof e.param).toBe('string');
  if (e.value !== undefined) {
    expect(e.value.length).toBeLessThanOrEqual(SHOWN_VALUE_CHARS + 1);
    visible(e.value);
  }
  // The banner's sentence: text, in both languages, with its value in it and no markup.
  for (const lang of ['en', 'ko'] as const) {
    const text = translate(lang, `link.error.${e.code}` as MessageKey, {
      value: e.value ?? '',
      limit: e.limit ?? '',
    });
    if (e.value && /\{value\}/.test(translate(lang, `link.error.${e.code}` as MessageKey)))
      expect(text).toContain(e.value);
    const html = renderToStaticMarkup(createElement('li', null, text));
    expect(html).not.toMatch(/<(?!\/?li>)/);
  }
}

function check(r: ParsedLink): void {
  if (!r.ok) {
    expect(r.errors.length).toBeGreaterThan(0);
    r.errors.forEach(checkError);
    return;
  }
  r.warnings.forEach(checkError);
  const l = r.link;
  expect(Number.isInteger(l.version) && l.version >= 0 && l.version <= 1).toBe(true);
  for (const t of [l.t, l.until])
    if (t !== null) expect(Number.isInteger(t) && t >= 0 && t <= MAX_LINK_TIME_MS).toBe(true);
  if (l.speed !== null) expect(l.speed > 0 && l.speed <= 1000).toBe(true);
  if (l.view !== null) expect(VIEW_IDS).toContain(l.view);
  expect([null, 'ko', 'en']).toContain(l.lang);
  expect([null, 'light', 'dark']).toContain(l.theme);
  expect(typeof l.embed).toBe('boolean');
  expect(typeof l.autoplay).toBe('boolean');
  expect(Array.isArray(l.actions)).toBe(true);
  expect(l.actions.length).toBeLessThanOrEqual(MAX_LINK_ACTIONS);
  let last = 0;
  for (const a of l.actions) {
    expect(typeof a.do).toBe('string');
    expect(a.at).toBeGreaterThanOrEqual(last);
    last = a.at;
  }
  if (l.scenario?.kind === 'starter') {
    expect(l.scenario.id.length).toBeLessThanOrEqual(81);
    visible(l.scenario.id);
  }
  if (l.selection) expect(l.selection.topic).toMatch(/^[a-zA-Z0-9._-]{1,249}$/);
  // Nothing the reader made has a prototype other than Object's or Array's.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('parseShareUrl fuzzing', () => {
  it('never throws on damaged and hostile links, and names what is wrong', () => {
    fc.assert(
      fc.property(link, (url) => {
        const t0 = performance.now();
        const r = parseShareUrl(url);
        expect(performance.now() - t0).toBeLessThan(1000);
        check(r);
      }),
      { seed: 0x11c, numRuns: 400 },
    );
  });

  it('refuses every damaged scenario or action log with an error naming it', () => {
    fc.assert(
      fc.property(fc.constantFrom('scenario', 'actions'), damaged, (key, value) => {
        const r = parseShareUrl(`https://example.test/#v=1&${key}=${value}`);
        check(r);
        if (!r.ok) expect(r.errors.some((e) => e.param.startsWith(`#${key}`))).toBe(true);
        // What does read is JSON: a scenario the engine validates next, or a list of actions.
        else if (key === 'actions') expect(Array.isArray(r.link.actions)).toBe(true);
      }),
      { seed: 0x22d, numRuns: 400 },
    );
  });

  it('refuses a huge link at once, and a decompression bomb before it unpacks', () => {
    const bomb = bombStream(5_000); // about 12 million characters from about 10 000
    const t0 = performance.now();
    const huge = parseShareUrl({ search: '', hash: `#scenario=${'A'.repeat(MAX_LINK_CHARS + 1)}` });
    expect(huge).toMatchObject({ ok: false, errors: [{ code: 'tooLong' }] });
    const r = parseShareUrl({ search: '', hash: `#scenario=${bomb}` });
    expect(r).toMatchObject({ ok: false, errors: [{ code: 'tooLarge', param: '#scenario' }] });
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  it('reads a value it repeats as text: markup in a link stays characters', () => {
    const r = parseShareUrl('?view=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=en');
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.warnings).toEqual([
        {
          code: 'badValue',
          param: 'view',
          value: '<img src=x onerror=alert(1)>',
          limit: 'cluster, storage, replication, groups',
        },
      ]);
  });
});
