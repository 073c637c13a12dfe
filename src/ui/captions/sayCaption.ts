// A caption's sentence in the reader's language. A caption may quote the engine's reason for a
// change ({reason}: a code such as `controller failover`); it is worded here, never shown raw.
import type { Lang, MessageKey, Params } from '../../content/i18n';
import { describeReason } from '../../content/i18n/reasonText';
import type { TFunction } from '../common/useT';

export function sayCaption(
  t: TFunction,
  lang: Lang,
  caption: { key: MessageKey; params?: Params },
): string {
  const p = caption.params;
  const params =
    p && typeof p.reason === 'string' ? { ...p, reason: describeReason(lang, p.reason) } : p;
  return t(caption.key, params);
}
