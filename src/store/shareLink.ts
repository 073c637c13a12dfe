// Share links: everything needed to reproduce a screen, written into a URL and read back. The
// format is versioned and documented in docs/links.md; design.md ("Links and embedding") fixes
// `#scenario=<lz-string>` and the query parameters, which other tools build.
//
//   ?scenario=<starter id>&t=<ms>&until=<ms>&speed=<x>&autoplay=1&view=<id>&lang=ko|en
//    &theme=light|dark&topic=<name>&partition=<n>&broker=<id>&walkthrough=<id>&step=<n>&embed=1
//   #v=1&scenario=<lz JSON scenario>&actions=<lz JSON action list>
//
// Reading never throws and never evaluates anything: a link's text is data, cut to a bounded
// length before it is decompressed (lzBound), parsed with JSON.parse only, checked here for shape
// and by the engine's validator for meaning. What goes wrong is returned as LinkError data that
// the banner renders, in the reader's language, as text.
import type { Action, Scenario } from '../engine';
import { isLang, type Lang } from '../content/i18n';
import { boundedDecompress, compress } from './lzBound';
import { useSelection, type Selection } from './selection';
import { isViewId, visibleText, type Theme, type ViewId } from './urlState';

/** The format this code writes; it reads this one and every older one (docs/links.md). */
export const LINK_VERSION = 1;
/** A whole link longer than this is refused before anything in it is read (Chrome's own cap is 2 MB). */
export const MAX_LINK_CHARS = 2_000_000;
/** A decompressed part longer than this is refused before it is decompressed: twice the engine's
 * cap on a scenario's JSON (1 MiB), so every scenario the engine accepts fits. */
export const MAX_DECODED_CHARS = 2 * 1_048_576;
/** The engine's caps, repeated so a link is refused before the engine sees it. */
export const MAX_LINK_ACTIONS = 10_000;
export const MAX_LINK_TIME_MS = 604_800_000;
export const MAX_LINK_SPEED = 1000;
/** Walkthrough steps are 1-based; no walkthrough has anywhere near this many. */
export const MAX_STEP = 10_000;
/** How much of a bad value an error message repeats. */
export const SHOWN_VALUE_CHARS = 40;

/** Where the link's scenario comes from; null: the default starter. */
export type LinkScenario =
  | { kind: 'starter'; id: string }
  /** Parsed JSON, not yet validated: the engine validates it when it loads. */
  | { kind: 'inline'; scenario: unknown }
  | null;

export interface ShareLink {
  /** The link format it was written in: `v` from the fragment, 0 for a link without one. */
  version: number;
  scenario: LinkScenario;
  /** The reader's actions since the scenario loaded, in time order (checked for shape only). */
  actions: Action[];
  /** The moment shown, ms; null: from the start. */
  t: number | null;
  until: number | null;
  speed: number | null;
  autoplay: boolean;
  view: ViewId | null;
  lang: Lang | null;
  theme: Theme | null;
  embed: boolean;
  selection: Selection | null;
  walkthrough: { id: string; step: number } | null;
}

/** What a link says about the page around the run, read even when the run cannot be. */
export type LinkSettings = Pick<ShareLink, 'lang' | 'theme' | 'embed' | 'view'>;

export type LinkErrorCode =
  /** The whole link is longer than MAX_LINK_CHARS. */
  | 'tooLong'
  /** `v` names a format newer than this code reads. */
  | 'newerVersion'
  /** `v` is not a whole number. */
  | 'badVersion'
  /** A compressed part is not lz-string data, or is cut short. */
  | 'notCompressed'
  /** A compressed part would decompress to more than MAX_DECODED_CHARS. */
  | 'tooLarge'
  /** A decompressed part is not JSON. */
  | 'notJson'
  /** `actions` is not a list of actions ({ at, do, … } in time order). */
  | 'badActions'
  | 'tooManyActions'
  /** A number parameter (t, until, partition, broker, step) is not a whole number in range. */
  | 'badNumber'
  /** speed is not a positive number up to MAX_LINK_SPEED. */
  | 'badSpeed'
  /** speed is not one the player offers: the nearest one plays (the app reports it). */
  | 'speedRounded'
  /** A parameter with a fixed set of values has another one (view, lang, theme, autoplay, embed). */
  | 'badValue'
  /** A name (topic, walkthrough id) that cannot be one. */
  | 'badName'
  /** partition or broker without a topic. */
  | 'noTopic'
  /** The link's code could not be fetched (offline, a new deploy), so nothing in it was read. */
  | 'notLoaded';

