// Vitest setup: what the page fetches on demand is there before any test runs — both languages'
// texts (src/content/i18n) and the error sentences (src/ui/common/errorTexts.ts).
import { LANGS, loadLang } from '../content/i18n';
import { loadErrorTexts } from '../ui/common/errorTexts';

await Promise.all([...LANGS.map(loadLang), loadErrorTexts()]);
