// An engine reason code in the reader's language (words in reasons.ts). A string that is not a
// known code is shown as it is rather than dropped; the reasons test makes sure none reaches here.
import { translate, type Lang } from './index';
import { reasonMessage } from './reasons';

export function describeReason(lang: Lang, reason: string): string {
  const m = reasonMessage(reason);
  if (!m) return reason;
  const text = translate(lang, m.key, m.params);
  return m.unclean ? translate(lang, 'reason.unclean', { reason: text }) : text;
}
