// Opening the page: read the address as a share link (shareLink.ts) and bring the store to what it
// says — the scenario (a starter id or a whole scenario in #scenario=), the reader's action log,
// the moment t, speed, playing or not, until, view, language, theme, selection and embed. A link
// with no moment and no word on playing opens playing, at 1× unless it names a speed. A
// link's own language and theme win over the stored ones (persist.ts), which win over the
// browser's. A link that cannot be read opens the default scenario with a message naming what is
// wrong; parts that cannot be read are left out and named.
//
// After opening, the address follows the screen (not in an embed): a moment after each change —
// an action, a seek, a pause, another scenario, view, language, theme, speed or pick — it is
// replaced by the link that reproduces the screen, so a reload shows the same thing and the
// address bar is always a link to share (while playing it holds the moment of the last change
// and autoplay=1). Changes of language and theme the reader makes are stored.
//
// The link's code (shareLink.ts with lz-string) is not in the first download: a plain visit (no
// query, no fragment) says nothing a link could, so it opens without it; an address carrying
// anything waits for it before opening. Writing the address fetches it a moment after opening.
import type { EngineError } from '../engine';
import { langFromLocale, loadLang } from '../content/i18n';
import { DEFAULT_STARTER_ID, findStarter } from '../content/scenarios';
import type { AppError } from './errors';
import { loadLazyModules, loadWhenIdle } from './lazyModules';
import { loadSettings, saveSettings } from './persist';
import { useSelection } from './selection';
import type { buildShareUrl, LinkError, ParsedLink, ShareLink } from './shareLink';
import { loadLearn, useLearnOnDemand, whenLearnLoaded } from './learnOnDemand';
import { SPEEDS, useSimStore, type Speed } from './simStore';
import { readUrlState, systemTheme } from './urlState';

/** How long the screen must stay still before the address is rewritten (dragging, typing). */
export const ADDRESS_SETTLE_MS = 500;

/** The share link's reader and writer, fetched on demand (a chunk of its own in the build). */
const loadShareLink = () => import('./shareLink');

/** What parseShareUrl reads from an address with no query and no fragment (boot.test.ts checks). */
export const PLAIN_VISIT: ParsedLink = {
  ok: true,
  warnings: [],
  link: {
    version: 0,
    scenario: null,
    actions: [],
    t: null,
    until: null,
    speed: null,
    autoplay: false,
    lang: null,
    theme: null,
    embed: false,
    view: null,
    selection: null,
    walkthrough: null,
  },
};

