// The page: a skip link to playback, header (not in embed mode), the scenario's story, view tabs,
// the chosen view (the tabs' panel), the timeline and playback. The keyboard shortcuts listen on
// the whole page; ? lists them.
import { useEffect } from 'react';
import { findStarter, starterText } from '../content/scenarios';
import { startPlaybackLoop } from '../store/playback';
import { useSimStore } from '../store/simStore';
import { systemTheme } from '../store/urlState';
import { ErrorBanner } from './common/ErrorBanner';
import { ErrorBoundary } from './common/ErrorBoundary';
import { LazyEmbedBar } from './embed/LazyEmbedBar';
import { useT } from './common/useT';
import { Header } from './header/Header';
import { PlaybackBar } from './playback/PlaybackBar';
import { VIEW_PANEL_ID, ViewTabs, viewTabId } from './header/ViewTabs';
import { ShortcutsDialog, SkipLink } from './keyboard/ShortcutsDialog';
import { useShortcuts } from './keyboard/useShortcuts';
import { LearnPlayer } from './learn/LearnPlayer';
import { viewFor } from './views';
import './app.css';
import './layout.css';

export function App() {
  const embed = useSimStore((s) => s.embed);
  const view = viewFor(useSimStore((s) => s.view));
  const View = view.component;
  useDocumentSettings();
  useShortcuts();
  useEffect(() => startPlaybackLoop(), []);
  return (
    <div className={`app${embed ? ' app-embed' : ''}`}>
      <SkipLink />
      {embed ? <LazyEmbedBar /> : <Header />}
      <ErrorBanner />
      <ErrorBoundary>
        {!embed && <ScenarioStory />}
        {!embed && <ViewTabs />}
        <main className="app-main">
          <LearnPlayer />
          {embed ? (
            <View />
          ) : (
            <div
              className="view-panel"
              role="tabpanel"
              id={VIEW_PANEL_ID}
              aria-labelledby={viewTabId(view.id)}
            >
              <View />
            </div>
          )}
        </main>
      </ErrorBoundary>
      <PlaybackBar />
      <ShortcutsDialog />
    </div>
  );
}

function ScenarioStory() {
  const starterId = useSimStore((s) => s.starterId);
  const t = useT();
  const starter = starterId ? findStarter(starterId) : undefined;
  if (!starter) return null;
  return (
    <p className="story" data-testid="scenario-story">
      <strong>{t(starterText(starter.id, 'title'))}</strong> —{' '}
      {t(starterText(starter.id, 'description'))}
    </p>
  );
}

/** Keep <html lang>, the theme attribute and the title in step with the store. */
function useDocumentSettings() {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const theme = useSimStore((s) => s.theme);
  const themeSource = useSimStore((s) => s.themeSource);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('app.name')} — ${t('app.tagline')}`;
  }, [lang, t]);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  // Follow the system theme until the reader chooses one.
  useEffect(() => {
    if (themeSource !== 'system' || !window.matchMedia) return;
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => useSimStore.getState().setTheme(systemTheme(), 'system');
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, [themeSource]);
}
