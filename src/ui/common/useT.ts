// The translation function for the current language; components re-render when it changes.
import { useCallback } from 'react';
import { translate, type MessageKey, type Params } from '../../content/i18n';
import { useSimStore } from '../../store/simStore';

export type TFunction = (key: MessageKey, params?: Params) => string;

export function useT(): TFunction {
  const lang = useSimStore((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
