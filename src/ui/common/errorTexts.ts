// The sentences for the engine's error codes (content/errors: every code in both languages) are
// not part of the first download: they are fetched once the page is idle (main.tsx) or as soon as
// an error is to be shown, and whatever shows one re-renders when they arrive (useErrorTexts.ts).
import type { EngineError } from '../../engine';
import type { Lang } from '../../content/i18n';

type ErrorTextsModule = typeof import('../../content/errors');

let texts: ErrorTextsModule | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Whether they are here. */
export function errorTextsLoaded(): boolean {
  return texts !== null;
}

/** Calls `onLoad` when they arrive; returns the unsubscribe. */
export function onErrorTextsLoaded(onLoad: () => void): () => void {
  listeners.add(onLoad);
  return () => listeners.delete(onLoad);
}

/** Fetch the error sentences (once). */
export function loadErrorTexts(): Promise<void> {
  loading ??= import('../../content/errors').then(
    (m) => {
      texts = m;
      for (const l of listeners) l();
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

/**
 * The sentence for `e` in `lang`; until the sentences have arrived (a moment after the page is
 * up, and fetched now), its code.
 */
export function errorText(e: EngineError, lang: Lang): string {
  if (texts) return texts.errorMessage(e, lang);
  void loadErrorTexts().catch(() => undefined);
  return e.code;
}
