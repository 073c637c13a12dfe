// The embed bar (title, "what to watch" and the logs it reads) is only for embeds: fetched when
// the page is one (main.tsx preloads it before the first render then), never for the full page.
// Its watch log may start after the run did: the store feeds a late log the run so far.
import { lazy, Suspense } from 'react';

const load = () => import('./EmbedBar');

export function preloadEmbedBar(): Promise<void> {
  return load().then(() => undefined);
}

const Bar = lazy(() => load().then((m) => ({ default: m.EmbedBar })));

export function LazyEmbedBar() {
  return (
    <Suspense fallback={null}>
      <Bar />
    </Suspense>
  );
}