export interface LinkError {
  code: LinkErrorCode;
  /** The parameter: `t`, `#scenario`, `#actions[3]` … ('' for the whole link). */
  param: string;
  /** The offending value, cut and made visible (never markup: it is shown as text). */
  value?: string;
  /** The limit or the accepted values, for the message. */
  limit?: number | string;
}

export type ParsedLink =
  | { ok: true; link: ShareLink; warnings: LinkError[] }
  /** The run cannot be read: open the default scenario, with these errors and the settings. */
  | { ok: false; errors: LinkError[]; settings: LinkSettings };

/** What a link is read from: a whole address, or the location's parts. */
export type LinkInput = string | URL | { search: string; hash: string };

// ---------------------------------------------------------------------------------------------
// Building

/** The part of the store a link is built from (the store's state has all of it). */
export interface ShareState {
  starterId: string | null;
  scenario: Scenario | null;
  now: number;
  view: ViewId;
  lang: Lang;
  theme: Theme;
  speed: number;
  playing: boolean;
  queries: { actionLog(): readonly Action[] };
  /** The reader's own actions, when the store keeps them apart (else read from the action log). */
  userActions?: readonly Action[];
}

export interface ShareOptions {
  embed?: boolean;
  /** Default: whether the run is playing. */
  autoplay?: boolean;
  /** Default: the moment shown now. */
  t?: number;
  until?: number;
  speed?: number;
  lang?: Lang;
  theme?: Theme;
  view?: string;
  /** Default: the reader's current pick (the selection store). */
  selection?: Selection | null;
  walkthrough?: { id: string; step: number } | null;
  /** The app's address without query or fragment; default: this page's. */
  base?: string;
}

/** The reader's actions: the action log after the scenario's own actions (which come first). */
export function userActionsOf(state: ShareState): readonly Action[] {
  if (state.userActions) return state.userActions;
  return state.queries.actionLog().slice(state.scenario?.actions.length ?? 0);
}

function pageBase(): string {
  if (typeof window === 'undefined') return 'http://localhost/';
  return window.location.origin + window.location.pathname;
}

function wholeMs(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.min(Math.floor(ms), MAX_LINK_TIME_MS) : 0;
}

/** The link that reproduces `state` (with `opts` changing what it says). */
export function buildShareUrl(state: ShareState, opts: ShareOptions = {}): string {
  const url = new URL(opts.base ?? pageBase());
  url.search = '';
  url.hash = '';
  const q = url.searchParams;
  if (state.starterId) q.set('scenario', state.starterId);
  const t = wholeMs(opts.t ?? state.now);
  q.set('t', String(t));
  if (opts.until !== undefined && wholeMs(opts.until) > t)
    q.set('until', String(wholeMs(opts.until)));
  q.set('speed', String(opts.speed ?? state.speed));
  if (opts.autoplay ?? state.playing) q.set('autoplay', '1');
  q.set('view', opts.view ?? state.view);
  q.set('lang', opts.lang ?? state.lang);
  q.set('theme', opts.theme ?? state.theme);
  const selection =
    opts.selection !== undefined ? opts.selection : useSelection.getState().selection;
  if (selection) {
    q.set('topic', selection.topic);
    q.set('partition', String(selection.partition));
    if (selection.broker !== undefined) q.set('broker', String(selection.broker));
  }
  if (opts.walkthrough) {
    q.set('walkthrough', opts.walkthrough.id);
    q.set('step', String(opts.walkthrough.step));
  }
  if (opts.embed) q.set('embed', '1');

  // The fragment: never sent to a server, and where the long parts go.
  const fragment = [`v=${LINK_VERSION}`];
  if (!state.starterId && state.scenario)
    fragment.push(`scenario=${compress(JSON.stringify(state.scenario))}`);
  const actions = userActionsOf(state);
  if (actions.length > 0) fragment.push(`actions=${compress(JSON.stringify(actions))}`);
  url.hash = fragment.join('&');
  return url.toString();
}

// ---------------------------------------------------------------------------------------------
// Reading

function shown(raw: string): string {
  return visibleText(raw, SHOWN_VALUE_CHARS) ?? '';
}

function parts(input: LinkInput): { search: string; hash: string } | null {
  if (typeof input === 'string') {
    try {
      const url = new URL(input, 'http://localhost/');
      return { search: url.search, hash: url.hash };
    } catch {
      return null;
    }
  }
  return { search: String(input.search ?? ''), hash: String(input.hash ?? '') };
}

