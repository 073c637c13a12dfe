// The page's stand-in for 'fzstd' (zstd decompression, 3 kB gzipped): in the build, vite.config.ts
// (codecsOnDemand) resolves the engine's `import … from 'fzstd'` to this module, so fzstd itself
// is fetched only when a run names zstd (lazyCodecs.ts). The page never compresses with zstd (a
// scenario asking for it is refused with codec.zstdNotReady), so this is a safeguard more than a
// path. Until fzstd has loaded, `decompress` throws. Tests and the CLI import fzstd itself.
import type * as Fzstd from 'fzstd';

let fzstd: typeof Fzstd | null = null;
let loading: Promise<void> | null = null;

/** Fetch fzstd (once). */
export function loadFzstd(): Promise<void> {
  loading ??= import('fzstd').then(
    (m) => {
      fzstd = m;
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

export function isFzstdLoaded(): boolean {
  return fzstd !== null;
}

export function decompress(data: Uint8Array, buf?: Uint8Array): Uint8Array {
  if (!fzstd) throw new Error('zstd decompression is not loaded yet: await loadFzstd() first');
  return fzstd.decompress(data, buf);
}
