// Reads the few URL parameters this screen understands (full share links come later):
// lang=ko|en, scenario=<starter id>, embed=1. Unknown values are ignored, never run.
import { isLang, langFromLocale, type Lang } from '../content/i18n';

export interface UrlState {
  lang: Lang | null;
  scenario: string | null;
  embed: boolean;
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
  };
}

/** Keep lang/scenario in the address bar so a reload or a copied link opens the same thing. */
export function writeUrlParam(name: 'lang' | 'scenario', value: string): void {
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
