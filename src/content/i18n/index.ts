// The ko/en dictionary. English defines the keys; Korean must match them exactly.
import { en } from './en';
import { ko } from './ko';
import { isParticle, particle } from './particles';

export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

/** A text that exists in both languages (scenario titles, descriptions). */
export type Localized = Record<Lang, string>;

const dictionaries: Record<Lang, Messages> = { en, ko };

export type Params = Record<string, string | number>;

/**
 * Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing.
 * `{name:이/가}` (or 을/를, 은/는, 과/와, 으로/로 …) adds the Korean particle that fits the
 * value's final sound: `{broker:이/가}` with broker "1" → "1이", with "2" → "2가".
 */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)(?::([^{}]+))?\}/g, (whole, name: string, spec?: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return spec !== undefined && isParticle(spec) ? value + particle(value, spec) : value;
  });
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return format(dictionaries[lang][key], params);
}

export function isLang(value: unknown): value is Lang {
  return value === 'ko' || value === 'en';
}

/** 'ko', 'ko-KR' … → ko; everything else → en. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