/** `#a=1&b=2` → its keys, the first of a repeated key winning; values as written. */
function fragmentParams(hash: string): Map<string, string> {
  const map = new Map<string, string>();
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '') return map;
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (!map.has(key)) map.set(key, eq < 0 ? '' : pair.slice(eq + 1));
  }
  return map;
}

/** A compressed value as written, undoing percent-encoding a mail or chat program may add. */
function compressedValue(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Decompress and JSON.parse one fragment part; errors name it. */
function readJson(raw: string, param: string, errors: LinkError[]): { value: unknown } | null {
  const text = boundedDecompress(compressedValue(raw), MAX_DECODED_CHARS);
  if (!text.ok) {
    errors.push(
      text.reason === 'tooLarge'
        ? { code: 'tooLarge', param, limit: MAX_DECODED_CHARS }
        : { code: 'notCompressed', param },
    );
    return null;
  }
  try {
    return { value: JSON.parse(text.text) as unknown };
  } catch {
    errors.push({ code: 'notJson', param });
    return null;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The action list's shape (the engine checks each action's meaning when it applies it). */
function readActions(value: unknown, errors: LinkError[]): Action[] | null {
  if (!Array.isArray(value)) {
    errors.push({ code: 'badActions', param: '#actions' });
    return null;
  }
  if (value.length > MAX_LINK_ACTIONS) {
    errors.push({
      code: 'tooManyActions',
      param: '#actions',
      value: String(value.length),
      limit: MAX_LINK_ACTIONS,
    });
    return null;
  }
  let last = 0;
  for (let i = 0; i < value.length; i++) {
    const a: unknown = value[i];
    const at = isPlainObject(a) ? a.at : undefined;
    if (
      !isPlainObject(a) ||
      typeof a.do !== 'string' ||
      typeof at !== 'number' ||
      !Number.isInteger(at) ||
      at < last ||
      at > MAX_LINK_TIME_MS
    ) {
      errors.push({ code: 'badActions', param: `#actions[${i}]` });
      return null;
    }
    last = at;
  }
  return value as Action[];
}

const WHOLE = /^\d{1,16}$/;
const DECIMAL = /^(\d{1,16}(\.\d{0,16})?|\.\d{1,16})$/;
/** Kafka's legal topic characters (Topic.LEGAL_CHARS) and its 249-character cap. */
const TOPIC = /^[a-zA-Z0-9._-]{1,249}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

type Query = URLSearchParams;

function wholeParam(q: Query, name: string, min: number, max: number, w: LinkError[]) {
  const raw = q.get(name);
  if (raw === null || raw === '') return null;
  const n = WHOLE.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) {
    w.push({ code: 'badNumber', param: name, value: shown(raw), limit: `${min}–${max}` });
    return null;
  }
  return n;
}

/** t and until: whole ms, a fraction cut off. */
function msParam(q: Query, name: string, w: LinkError[]): number | null {
  const raw = q.get(name);
  if (raw === null || raw === '') return null;
  const n = DECIMAL.test(raw) ? Math.floor(Number(raw)) : NaN;
  if (!(n >= 0 && n <= MAX_LINK_TIME_MS)) {
    w.push({ code: 'badNumber', param: name, value: shown(raw), limit: `0–${MAX_LINK_TIME_MS}` });
    return null;
  }
  return n;
}

function oneOf<T extends string>(
  q: Query,
  name: string,
  allowed: readonly T[],
  w: LinkError[],
): T | null {
  const raw = q.get(name);
  if (raw === null || raw === '') return null;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  w.push({ code: 'badValue', param: name, value: shown(raw), limit: allowed.join(', ') });
  return null;
}

function flag(q: Query, name: string, w: LinkError[]): boolean {
  return oneOf(q, name, ['1', '0', 'true', 'false'] as const, w)?.match(/^(1|true)$/) != null;
}

function readSettings(q: Query, w: LinkError[]): LinkSettings {
  const view = q.get('view');
  let v: ViewId | null = null;
  if (view !== null && view !== '') {
    if (isViewId(view)) v = view;
    else
      w.push({
        code: 'badValue',
        param: 'view',
        value: shown(view),
        limit: 'cluster, storage, replication, groups',
      });
  }
  const lang = q.get('lang');
  let l: Lang | null = null;
  if (lang !== null && lang !== '') {
    if (isLang(lang)) l = lang;
    else w.push({ code: 'badValue', param: 'lang', value: shown(lang), limit: 'ko, en' });
  }
  return {
    lang: l,
    theme: oneOf(q, 'theme', ['light', 'dark'] as const, w),
    embed: flag(q, 'embed', w),
    view: v,
  };
}

function readSelection(q: Query, w: LinkError[]): Selection | null {
  const topic = q.get('topic');
  const partition = wholeParam(q, 'partition', 0, 999_999, w);
  const broker = wholeParam(q, 'broker', 0, 999_999, w);
  if (topic === null || topic === '') {
    if (partition !== null || broker !== null) w.push({ code: 'noTopic', param: 'topic' });
    return null;
  }
  if (!TOPIC.test(topic)) {
    w.push({ code: 'badName', param: 'topic', value: shown(topic) });
    return null;
  }
  return { topic, partition: partition ?? 0, ...(broker !== null ? { broker } : {}) };
}

function readWalkthrough(q: Query, w: LinkError[]): ShareLink['walkthrough'] {
  const id = q.get('walkthrough');
  const step = wholeParam(q, 'step', 1, MAX_STEP, w);
  if (id === null || id === '') return null;
  if (!SLUG.test(id)) {
    w.push({ code: 'badName', param: 'walkthrough', value: shown(id) });
    return null;
  }
  return { id, step: step ?? 1 };
}

/** Read a link. Never throws; what cannot be read is named in `errors` / `warnings`. */
export function parseShareUrl(input: LinkInput): ParsedLink {
  const noSettings: LinkSettings = { lang: null, theme: null, embed: false, view: null };
  let p: { search: string; hash: string } | null;
  try {
    p = parts(input);
  } catch {
    p = null;
  }
  if (p === null)
    return { ok: false, errors: [{ code: 'notCompressed', param: '' }], settings: noSettings };
  if (p.search.length + p.hash.length > MAX_LINK_CHARS)
    return {
      ok: false,
      errors: [{ code: 'tooLong', param: '', limit: MAX_LINK_CHARS }],
      settings: noSettings,
    };

  let q: URLSearchParams;
  try {
    q = new URLSearchParams(p.search);
  } catch {
    q = new URLSearchParams();
  }
  const warnings: LinkError[] = [];
  const settings = readSettings(q, warnings);
  const fail = (errors: LinkError[]): ParsedLink => ({
    ok: false,
    errors: [...errors, ...warnings],
    settings,
  });

  const frag = fragmentParams(p.hash);
  const errors: LinkError[] = [];
  let version = 0;
  const v = frag.get('v');
  if (v !== undefined) {
    if (!WHOLE.test(v)) return fail([{ code: 'badVersion', param: '#v', value: shown(v) }]);
    version = Number(v);
    if (version > LINK_VERSION)
      return fail([
        { code: 'newerVersion', param: '#v', value: String(version), limit: LINK_VERSION },
      ]);
  }

  let scenario: LinkScenario = null;
  const inline = frag.get('scenario');
  if (inline !== undefined) {
    const json = readJson(inline, '#scenario', errors);
    if (!json) return fail(errors);
    scenario = { kind: 'inline', scenario: json.value };
  } else {
    const id = visibleText(q.get('scenario'), 80);
    if (id !== null) scenario = { kind: 'starter', id };
  }

  let actions: Action[] = [];
  const rawActions = frag.get('actions');
  if (rawActions !== undefined) {
    const json = readJson(rawActions, '#actions', errors);
    const list = json ? readActions(json.value, errors) : null;
    if (!list) return fail(errors);
    actions = list;
  }

  const t = msParam(q, 't', warnings);
  let until = msParam(q, 'until', warnings);
  if (until !== null && t !== null && until <= t) {
    warnings.push({
      code: 'badNumber',
      param: 'until',
      value: String(until),
      limit: `${t + 1}–${MAX_LINK_TIME_MS}`,
    });
    until = null;
  }
  let speed: number | null = null;
  const rawSpeed = q.get('speed');
  if (rawSpeed !== null && rawSpeed !== '') {
    const n = DECIMAL.test(rawSpeed) ? Number(rawSpeed) : NaN;
    if (n > 0 && n <= MAX_LINK_SPEED) speed = n;
    else
      warnings.push({
        code: 'badSpeed',
        param: 'speed',
        value: shown(rawSpeed),
        limit: MAX_LINK_SPEED,
      });
  }

  return {
    ok: true,
    warnings,
    link: {
      version,
      scenario,
      actions,
      t,
      until,
      speed,
      autoplay: flag(q, 'autoplay', warnings),
      ...settings,
      selection: readSelection(q, warnings),
      walkthrough: readWalkthrough(q, warnings),
    },
  };
}
