// Opening a link (boot.ts) reproduces the author's screen: the same engine snapshot at the same
// moment, the same action log, view, language, theme, speed and pick — for a starter and for a
// custom scenario carried whole. A link that cannot be read opens the default scenario and says
// why; parts that cannot be read are named and left out.
import { beforeAll, describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent } from 'lz-string';
import type { ActionBody } from '../engine';
import { DEFAULT_STARTER_ID, findStarter } from '../content/scenarios';
import { carriesLink, openLink, PLAIN_VISIT } from './boot';
import { useSelection } from './selection';
import { buildShareUrl, parseShareUrl } from './shareLink';
import { DEFAULT_SPEED, setTimeMachineOptions, useSimStore } from './simStore';
import type { Host } from './timeTravel';

const BASE = 'https://example.test/';
const store = () => useSimStore.getState();

/** Idle work (the checkpoint builder) runs never: the test decides what runs. */
const host: Host = {
  now: () => performance.now(),
  yield: () => new Promise((r) => setImmediate(r)),
  idle: () => () => {},
};

function play(ms: number): void {
  for (let i = 0; i < ms / 100; i++) store().advanceWall(100);
}

function act(action: ActionBody): void {
  expect(store().apply(action), JSON.stringify(store().error)).toBe(true);
}

/** What a reader compares: the snapshot and everything the link carries. */
function screen() {
  const s = store();
  return {
    snapshot: JSON.stringify(s.snapshot),
    now: s.now,
    starterId: s.starterId,
    scenario: s.scenario,
    userActions: s.userActions,
    view: s.view,
    lang: s.lang,
    theme: s.theme,
    speed: s.speed,
    playing: s.playing,
    stopAt: s.stopAt,
    selection: useSelection.getState().selection,
  };
}

/** Three actions at three moments, like a person at the controls. */
function authorRun(): void {
  store().setSpeed(1);
  play(1500);
  act({ do: 'killBroker', broker: 2 });
  play(1500);
  act({ do: 'produce', producer: 'p1', topic: 'waiting-events', key: '식당-42', value: 'v' });
  play(1500);
  act({ do: 'restartBroker', broker: 2 });
  play(800);
}

