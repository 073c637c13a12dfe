// Codecs the page fetches on demand. The engine's gzip (pako), zstd decompression (fzstd), snappy
// and lz4 (the engine's own byte-exact ports) are synchronous calls; in the build they go through
// stand-ins (./codecs/, wired in vite.config.ts) that work once the module has been fetched. A run
// that names a codec anywhere — its scenario, a link's actions, an action someone applies — waits
// for the codecs first (the store and boot.ts call these). Runs without compression never fetch
// them. In tests and the CLI the engine imports the modules themselves and these only load the
// stand-ins' copies.
import { isFzstdLoaded, loadFzstd } from './codecs/fzstdOnDemand';
import { isLz4Loaded, loadLz4 } from './codecs/lz4OnDemand';
import { isPakoLoaded, loadPako } from './codecs/pakoOnDemand';
import { isSnappyLoaded, loadSnappy } from './codecs/snappyOnDemand';

/**
 * Whether `input` (a scenario, an action, a link's parts: anything JSON) may need a codec fetched
 * on demand: it names gzip, zstd, snappy or lz4 somewhere. A superset (a key or a value mentioning either
 * counts), which only costs a fetch.
 */
export function needsLazyCodecs(input: unknown): boolean {
  return namesAnywhere(input, /gzip|zstd|snappy|lz4/i);
}

/**
 * Whether `input` (anything JSON) mentions `pattern` anywhere — a key or a value. What is not
 * JSON counts as a match: the engine refuses it, and loading first does no harm.
 */
export function namesAnywhere(input: unknown, pattern: RegExp): boolean {
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    return true;
  }
  return json !== undefined && pattern.test(json);
}

export function lazyCodecsReady(): boolean {
  return isPakoLoaded() && isFzstdLoaded() && isSnappyLoaded() && isLz4Loaded();
}

/** Fetch gzip, zstd decompression, snappy and lz4 (once; together, as one run may use several). */
export function loadLazyCodecs(): Promise<void> {
  return Promise.all([loadPako(), loadFzstd(), loadSnappy(), loadLz4()]).then(() => undefined);
}
