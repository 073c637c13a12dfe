// The words for every engine error code, in Korean and English. The tables are total over ErrorCode
// (a missing sentence is a type error), and errors.test.ts renders every code in both languages.
import type { EngineError, ErrorCode, ErrorParamsByCode } from '../../engine/common/EngineError';
import type { Lang } from '../i18n';
import { configErrorsEn, configErrorsKo } from './config';
import { scenarioErrorsEn, scenarioErrorsKo } from './scenario';
import type { ErrorTexts } from './types';

export const ERROR_TEXTS: Record<Lang, ErrorTexts<ErrorParamsByCode>> = {
  en: { ...configErrorsEn, ...scenarioErrorsEn },
  ko: { ...configErrorsKo, ...scenarioErrorsKo },
};

/** Every code that has words (the same set in both languages; the types make it every ErrorCode). */
export const ERROR_CODES = Object.keys(ERROR_TEXTS.en) as ErrorCode[];

/** The sentence for one error, without its path. */
export function errorMessage(e: EngineError, lang: Lang): string {
  const text = ERROR_TEXTS[lang][e.code] as (p: EngineError['params']) => string;
  return text(e.params);
}

/** `path: sentence`, or the sentence alone for an error about the whole input. */
export function formatError(e: EngineError, lang: Lang): string {
  const m = errorMessage(e, lang);
  return e.path ? `${e.path}: ${m}` : m;
}
