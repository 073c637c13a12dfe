// The address's first reading, for the store's initial state before the page boots: lang=ko|en,
// scenario=<starter id>, view=<view id>, embed=1 (unknown values ignored, never run). The whole
// link — scenario, action log, moment, settings, selection — is read by shareLink.ts when the page
// boots (boot.ts); the view ids, the theme type and `visibleText` live here for both.
//
// The reader never throws: URLSearchParams decodes malformed percent-encoding leniently, a
// repeated parameter counts once (the first wins), and the only free text it passes on — an
// unknown scenario id, which the app reports — is cut to 80 characters with control and
// direction-changing characters replaced, and is only ever shown as text.
import { isLang, langFromLocale, type Lang } from '../content/i18n';

/** The views the app can show; a link names one with `view=`. */
export const VIEW_IDS = [
  'cluster',
  'storage',
  'replication',
  'groups',
  'whyfast',
  'controller',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}

export interface UrlState {
  lang: Lang | null;
  scenario: string | null;
  embed: boolean;
  view: ViewId;
}

/** The longest scenario id passed on (starter ids are short slugs). */
export const MAX_SCENARIO_ID_LENGTH = 80;

/** C0/C1 controls, zero-width and bidirectional formatting characters, lone surrogates. */
function unsafe(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfeff) return true;
  if ((c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069))
    return true;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return !(d >= 0xdc00 && d <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const b = s.charCodeAt(i - 1);
    return !(b >= 0xd800 && b <= 0xdbff);
  }
  return false;
}

/**
 * Text from a link as the app may show it: at most `max` characters (then an ellipsis), nothing
 * invisible or reordering (replaced by U+FFFD), trimmed; null when nothing is left.
 */
export function visibleText(raw: string | null, max: number): string | null {
  if (raw === null) return null;
  const cut = raw.length > max ? raw.slice(0, max) : raw;
  let clean = '';
  for (let i = 0; i < cut.length; i++) clean += unsafe(cut, i) ? '\ufffd' : cut[i];
  clean = clean.trim();
  if (clean === '') return null;
  return raw.length > max ? `${clean}…` : clean;
}

/** A scenario id as the app may show it: at most 80 characters, nothing invisible or reordering. */
function scenarioId(raw: string | null): string | null {
  return visibleText(raw, MAX_SCENARIO_ID_LENGTH);
}

const EMPTY: UrlState = { lang: null, scenario: null, embed: false, view: 'cluster' };

export function readUrlState(search: string): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    return { ...EMPTY };
  }
  const lang = params.get('lang');
  const view = params.get('view');
  return {
    lang: isLang(lang) ? lang : null,
    // Starter ids are short slugs; anything else is treated as unknown (and reported).
    scenario: scenarioId(params.get('scenario')),
    embed: params.get('embed') === '1',
    view: isViewId(view) ? view : 'cluster',
  };
}

/**
 * Set one parameter in the address bar at once (the store does, on a language, theme, view or
 * starter change); a moment later boot.ts replaces the whole address with the share link of the screen.
 */
export function writeUrlParam(name: 'lang' | 'scenario' | 'view' | 'theme', value: string): void {
  if (typeof window === 'undefined') return;
  try {
    const url = new URL(window.location.href);
    if (url.searchParams.get(name) === value) return;
    url.searchParams.set(name, value);
    window.history.replaceState(window.history.state, '', url);
  } catch {
    // A sandboxed frame may refuse history changes (SecurityError): the address just stays as it was.
  }
}

export function initialLang(url: UrlState): Lang {
  if (url.lang) return url.lang;
  return langFromLocale(typeof navigator === 'undefined' ? undefined : navigator.language);
}

export type Theme = 'light' | 'dark';

export function systemTheme(): Theme {
  if (typeof window === 'undefined' || !window.matchMedia) return 'light';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
