// The page: header (not in embed mode), the scenario's story, view tabs, the chosen view, playback.
import { MotionConfig } from 'framer-motion';
import { useEffect } from 'react';
import { findStarter } from '../content/scenarios';
import { startPlaybackLoop } from '../store/playback';
import { useSimStore } from '../store/simStore';
import { systemTheme } from '../store/urlState';
import { ErrorBanner } from './common/ErrorBanner';
import { ErrorBoundary } from './common/ErrorBoundary';
import { EmbedBar } from './embed/EmbedBar';
import { useT } from './common/useT';
import { Header } from './header/Header';
import { PlaybackBar } from './playback/PlaybackBar';
import { ViewTabs } from './header/ViewTabs';
import { viewFor } from './views';
import './app.css';

export function App() {
  const embed = useSimStore((s) => s.embed);
  const View = viewFor(useSimStore((s) => s.view)).component;
  useDocumentSettings();
  useEffect(() => startPlaybackLoop(), []);
  return (
    <MotionConfig reducedMotion="user">
      <div className={`app${embed ? ' app-embed' : ''}`}>
        {embed ? <EmbedBar /> : <Header />}
        <ErrorBanner />
        <ErrorBoundary>
          {!embed && <ScenarioStory />}
          {!embed && <ViewTabs />}
          <main className="app-main">
            <View />
          </main>
        </ErrorBoundary>
        <PlaybackBar />
      </div>
    </MotionConfig>
  );
}

function ScenarioStory() {
  const starterId = useSimStore((s) => s.starterId);
  const lang = useSimStore((s) => s.lang);
  const starter = starterId ? findStarter(starterId) : undefined;
  if (!starter) return null;
  return (
    <p className="story" data-testid="scenario-story">
      <strong>{starter.title[lang]}</strong> — {starter.description[lang]}
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
