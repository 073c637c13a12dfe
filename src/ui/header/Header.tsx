// The chrome above the views: name, scenario picker, Learn (the walkthroughs), Interview (the
// questions), copy link, embed, export, language, theme and the list of keyboard shortcuts. Hidden in
// embed mode.
import { useT } from '../common/useT';
import { EmbedButton } from '../embed/EmbedButton';
import { ExportButton } from '../export/ExportButton';
import { ShortcutsButton } from '../keyboard/ShortcutsDialog';
import { InterviewButton } from '../learn/InterviewButton';
import { LearnButton } from '../learn/LearnButton';
import { CopyLink } from './CopyLink';
import { LanguageSwitch } from './LanguageSwitch';
import { ScenarioPicker } from './ScenarioPicker';
import { ThemeSwitch } from './ThemeSwitch';

export function Header() {
  const t = useT();
  return (
    <header className="app-header" data-testid="app-header">
      <div className="brand">
        <Logo />
        <div>
          <h1>{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
      </div>
      <div className="header-controls">
        <ScenarioPicker />
        <LearnButton />
        <InterviewButton />
        <CopyLink />
        <EmbedButton />
        <ExportButton />
        <LanguageSwitch />
        <ThemeSwitch />
        <ShortcutsButton />
      </div>
    </header>
  );
}

function Logo() {
  // Three partitions of a log, offsets as cells.
  return (
    <svg className="logo" viewBox="0 0 32 32" aria-hidden="true">
      <rect x="3" y="6" width="18" height="5" rx="1.5" />
      <rect x="3" y="13.5" width="24" height="5" rx="1.5" />
      <rect x="3" y="21" width="13" height="5" rx="1.5" />
    </svg>
  );
}
