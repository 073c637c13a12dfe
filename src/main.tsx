import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadLang } from './content/i18n';
import { bootStore } from './store/boot';
import { useSimStore } from './store/simStore';
import { App } from './ui/App';
import { preloadEmbedBar } from './ui/embed/LazyEmbedBar';
import { loadErrorTexts } from './ui/common/errorTexts';
import { VIEWS, viewFor } from './ui/views';

void bootStore();

function render(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // The other views and the error sentences are not part of the first download, but are fetched
  // once the page is up and idle, so switching tabs rarely meets the placeholder.
  const prefetch = () => {
    for (const v of VIEWS) void v.preload?.().catch(() => undefined);
    void loadErrorTexts().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 2000 });
  else setTimeout(prefetch, 1000);
}

// The first render waits for the page language's texts (each language is fetched on demand:
// content/i18n) and, for a link that opens a view loaded on demand (views.tsx), that view's code,
// so the view appears whole (index.html's outline shows meanwhile), and in an embed the embed
// bar's; a failed fetch renders anyway (the view retries and its error boundary explains).
const { lang, view, embed } = useSimStore.getState();
const first = viewFor(view).preload;
void Promise.all([loadLang(lang), first?.(), embed ? preloadEmbedBar() : undefined]).then(
  render,
  render,
);
