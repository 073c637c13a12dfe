// The ko/en dictionary. English defines the keys; Korean must match them exactly.
//
// Each language is its own chunk (en.ts, ko.ts), fetched on demand: the page loads the one it
// opens in before its first render (main.tsx) and the other when the reader switches (the store
// switches once it has arrived, so a text is never shown as its key). Tests load both
// (src/test/setup.ts).
import type { en } from './en';
import { isParticle, particle } from './particles';

export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

/** A text that exists in both languages (scenario titles, descriptions). */
export type Localized = Record<Lang, string>;

const dictionaries: Partial<Record<Lang, Messages>> = {};
const loading: Partial<Record<Lang, Promise<void>>> = {};

/** Fetch a language's texts (once); resolves when `translate` can use them. */
export function loadLang(lang: Lang): Promise<void> {
  if (dictionaries[lang]) return Promise.resolve();
  return (loading[lang] ??= (
    lang === 'ko' ? import('./ko').then((m) => m.ko) : import('./en').then((m) => m.en as Messages)
  ).then(
    (messages) => {
      dictionaries[lang] = messages;
    },
    (err: unknown) => {
      delete loading[lang]; // a later switch tries again
      throw err;
    },
  ));
}

export function isLangLoaded(lang: Lang): boolean {
  return dictionaries[lang] !== undefined;
}

/** Whether `key` is a message key (for keys built from engine values). */
export function isMessageKey(key: string): key is MessageKey {
  const messages = dictionaries.en ?? dictionaries.ko;
  return messages !== undefined && Object.hasOwn(messages, key);
}

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

/**
 * `key` in `lang`. A language not loaded yet falls back to the one that is (the page loads its
 * language before the first render, so this is a safeguard); with none, the key itself.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const messages = dictionaries[lang] ?? dictionaries.en ?? dictionaries.ko;
  return format(messages?.[key] ?? key, params);
}

export function isLang(value: unknown): value is Lang {
  return value === 'ko' || value === 'en';
}

/** 'ko', 'ko-KR' … → ko; everything else → en. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
