// An engine reason code in the reader's language (words in reasons.ts). A string that is not a
// known code is shown as it is rather than dropped; the reasons test makes sure none reaches here.
import { translate, type Lang, type MessageKey, type Params } from './index';
import { reasonMessage } from './reasons';

type Translate = (key: MessageKey, params?: Params) => string;

/** `reason` worded with `t` (a view's translation function). */
export function reasonWith(t: Translate, reason: string): string {
  const m = reasonMessage(reason);
  if (!m) return reason;
  const text = t(m.key, m.params);
  return m.unclean ? t('reason.unclean', { reason: text }) : text;
}

/** `reason` in `lang`. */
export function describeReason(lang: Lang, reason: string): string {
  return reasonWith((key, params) => translate(lang, key, params), reason);
}
