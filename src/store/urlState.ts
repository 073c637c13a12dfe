// Reads the few URL parameters this screen understands (full share links come later):
// lang=ko|en, scenario=<starter id>, view=<view id>, embed=1. Unknown values are ignored, never run.
import { isLang, langFromLocale, type Lang } from '../content/i18n';

/** The views the app can show; a link names one with `view=`. */
export const VIEW_IDS = ['cluster', 'storage', 'replication', 'groups'] as const;
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

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const scenario = params.get('scenario');
  return {
    lang: isLang(lang) ? lang : null,
    // Starter ids are short slugs; anything else is treated as unknown (and reported).
    scenario: scenario && scenario.length <= 80 ? scenario : null,
    embed: params.get('embed') === '1',
    view: isViewId(params.get('view')) ? (params.get('view') as ViewId) : 'cluster',
  };
}

/** Keep lang/scenario in the address bar so a reload or a copied link opens the same thing. */
export function writeUrlParam(name: 'lang' | 'scenario' | 'view', value: string): void {
  if (typeof window === 'undefined') return;
  const url = new URL(window.location.href);
  if (url.searchParams.get(name) === value) return;
  url.searchParams.set(name, value);
  window.history.replaceState(window.history.state, '', url);
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
