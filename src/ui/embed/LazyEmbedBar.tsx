// The embed bar (title, "what to watch" and the logs it reads) is only for embeds: fetched when
// the page is one (main.tsx preloads it before the first render, which then draws it at once),
// never for the full page. Its watch log may start after the run did: the store feeds a late log
// the run so far.
import { lazy, Suspense, type ComponentType } from 'react';

let loaded: ComponentType | null = null;
const load = () =>
  import('./EmbedBar').then((m) => {
    loaded = m.EmbedBar;
    return m;
  });

export function preloadEmbedBar(): Promise<void> {
  return load().then(() => undefined);
}

const Bar = lazy(() => load().then((m) => ({ default: m.EmbedBar })));

export function LazyEmbedBar() {
  const Loaded = loaded;
  if (Loaded) return <Loaded />;
  return (
    <Suspense fallback={null}>
      <Bar />
    </Suspense>
  );
}
