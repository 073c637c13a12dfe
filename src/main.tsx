import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootStore } from './store/boot';
import { useSimStore } from './store/simStore';
import { App } from './ui/App';
import { VIEWS, viewFor } from './ui/views';

void bootStore();

function render(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // The other views are not part of the first download, but are fetched once the page is up and
  // idle, so switching tabs rarely meets the placeholder.
  const prefetch = () => {
    for (const v of VIEWS) void v.preload?.().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 2000 });
  else setTimeout(prefetch, 1000);
}

// A link that opens a view loaded on demand (views.tsx) fetches its code before the first render,
// so the view appears whole (index.html's outline shows meanwhile); a failed fetch renders anyway
// (the view retries and its error boundary explains).
const first = viewFor(useSimStore.getState().view).preload;
if (first) void first().then(render, render);
else render();
