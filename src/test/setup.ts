// Vitest setup: what the page fetches on demand is there before any test runs — both languages'
// texts with every view's part (src/content/i18n) and the error sentences
// (src/ui/common/errorTexts.ts), and the engine parts a page has long before most runs need them:
// the log cleaner (fetched once idle after opening) and the sticky assignors (their stand-ins'
// refusals are tested on fresh copies, src/store/lazyModules.test.ts).
import { LANGS, TEXT_PARTS, loadLang, loadTextPart } from '../content/i18n';
import { loadErrorTexts } from '../ui/common/errorTexts';
import { loadLogCleaner } from '../store/logCleanerOnDemand';
import { loadStickyAssignors } from '../store/stickyAssignorsOnDemand';

await Promise.all([
  ...LANGS.flatMap((lang) => [loadLang(lang), ...TEXT_PARTS.map((p) => loadTextPart(p, lang))]),
  loadErrorTexts(),
  loadLogCleaner(),
  loadStickyAssignors(),
]);
