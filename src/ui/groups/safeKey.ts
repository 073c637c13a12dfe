// Message keys built from engine values (a state name): fall back to the raw value when the
// engine reports one the dictionary does not know yet.
import { isMessageKey } from '../../content/i18n';
import type { TFunction } from '../common/useT';

export function tKnown(t: TFunction, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}
