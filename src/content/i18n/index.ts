// The ko/en dictionary. English defines the keys; Korean must match them exactly.
//
// Each language is its own chunk (en.ts, ko.ts), fetched on demand: the page loads the one it
// opens in before its first render (main.tsx) and the other when the reader switches (the store
// switches once it has arrived, so a text is never shown as its key). The texts of the storage
// and groups views are chunks of their own too (TEXT_PARTS), fetched with their view in the
// page's language, and in a language the reader switches to before the switch. Tests load
// everything (src/test/setup.ts).
import type { en } from './en';
import type { groupsEn } from './groups';
import type { storageEn } from './storage';
import type { whyfastEn } from './whyfast';
import type { controllerEn } from './controller';

export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];

/** The texts that come with a view loaded on demand (views.tsx), not with the language. */
export type TextPart = 'storage' | 'groups' | 'whyfast' | 'controller';
export const TEXT_PARTS: readonly TextPart[] = ['storage', 'groups', 'whyfast', 'controller'];

type CoreKey = keyof typeof en;
export type MessageKey =
  | CoreKey
  | keyof typeof storageEn
  | keyof typeof groupsEn
  | keyof typeof whyfastEn
  | keyof typeof controllerEn;
/** A language's own chunk: every key but the parts'. */
export type CoreMessages = Record<CoreKey, string>;

/** A text that exists in both languages (scenario titles, descriptions). */
export type Localized = Record<Lang, string>;

type Texts = Readonly<Record<string, string>>;

const PARTS: Record<TextPart, Record<Lang, () => Promise<Texts>>> = {
  storage: {
    en: () => import('./storage').then((m) => m.storageEn),
    ko: () => import('./storage.ko').then((m) => m.storageKo),
  },
  groups: {
    en: () => import('./groups').then((m) => m.groupsEn),
    ko: () => import('./groups.ko').then((m) => m.groupsKo),
  },
  whyfast: {
    en: () => import('./whyfast').then((m) => m.whyfastEn),
    ko: () => import('./whyfast.ko').then((m) => m.whyfastKo),
  },
  controller: {
    en: () => import('./controller').then((m) => m.controllerEn),
    ko: () => import('./controller.ko').then((m) => m.controllerKo),
  },
};

/** Per language, every text fetched so far (the language's chunk, then the parts, merged). */
const dictionaries: Partial<Record<Lang, Texts>> = {};
const loaded = new Set<string>();
const loading = new Map<string, Promise<void>>();
/** The parts a view has asked for: a language is ready only with them. */
const wantedParts = new Set<TextPart>();

/** Fetch one piece (a language's chunk, or a part in a language), once. */
function loadPiece(lang: Lang, piece: 'core' | TextPart): Promise<void> {
  const id = `${lang}:${piece}`;
  if (loaded.has(id)) return Promise.resolve();
  let pending = loading.get(id);
  if (!pending) {
    const fetchTexts: Promise<Texts> =
      piece !== 'core'
        ? PARTS[piece][lang]()
        : lang === 'ko'
          ? import('./ko').then((m) => m.ko)
          : import('./en').then((m) => m.en);
    pending = fetchTexts.then(
      (texts) => {
        dictionaries[lang] = { ...dictionaries[lang], ...texts };
        loaded.add(id);
        loading.delete(id);
      },
      (err: unknown) => {
        loading.delete(id); // a later call tries again
        throw err;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/** Fetch a language's texts (once), with the parts the views shown so far need. */
export function loadLang(lang: Lang): Promise<void> {
  return Promise.all([
    loadPiece(lang, 'core'),
    ...[...wantedParts].map((part) => loadPiece(lang, part)),
  ]).then(() => undefined);
}

export function isLangLoaded(lang: Lang): boolean {
  return (
    loaded.has(`${lang}:core`) && [...wantedParts].every((part) => loaded.has(`${lang}:${part}`))
  );
}

/**
 * Fetch a view's texts in `lang` and in every other language already here (a view loaded on
 * demand waits for this); from now on a language is loaded with them.
 */
export function loadTextPart(part: TextPart, lang: Lang): Promise<void> {
  wantedParts.add(part);
  const langs = LANGS.filter((l) => l === lang || loaded.has(`${l}:core`));
  return Promise.all(langs.map((l) => loadPiece(l, part))).then(() => undefined);
}

/** Whether `key` is a message key (for keys built from engine values). */
export function isMessageKey(key: string): key is MessageKey {
  const texts = dictionaries.en ?? dictionaries.ko;
  return texts !== undefined && Object.hasOwn(texts, key);
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
    const p = spec !== undefined && particleAfter ? particleAfter(value, spec) : null;
    return p === null ? value : value + p;
  });
}

/** The particle after `value` for a `{name:이/가}` spec, or null when `spec` names none. */
type ParticleAfter = (value: string, spec: string) => string | null;
let particleAfter: ParticleAfter | null = null;

/**
 * Only Korean texts have particles: the Korean chunk (ko.ts) hands format its particles helper
 * when it loads, so an English page does not download it.
 */
export function setParticles(after: ParticleAfter): void {
  particleAfter = after;
}

/**
 * `key` in `lang`. A language not loaded yet falls back to the one that is (the page loads its
 * language before the first render, so this is a safeguard); with none, the key itself.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const texts = dictionaries[lang] ?? dictionaries.en ?? dictionaries.ko;
  return format(texts?.[key] ?? key, params);
}

export function isLang(value: unknown): value is Lang {
  return value === 'ko' || value === 'en';
}

/** 'ko', 'ko-KR' … → ko; everything else → en. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
