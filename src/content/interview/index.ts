// Interview questions (design.md, "Content as data"): `questions.json` here, a list of
// { id, section, q, short, deep, followUp (each {ko, en}), show } where `show` names what answers
// the question on screen: a walkthrough (and a step) or a starter scenario. Loaded on demand (the
// Interview list) and checked before use; interview.test.ts checks every `show` target exists.
import { SECTIONS, type Section } from '../walkthroughs/format';
import { isWalkthroughId } from '../walkthroughs';
import type { WalkthroughError, WalkthroughErrorCode } from '../walkthroughs/validate';
import { findStarter } from '../scenarios';
import type { Localized } from '../i18n';

export type InterviewShow = { walkthrough: string; step?: number } | { scenario: string };

export interface InterviewQuestion {
  id: string;
  section: Section;
  q: Localized;
  short: Localized;
  deep: Localized;
  followUp: Localized;
  show: InterviewShow;
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const FIELDS = ['id', 'section', 'q', 'short', 'deep', 'followUp', 'show'] as const;
const TEXTS = ['q', 'short', 'deep', 'followUp'] as const;
const MAX_QUESTIONS = 200;
const MAX_TEXT = 2000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Check the question list; every problem as {path, code, params} (worded in walkthroughs/errors.ts). */
export function validateQuestions(
  input: unknown,
): { ok: true; questions: InterviewQuestion[] } | { ok: false; errors: WalkthroughError[] } {
  const errors: WalkthroughError[] = [];
  const add = (
    path: string,
    code: WalkthroughErrorCode,
    params: Record<string, string | number> = {},
  ) => {
    if (errors.length < 50) errors.push({ path, code, params });
  };
  if (!Array.isArray(input)) {
    add('', 'wrongType', { expected: 'list' });
    return { ok: false, errors };
  }
  if (input.length > MAX_QUESTIONS) add('', 'tooMany', { limit: MAX_QUESTIONS });
  const seen = new Set<string>();
  input.slice(0, MAX_QUESTIONS).forEach((item, i) => {
    const path = `[${i}]`;
    if (!isObj(item)) return add(path, 'notObject');
    for (const k of Object.keys(item))
      if (!(FIELDS as readonly string[]).includes(k))
        add(`${path}.${k}`, 'unknownField', { field: k });
    if (typeof item.id !== 'string' || !ID.test(item.id))
      add(`${path}.id`, 'badId', { value: String(item.id).slice(0, 40) });
    else if (seen.has(item.id)) add(`${path}.id`, 'duplicateId', { value: item.id });
    else seen.add(item.id);
    if (!(SECTIONS as readonly unknown[]).includes(item.section))
      add(`${path}.section`, 'badSection', { allowed: SECTIONS.join(', ') });
    for (const t of TEXTS) {
      const v = item[t];
      if (!isObj(v)) {
        add(`${path}.${t}`, v === undefined ? 'missing' : 'notObject');
        continue;
      }
      for (const k of Object.keys(v))
        if (k !== 'ko' && k !== 'en') add(`${path}.${t}.${k}`, 'unknownField', { field: k });
      for (const lang of ['ko', 'en'] as const) {
        const s = v[lang];
        if (typeof s !== 'string')
          add(`${path}.${t}.${lang}`, s === undefined ? 'missing' : 'wrongType', {
            expected: 'string',
          });
        else if (s.trim() === '') add(`${path}.${t}.${lang}`, 'emptyText');
        else if (s.length > MAX_TEXT)
          add(`${path}.${t}.${lang}`, 'textTooLong', { limit: MAX_TEXT });
      }
    }
    const show = item.show;
    if (!isObj(show)) return add(`${path}.show`, show === undefined ? 'missing' : 'notObject');
    if (typeof show.walkthrough === 'string' && show.scenario === undefined) {
      for (const k of Object.keys(show))
        if (k !== 'walkthrough' && k !== 'step')
          add(`${path}.show.${k}`, 'unknownField', { field: k });
      if (!isWalkthroughId(show.walkthrough))
        add(`${path}.show.walkthrough`, 'unknownWalkthrough', {
          value: show.walkthrough.slice(0, 64),
        });
      if (
        show.step !== undefined &&
        (typeof show.step !== 'number' || !Number.isInteger(show.step) || show.step < 1)
      )
        add(`${path}.show.step`, 'wrongType', { expected: 'number ≥ 1' });
    } else if (typeof show.scenario === 'string' && show.walkthrough === undefined) {
      for (const k of Object.keys(show))
        if (k !== 'scenario') add(`${path}.show.${k}`, 'unknownField', { field: k });
      if (!findStarter(show.scenario))
        add(`${path}.show.scenario`, 'unknownStarter', { value: show.scenario.slice(0, 64) });
    } else add(`${path}.show`, 'badShow');
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, questions: input as InterviewQuestion[] };
}

let loading: Promise<ReturnType<typeof validateQuestions>> | null = null;

/** The questions, loaded (once) and checked. */
export function loadQuestions(): Promise<ReturnType<typeof validateQuestions>> {
  return (loading ??= import('./questions.json').then(
    (m) => validateQuestions(m.default),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  ));
}

/** Questions whose text (in `lang`) holds every word of `query`, case-insensitively. */
export function searchQuestions(
  questions: readonly InterviewQuestion[],
  query: string,
  lang: 'ko' | 'en',
): InterviewQuestion[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...questions];
  return questions.filter((q) => {
    const text = [q.q, q.short, q.deep, q.followUp]
      .map((t) => t[lang])
      .join(' ')
      .toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
