// Vitest setup: what the page fetches on demand is there before any test runs — both languages'
// texts with every view's part (src/content/i18n) and the error sentences
// (src/ui/common/errorTexts.ts).
import { LANGS, TEXT_PARTS, loadLang, loadTextPart } from '../content/i18n';
import { loadErrorTexts } from '../ui/common/errorTexts';

await Promise.all([
  ...LANGS.flatMap((lang) => [loadLang(lang), ...TEXT_PARTS.map((p) => loadTextPart(p, lang))]),
  loadErrorTexts(),
]);