/** Whether the address says anything (`?` or `#` with nothing after say nothing). */
export function carriesLink(location: { search: string; hash: string }): boolean {
  return location.search.replace(/^\?/, '') !== '' || location.hash.replace(/^#/, '') !== '';
}

/**
 * Read the address as a link. When the link's code cannot be fetched (offline, a new deploy), the
 * run it names cannot be read: the default opens with the settings the first reading found
 * (urlState.ts) and a message saying so.
 */
async function readLink(location: { search: string; hash: string }): Promise<ParsedLink> {
  if (!carriesLink(location)) return PLAIN_VISIT;
  try {
    const { parseShareUrl } = await loadShareLink();
    return parseShareUrl({ search: location.search, hash: location.hash });
  } catch {
    const url = readUrlState(location.search);
    return {
      ok: false,
      errors: [{ code: 'notLoaded', param: '' }],
      settings: { lang: url.lang, theme: null, embed: url.embed, view: url.view },
    };
  }
}

const store = () => useSimStore.getState();

/** The nearest speed the player offers. */
function nearestSpeed(x: number): Speed {
  let best: Speed = SPEEDS[0];
  for (const s of SPEEDS) if (Math.abs(Math.log(s / x)) < Math.abs(Math.log(best / x))) best = s;
  return best;
}

function openDefault(): void {
  store().loadStarter(DEFAULT_STARTER_ID);
}

function prefixed(errors: EngineError[]): EngineError[] {
  return errors.map((e) => ({ ...e, path: e.path ? `#scenario.${e.path}` : '#scenario' }));
}

/** Load the link's scenario; false (with the error set and the default open) if it cannot be. */
function loadLinkScenario(link: ShareLink): boolean {
  const source = link.scenario;
  if (source?.kind === 'inline') {
    if (store().loadScenario(source.scenario, null)) return true;
    const err = store().error;
    openDefault();
    const error: AppError | null =
      err?.kind === 'scenario'
        ? { kind: 'link', fatal: true, errors: [], engine: prefixed(err.errors) }
        : err;
    useSimStore.setState({ error });
    return false;
  }
  const id = source?.id ?? DEFAULT_STARTER_ID;
  store().loadStarter(id);
  if (!store().sim && id !== DEFAULT_STARTER_ID) {
    // A starter that fails validation must not leave an empty screen: fall back, keep the error.
    const { error } = store();
    openDefault();
    useSimStore.setState({ error });
    return false;
  }
  // An unknown starter opened the default with its message: the link's actions are not for it.
  return store().starterId === id;
}

function report(fatal: boolean, errors: LinkError[]): void {
  if (errors.length === 0) return;
  // A refusal from the engine (a scenario, an action) says more: it stays, the rest is dropped.
  if (!fatal && store().error) return;
  useSimStore.setState({ error: { kind: 'link', fatal, errors, engine: [] } });
}

/**
 * Read `location` as a share link and open what it says. Resolves when the run stands at the
 * link's moment (a long seek shows its progress meanwhile). Call once, before the first render.
 */
export async function bootStore(
  location: { search: string; hash: string } = window.location,
): Promise<void> {
  if (store().sim) return;
  await openLink(location);
  followAddress();
  // Not in the first download, and no run needs them for a long while unless it names them.
  loadWhenIdle();
}

/** Open what a link says, replacing whatever runs now (bootStore's work; tests call it directly). */
export async function openLink(location: { search: string; hash: string }): Promise<void> {
  store().setPlaying(false);
  const parsed = await readLink(location);
  const stored = loadSettings();
  const settings = parsed.ok ? parsed.link : parsed.settings;
  const lang =
    settings.lang ??
    stored.lang ??
    langFromLocale(typeof navigator === 'undefined' ? undefined : navigator.language);
  // (its texts: main.tsx fetched them before the first render; a failed fetch shows the other's)
  await loadLang(lang).catch(() => undefined);
  useSimStore.setState({
    lang,
    embed: settings.embed,
    view: settings.view ?? 'cluster',
  });
  const theme = settings.theme ?? stored.theme;
  if (theme) store().setTheme(theme, 'user');
  else store().setTheme(systemTheme(), 'system');

  if (!parsed.ok) {
    openDefault();
    report(true, parsed.errors);
    return;
  }
  const { link } = parsed;
  const warnings = [...parsed.warnings];
  // A run with gzip (or zstd) needs its codec fetched before it starts, one with group.protocol the
  // consumer group protocol (lazyModules.ts); a failed fetch leaves the store to say so when the
  // run reaches it. A starter named by id is checked by its scenario (the compression one uses lz4).
  const source = link.scenario;
  const run =
    source?.kind === 'inline' ? source.scenario : findStarter(source?.id ?? DEFAULT_STARTER_ID);
  await loadLazyModules([run, link.actions]).catch(() => undefined);
  // A walkthrough step (walkthrough=<id>&step=<n>, src/store/learn.ts) opens the walkthrough's own
  // scenario at that step's moment; the link's scenario, actions and t are the same run or ignored.
  const w = link.walkthrough;
  const opened =
    w !== null &&
    (await loadLearn().then(
      (l) => l.useLearn.getState().open(w.id, w.step),
      () => false,
    ));
  if (opened) {
    report(false, warnings);
    return;
  }
  if (!loadLinkScenario(link)) return;
  useSelection.getState().select(link.selection);
  if (link.speed !== null) {
    const speed = nearestSpeed(link.speed);
    if (speed !== link.speed)
      warnings.push({
        code: 'speedRounded',
        param: 'speed',
        value: String(link.speed),
        limit: String(speed),
      });
    store().setSpeed(speed);
  }
  store().setStopAt(link.until);
  if (link.actions.length > 0 || (link.t ?? 0) > 0)
    await store().loadActions(link.actions, link.t ?? 0);
  if (link.autoplay || opensPlaying(link, location.search)) store().setPlaying(true);
  report(false, warnings);
}

/**
 * Whether a link that does not say `autoplay=1` plays on opening: yes when it names no moment
 * (`t`), says nothing about playing (no `autoplay` at all) and is not an embed — a person opening
 * KafkaScope sees records flowing at once (issue #12). A link to a moment stands paused there (the
 * fixed meaning of `t`), `autoplay=0` keeps the run paused, and an embed waits for its reader.
 */
export function opensPlaying(link: ShareLink, search: string): boolean {
  if (link.embed || link.t !== null) return false;
  try {
    return !new URLSearchParams(search).has('autoplay');
  } catch {
    return false;
  }
}

let following = false;

/** Keep the address a link to the screen, and store the reader's own language and theme. */
function followAddress(): void {
  if (following || typeof window === 'undefined') return;
  following = true;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = (build: typeof buildShareUrl) => {
    const s = store();
    if (s.embed || s.seeking || !s.sim) return;
    try {
      const url = new URL(
        build(s, {
          ...(s.stopAt !== null && s.stopAt > s.now ? { until: s.stopAt } : {}),
          walkthrough: useLearnOnDemand.getState().learn?.walkthroughLink() ?? null,
        }),
      );
      // A theme nobody chose follows the system: the address does not pin it.
      if (s.themeSource === 'system') url.searchParams.delete('theme');
      if (url.href !== window.location.href)
        window.history.replaceState(window.history.state, '', url);
    } catch {
      // A sandboxed frame may refuse history changes: the address stays as it was.
    }
  };
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      // (a failed fetch leaves the address as it is until the next change tries again)
      loadShareLink().then(
        (m) => write(m.buildShareUrl),
        () => undefined,
      );
    }, ADDRESS_SETTLE_MS);
  };
  useSimStore.subscribe((s, prev) => {
    // Another scenario: the pick was about the last one.
    if (s.simId !== prev.simId) useSelection.getState().select(null);
    if (s.lang !== prev.lang && !s.embed) saveSettings({ lang: s.lang });
    if (s.theme !== prev.theme && s.themeSource === 'user' && !s.embed)
      saveSettings({ theme: s.theme });
    if (
      s.simId !== prev.simId ||
      s.userActions !== prev.userActions ||
      s.playing !== prev.playing ||
      s.seeking !== prev.seeking ||
      s.view !== prev.view ||
      s.lang !== prev.lang ||
      s.theme !== prev.theme ||
      s.speed !== prev.speed ||
      s.stopAt !== prev.stopAt ||
      s.themeSource !== prev.themeSource ||
      (!s.playing && s.now !== prev.now)
    )
      schedule();
  });
  useSelection.subscribe(schedule);
  whenLearnLoaded((learn) =>
    learn.useLearn.subscribe((l, prev) => {
      if (l.current !== prev.current) schedule();
    }),
  );
  schedule();
}
