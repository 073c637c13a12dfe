// ko/en switch. Each option is written in its own language, so either reader can find theirs.
import { LANGS, loadLang, type Lang } from '../../content/i18n';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';

const NAMES: Record<Lang, string> = { ko: '한국어', en: 'English' };

export function LanguageSwitch() {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const setLang = useSimStore((s) => s.setLang);
  return (
    <div className="segmented" role="group" aria-label={t('header.language')}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === lang}
          data-testid={`lang-${l}`}
          onClick={() => setLang(l)}
          // (the other language's texts are fetched on demand: start as the pointer or focus comes)
          onPointerEnter={() => void loadLang(l).catch(() => undefined)}
          onFocus={() => void loadLang(l).catch(() => undefined)}
        >
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