describe('opening a share link', () => {
  beforeAll(() => setTimeMachineOptions({ host }));

  it('reproduces a starter run: snapshot, moment, actions, view, language, theme, speed, pick', async () => {
    store().loadStarter('waiting-events');
    authorRun();
    useSimStore.setState({ view: 'replication', lang: 'ko' });
    store().setTheme('dark');
    useSelection.getState().select({ topic: 'waiting-events', partition: 2, broker: 3 });
    const author = screen();
    expect(author.userActions).toHaveLength(3);
    const url = buildShareUrl(store(), { base: BASE });

    // Somewhere else entirely, then the link.
    store().loadStarter('log-segments');
    useSimStore.setState({ view: 'cluster', lang: 'en' });
    store().setTheme('light');
    useSelection.getState().select(null);
    await openLink(new URL(url));
    expect(store().error).toBeNull();
    expect(screen()).toEqual(author);
  });

  it('reproduces a custom scenario carried whole in #scenario=', async () => {
    const raw = structuredClone(findStarter('waiting-events')!.scenario) as { seed: number };
    raw.seed = 4242;
    expect(store().loadScenario(raw, null)).toBe(true);
    useSelection.getState().select(null);
    authorRun();
    const author = screen();
    const url = buildShareUrl(store(), { base: BASE, selection: null });
    expect(url).toMatch(/#v=1&scenario=.+&actions=/);

    store().loadStarter(DEFAULT_STARTER_ID);
    await openLink(new URL(url));
    expect(store().error).toBeNull();
    expect(screen()).toEqual(author);
    expect(store().scenario?.seed).toBe(4242);
  });

  it('plays from t on autoplay=1, and stops at until', async () => {
    await openLink(new URL(`${BASE}?scenario=waiting-events&t=3000&until=5000&autoplay=1&speed=2`));
    expect(store()).toMatchObject({ now: 3000, playing: true, stopAt: 5000, speed: 2 });
  });

  it('opens playing at 1× when the link names no moment and says nothing about playing', async () => {
    useSimStore.setState({ speed: DEFAULT_SPEED });
    await openLink(new URL(BASE));
    expect(store()).toMatchObject({ starterId: DEFAULT_STARTER_ID, playing: true, speed: 1 });
    await openLink(new URL(`${BASE}?scenario=log-segments&lang=en`));
    expect(store()).toMatchObject({ starterId: 'log-segments', playing: true, speed: 1 });
    // autoplay=0, a moment (t, paused there unless autoplay=1) or an embed: paused.
    for (const query of ['?autoplay=0', '?autoplay=false', '?t=0', '?t=2000', '?embed=1&lang=en']) {
      await openLink(new URL(`${BASE}${query}`));
      expect(store().playing, query).toBe(false);
    }
    // A link's own speed wins; an embed keeps its autoplay and speed.
    await openLink(new URL(`${BASE}?speed=0.25`));
    expect(store()).toMatchObject({ playing: true, speed: 0.25 });
    await openLink(new URL(`${BASE}?embed=1&autoplay=1&speed=5`));
    expect(store()).toMatchObject({ playing: true, speed: 5 });
    store().setPlaying(false);
  });

  it('reads an address that says nothing without the link code, as the link code reads it', () => {
    // (boot.ts opens such a visit with PLAIN_VISIT and fetches shareLink.ts only for the others)
    for (const location of [
      { search: '', hash: '' },
      { search: '?', hash: '#' },
    ]) {
      expect(carriesLink(location)).toBe(false);
      expect(parseShareUrl(location)).toEqual(PLAIN_VISIT);
    }
    expect(carriesLink({ search: '?lang=en', hash: '' })).toBe(true);
    expect(carriesLink({ search: '', hash: '#v=1' })).toBe(true);
  });

  it('opens the default scenario and names what is wrong in a damaged link', async () => {
    store().loadStarter('log-segments');
    await openLink(new URL(`${BASE}?scenario=log-segments&lang=en#v=1&actions=N4IgLgng`));
    expect(store().starterId).toBe(DEFAULT_STARTER_ID);
    expect(store().now).toBe(0);
    expect(store().error).toEqual({
      kind: 'link',
      fatal: true,
      errors: [{ code: 'notCompressed', param: '#actions' }],
      engine: [],
    });
  });

  it('lists what the engine refuses in a link’s scenario, under #scenario', async () => {
    const bad = { version: 1, cluster: { brokers: 0 }, topics: [], bogus: true };
    const url = `${BASE}#scenario=${compressToEncodedURIComponent(JSON.stringify(bad))}`;
    await openLink(new URL(url));
    const error = store().error;
    expect(error?.kind).toBe('link');
    if (error?.kind !== 'link') return;
    expect(error.fatal).toBe(true);
    expect(error.engine.length).toBeGreaterThan(0);
    for (const e of error.engine) expect(e.path.startsWith('#scenario')).toBe(true);
    expect(store().starterId).toBe(DEFAULT_STARTER_ID);
  });

  it('does not apply a link’s actions to the default when its starter is unknown', async () => {
    const actions = compressToEncodedURIComponent(
      JSON.stringify([{ at: 100, do: 'killBroker', broker: 1 }]),
    );
    await openLink(new URL(`${BASE}?scenario=no-such-starter&t=500#v=1&actions=${actions}`));
    expect(store().error).toEqual({ kind: 'unknownStarter', id: 'no-such-starter' });
    expect(store().starterId).toBe(DEFAULT_STARTER_ID);
    expect(store().userActions).toEqual([]);
    expect(store().now).toBe(0);
  });

  it('leaves out the parts it cannot read, names them, and opens the rest', async () => {
    await openLink(
      new URL(`${BASE}?scenario=log-segments&t=abc&speed=3&view=nope&lang=en&topic=a/b`),
    );
    expect(store().starterId).toBe('log-segments');
    expect(store().speed).toBe(2);
    expect(store().view).toBe('cluster');
    const error = store().error;
    expect(error).toMatchObject({ kind: 'link', fatal: false, engine: [] });
    if (error?.kind !== 'link') return;
    expect(error.errors.map((e) => e.param).sort()).toEqual(['speed', 't', 'topic', 'view']);
  });
});
