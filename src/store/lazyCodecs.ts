// Codecs the page fetches on demand. The engine's gzip (pako) and zstd decompression (fzstd) are
// synchronous calls; in the build they go through stand-ins (./codecs/, wired in vite.config.ts)
// that work once the package has been fetched. A run that names gzip or zstd anywhere — its
// scenario, a link's actions, an action someone applies — waits for them first (the store and
// boot.ts call these). Runs without compression never fetch them. In tests and the CLI the
// engine imports the packages themselves and these only load the stand-ins' copies.
import { isFzstdLoaded, loadFzstd } from './codecs/fzstdOnDemand';
import { isPakoLoaded, loadPako } from './codecs/pakoOnDemand';

/**
 * Whether `input` (a scenario, an action, a link's parts: anything JSON) may need a codec fetched
 * on demand: it names gzip or zstd somewhere. A superset (a key or a value mentioning either
 * counts), which only costs a fetch.
 */
export function needsLazyCodecs(input: unknown): boolean {
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    return true; // (not JSON: the engine refuses it; loading first does no harm)
  }
  return json !== undefined && /gzip|zstd/i.test(json);
}

export function lazyCodecsReady(): boolean {
  return isPakoLoaded() && isFzstdLoaded();
}

/** Fetch gzip and zstd decompression (once). */
export function loadLazyCodecs(): Promise<void> {
  return Promise.all([loadPako(), loadFzstd()]).then(() => undefined);
}
