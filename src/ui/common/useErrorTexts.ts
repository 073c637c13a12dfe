// Re-render when the error sentences (fetched on demand: errorTexts.ts) arrive.
import { useEffect, useSyncExternalStore } from 'react';
import { errorTextsLoaded, loadErrorTexts, onErrorTextsLoaded } from './errorTexts';

/**
 * Whether the error sentences are here; a component that shows them calls this to re-render when
 * they arrive (and, with `needed`, to fetch them now).
 */
export function useErrorTexts(needed = false): boolean {
  const ready = useSyncExternalStore(onErrorTextsLoaded, errorTextsLoaded, () => false);
  useEffect(() => {
    if (needed && !ready) void loadErrorTexts().catch(() => undefined);
  }, [needed, ready]);
  return ready;
}
