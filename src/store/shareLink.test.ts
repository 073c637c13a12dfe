// Share links round-trip (issue #11 item 4): for every starter, and for each as a custom scenario
// carried whole in the fragment, with random action logs, moments and settings, building a link
// and reading it back gives the same scenario, actions, t, view, lang, theme, speed, autoplay,
// selection and embed. Older links (no `v`) still open; a newer one says why not.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { validateScenario, type Action, type ActionBody, type Scenario } from '../engine';
import { STARTERS } from '../content/scenarios';
import {
  LINK_VERSION,
  buildShareUrl,
  parseShareUrl,
  type ShareLink,
  type ShareState,
} from './shareLink';
import type { Selection } from './selection';
import { VIEW_IDS } from './urlState';

const BASE = 'https://example.test/kafkascope/';

function validated(raw: unknown): Scenario {
  const r = validateScenario(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

const SCENARIOS = STARTERS.map((s) => ({ id: s.id, scenario: validated(s.scenario) }));

/** Text a person may type into the produce form: any characters, Korean and emoji too. */
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('식당-42', '대기 이벤트', '&scenario=x#v=9', '<b>hi</b>', '%E0%A4', '\u202e'),
);

/** An action body of some kind, naming the scenario's own producers, topics, brokers, groups. */
function actionBody(s: Scenario): fc.Arbitrary<ActionBody> {
  const broker = fc.integer({ min: 1, max: s.cluster.brokers });
  const topics = s.topics.map((t) => t.name);
  const kinds: fc.Arbitrary<ActionBody>[] = [
    fc.record({ do: fc.constantFrom('killBroker', 'shutdownBroker', 'restartBroker'), broker }),
    fc.record({ do: fc.constantFrom('isolateBroker', 'healBroker'), broker }),
    fc.record({ do: fc.constant('slowBroker'), broker, factor: fc.integer({ min: 1, max: 50 }) }),
    fc.record({
      do: fc.constant('setConfig'),
      target: fc.constantFrom('cluster', ...topics.map((t) => `topic:${t}`)),
      key: fc.constantFrom('min.insync.replicas', 'segment.bytes', 'retention.ms'),
      value: fc.oneof(fc.integer({ min: 1, max: 1e6 }), fc.constantFrom('1', 'all', true)),
    }),
  ] as fc.Arbitrary<ActionBody>[];
  if (s.producers.length > 0 && topics.length > 0)
    kinds.push(
      fc.record({
        do: fc.constant('produce'),
        producer: fc.constantFrom(...s.producers.map((p) => p.id)),
        topic: fc.constantFrom(...topics),
        key: fc.option(text, { nil: null }),
        value: fc.option(text, { nil: null }),
      }) as fc.Arbitrary<ActionBody>,
    );
  if (s.consumerGroups.length > 0)
    kinds.push(
      fc.record({
        do: fc.constant('addConsumer'),
        group: fc.constantFrom(...s.consumerGroups.map((g) => g.id)),
      }) as fc.Arbitrary<ActionBody>,
    );
  return fc.oneof(...kinds);
}

/** A user action log: time-ordered actions after the moment the scenario starts. */
function actionLog(s: Scenario): fc.Arbitrary<Action[]> {
  return fc
    .array(fc.tuple(fc.integer({ min: 0, max: 600_000 }), actionBody(s)), { maxLength: 30 })
    .map((list) =>
      list.map(([at, body]) => ({ at, ...body }) as Action).sort((a, b) => a.at - b.at),
    );
}

function selection(s: Scenario): fc.Arbitrary<Selection | null> {
  if (s.topics.length === 0) return fc.constant(null);
  return fc.option(
    fc.record(
      {
        topic: fc.constantFrom(...s.topics.map((t) => t.name)),
        partition: fc.integer({ min: 0, max: 20 }),
        broker: fc.integer({ min: 1, max: s.cluster.brokers }),
      },
      { requiredKeys: ['topic', 'partition'] },
    ),
    { nil: null },
  );
}

interface Case {
  starter: (typeof SCENARIOS)[number];
  custom: boolean;
  actions: Action[];
  state: ShareState;
  opts: { embed: boolean; selection: Selection | null; until?: number };
}

const cases: fc.Arbitrary<Case> = fc
  .tuple(fc.constantFrom(...SCENARIOS), fc.boolean())
  .chain(([starter, custom]) =>
    fc
      .record({
        actions: actionLog(starter.scenario),
        now: fc.integer({ min: 0, max: 3_600_000 }),
        view: fc.constantFrom(...VIEW_IDS),
        lang: fc.constantFrom('ko' as const, 'en' as const),
        theme: fc.constantFrom('light' as const, 'dark' as const),
        speed: fc.constantFrom(0.1, 0.25, 0.5, 1, 2, 5, 10, 100),
        playing: fc.boolean(),
        embed: fc.boolean(),
        selection: selection(starter.scenario),
        until: fc.option(fc.integer({ min: 0, max: 4_000_000 }), { nil: undefined }),
      })
      .map((r) => {
        const state: ShareState = {
          starterId: custom ? null : starter.id,
          scenario: starter.scenario,
          now: r.now,
          view: r.view,
          lang: r.lang,
          theme: r.theme,
          speed: r.speed,
          playing: r.playing,
          queries: { actionLog: () => [...starter.scenario.actions, ...r.actions] },
        };
        return {
          starter,
          custom,
          actions: r.actions,
          state,
          opts: {
            embed: r.embed,
            selection: r.selection,
            ...(r.until !== undefined ? { until: r.until } : {}),
          },
        };
      }),
  );

function parsed(url: string): ShareLink {
  const r = parseShareUrl(url);
  if (!r.ok) throw new Error(`not ok: ${JSON.stringify(r.errors)}`);
  expect(r.warnings).toEqual([]);
  return r.link;
}

describe('share links', () => {
  it('round-trip every starter (by id, and whole in the fragment) with random action logs', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const url = buildShareUrl(c.state, { ...c.opts, base: BASE });
        const link = parsed(url);
        expect(link.version).toBe(LINK_VERSION);
        if (c.custom) {
          expect(link.scenario).toEqual({ kind: 'inline', scenario: c.starter.scenario });
          // What the engine makes of the scenario read back is the scenario written.
          expect(validated((link.scenario as { scenario: unknown }).scenario)).toEqual(
            c.starter.scenario,
          );
        } else expect(link.scenario).toEqual({ kind: 'starter', id: c.starter.id });
        expect(link.actions).toEqual(c.actions);
        expect(link.t).toBe(c.state.now);
        expect(link.until).toBe(
          c.opts.until !== undefined && c.opts.until > c.state.now ? c.opts.until : null,
        );
        expect(link.view).toBe(c.state.view);
        expect(link.lang).toBe(c.state.lang);
        expect(link.theme).toBe(c.state.theme);
        expect(link.speed).toBe(c.state.speed);
        expect(link.autoplay).toBe(c.state.playing);
        expect(link.embed).toBe(c.opts.embed);
        expect(link.selection).toEqual(c.opts.selection);
        // The address is plain: the fixed query names, the fragment's three keys.
        const u = new URL(url);
        expect(u.origin + u.pathname).toBe(BASE);
        expect(u.hash).toMatch(/^#v=1(&scenario=[A-Za-z0-9+$-]+)?(&actions=[A-Za-z0-9+$-]+)?$/);
      }),
      { seed: 0x5a, numRuns: 150 },
    );
  });

  it('lets the options say something else than the screen', () => {
    const starter = SCENARIOS[0]!;
    const state: ShareState = {
      starterId: starter.id,
      scenario: starter.scenario,
      now: 4321,
      view: 'cluster',
      lang: 'en',
      theme: 'light',
      speed: 1,
      playing: false,
      queries: { actionLog: () => starter.scenario.actions },
    };
    const url = buildShareUrl(state, {
      base: BASE,
      embed: true,
      autoplay: true,
      t: 8000,
      until: 20000,
      speed: 2,
      lang: 'ko',
      theme: 'dark',
      view: 'storage',
      selection: null,
    });
    expect(url).toBe(
      `${BASE}?scenario=${starter.id}&t=8000&until=20000&speed=2&autoplay=1&view=storage&lang=ko&theme=dark&embed=1#v=1`,
    );
  });

  it('opens a link made before links carried the run (no `v`): the fixed parts alone', () => {
    const r = parseShareUrl('?embed=1&lang=ko&scenario=replication-zombie-leader&view=replication');
    expect(r).toEqual({
      ok: true,
      warnings: [],
      link: {
        version: 0,
        scenario: { kind: 'starter', id: 'replication-zombie-leader' },
        actions: [],
        t: null,
        until: null,
        speed: null,
        autoplay: false,
        view: 'replication',
        lang: 'ko',
        theme: null,
        embed: true,
        selection: null,
        walkthrough: null,
      },
    });
  });

  it('opens `#scenario=` on its own, as other tools write it (the scenario with its actions)', () => {
    const scenario = { ...SCENARIOS[0]!.scenario };
    const link = parsed(
      `${BASE}#scenario=${compressToEncodedURIComponent(JSON.stringify(scenario))}`,
    );
    expect(link.version).toBe(0);
    expect(link.scenario).toEqual({ kind: 'inline', scenario });
    expect(link.actions).toEqual([]);
    // A percent-encoded fragment (some mail programs do that) reads the same.
    const encoded = encodeURIComponent(compressToEncodedURIComponent(JSON.stringify(scenario)));
    expect(parsed(`${BASE}#scenario=${encoded}`).scenario).toEqual({ kind: 'inline', scenario });
  });

  it('says why a link from a newer format does not open', () => {
    const r = parseShareUrl(`${BASE}?scenario=waiting-events&lang=ko#v=${LINK_VERSION + 1}&x=1`);
    expect(r).toEqual({
      ok: false,
      errors: [
        { code: 'newerVersion', param: '#v', value: String(LINK_VERSION + 1), limit: LINK_VERSION },
      ],
      settings: { lang: 'ko', theme: null, embed: false, view: null },
    });
  });

  it('carries a walkthrough and its step', () => {
    const link = parsed(`${BASE}?walkthrough=why-fast&step=3`);
    expect(link.walkthrough).toEqual({ id: 'why-fast', step: 3 });
  });
});
