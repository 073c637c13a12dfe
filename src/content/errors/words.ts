// How errors put values from the input into words: a value of the wrong type, a quoted string, a list.
import type { ExpectedType, Got } from '../../engine/scenario/scenarioErrors';
import type { Lang } from '../i18n';

/** One sentence in each language, from the same params. */
export type Pair<P> = { en: (p: P) => string; ko: (p: P) => string };
export type Pairs<T> = { [C in keyof T]: Pair<T[C]> };

/** The English and the Korean table of a set of pairs. */
export function byLang<T>(pairs: Pairs<T>): Record<Lang, { [C in keyof T]: (p: T[C]) => string }> {
  const en = {} as { [C in keyof T]: (p: T[C]) => string };
  const ko = {} as { [C in keyof T]: (p: T[C]) => string };
  for (const code of Object.keys(pairs) as (keyof T)[]) {
    en[code] = pairs[code].en;
    ko[code] = pairs[code].ko;
  }
  return { en, ko };
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** A string from the input as JSON, shortened: "x". */
export function json(s: string): string {
  return clip(JSON.stringify(s));
}

/** A value as an English sentence describes it: the string "x", the number 3, an array. */
export function gotEn(p: Got): string {
  switch (p.gotType) {
    case 'nothing':
      return 'nothing';
    case 'null':
      return 'null';
    case 'string':
      return `the string ${json(String(p.got))}`;
    case 'number':
      return `the number ${p.got}`;
    case 'boolean':
      return String(p.got);
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    default:
      return p.gotType;
  }
}

export function gotKo(p: Got): string {
  switch (p.gotType) {
    case 'nothing':
      return '값 없음';
    case 'string':
      return `문자열 ${json(String(p.got))}`;
    case 'number':
      return `숫자 ${p.got}`;
    case 'array':
      return '배열';
    case 'object':
      return '객체';
    default:
      return gotEn(p);
  }
}

/** A value as JSON would print it, shortened: "x", 3, null; an array or object only named ([…], {…}). */
export function quote(p: Got): string {
  switch (p.gotType) {
    case 'nothing':
      return 'undefined';
    case 'string':
      return json(String(p.got));
    case 'number':
    case 'boolean':
      return String(p.got);
    case 'null':
      return 'null';
    case 'array':
      return '[…]';
    case 'object':
      return '{…}';
    default:
      return p.gotType;
  }
}

/** "Expected …" in English, "…여야 하는데" in Korean. */
export const EXPECTED_EN: Record<ExpectedType, string> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
};

export const EXPECTED_KO: Record<ExpectedType, string> = {
  object: '객체여야',
  array: '배열이어야',
  string: '문자열이어야',
  integer: '정수여야',
  number: '숫자여야',
};

/** Names from an error's list: at most 10, then "…"; "(none)" for an empty list. */
function list(items: readonly (string | number)[], none: string): string {
  if (items.length === 0) return none;
  return items.length > 10 ? `${items.slice(0, 10).join(', ')}, …` : items.join(', ');
}

export const listEn = (items: readonly (string | number)[]) => list(items, '(none)');
export const listKo = (items: readonly (string | number)[]) => list(items, '(없음)');
